package dev.rtsfake.conformance.probe;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A received {@link ByteBuffer} as the handler got it: its remaining bytes (read without moving it),
 * its position, whether {@code array()} works, and the buffer itself (to tell whether receivers share one).
 */
public final class Received {
    private final byte[] bytes;
    private final int position;
    private final boolean hasArray;
    private final ByteBuffer buffer;

    private Received(byte[] bytes, int position, boolean hasArray, ByteBuffer buffer) {
        this.bytes = bytes;
        this.position = position;
        this.hasArray = hasArray;
        this.buffer = buffer;
    }

    static Received of(ByteBuffer buffer) {
        if (buffer == null) {
            return null;
        }
        ByteBuffer view = buffer.duplicate();
        byte[] copy = new byte[view.remaining()];
        view.get(copy);
        return new Received(copy, buffer.position(), buffer.hasArray(), buffer);
    }

    /** The buffer's remaining bytes when it arrived. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The buffer's remaining bytes as UTF-8 text. */
    public String text() {
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The buffer's position when it arrived. */
    public int position() {
        return position;
    }

    /** Whether the buffer is backed by an accessible array ({@code array()} works). */
    public boolean hasArray() {
        return hasArray;
    }

    /** The buffer object itself. */
    public ByteBuffer buffer() {
        return buffer;
    }

    @Override
    public String toString() {
        return "bytes[" + bytes.length + "]" + (bytes.length <= 16 ? Arrays.toString(bytes) : "");
    }
}
