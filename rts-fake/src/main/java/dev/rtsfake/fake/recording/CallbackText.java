package dev.rtsfake.fake.recording;

import com.ss.bytertc.rts.engine.type.RTCRoomStats;
import com.ss.bytertc.rts.engine.type.SysStats;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;

/** Copies of what a callback carried, and the text a callback reads as in messages. */
final class CallbackText {
    /** Bytes a payload shows before "…". */
    private static final int BYTES_SHOWN = 16;
    /** Characters of a string shown before "…". */
    private static final int CHARS_SHOWN = 80;

    private CallbackText() {
    }

    static ByteBuffer copyOf(ByteBuffer b) {
        if (b == null) {
            return null;
        }
        ByteBuffer source = b.duplicate();
        ByteBuffer copy = ByteBuffer.allocate(source.remaining());
        copy.put(source).flip();
        return copy.asReadOnlyBuffer();
    }

    static ByteBuffer view(ByteBuffer kept) {
        return kept == null ? null : kept.duplicate();
    }

    static SysStats copyOf(SysStats s) {
        if (s == null) {
            return null;
        }
        SysStats c = new SysStats();
        c.cpuCores = s.cpuCores;
        c.cpuAppUsage = s.cpuAppUsage;
        c.cpuTotalUsage = s.cpuTotalUsage;
        c.memoryUsage = s.memoryUsage;
        c.fullMemory = s.fullMemory;
        c.totalMemoryUsage = s.totalMemoryUsage;
        c.freeMemory = s.freeMemory;
        c.memoryRatio = s.memoryRatio;
        c.totalMemoryRatio = s.totalMemoryRatio;
        return c;
    }

    static RTCRoomStats copyOf(RTCRoomStats s) {
        if (s == null) {
            return null;
        }
        RTCRoomStats c = new RTCRoomStats();
        c.totalDuration = s.totalDuration;
        c.txBytes = s.txBytes;
        c.rxBytes = s.rxBytes;
        c.txKBitRate = s.txKBitRate;
        c.rxKBitRate = s.rxKBitRate;
        c.users = s.users;
        return c;
    }

    /** {@code onMessageReceived("alice", "hi")}: the callback's name and its record components in order. */
    static String describe(Callback c) {
        StringBuilder sb = new StringBuilder(c.callbackName()).append('(');
        RecordComponent[] components = c.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(value(read(components[i], c)));
        }
        return sb.append(')').toString();
    }

    private static Object read(RecordComponent component, Callback c) {
        try {
            return component.getAccessor().invoke(c);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + c.getClass().getName(), e);
        }
    }

    /** A value as messages show it: strings quoted and escaped (long ones cut), payloads in hex. */
    static String value(Object v) {
        if (v instanceof String s) {
            return quote(s);
        }
        if (v instanceof ByteBuffer b) {
            return bytes(b);
        }
        return String.valueOf(v);
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        int shown = 0;
        for (int i = 0; i < s.length(); i++, shown++) {
            if (shown == CHARS_SHOWN) {
                sb.append("…\" (").append(s.length()).append(" chars)");
                return sb.toString();
            }
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20 || Character.isSurrogate(ch) && !pairedAt(s, i)) {
                        sb.append("\\u").append(hex4(ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static String hex4(char ch) {
        String h = Integer.toHexString(ch);
        return "0000".substring(h.length()) + h;
    }

    private static boolean pairedAt(String s, int i) {
        char ch = s.charAt(i);
        if (Character.isHighSurrogate(ch)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static String bytes(ByteBuffer b) {
        ByteBuffer d = b.duplicate();
        int n = d.remaining();
        StringBuilder sb = new StringBuilder("bytes[").append(n).append("]:");
        for (int i = 0; i < Math.min(n, BYTES_SHOWN); i++) {
            int v = d.get() & 0xff;
            sb.append(Character.forDigit(v >> 4, 16)).append(Character.forDigit(v & 0xf, 16));
        }
        if (n > BYTES_SHOWN) {
            sb.append('…');
        }
        return sb.toString();
    }
}
