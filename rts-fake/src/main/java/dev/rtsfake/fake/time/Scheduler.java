package dev.rtsfake.fake.time;

import java.time.Duration;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;

/**
 * The event queue of a simulation, ordered by (due time, sequence number).
 *
 * <p>Nothing runs inside {@code schedule}: work runs only when a drive method is called
 * ({@link #advance}, {@link #runUntilIdle}, {@link #runUntil}), and each drive says how many events
 * ran. While an event runs, the clock reads that event's due time. A drive called from inside a
 * running event (a callback that advances time) simply goes on draining the same queue.
 *
 * <p>Thread-safe: the queue is guarded by this object's monitor, which is never held while an event
 * runs. The runner it is given decides how one event runs (the simulation uses it to run state
 * changes under its lock and hand callbacks out after releasing it).
 */
public final class Scheduler {
    /** Runs one due event; the simulation supplies it. */
    @FunctionalInterface
    public interface EventRunner {
        /** Runs the action of one event whose time has come. */
        void run(Runnable action);
    }

    private final VirtualClock clock;
    private final PriorityQueue<ScheduledEvent> queue = new PriorityQueue<>();
    private final long maxEventsPerDrive;
    private EventRunner runner = Runnable::run;
    private volatile Runnable onScheduled;
    private long nextSeq;
    private int foreground;

    /** A scheduler over {@code clock}; a single drive refuses to run more than {@code maxEventsPerDrive} events. */
    public Scheduler(VirtualClock clock, long maxEventsPerDrive) {
        this.clock = clock;
        this.maxEventsPerDrive = maxEventsPerDrive;
    }

    /** Sets how events run; by default their action is simply called. */
    public void setRunner(EventRunner runner) {
        this.runner = runner;
    }

    /** Sets a hook told after each schedule call (the real-time driver wakes up on it). */
    public void setOnScheduled(Runnable hook) {
        this.onScheduled = hook;
    }

    /** The clock this scheduler moves. */
    public VirtualClock clock() {
        return clock;
    }

    /** Schedules {@code action} after {@code delayNanos} (zero or more) of virtual time. */
    public ScheduledEvent schedule(long delayNanos, Runnable action) {
        return scheduleAt(clock.nanos() + Math.max(0, delayNanos), false, action);
    }

    /** Schedules background work: it runs when time passes it, but does not keep {@link #runUntilIdle} going. */
    public ScheduledEvent scheduleBackground(long delayNanos, Runnable action) {
        return scheduleAt(clock.nanos() + Math.max(0, delayNanos), true, action);
    }

    /** Schedules {@code action} at an absolute virtual time (not earlier than now). */
    public synchronized ScheduledEvent scheduleAt(long dueNanos, boolean background, Runnable action) {
        long due = Math.max(dueNanos, clock.nanos());
        ScheduledEvent event = new ScheduledEvent(due, nextSeq++, background, action);
        queue.add(event);
        if (!background) {
            foreground++;
        }
        Runnable hook = onScheduled;
        if (hook != null) {
            hook.run();
        }
        return event;
    }

    /** Cancels an event that has not run yet; a no-op for one that ran or was cancelled. */
    public synchronized void cancel(ScheduledEvent event) {
        if (event == null || event.cancelled || event.done) {
            return;
        }
        event.cancelled = true;
        if (!event.background) {
            foreground--;
        }
    }

    /** Whether any event that is not background work is waiting. */
    public synchronized boolean hasForegroundWork() {
        return foreground > 0;
    }

    /** Number of events waiting, background ones included. */
    public synchronized int pendingCount() {
        int n = 0;
        for (ScheduledEvent e : queue) {
            if (!e.cancelled) {
                n++;
            }
        }
        return n;
    }

    /** Runs every event due within {@code duration} from now, then sets the clock to now + duration. */
    public int advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("cannot advance by a negative duration (" + duration
                    + "): virtual time only moves forwards");
        }
        long target = Math.addExact(clock.nanos(), duration.toNanos());
        int ran = 0;
        ScheduledEvent next;
        while ((next = takeNext(target, false, ran)) != null) {
            runner.run(next.action);
            ran++;
        }
        synchronized (this) {
            if (clock.nanos() < target) {
                clock.moveTo(target);
            }
        }
        return ran;
    }

    /** Runs events until only background work is left; the clock stops at the last event run. */
    public int runUntilIdle() {
        int ran = 0;
        ScheduledEvent next;
        while ((next = takeNext(Long.MAX_VALUE, true, ran)) != null) {
            runner.run(next.action);
            ran++;
        }
        return ran;
    }

    /**
     * Runs events in order until {@code condition} holds, checking it before each event.
     *
     * @return the number of events run, or -1 if the condition still fails when the next event is
     *     due later than {@code maxVirtual} from now (the clock is then left at that limit)
     */
    public int runUntil(BooleanSupplier condition, Duration maxVirtual) {
        long deadline = Math.addExact(clock.nanos(), maxVirtual.toNanos());
        int ran = 0;
        while (!condition.getAsBoolean()) {
            ScheduledEvent next = takeNext(deadline, false, ran);
            if (next == null) {
                synchronized (this) {
                    if (clock.nanos() < deadline) {
                        clock.moveTo(deadline);
                    }
                }
                return condition.getAsBoolean() ? ran : -1;
            }
            runner.run(next.action);
            ran++;
        }
        return ran;
    }

    /** The due time of the next live event, or -1 when none is waiting. */
    public synchronized long nextDueNanos() {
        ScheduledEvent head = peekLive();
        return head == null ? -1 : head.due;
    }

    private ScheduledEvent peekLive() {
        ScheduledEvent head;
        while ((head = queue.peek()) != null && head.cancelled) {
            queue.poll();
        }
        return head;
    }

    /** Takes the next event due by {@code limit} and moves the clock to it; null when there is none. */
    private synchronized ScheduledEvent takeNext(long limit, boolean foregroundOnly, int alreadyRan) {
        if (foregroundOnly && foreground <= 0) {
            return null;
        }
        ScheduledEvent next = peekLive();
        if (next == null || next.due > limit) {
            return null;
        }
        if (alreadyRan >= maxEventsPerDrive) {
            throw new IllegalStateException("one drive of the virtual clock ran " + maxEventsPerDrive
                    + " events without finishing: something reschedules work forever (for example a"
                    + " callback that always sends another message). Use advance(Duration) to run a"
                    + " bounded stretch of time, or raise maxEventsPerDrive on the builder.");
        }
        queue.poll();
        if (next.due > clock.nanos()) {
            clock.moveTo(next.due);
        }
        next.done = true;
        if (!next.background) {
            foreground--;
        }
        return next;
    }
}
