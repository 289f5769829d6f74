package dev.rtsfake.fake.trace;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable copy of a binary payload, as it appears in the trace.
 *
 * @param length the payload size in bytes
 */
public record Bytes(byte[] content, int length) {
    private static final HexFormat HEX = HexFormat.of();

    /** Copies {@code data} (null stays null in the trace as an empty payload of length 0). */
    public static Bytes of(byte[] data) {
        return data == null ? new Bytes(new byte[0], 0) : new Bytes(data.clone(), data.length);
    }

    /** Wraps an array the caller promises never to change again. */
    public static Bytes owning(byte[] data) {
        return new Bytes(data, data.length);
    }

    /** A copy of the payload. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes b && Arrays.equals(content, b.content);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(content);
    }

    /** {@code bytes[5]:68656c6c6f}, the first 16 bytes in hex. */
    @Override
    public String toString() {
        int shown = Math.min(16, length);
        return "bytes[" + length + "]:" + HEX.formatHex(content, 0, shown) + (length > shown ? "..." : "");
    }
}
