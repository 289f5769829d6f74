package dev.rtsfake.fake.trace;

import dev.rtsfake.fake.internal.trace.TraceText;
import java.time.Duration;
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
 * @param args the arguments, as immutable values (binary payloads as {@link Bytes}, strings of more
 *     than 256 chars as {@link ClippedText})
 * @param result the return value of a call, or {@code null}
 */
public record TraceEvent(long seq, long timeNanos, TraceKind kind, String actor, String name,
                         List<Object> args, Object result) {

    /** Checks the required components; a null argument list becomes empty. */
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
     * The same trace always renders to the same lines, and two different steps never render to the
     * same line: strings are quoted and escaped (a message cannot start a line of its own), and a
     * long value shows its start, its size and a digest (see {@link ClippedText}). The line is
     * always well-formed UTF-16, so it can be written as UTF-8.
     */
    public String format() {
        StringBuilder sb = new StringBuilder(96);
        appendTo(sb);
        return sb.toString();
    }

    /**
     * Appends {@link #format()} to {@code sb}. Digits are written by hand, so the line is the same
     * whatever the default locale (String.format would print Arabic-Indic digits under ar-EG).
     */
    void appendTo(StringBuilder sb) {
        long micros = timeNanos / 1_000;
        long whole = micros / 1_000_000;
        long frac = micros % 1_000_000;
        // "%d.%06d": width of the seconds column is 11, right-aligned
        int secsLength = digits(whole) + 1 + (frac < 0 ? Math.max(6, digits(frac)) : 6);
        pad(sb, 11 - secsLength, 0);
        sb.append(whole).append('.');
        appendSixDigits(sb, frac);
        sb.append("s #").append(seq).append(' ').append(kind.name());
        pad(sb, 15 - kind.name().length(), 1);
        TraceText.appendPlain(sb, actor);
        sb.append(' ');
        TraceText.appendPlain(sb, name);
        sb.append('(');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            TraceText.appendValue(sb, args.get(i));
        }
        sb.append(')');
        if (result != null) {
            sb.append(" -> ");
            TraceText.appendValue(sb, result);
        }
    }

    private static void pad(StringBuilder sb, int n, int atLeast) {
        for (int i = Math.max(atLeast, n); i > 0; i--) {
            sb.append(' ');
        }
    }

    /** Characters of {@code Long.toString(v)}. */
    private static int digits(long v) {
        int n = v < 0 ? 2 : 1;
        long x = v < 0 ? -(v / 10) : v / 10;
        while (x > 0) {
            n++;
            x /= 10;
        }
        return n;
    }

    /** {@code %06d}: zero-padded to six characters, the sign counted among them. */
    private static void appendSixDigits(StringBuilder sb, long v) {
        String s = Long.toString(v < 0 ? -v : v);
        if (v < 0) {
            sb.append('-');
        }
        for (int i = s.length() + (v < 0 ? 1 : 0); i < 6; i++) {
            sb.append('0');
        }
        sb.append(s);
    }

    @Override
    public String toString() {
        return format();
    }
}
