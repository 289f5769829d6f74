package dev.rtsfake.fake.internal.time;

import dev.rtsfake.fake.internal.access.TimeAccess;
import dev.rtsfake.fake.time.TimeLimits;
import dev.rtsfake.fake.time.VirtualClock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * The event queue of a simulation, ordered by (due time, sequence number).
 *
 * <p>Nothing runs inside {@code schedule}: work runs only when a drive method is called
 * ({@link #advance}, {@link #runUntilIdle}, {@link #runUntil}), and each drive says how many events
 * ran. While an event runs, the clock reads that event's due time. A drive called from inside a
 * running event (a callback that advances time) simply goes on draining the same queue.
 *
 * <p>Storage: one FIFO bucket per due time, in a sorted map. Sequence numbers only grow, so appending
 * to a bucket keeps the (due time, sequence) order without comparing anything; the bucket at the
 * head and the bucket last scheduled into are cached, so the common cases (many events due at the
 * same instant, an event scheduled "now" while that instant drains) touch the map not at all.
 *
 * <p>Thread-safe: the queue is guarded by this object's monitor, which is never held while an event
 * runs. The runner it is given decides how one event runs (the simulation uses it to run state
 * changes under its lock and hand callbacks out after releasing it). Any thread may schedule, but
 * one thread at a time drives: a drive started while another thread is driving fails with an
 * {@link IllegalStateException} naming both threads (two drivers would run events out of order and
 * hand their callbacks out on both threads). A drive nested in an event of the driving thread is fine.
 */
public final class Scheduler {
    private static final TimeAccess TIME = TimeAccess.get();

    /** Runs one due event; the simulation supplies it. */
    @FunctionalInterface
    public interface EventRunner {
        /** Runs the action of one event whose time has come. */
        void run(Runnable action);
    }

    private final VirtualClock clock;
    /** Due time to the events due then, in scheduling order; buckets are never empty except the head one while it drains. */
    private final TreeMap<Long, ArrayDeque<ScheduledEvent>> buckets = new TreeMap<>();
    /** The bucket with the smallest due time, or null when it must be looked up again. */
    private ArrayDeque<ScheduledEvent> head;
    private long headDue;
    /** The bucket most recently scheduled into (still in the map), or null. */
    private ArrayDeque<ScheduledEvent> last;
    private long lastDue;
    private final long maxEventsPerDrive;
    private EventRunner runner = Runnable::run;
    private volatile Runnable onScheduled;
    private long nextSeq;
    private int foreground;
    private int pending;
    /** The thread driving the clock, or null; with the depth of its nested drives. Guarded by this. */
    private Thread driver;
    private int driveDepth;

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

    /**
     * Schedules {@code action} after {@code delayNanos} (zero or more) of virtual time. An event due
     * after the end of virtual time ({@link TimeLimits#END_OF_TIME}) never runs: the clock stops
     * there. A delay too large to add to now is due at {@code Long.MAX_VALUE}, never "now".
     */
    public ScheduledEvent schedule(long delayNanos, Runnable action) {
        return scheduleAt(after(clock.nanos(), delayNanos), false, action);
    }

    /** Schedules background work: it runs when time passes it, but does not keep {@link #runUntilIdle} going. */
    public ScheduledEvent scheduleBackground(long delayNanos, Runnable action) {
        return scheduleAt(after(clock.nanos(), delayNanos), true, action);
    }

    /** Schedules {@code action} at an absolute virtual time (not earlier than now). */
    public ScheduledEvent scheduleAt(long dueNanos, boolean background, Runnable action) {
        ScheduledEvent event;
        synchronized (this) {
            long due = Math.max(dueNanos, clock.nanos());
            event = new ScheduledEvent(due, nextSeq++, background, action);
            ArrayDeque<ScheduledEvent> bucket;
            if (last != null && lastDue == due) {
                bucket = last;
            } else if (head != null && headDue == due) {
                bucket = head;
            } else {
                bucket = buckets.get(due);
                if (bucket == null) {
                    bucket = new ArrayDeque<>();
                    buckets.put(due, bucket);
                    if (head != null && due < headDue) {
                        head = null;
                    }
                }
            }
            bucket.addLast(event);
            last = bucket;
            lastDue = due;
            pending++;
            if (!background) {
                foreground++;
            }
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
        pending--;
        if (!event.background) {
            foreground--;
        }
    }

    /** Whether any event that is not background work is waiting. */
    public synchronized boolean hasForegroundWork() {
        return foreground > 0;
    }

    /** Number of events waiting that are not background work. */
    public synchronized int foregroundCount() {
        return foreground;
    }

    /** Number of events waiting, background ones included. */
    public synchronized int pendingCount() {
        return pending;
    }

    /**
     * Runs every event due within {@code duration} from now, then sets the clock to now + duration
     * (or to the end of time, if that comes first).
     */
    public int advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("cannot advance by a negative duration (" + duration
                    + "): virtual time only moves forwards");
        }
        enterDrive("advance");
        try {
            long target = Math.min(after(clock.nanos(), nanosOf(duration)), TimeLimits.END_OF_TIME_NANOS);
            long ran = 0;
            ScheduledEvent next;
            while ((next = takeNext(target, false, ran)) != null) {
                runner.run(next.action);
                ran++;
            }
            synchronized (this) {
                if (clock.nanos() < target) {
                    TIME.moveTo(clock, target);
                }
            }
            return count(ran);
        } finally {
            exitDrive();
        }
    }

    /**
     * Runs events until only background work is left, or only events due after the end of virtual
     * time; the clock stops at the last event run.
     */
    public int runUntilIdle() {
        enterDrive("runUntilIdle");
        try {
            long ran = 0;
            ScheduledEvent next;
            while ((next = takeNext(TimeLimits.END_OF_TIME_NANOS, true, ran)) != null) {
                runner.run(next.action);
                ran++;
            }
            return count(ran);
        } finally {
            exitDrive();
        }
    }

    /**
     * Runs events in order until {@code condition} holds, checking it before each event.
     *
     * @return the number of events run, or -1 if the condition still fails when the next event is
     *     due later than {@code maxVirtual} from now (the clock is then left at that limit)
     */
    public int runUntil(BooleanSupplier condition, Duration maxVirtual) {
        enterDrive("runUntil");
        try {
            long deadline = Math.min(plus(clock.nanos(), nanosOf(maxVirtual)), TimeLimits.END_OF_TIME_NANOS);
            long ran = 0;
            while (!condition.getAsBoolean()) {
                ScheduledEvent next = takeNext(deadline, false, ran);
                if (next == null) {
                    synchronized (this) {
                        if (clock.nanos() < deadline) {
                            TIME.moveTo(clock, deadline);
                        }
                    }
                    return condition.getAsBoolean() ? count(ran) : -1;
                }
                runner.run(next.action);
                ran++;
            }
            return count(ran);
        } finally {
            exitDrive();
        }
    }

    /**
     * Makes the current thread the driver for one drive (nested drives of that thread count up), or
     * fails naming both threads when another thread is driving.
     */
    private void enterDrive(String verb) {
        Thread me = Thread.currentThread();
        synchronized (this) {
            if (driver != null && driver != me) {
                throw new IllegalStateException("thread " + describe(me) + " called " + verb + " while thread "
                        + describe(driver) + " is driving this simulation's clock. Drive a cloud from one"
                        + " thread at a time: let the other thread's drive return first (join it), or give"
                        + " each thread a cloud of its own. SDK calls and harness verbs from other threads"
                        + " are fine; only advance, runUntilIdle and runUntil are one thread's at a time.");
            }
            driver = me;
            driveDepth++;
        }
    }

    private synchronized void exitDrive() {
        if (--driveDepth == 0) {
            driver = null;
        }
    }

    private static String describe(Thread t) {
        return "'" + t.getName() + "' (id " + t.getId() + ")";
    }

    /** The due time of the next live event, or -1 when none is waiting. */
    public synchronized long nextDueNanos() {
        ScheduledEvent first = peekLive();
        return first == null ? -1 : first.due;
    }

    /** The next {@code max} live events, in the order they will run (for messages about what is pending). */
    public synchronized List<ScheduledEvent> nextEvents(int max) {
        List<ScheduledEvent> out = new ArrayList<>(Math.min(Math.max(max, 0), 16));
        for (ArrayDeque<ScheduledEvent> bucket : buckets.values()) {
            for (ScheduledEvent e : bucket) {
                if (out.size() >= max) {
                    return out;
                }
                if (!e.cancelled) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** {@code now + delay}, never earlier than now, and {@code Long.MAX_VALUE} rather than wrapping past it. */
    private static long after(long now, long delay) {
        if (delay <= 0) {
            return now;
        }
        long due = now + delay;
        return due < now ? Long.MAX_VALUE : due;
    }

    /** {@code a + b}, stopping at the ends of the long range instead of wrapping. */
    private static long plus(long a, long b) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return b < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return sum;
    }

    /** The duration in nanoseconds, or {@code Long.MAX_VALUE} for one too long to count in them. */
    private static long nanosOf(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException tooLong) {
            return d.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    private static int count(long ran) {
        return ran > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) ran;
    }

    /** The first event not cancelled, dropping cancelled ones and emptied buckets on the way; null when none. */
    private ScheduledEvent peekLive() {
        while (true) {
            if (head == null) {
                Map.Entry<Long, ArrayDeque<ScheduledEvent>> first = buckets.firstEntry();
                if (first == null) {
                    return null;
                }
                head = first.getValue();
                headDue = first.getKey();
            }
            ScheduledEvent e = head.peekFirst();
            if (e == null) {
                buckets.remove(headDue);
                if (last == head) {
                    last = null;
                }
                head = null;
            } else if (e.cancelled) {
                head.pollFirst();
            } else {
                return e;
            }
        }
    }

    /** Takes the next event due by {@code limit} and moves the clock to it; null when there is none. */
    private synchronized ScheduledEvent takeNext(long limit, boolean foregroundOnly, long alreadyRan) {
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
        head.pollFirst();
        if (next.due > clock.nanos()) {
            TIME.moveTo(clock, next.due);
        }
        next.done = true;
        pending--;
        if (!next.background) {
            foreground--;
        }
        return next;
    }
}
