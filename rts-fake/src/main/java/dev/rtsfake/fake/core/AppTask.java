package dev.rtsfake.fake.core;

import dev.rtsfake.fake.time.ScheduledEvent;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One task of the app's scheduler or main thread, and its future: waiting for its (next) due time
 * on the virtual clock, running, or finished (done, failed or cancelled).
 *
 * <p>State changes under this object's monitor, which is never held while the task's body runs. A
 * periodic task goes back to waiting after each run, and is finished only by cancelling it, by its
 * scheduler shutting down, or by a run that throws.
 */
public final class AppTask<V> implements ScheduledFuture<V> {
    private enum State { WAITING, RUNNING, DONE, FAILED, CANCELLED }

    private final AppTasks queue;
    private final long id;
    private final String name;
    private final Callable<V> body;
    private final Runnable asGiven;
    /** 0: runs once; more than 0: at this fixed rate; less than 0: with a fixed delay of its magnitude. */
    private final long periodNanos;
    private State state = State.WAITING;
    private long dueNanos;
    private ScheduledEvent event;
    private Thread runner;
    private boolean ranOnce;
    private V result;
    private Throwable failure;

    AppTask(AppTasks queue, long id, String name, Callable<V> body, Runnable asGiven, long periodNanos) {
        this.queue = queue;
        this.id = id;
        this.name = name;
        this.body = body;
        this.asGiven = asGiven;
        this.periodNanos = periodNanos;
    }

    /** The task's number in its queue, from 1, as the trace shows it. */
    public long id() {
        return id;
    }

    /** How the trace and messages name the task: {@code "app-timer #3 (RetryTask)"}. */
    public String label() {
        return queue.actor() + " #" + id + " (" + name + ")";
    }

    /** Whether the task repeats (scheduleAtFixedRate / scheduleWithFixedDelay). */
    public boolean isPeriodic() {
        return periodNanos != 0;
    }

    /** The virtual instant its (next) run is due, in nanoseconds since the start (past, for a run fallen behind). */
    public synchronized long dueNanos() {
        return dueNanos;
    }

    synchronized ScheduledEvent event() {
        return event;
    }

    /** The task as the app gave it (for shutdownNow's list of tasks that never ran). */
    Runnable asGiven() {
        return asGiven;
    }

    synchronized boolean neverRan() {
        return state == State.WAITING && !ranOnce;
    }

    /**
     * Puts the task on the clock for {@code due}; a due time already passed (a fixed-rate run that
     * fell behind) runs now, and keeps its place in the rate, as the JDK's scheduler does.
     */
    synchronized void enqueue(long due) {
        dueNanos = due;
        event = queue.post(this, due);
    }

    /** Runs the task if it is still waiting: called when its event comes, on the app's thread. */
    void run() {
        synchronized (this) {
            if (state != State.WAITING) {
                return;
            }
            state = State.RUNNING;
            runner = Thread.currentThread();
            ranOnce = true;
        }
        queue.traceRun(this);
        V value = null;
        Throwable thrown = null;
        try {
            value = body.call();
        } catch (Throwable t) {
            thrown = t;
        }
        boolean finished = false;
        boolean again = false;
        synchronized (this) {
            runner = null;
            if (state == State.RUNNING) {
                if (thrown != null) {
                    failure = thrown;
                    state = State.FAILED;
                    finished = true;
                } else if (periodNanos == 0) {
                    result = value;
                    state = State.DONE;
                    finished = true;
                } else {
                    state = State.WAITING;
                    again = true;
                }
            }
        }
        if (thrown != null) {
            queue.failed(this, thrown);
        }
        if (again) {
            long next = periodNanos > 0 ? AppTasks.after(dueNanos(), periodNanos)
                    : AppTasks.after(queue.nowNanos(), -periodNanos);
            enqueue(next);
        } else if (finished) {
            queue.finished(this);
        }
        if (thrown instanceof VirtualMachineError vme && !(thrown instanceof StackOverflowError)) {
            throw vme;
        }
    }

    /** Whether the current thread is running this task's body. */
    synchronized boolean runningOn(Thread t) {
        return runner == t;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        return cancel(mayInterruptIfRunning, true);
    }

    /** Cancels the task unless it has finished; {@code traced}: whether the trace shows it. */
    boolean cancel(boolean mayInterruptIfRunning, boolean traced) {
        ScheduledEvent e;
        Thread running;
        synchronized (this) {
            if (state == State.DONE || state == State.FAILED || state == State.CANCELLED) {
                return false;
            }
            state = State.CANCELLED;
            e = event;
            running = runner;
        }
        if (mayInterruptIfRunning && running != null && running != Thread.currentThread() && queue.realTime()) {
            running.interrupt();
        }
        queue.cancelled(this, e, traced);
        queue.finished(this);
        return true;
    }

    @Override
    public synchronized boolean isCancelled() {
        return state == State.CANCELLED;
    }

    @Override
    public synchronized boolean isDone() {
        return state == State.DONE || state == State.FAILED || state == State.CANCELLED;
    }

    /** Whether the task finished with a result (not failed, not cancelled). */
    synchronized boolean succeeded() {
        return state == State.DONE;
    }

    synchronized boolean failed() {
        return state == State.FAILED;
    }

    /**
     * Its result. In virtual time a wait happens only inside {@code cloud.autoAdvance()}, where it
     * drives the clock until the task has run; otherwise a task that has not finished makes it
     * throw {@link IllegalStateException} (the clock would never move). In real-time mode it waits.
     */
    @Override
    public V get() throws InterruptedException, ExecutionException {
        queue.thread().awaitTask(this, -1, "get()");
        return report();
    }

    /** As {@link #get()}, waiting at most {@code timeout} (of virtual time; in real-time mode, of wall time). */
    @Override
    public V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        long nanos = unit.toNanos(timeout);
        if (!queue.thread().awaitTask(this, Math.max(nanos, 0), "get(" + timeout + ", " + unit + ")")) {
            throw new TimeoutException(label() + " did not finish within " + timeout + " " + unit
                    + (queue.realTime() ? "" : " of virtual time (now " + AppThread.seconds(queue.nowNanos()) + ")"));
        }
        return report();
    }

    private synchronized V report() throws ExecutionException {
        switch (state) {
            case DONE:
                return result;
            case FAILED:
                throw new ExecutionException(label() + " threw " + failure, failure);
            case CANCELLED:
                throw new CancellationException(label() + " was cancelled");
            default:
                throw new IllegalStateException(label() + " has not finished");
        }
    }

    @Override
    public long getDelay(TimeUnit unit) {
        return unit.convert(dueNanos() - queue.nowNanos(), TimeUnit.NANOSECONDS);
    }

    /** Earlier due time first; of two tasks due at once, the one scheduled first. */
    @Override
    public int compareTo(Delayed other) {
        if (other == this) {
            return 0;
        }
        if (other instanceof AppTask<?> o && o.queue == queue) {
            int byDue = Long.compare(dueNanos(), o.dueNanos());
            return byDue != 0 ? byDue : Long.compare(id, o.id);
        }
        return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
    }

    @Override
    public String toString() {
        State s;
        synchronized (this) {
            s = state;
        }
        return label() + "[" + s.name().toLowerCase(java.util.Locale.ROOT) + ", due " + AppThread.seconds(dueNanos())
                + "]";
    }
}
