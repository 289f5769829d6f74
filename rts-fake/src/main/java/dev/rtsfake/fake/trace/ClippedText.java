package dev.rtsfake.fake.trace;

import dev.rtsfake.fake.internal.trace.TraceText;

/**
 * What the trace keeps of a string argument too long to keep whole (more than 256 chars, such as a
 * 60 KiB message): its first 64 code points, its size and its digest. It reads in a trace line as
 * {@code "hello hello…" (70000 bytes, sha256:2cf24dba5fb0a30e)}, exactly as the whole string would.
 *
 * <pre>{@code
 * Object message = trace.callbacks("bob").get(0).args().get(1);
 * if (message instanceof ClippedText c) {
 *     assertThat(c.sha256()).isEqualTo(sha256Hex(sent.getBytes(UTF_8)));
 * }
 * }</pre>
 *
 * @param start the first 64 code points of the string
 * @param utf8Length the size of the whole string in UTF-8 bytes (a lone surrogate counts three)
 * @param sha256 the SHA-256 of the whole string's UTF-8 bytes, 64 lower-case hex digits
 */
public record ClippedText(String start, long utf8Length, String sha256) {

    /**
     * What the trace keeps of {@code s}: {@code s} itself up to 256 chars, its summary beyond. For a
     * value recorded in many steps (a message and its deliveries), make it once and pass it each time.
     */
    public static Object keep(String s) {
        return s != null && s.length() > TraceText.KEEP_CHARS ? of(s) : s;
    }

    /** The summary of {@code s}. */
    static ClippedText of(String s) {
        int cut = TraceText.cutIndex(s, TraceText.SHOW_STRING, TraceText.SHOW_STRING_CUT);
        String start = cut < 0 ? s : s.substring(0, cut);
        return new ClippedText(start, TraceText.utf8Length(s), TraceText.sha256Hex(s));
    }

    /** As a trace line shows it: {@code "hello hello…" (70000 bytes, sha256:2cf24dba5fb0a30e)}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(start.length() + 64);
        TraceText.appendClipped(sb, this);
        return sb.toString();
    }
}
