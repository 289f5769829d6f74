package dev.rtsfake.fake.internal.time;

import dev.rtsfake.fake.internal.access.TimeAccess;
import dev.rtsfake.fake.time.TimeLimits;
import dev.rtsfake.fake.time.VirtualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The event queue of a simulation, ordered by (due time, sequence number).
 *
 * <p>Nothing runs inside {@code schedule}: work runs only when a drive method is called
 * ({@link #advance}, {@link #runUntilIdle}, {@link #runUntil}), and each drive says how many events
 * ran. While an event runs, the clock reads that event's due time. A drive called from inside a
 * running event (a callback that advances time) simply goes on draining the same queue.
 *
 * <p>Storage: a binary heap of <em>chains</em>, ordered by the (due time, sequence number) of each
 * chain's first event; a chain is a linked list of events due at the same time, in scheduling order.
 * Sequence numbers only grow, so an event due at the same time as the tail of an open chain is simply
 * linked after it, without comparing anything: a burst of events due at one instant costs a link
 * and an unlink each, and a run of distinct due times a heap push and pop each, with nothing
 * allocated but the event itself. Two chains are kept open (the two most recently scheduled into),
 * so events due "now" and events due one hop later, scheduled in turns, both chain. Taking the next
 * event takes the head of the first chain and puts the rest of that chain back in its place: a
 * k-way merge, which runs events in exactly (due, sequence) order.
 *
 * <p>Cancelled events are dropped when they reach the front, and the queue is compacted once the
 * cancelled ones outnumber the live ones (and are more than {@value #COMPACT_AT}): a timer set and
 * cancelled millions of times at one instant leaves at most as many dead events as there are live ones.
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

    /** Cancelled events still in the queue beyond which (and beyond the live count) it is compacted. */
    static final int COMPACT_AT = 256;

    private final VirtualClock clock;
    /** Heads of the chains, a binary heap by (due, seq); slots from {@code size} on are null. */
    private ScheduledEvent[] heap = new ScheduledEvent[64];
    private int size;
    /** Tails of the two open chains (most recent first), or null; an open tail has not been taken yet. */
    private ScheduledEvent tailA;
    private ScheduledEvent tailB;
    /** Cancelled events not yet dropped from the queue. */
    private int cancelledQueued;
    private final long maxEventsPerDrive;
    private EventRunner runner = Runnable::run;
    private volatile Runnable onScheduled;
    private long nextSeq;
    /** The event scheduled most recently (a step may join it: {@link #scheduleStep}). */
    private ScheduledEvent lastScheduled;
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
            enqueue(event);
        }
        Runnable hook = onScheduled;
        if (hook != null) {
            hook.run();
        }
        return event;
    }

    /**
     * Schedules a step after {@code delayNanos}, as {@link #schedule} does, for a caller that never
     * cancels it. When the event scheduled last (by anyone) is such a step, due at the same time and
     * not finished, the step joins it instead of becoming an event of its own: nothing can come
     * between the two in (due, sequence) order, so the steps run exactly as separate events would
     * (one at a time, each counted as one event of the drive, each its own runner call), but a
     * broadcast's thousands of arrivals due at one instant cost one queue entry.
     */
    public void scheduleStep(long delayNanos, Runnable action) {
        synchronized (this) {
            long due = Math.max(after(clock.nanos(), delayNanos), clock.nanos());
            ScheduledEvent last = lastScheduled;
            if (last != null && last.step && last.due == due && !last.done) {
                last.add(action);
                nextSeq++;
                pending++;
                foreground++;
            } else {
                enqueue(new ScheduledEvent(due, nextSeq++, false, action, true));
            }
        }
        Runnable hook = onScheduled;
        if (hook != null) {
            hook.run();
        }
    }

    private void enqueue(ScheduledEvent event) {
        long due = event.due;
        if (tailA != null && tailA.due == due) {
            tailA.next = event;
            tailA = event;
        } else if (tailB != null && tailB.due == due) {
            tailB.next = event;
            tailB = tailA;
            tailA = event;
        } else {
            push(event);
            tailB = tailA;
            tailA = event;
        }
        lastScheduled = event;
        pending++;
        if (!event.background) {
            foreground++;
        }
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
        cancelledQueued++;
        if (cancelledQueued > COMPACT_AT && cancelledQueued > pending) {
            compact();
        }
    }

    /** Number of events the queue holds, cancelled ones not yet dropped included (for tests of its bound). */
    synchronized int queuedCount() {
        return pending + cancelledQueued;
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
            Runnable next;
            while ((next = takeNext(target, false, ran)) != null) {
                runner.run(next);
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
            Runnable next;
            while ((next = takeNext(TimeLimits.END_OF_TIME_NANOS, true, ran)) != null) {
                runner.run(next);
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
                Runnable next = takeNext(deadline, false, ran);
                if (next == null) {
                    synchronized (this) {
                        if (clock.nanos() < deadline) {
                            TIME.moveTo(clock, deadline);
                        }
                    }
                    return condition.getAsBoolean() ? count(ran) : -1;
                }
                runner.run(next);
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
        List<ScheduledEvent> live = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            for (ScheduledEvent e = heap[i]; e != null; e = e.next) {
                if (!e.cancelled) {
                    for (int k = e.remaining(); k > 0; k--) {
                        live.add(e);
                    }
                }
            }
        }
        live.sort(null);
        return new ArrayList<>(live.subList(0, Math.min(Math.max(max, 0), live.size())));
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

    /** The first event not cancelled, dropping cancelled ones on the way; null when none. */
    private ScheduledEvent peekLive() {
        while (size > 0) {
            ScheduledEvent e = heap[0];
            if (!e.cancelled) {
                return e;
            }
            takeFirst();
            cancelledQueued--;
        }
        return null;
    }

    private static boolean before(ScheduledEvent a, ScheduledEvent b) {
        return a.due < b.due || (a.due == b.due && a.seq < b.seq);
    }

    /** Adds the head of a new chain to the heap. */
    private void push(ScheduledEvent e) {
        if (size == heap.length) {
            heap = java.util.Arrays.copyOf(heap, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            ScheduledEvent p = heap[parent];
            if (!before(e, p)) {
                break;
            }
            heap[i] = p;
            i = parent;
        }
        heap[i] = e;
    }

    /** Removes the first event: the rest of its chain takes its place, or the heap shrinks by one. */
    private ScheduledEvent takeFirst() {
        ScheduledEvent first = heap[0];
        ScheduledEvent rest = first.next;
        first.next = null;
        if (first == tailA) {
            tailA = null;
        } else if (first == tailB) {
            tailB = null;
        }
        if (rest != null) {
            siftDown(rest);
        } else {
            ScheduledEvent last = heap[--size];
            heap[size] = null;
            if (size > 0) {
                siftDown(last);
            }
        }
        return first;
    }

    /** Puts {@code e} at the root and moves it down to its place. */
    private void siftDown(ScheduledEvent e) {
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            ScheduledEvent c = heap[child];
            int right = child + 1;
            if (right < size && before(heap[right], c)) {
                child = right;
                c = heap[right];
            }
            if (!before(c, e)) {
                break;
            }
            heap[i] = c;
            i = child;
        }
        heap[i] = e;
    }

    /** Drops every cancelled event and rebuilds the chains and the heap from the live ones, in order. */
    private void compact() {
        ScheduledEvent[] live = new ScheduledEvent[pending];
        int n = 0;
        for (int i = 0; i < size; i++) {
            for (ScheduledEvent e = heap[i]; e != null; ) {
                ScheduledEvent next = e.next;
                e.next = null;
                if (!e.cancelled) {
                    live[n++] = e;
                }
                e = next;
            }
        }
        java.util.Arrays.sort(live, 0, n);
        java.util.Arrays.fill(heap, 0, size, null);
        size = 0;
        ScheduledEvent tail = null;
        for (int i = 0; i < n; i++) {
            ScheduledEvent e = live[i];
            if (tail != null && tail.due == e.due) {
                tail.next = e;
            } else {
                // Chain heads come in (due, seq) order, so appending them keeps the heap ordered.
                if (size == heap.length) {
                    heap = java.util.Arrays.copyOf(heap, size * 2);
                }
                heap[size++] = e;
            }
            tail = e;
        }
        tailA = null;
        tailB = null;
        cancelledQueued = 0;
    }

    /**
     * Takes the next event (or the next step of a step event) due by {@code limit} and moves the
     * clock to it; null when there is none. A step event stays first in the queue until its last step is taken.
     */
    private synchronized Runnable takeNext(long limit, boolean foregroundOnly, long alreadyRan) {
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
        int i = next.taken;
        Runnable action;
        if (i == 0) {
            action = next.action;
        } else {
            action = next.more[i - 1];
            next.more[i - 1] = null;
        }
        if (i < next.moreCount) {
            next.taken = i + 1;
        } else {
            takeFirst();
            next.done = true;
            next.more = null;
        }
        if (next.due > clock.nanos()) {
            TIME.moveTo(clock, next.due);
        }
        pending--;
        if (!next.background) {
            foreground--;
        }
        return action;
    }
}
