package dev.rtsfake.fake.time;

import java.time.Duration;
import java.time.Instant;

/**
 * The range virtual time covers, and the longest duration a timing setting may take: what keeps the
 * simulation's time arithmetic (nanoseconds in a {@code long}) from ever overflowing.
 *
 * <ul>
 *   <li>Virtual time runs from zero to {@link #END_OF_TIME}, 36,500 days (100 years of 365 days)
 *       after the start, and never past it: a drive of the clock that would go further is refused,
 *       and an event scheduled later is due at the end of time.</li>
 *   <li>Every latency, jitter, timeout, interval, grace period and extra delay is at most
 *       {@link #MAX_SETTING}, 3,650 days.</li>
 *   <li>The instant virtual time zero stands for ({@code startAt}) lies between
 *       {@link #EARLIEST_START} and {@link #LATEST_START}, the Unix seconds a login token carries.</li>
 * </ul>
 *
 * <p>The harness checks its arguments against these limits when it is called and refuses what lies
 * outside with an {@link IllegalArgumentException} that gives the allowed range, so no SDK call and
 * no simulation step ever meets a value it cannot count.
 *
 * <pre>{@code
 * FakeRtsCloud.builder().messageTimeout(Duration.ofDays(365_000));   // IllegalArgumentException: at most 3650 days
 * }</pre>
 */
public final class TimeLimits {
    /** Virtual time never passes this instant: 36,500 days after the start. */
    public static final Duration END_OF_TIME = Duration.ofDays(36_500);
    /** {@link #END_OF_TIME} in nanoseconds. */
    public static final long END_OF_TIME_NANOS = END_OF_TIME.toNanos();
    /** The longest a latency, jitter, timeout, interval, grace period or extra delay may be: 3,650 days. */
    public static final Duration MAX_SETTING = Duration.ofDays(3_650);
    /** The earliest {@code startAt}: the Unix epoch (a token's times are unsigned Unix seconds). */
    public static final Instant EARLIEST_START = Instant.EPOCH;
    /** The latest {@code startAt}: 2106-02-07T06:28:15Z, the largest Unix time a token can carry. */
    public static final Instant LATEST_START = Instant.ofEpochSecond(0xFFFF_FFFFL);

    private TimeLimits() {
    }

    /**
     * {@code d} if it lies in 0..{@link #MAX_SETTING} ({@code zeroAllowed}) or just above zero up to it.
     *
     * @throws IllegalArgumentException naming {@code what}, the allowed range and the value given
     */
    public static Duration setting(String what, Duration d, boolean zeroAllowed) {
        boolean tooSmall = d == null || d.isNegative() || (!zeroAllowed && d.isZero());
        if (tooSmall || d.compareTo(MAX_SETTING) > 0) {
            throw new IllegalArgumentException(what + " must be " + (zeroAllowed ? "zero or more" : "more than zero")
                    + " and at most " + MAX_SETTING.toDays() + " days (" + MAX_SETTING + "), was " + d);
        }
        return d;
    }

    /**
     * {@code d} if a stretch of {@code d} starting {@code nowNanos} after the start of virtual time
     * ends by {@link #END_OF_TIME}.
     *
     * @throws IllegalArgumentException naming {@code what}, the longest stretch still possible and the value given
     */
    public static Duration untilEnd(String what, Duration d, long nowNanos) {
        Duration left = Duration.ofNanos(END_OF_TIME_NANOS - Math.min(Math.max(nowNanos, 0), END_OF_TIME_NANOS));
        if (d == null || d.isNegative() || d.compareTo(left) > 0) {
            throw new IllegalArgumentException(what + " must be zero or more and end by the end of virtual time, "
                    + END_OF_TIME.toDays() + " days after the start: at most " + left + " from now ("
                    + Duration.ofNanos(nowNanos) + " after the start), was " + d);
        }
        return d;
    }

    /**
     * {@code sinceStart} if it lies in 0..{@link #END_OF_TIME}.
     *
     * @throws IllegalArgumentException naming {@code what}, the allowed range and the value given
     */
    public static Duration sinceStart(String what, Duration sinceStart) {
        if (sinceStart == null || sinceStart.isNegative() || sinceStart.compareTo(END_OF_TIME) > 0) {
            throw new IllegalArgumentException(what + " must be a virtual time since the start from zero to the end"
                    + " of virtual time, " + END_OF_TIME.toDays() + " days (" + END_OF_TIME + "), was " + sinceStart);
        }
        return sinceStart;
    }

    /**
     * {@code epoch} if it lies in {@link #EARLIEST_START}..{@link #LATEST_START}.
     *
     * @throws IllegalArgumentException giving the allowed range and the value given
     */
    public static Instant start(Instant epoch) {
        if (epoch == null || epoch.isBefore(EARLIEST_START) || epoch.isAfter(LATEST_START)) {
            throw new IllegalArgumentException("startAt must lie between " + EARLIEST_START + " and " + LATEST_START
                    + " (the Unix seconds a login token can carry), was " + epoch);
        }
        return epoch;
    }
}
