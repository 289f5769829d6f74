package dev.rtsfake.fake.trace;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One immutable step of a simulation, stamped with virtual time and a sequence number.
 *
 * @param seq position in the trace, from 0; unique and increasing
 * @param timeNanos virtual time since the start of the simulation, in nanoseconds
 * @param kind what sort of step this is
 * @param actor who acted: an engine ("alice", or "rts-1" before login), a link ("alice/up"),
 *     "cloud", or "harness"
 * @param name the method, callback or step ("sendMessage", "onMessageReceived", "deliver")
 * @param args the arguments, as immutable values (binary payloads as {@link Bytes})
 * @param result the return value of a call, or {@code null}
 */
public record TraceEvent(long seq, long timeNanos, TraceKind kind, String actor, String name,
                         List<Object> args, Object result) {

    public TraceEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(name, "name");
        args = args == null ? List.of() : args;
    }

    /** Virtual time since the start of the simulation. */
    public Duration time() {
        return Duration.ofNanos(timeNanos);
    }

    /**
     * One readable line: {@code "   0.030000s #12 CALLBACK  bob onMessageReceived("alice", "hi")"}.
     * The same trace always renders to the same lines.
     */
    public String format() {
        StringBuilder sb = new StringBuilder(96);
        long micros = timeNanos / 1_000;
        String secs = String.format("%d.%06d", micros / 1_000_000, micros % 1_000_000);
        sb.append(" ".repeat(Math.max(0, 11 - secs.length()))).append(secs).append("s #").append(seq)
                .append(' ').append(kind);
        sb.append(" ".repeat(Math.max(1, 15 - kind.name().length()))).append(actor).append(' ').append(name).append('(');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            appendValue(sb, args.get(i));
        }
        sb.append(')');
        if (result != null) {
            sb.append(" -> ");
            appendValue(sb, result);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }

    static void appendValue(StringBuilder sb, Object v) {
        if (v instanceof String s) {
            sb.append('"');
            if (s.length() > 80) {
                sb.append(s, 0, 77).append("...");
            } else {
                sb.append(s);
            }
            sb.append('"');
        } else if (v instanceof Object[] array) {
            sb.append(Arrays.toString(array));
        } else {
            sb.append(v);
        }
    }
}
