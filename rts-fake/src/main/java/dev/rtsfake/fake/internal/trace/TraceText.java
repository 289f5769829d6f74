package dev.rtsfake.fake.internal.trace;

import dev.rtsfake.fake.trace.ClippedText;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

/**
 * How values read in a trace line, and how much of a long string the trace keeps.
 *
 * <p>A line is unambiguous and always writable as UTF-8: a string value is quoted, with {@code "}
 * and {@code \} escaped and every character that could break or disguise a line (control
 * characters, line and paragraph separators, bidirectional overrides, a surrogate without its pair)
 * written as {@code \n}, {@code \t}, {@code \r} or {@code \}{@code uXXXX}. Any other value is its
 * {@code toString()}, escaped the same way but not quoted. A value longer than its display limit
 * (80 code points for a string, 240 otherwise) shows its start, cut on a code-point boundary, then
 * its full size in UTF-8 bytes and the first 16 hex digits of the SHA-256 of those bytes, so that
 * two different values never read the same:
 * {@code "hello hello…" (70000 bytes, sha256:2cf24dba5fb0a30e)}.
 *
 * <p>Sizes and digests count a lone surrogate as the three bytes of its generalised UTF-8 form
 * (WTF-8) rather than replacing it, so two strings that differ only there still differ.
 *
 * <p>Memory: the recorder keeps a string of up to {@value #KEEP_CHARS} chars as it is; a longer
 * one becomes a {@link ClippedText} (its start, size and digest), so a huge payload costs the trace
 * a few hundred bytes.
 */
public final class TraceText {
    /** Strings longer than this (in chars) are clipped when they are recorded. */
    public static final int KEEP_CHARS = 256;
    /** A string of at most this many code points is shown whole. */
    public static final int SHOW_STRING = 80;
    /** Code points of a longer string that are shown before the cut. */
    public static final int SHOW_STRING_CUT = 64;
    /** Any other value's text is shown whole up to this many code points. */
    public static final int SHOW_OTHER = 240;
    /** Code points of a longer one shown before the cut. */
    public static final int SHOW_OTHER_CUT = 200;
    /** Hex digits of the SHA-256 a line shows. */
    public static final int SHOWN_DIGEST = 16;

    private static final HexFormat HEX = HexFormat.of();
    private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();

    private TraceText() {
    }

    /** Appends one argument or result as a line shows it. */
    public static void appendValue(StringBuilder sb, Object v) {
        if (v instanceof String s) {
            appendString(sb, s);
        } else if (v instanceof ClippedText c) {
            appendClipped(sb, c);
        } else if (v instanceof Object[] array) {
            sb.append('[');
            for (int i = 0; i < array.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                appendValue(sb, array[i]);
            }
            sb.append(']');
        } else if (v instanceof Collection<?> list) {
            sb.append('[');
            int i = 0;
            for (Object o : list) {
                if (i++ > 0) {
                    sb.append(", ");
                }
                appendValue(sb, o);
            }
            sb.append(']');
        } else {
            appendPlain(sb, String.valueOf(v));
        }
    }

    /** A clipped string as a trace line shows it: its start, quoted and escaped, then its size and digest. */
    public static void appendClipped(StringBuilder sb, ClippedText c) {
        sb.append('"');
        escape(sb, c.start(), 0, c.start().length(), true);
        sb.append("…\"");
        appendSize(sb, c.utf8Length(), c.sha256());
    }

    /** A string: quoted and escaped, cut after {@value #SHOW_STRING_CUT} code points when longer than {@value #SHOW_STRING}. */
    public static void appendString(StringBuilder sb, String s) {
        int cut = cutIndex(s, SHOW_STRING, SHOW_STRING_CUT);
        sb.append('"');
        escape(sb, s, 0, cut < 0 ? s.length() : cut, true);
        if (cut < 0) {
            sb.append('"');
        } else {
            sb.append("…\"");
            appendSize(sb, utf8Length(s), sha256Hex(s));
        }
    }

    /**
     * An actor, a step name or another value's text: escaped but not quoted, cut after
     * {@value #SHOW_OTHER_CUT} code points when longer than {@value #SHOW_OTHER}.
     */
    public static void appendPlain(StringBuilder sb, String s) {
        int cut = cutIndex(s, SHOW_OTHER, SHOW_OTHER_CUT);
        if (cut < 0 && !needsEscape(s)) {
            sb.append(s);
            return;
        }
        escape(sb, s, 0, cut < 0 ? s.length() : cut, false);
        if (cut >= 0) {
            sb.append('…');
            appendSize(sb, utf8Length(s), sha256Hex(s));
        }
    }

