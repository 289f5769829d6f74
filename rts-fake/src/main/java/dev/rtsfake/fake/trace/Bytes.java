package dev.rtsfake.fake.trace;

import dev.rtsfake.fake.internal.trace.TraceText;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A binary payload as the trace keeps it: the whole content up to {@value #KEEP} bytes; beyond
 * that only the first {@value #SHOWN} bytes, the length and a SHA-256 of the whole, so a large
 * payload costs the trace a few dozen bytes. Immutable.
 *
 * <p>It reads {@code bytes[5]:68656c6c6f} (all of a payload of up to 16 bytes, in hex), or
 * {@code bytes[70000]:00112233445566778899aabbccddeeff… sha256:2cf24dba5fb0a30e} (the first 16
 * bytes and the first 16 hex digits of the digest). Two payloads are equal when their content is.
 */
public final class Bytes {
    /** Payloads up to this size are kept whole. */
    public static final int KEEP = 256;
    /** Bytes a trace line shows. */
    static final int SHOWN = 16;
    private static final HexFormat HEX = HexFormat.of();
    private static final Bytes EMPTY = new Bytes(new byte[0], 0, null);

    private final byte[] kept;
    private final int length;
    /** The digest of the whole payload; for a payload kept whole, computed when first needed. */
    private volatile String sha256;

    private Bytes(byte[] kept, int length, String sha256) {
        this.kept = kept;
        this.length = length;
        this.sha256 = sha256;
    }

    /** Copies what the trace keeps of {@code data} (null reads as an empty payload of length 0). */
    public static Bytes of(byte[] data) {
        if (data == null || data.length == 0) {
            return EMPTY;
        }
        return data.length <= KEEP ? new Bytes(data.clone(), data.length, null) : summary(data);
    }

    /** As {@link #of} for an array the caller promises never to change again (kept without a copy when small). */
    public static Bytes owning(byte[] data) {
        if (data == null || data.length == 0) {
            return EMPTY;
        }
        return data.length <= KEEP ? new Bytes(data, data.length, null) : summary(data);
    }

    private static Bytes summary(byte[] data) {
        return new Bytes(Arrays.copyOf(data, SHOWN), data.length, TraceText.sha256Hex(data, 0, data.length));
    }

    /** The payload size in bytes. */
    public int length() {
        return length;
    }

    /** Whether {@link #content()} is the whole payload (it is up to {@value #KEEP} bytes). */
    public boolean complete() {
        return kept.length == length;
    }

    /** A copy of what is kept: the whole payload when {@link #complete()}, otherwise its first {@value #SHOWN} bytes. */
    public byte[] content() {
        return kept.clone();
    }

    /** The SHA-256 of the whole payload, 64 lower-case hex digits. */
    public String sha256() {
        String d = sha256;
        if (d == null) {
            d = TraceText.sha256Hex(kept, 0, kept.length);
            sha256 = d;
        }
        return d;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Bytes b) || b.length != length) {
            return false;
        }
        return complete() ? Arrays.equals(kept, b.kept) : sha256().equals(b.sha256());
    }

    @Override
    public int hashCode() {
        return complete() ? Arrays.hashCode(kept) : sha256().hashCode();
    }

    /** {@code bytes[5]:68656c6c6f}; beyond 16 bytes, the first 16 and the start of the digest. */
    @Override
    public String toString() {
        int shown = Math.min(SHOWN, length);
        String head = "bytes[" + length + "]:" + HEX.formatHex(kept, 0, shown);
        return length <= shown ? head : head + "… sha256:" + sha256().substring(0, TraceText.SHOWN_DIGEST);
    }
}
