package dev.rtsfake.fake.internal.core;

import dev.rtsfake.fake.internal.diag.Diagnostics;
import dev.rtsfake.fake.internal.time.Scheduler;
import dev.rtsfake.fake.time.TimeLimits;
import dev.rtsfake.fake.time.VirtualClock;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Real-time mode's clock driver: a thread ("rts-fake-clock") that moves virtual time along with the
 * wall clock, times a speed factor, running events as they fall due. Determinism is not promised
 * here: thread timing decides how calls from test threads interleave with the clock.
 *
 * <p>An exception escaping a simulation step is recorded in the diagnostics (with the handler
 * failures, under the actor {@value #THREAD_NAME}), so {@code cloud.assertClean()} fails, and the
 * clock goes on.
 */
public final class RealTimeDriver {
    private static final Logger LOG = Logger.getLogger("dev.rtsfake.fake");
    private static final long MAX_PARK_NANOS = 20_000_000L;
    /** The name of the clock thread, and the actor of the errors it records. */
    public static final String THREAD_NAME = "rts-fake-clock";
    /** The callback name under which a failed simulation step is recorded. */
    public static final String STEP_FAILED = "simulation step (internal error)";

    private final Scheduler scheduler;
    private final VirtualClock clock;
    private final double speed;
    private final Diagnostics diagnostics;
    private final Thread thread;
    private volatile boolean running = true;
    private long startWall;
    private long startVirtual;

    /** A driver for {@code sim}; call {@link #start()}. */
    public RealTimeDriver(Simulation sim) {
        this.scheduler = sim.scheduler();
        this.clock = sim.clock();
        this.speed = sim.settings().speed();
        this.diagnostics = sim.diagnostics();
        this.thread = sim.newOwnThread(this::loop, THREAD_NAME);
    }

    /** Starts moving time. */
    public void start() {
        startWall = System.nanoTime();
        startVirtual = clock.nanos();
        scheduler.setOnScheduled(() -> LockSupport.unpark(thread));
        thread.start();
    }

    /** Stops the driver thread and waits (briefly) for it to end. */
    public void stop() {
        running = false;
        scheduler.setOnScheduled(null);
        LockSupport.unpark(thread);
        if (Thread.currentThread() != thread) {
            try {
                thread.join(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        while (running) {
            try {
                // (long) of a huge product saturates; the target stops at the end of virtual time.
                long ahead = (long) ((System.nanoTime() - startWall) * speed);
                long target = ahead > TimeLimits.END_OF_TIME_NANOS - startVirtual ? TimeLimits.END_OF_TIME_NANOS
                        : startVirtual + ahead;
                long now = clock.nanos();
                if (target > now) {
                    scheduler.advance(Duration.ofNanos(target - now));
                }
                long next = scheduler.nextDueNanos();
                long wait = next < 0 ? MAX_PARK_NANOS : (long) ((next - clock.nanos()) / speed);
                if (wait > 0) {
                    LockSupport.parkNanos(Math.min(wait, MAX_PARK_NANOS));
                }
            } catch (VirtualMachineError e) {
                if (!(e instanceof StackOverflowError)) {
                    throw e;
                }
                failed(e);
            } catch (RuntimeException | Error e) {
                failed(e);
            }
        }
    }

    private void failed(Throwable e) {
        LOG.log(Level.SEVERE, "a simulation step failed on the real-time clock thread; the clock goes on", e);
        try {
            diagnostics.handlerFailed(THREAD_NAME, STEP_FAILED, e);
        } catch (RuntimeException ignored) {
            // recording must never stop the clock
        }
    }
}
