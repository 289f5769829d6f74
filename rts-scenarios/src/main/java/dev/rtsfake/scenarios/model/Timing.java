package dev.rtsfake.scenarios.model;

import java.time.Duration;

/** When a {@link Step} happens: at an instant of virtual time, or some time after the step before it. */
public sealed interface Timing {

    /** At {@code instant} of virtual time since the start of the run. */
    static Timing at(Duration instant) {
        return new At(instant);
    }

    /** {@code delay} after the step before (after the start, for the first step). */
    static Timing after(Duration delay) {
        return new After(delay);
    }

    /**
     * An absolute instant.
     *
     * @param instant virtual time since the start of the run, zero or more
     */
    record At(Duration instant) implements Timing {
        /** Checks the instant. */
        public At {
            Durations.requireNonNegative("at", instant);
        }
    }

    /**
     * A delay after the step before.
     *
     * @param delay zero or more
     */
    record After(Duration delay) implements Timing {
        /** Checks the delay. */
        public After {
            Durations.requireNonNegative("after", delay);
        }
    }
}
