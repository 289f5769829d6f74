package dev.rtsfake.fake.time;

import dev.rtsfake.fake.internal.access.TimeAccess;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The one clock of a simulation: a nanosecond counter that only the scheduler moves, with views as
 * an {@link Instant}, as elapsed time, and as a {@link java.time.Clock}.
 *
 * <p>Time never moves backwards: {@link #moveTo(long)} to an earlier instant fails loudly and names
 * both instants.
 */
public final class VirtualClock {
    static {
        TimeAccess.install(new TimeAccess() {
            @Override
            public void moveTo(VirtualClock clock, long targetNanos) {
                clock.moveTo(targetNanos);
            }
        });
    }

    private final Instant epoch;
    private final long epochSecond;
    private final int epochNano;
    private volatile long nanos;

    /** A clock that starts at {@code epoch} (virtual time zero). */
    public VirtualClock(Instant epoch) {
        this.epoch = epoch;
        this.epochSecond = epoch.getEpochSecond();
        this.epochNano = epoch.getNano();
    }

    /** Nanoseconds of virtual time since the start. */
    public long nanos() {
        return nanos;
    }

    /** Virtual time since the start. */
    public Duration elapsed() {
        return Duration.ofNanos(nanos);
    }

    /** The current virtual instant. */
    public Instant now() {
        return epoch.plusNanos(nanos);
    }

    /** The instant virtual time started at. */
    public Instant epoch() {
        return epoch;
    }

    /** Whole Unix seconds of the current virtual instant, as token expiry checks use them. */
    public long epochSeconds() {
        return Math.floorDiv(epochNano + nanos, 1_000_000_000L) + epochSecond;
    }

    /** The virtual instant of a point on this clock's nanosecond scale. */
    public Instant instantAt(long atNanos) {
        return epoch.plusNanos(atNanos);
    }

    /** A {@link Clock} view for code that takes one; it reads virtual time, in UTC. */
    public Clock asClock() {
        return new View(ZoneOffset.UTC);
    }

    void moveTo(long targetNanos) {
        if (targetNanos < nanos) {
            throw new IllegalStateException("virtual time cannot move backwards: it is "
                    + now() + " and something asked for " + instantAt(targetNanos));
        }
        nanos = targetNanos;
    }

    private final class View extends Clock {
        private final ZoneId zone;

        View(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new View(newZone);
        }

        @Override
        public Instant instant() {
            return now();
        }
    }
}