    /** {@code " (70000 bytes, sha256:2cf24dba5fb0a30e)"}. */
    public static void appendSize(StringBuilder sb, long bytes, String sha256Hex) {
        sb.append(" (").append(bytes).append(" bytes, sha256:").append(sha256Hex, 0, SHOWN_DIGEST).append(')');
    }

    /**
     * The char index at which a string longer than {@code limit} code points is cut (after
     * {@code keep} code points), or -1 when it is shown whole.
     */
    public static int cutIndex(String s, int limit, int keep) {
        int len = s.length();
        if (len <= limit) {
            return -1;
        }
        // More than limit chars; count code points only as far as needed.
        int i = 0;
        int points = 0;
        int cut = -1;
        while (i < len) {
            if (points == keep) {
                cut = i;
            }
            if (points == limit) {
                return cut;
            }
            i += Character.charCount(s.codePointAt(i));
            points++;
        }
        return -1;
    }

    private static boolean needsEscape(String s) {
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '\\' || c >= 0x7f && special(s, i, c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a char at or above DEL needs an escape (it is not a well-formed, harmless character). */
    private static boolean special(String s, int i, char c) {
        if (c <= 0x9f) {
            return true; // DEL and the C1 controls (NEL among them)
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return c == 0x2028 || c == 0x2029 // line and paragraph separators
                || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 // bidirectional overrides and isolates
                || c == 0x200e || c == 0x200f || c == 0x061c // bidirectional marks
                || c == 0xfeff; // byte-order mark
    }

    /** Appends {@code s[from, to)} escaped; quotes are escaped only inside a quoted string. */
    public static void escape(StringBuilder sb, String s, int from, int to, boolean quoted) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                if (c == '\\' || c == '"' && quoted) {
                    sb.append('\\');
                }
                sb.append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || special(s, i, c)) {
                unicodeEscape(sb, c);
            } else {
                sb.append(c);
            }
        }
    }

    public static void unicodeEscape(StringBuilder sb, char c) {
        sb.append("\\u").append(UPPER_HEX[c >> 12 & 0xf]).append(UPPER_HEX[c >> 8 & 0xf])
                .append(UPPER_HEX[c >> 4 & 0xf]).append(UPPER_HEX[c & 0xf]);
    }

    /** Size of {@code s} in UTF-8, a lone surrogate counted as three bytes (as {@link #sha256Hex(String)} encodes it). */
    public static long utf8Length(String s) {
        long n = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /**
     * The SHA-256 of {@code s} as UTF-8 (a lone surrogate as its three-byte form instead of '?'),
     * in lower-case hex; encoded a block at a time, so a huge string costs no copy of itself.
     */
    public static String sha256Hex(String s) {
        MessageDigest md = sha256();
        byte[] block = new byte[Math.min(8192, 4 * s.length() + 4)];
        int o = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
            if (o > block.length - 4) {
                md.update(block, 0, o);
                o = 0;
            }
            int c = s.charAt(i);
            if (Character.isHighSurrogate((char) c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                c = Character.toCodePoint((char) c, s.charAt(++i));
            }
            if (c < 0x80) {
                block[o++] = (byte) c;
            } else if (c < 0x800) {
                block[o++] = (byte) (0xc0 | c >> 6);
                block[o++] = (byte) (0x80 | c & 0x3f);
            } else if (c < 0x10000) {
                block[o++] = (byte) (0xe0 | c >> 12);
                block[o++] = (byte) (0x80 | c >> 6 & 0x3f);
                block[o++] = (byte) (0x80 | c & 0x3f);
            } else {
                block[o++] = (byte) (0xf0 | c >> 18);
                block[o++] = (byte) (0x80 | c >> 12 & 0x3f);
                block[o++] = (byte) (0x80 | c >> 6 & 0x3f);
                block[o++] = (byte) (0x80 | c & 0x3f);
            }
        }
        md.update(block, 0, o);
        return HEX.formatHex(md.digest());
    }

    /** The SHA-256 of {@code data[0, length)} ({@code length} -1: all of it), in lower-case hex. */
    public static String sha256Hex(byte[] data, int offset, int length) {
        MessageDigest md = sha256();
        md.update(data, offset, length < 0 ? data.length - offset : length);
        return HEX.formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256, which every Java platform must provide", e);
        }
    }
}
