package dev.rtsfake.fake.internal.cloud;

import dev.rtsfake.fake.trace.Bytes;
import dev.rtsfake.fake.trace.ClippedText;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The content of one message: text or bytes. Immutable: binary content is copied in and handed out
 * as fresh buffers.
 */
public final class Payload {
    private final String text;
    private final byte[] bytes;
    /** What the trace shows, made once and shared by every step that records this message. */
    private Object traceValue;

    private Payload(String text, byte[] bytes) {
        this.text = text;
        this.bytes = bytes;
    }

    /** A text message. */
    public static Payload text(String text) {
        return new Payload(text, null);
    }

    /** A binary message; the bytes are copied. */
    public static Payload binary(byte[] bytes) {
        return new Payload(null, bytes.clone());
    }

    /** Whether the content is binary. */
    public boolean binary() {
        return bytes != null;
    }

    /** The text of a text message. */
    public String text() {
        return text;
    }

    /** A copy of the bytes of a binary message. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** A fresh heap buffer at position 0 over a copy of the bytes: one per receiver, never shared. */
    public ByteBuffer freshBuffer() {
        return ByteBuffer.wrap(bytes.clone());
    }

    /** Size in bytes (UTF-8 for text). */
    public static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /**
     * The value the trace shows: the text (a {@code ClippedText} summary when longer than 256 chars),
     * or the bytes ({@link Bytes}: kept whole up to 256, summarised beyond). Made once per message,
     * so the sender's call and every delivery share it, and a large message costs the trace only its
     * summary.
     */
    public Object traceValue() {
        Object v = traceValue;
        if (v == null) {
            v = bytes == null ? ClippedText.keep(text) : Bytes.owning(bytes);
            traceValue = v;
        }
        return v;
    }

    /** The content as UTF-8 bytes (text) or the bytes themselves (binary), copied. */
    public byte[] contentBytes() {
        return bytes == null ? text.getBytes(StandardCharsets.UTF_8) : bytes.clone();
    }

    @Override
    public String toString() {
        return String.valueOf(traceValue());
    }
}
