package dev.rtsfake.fake.core;

import dev.rtsfake.fake.time.ScheduledEvent;
import dev.rtsfake.fake.time.TimeLimits;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The app's own work on a simulation's clock: the queue of its scheduler's timers and the queue of
 * its main thread, the thread both run on, and how a wait for them moves virtual time.
 *
 * <p>A task is an event of the simulation's scheduler like any other, so it runs in (due time,
 * sequence) order with the cloud's own steps. Its event hands the task out as a step hands out
 * callbacks: after the simulation lock is released, on the thread driving the clock (virtual time)
 * or on the thread {@value #THREAD_NAME} (real-time mode; both queues share it, as an Android app's
 * timers and main thread are one looper).
 *
 * <p>Waiting ({@code get()}, {@code invokeAll}, {@code awaitTermination}) in virtual time drives
 * the clock event by event while an auto-advance block is open, and otherwise fails at once: the
 * clock moves only when the test drives it, so the wait would never end.
 */
public final class AppThread {
    /** The thread the app's tasks run on in real-time mode. */
    public static final String THREAD_NAME = "rts-callback-app";

    final Simulation sim;
    private final AtomicInteger autoAdvance = new AtomicInteger();
    private final Target owner = new Target("app", null);
    private final AppTasks timers;
    private final AppTasks main;
    /** Real-time waits sleep on this monitor; every finished task wakes them. */
    private final Object finishedSignal = new Object();

    /** The app's thread of {@code sim}. */
    public AppThread(Simulation sim) {
        this.sim = sim;
        this.timers = new AppTasks(this, "app-timer", new Target("app-timer", owner));
        this.main = new AppTasks(this, "app-main", new Target("app-main", owner));
        sim.registerCallbackOwner(owner, "app");
    }

    /** The queue of the app's scheduler. */
    public AppTasks timers() {
        return timers;
    }

    /** The queue of the app's main thread. */
    public AppTasks main() {
        return main;
    }

    /** The cloud closed: every unfinished task is cancelled, and both queues refuse new ones. */
    public void close() {
        timers.close();
        main.close();
    }

    /** Opens an auto-advance block; the returned action closes it (once). */
    public Runnable openAutoAdvance() {
        autoAdvance.incrementAndGet();
        AtomicInteger open = new AtomicInteger(1);
        return () -> {
            if (open.getAndSet(0) == 1) {
                autoAdvance.decrementAndGet();
            }
        };
    }

    /** Whether an auto-advance block is open. */
    public boolean autoAdvancing() {
        return autoAdvance.get() > 0;
    }

    /** How {@code event} is described in a message about what is pending. */
    public String describe(ScheduledEvent event) {
        AppTask<?> t = timers.taskOf(event);
        if (t == null) {
            t = main.taskOf(event);
        }
        if (t != null) {
            return t.label();
        }
        return event.isBackground() ? "a background step of the cloud (statistics, retries)" : "a step of the cloud";
    }

    void taskFinished() {
        synchronized (finishedSignal) {
            finishedSignal.notifyAll();
        }
    }

    /**
     * Waits for {@code task} to finish, for at most {@code timeoutNanos} (no limit when negative).
     *
     * @return whether it finished
     */
    boolean awaitTask(AppTask<?> task, long timeoutNanos, String verb) throws InterruptedException {
        if (task.isDone()) {
            return true;
        }
        if (task.runningOn(Thread.currentThread())) {
            throw new IllegalStateException(verb + " was called on " + task.label() + " from inside that task:"
                    + " a task cannot wait for its own end");
        }
        if (timeoutNanos < 0 && task.isPeriodic()) {
            throw new IllegalStateException(verb + " on the periodic " + task.label() + " would wait forever: a"
                    + " periodic task finishes only when it is cancelled, throws, or its scheduler shuts down."
                    + " Use get(timeout, unit), or cancel it first");
        }
        long due = task.dueNanos();
        if (timeoutNanos < 0 && due > TimeLimits.END_OF_TIME_NANOS && !sim.settings().realTime()) {
            throw new IllegalStateException(verb + " on " + task.label() + " would wait forever: it is due after the"
                    + " end of virtual time (" + TimeLimits.END_OF_TIME.toDays() + " days), so it never runs");
        }
        long bound = timeoutNanos < 0 ? Math.max(due - sim.now(), 0) : timeoutNanos;
        return waitUntil(task::isDone, timeoutNanos < 0 ? -1 : bound, bound,
                () -> verb + " on " + task.label() + ", due at " + seconds(due));
    }

