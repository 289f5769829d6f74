package dev.rtsfake.conformance;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * A base for targets on the wall clock (the real SDK on a device): {@link #await} polls every 10 ms until
 * its deadline, {@link #pass} sleeps. A subclass supplies the engines, tokens and any capabilities.
 */
public abstract class WallClockTarget implements ConformanceTarget {
    private static final long POLL_MILLIS = 10;

    @Override
    public boolean await(BooleanSupplier condition, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return condition.getAsBoolean();
            }
            sleepMillis(Math.min(POLL_MILLIS, Math.max(1, left / 1_000_000)));
        }
    }

    @Override
    public void pass(Duration duration) {
        sleepMillis(duration.toMillis());
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the target", e);
        }
    }
}
