package dev.rtsfake.fake.internal.time;



/**
 * One piece of work waiting on the virtual clock. Events run in order of due time, and events due
 * at the same time run in the order they were scheduled.
 *
 * <p>A <em>background</em> event (periodic statistics, retry timers) runs when time passes it but does
 * not by itself keep {@link Scheduler#runUntilIdle} going.
 */
public final class ScheduledEvent implements Comparable<ScheduledEvent> {
    final long due;
    final long seq;
    final boolean background;
    final Runnable action;
    boolean cancelled;
    boolean done;
    /** The next event of its chain in the scheduler's queue (due at the same time, scheduled later), or null. */
    ScheduledEvent next;
    /**
     * A step event ({@link Scheduler#scheduleStep}) carries the steps scheduled right after it for
     * the same time, with nothing scheduled in between: {@code more[0..moreCount)} after
     * {@link #action}. {@code taken} counts the ones handed out; the event leaves the queue with the last.
     */
    final boolean step;
    Runnable[] more;
    int moreCount;
    int taken;

    ScheduledEvent(long due, long seq, boolean background, Runnable action) {
        this(due, seq, background, action, false);
    }

    ScheduledEvent(long due, long seq, boolean background, Runnable action, boolean step) {
        this.step = step;
        this.due = due;
        this.seq = seq;
        this.background = background;
        this.action = action;
    }

    /** Adds a step to run right after this event's last one (a step event only). */
    void add(Runnable action) {
        if (more == null) {
            more = new Runnable[8];
        } else if (moreCount == more.length) {
            more = java.util.Arrays.copyOf(more, moreCount * 2);
        }
        more[moreCount++] = action;
    }

    /** Steps of this event not handed out yet (1 for an ordinary event that has not run). */
    int remaining() {
        return 1 + moreCount - taken;
    }

    /** When the event is due, in virtual nanoseconds since the start. */
    public long dueNanos() {
        return due;
    }

    /** Whether the event is background work (it does not keep {@link Scheduler#runUntilIdle} going). */
    public boolean isBackground() {
        return background;
    }

    /** Whether the event has been cancelled. */
    public boolean isCancelled() {
        return cancelled;
    }

    /** Whether the event has run. */
    public boolean isDone() {
        return done;
    }

    @Override
    public int compareTo(ScheduledEvent o) {
        int byDue = Long.compare(due, o.due);
        return byDue != 0 ? byDue : Long.compare(seq, o.seq);
    }
}