    /**
     * Waits until {@code done} holds: in virtual time by driving the clock for at most
     * {@code virtualNanos} (inside an auto-advance block only), in real-time mode for at most
     * {@code wallNanos} of wall time (no limit when negative).
     *
     * @return whether {@code done} holds
     * @throws IllegalStateException in virtual time outside an auto-advance block, or on the app's
     *     own thread in real-time mode (the wait would never end)
     */
    public boolean waitUntil(BooleanSupplier done, long wallNanos, long virtualNanos, Supplier<String> what)
            throws InterruptedException {
        if (done.getAsBoolean()) {
            return true;
        }
        if (sim.settings().realTime()) {
            return waitWall(done, wallNanos, what);
        }
        requireAutoAdvance(what);
        long max = Math.min(Math.max(virtualNanos, 0), TimeLimits.END_OF_TIME_NANOS - Math.min(sim.now(),
                TimeLimits.END_OF_TIME_NANOS));
        return sim.scheduler().runUntil(done, Duration.ofNanos(max)) >= 0;
    }

    /** Fails, saying why, when a wait in virtual time would have to move the clock outside an auto-advance block. */
    public void requireAutoAdvance(Supplier<String> what) {
        if (sim.settings().realTime() || autoAdvancing()) {
            return;
        }
        throw new IllegalStateException(what.get() + " would wait for virtual time (now " + seconds(sim.now())
                + "), but the clock moves only when the test drives it, so the wait would never end. Drive the"
                + " clock first (cloud.advance(...), cloud.runUntilIdle(), cloud.await().until(...)), or wait"
                + " inside try (AutoAdvance auto = cloud.autoAdvance()) { ... }, where waits move the clock"
                + " from event to event");
    }

    private boolean waitWall(BooleanSupplier done, long wallNanos, Supplier<String> what) throws InterruptedException {
        if (onAppThread()) {
            throw new IllegalStateException(what.get() + " was called on " + THREAD_NAME + ", the thread that runs"
                    + " the app's tasks: waiting there for a task would wait forever. Wait from another thread,"
                    + " or chain the work as a new task");
        }
        long deadline = wallNanos < 0 ? 0 : System.nanoTime() + wallNanos;
        synchronized (finishedSignal) {
            while (!done.getAsBoolean()) {
                if (sim.isClosed()) {
                    return done.getAsBoolean();
                }
                long left = wallNanos < 0 ? 20_000_000L : deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                long millis = Math.max(1, Math.min(left / 1_000_000L, 20));
                finishedSignal.wait(millis);
            }
        }
        return true;
    }

    private boolean onAppThread() {
        return sim.onOwnThread() && THREAD_NAME.equals(Thread.currentThread().getName());
    }

    /** Virtual nanoseconds as seconds for messages: {@code "1.030 s"}, {@code "0.000250 s"}. */
    public static String seconds(long nanos) {
        BigDecimal s = BigDecimal.valueOf(nanos, 9).stripTrailingZeros();
        if (s.scale() < 3) {
            s = s.setScale(3);
        }
        return s.toPlainString() + " s";
    }

    /** The app's thread, and one queue's face of it: whom the trace names, whose callback thread it uses. */
    private final class Target implements CallbackTarget {
        private final String name;
        private final CallbackTarget shared;

        Target(String name, CallbackTarget shared) {
            this.name = name;
            this.shared = shared;
        }

        @Override
        public boolean acceptsCallbacks() {
            return !sim.isClosed();
        }

        @Override
        public String traceName() {
            return name;
        }

        @Override
        public CallbackTarget owner() {
            return shared == null ? this : shared;
        }
    }
}
