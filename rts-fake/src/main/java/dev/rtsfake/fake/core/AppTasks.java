package dev.rtsfake.fake.core;

import dev.rtsfake.fake.time.ScheduledEvent;
import dev.rtsfake.fake.trace.TraceKind;
import dev.rtsfake.fake.trace.TraceRecorder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.RejectedExecutionException;

/**
 * One queue of the app's own tasks (the scheduler's, or the main thread's): numbers them, keeps
 * the unfinished ones (at most {@link #MAX_PENDING}), puts them on the simulation's clock, traces
 * them under its actor, records what they throw, and shuts down.
 */
public final class AppTasks {
    /** Unfinished tasks a queue holds at most; one more is refused with a RejectedExecutionException. */
    public static final int MAX_PENDING = 100_000;

    private final AppThread thread;
    private final String actor;
    private final CallbackTarget target;
    /** Unfinished tasks (waiting or running) by number. Guarded by this. */
    private final Map<Long, AppTask<?>> pending = new LinkedHashMap<>();
    private long nextId;
    private boolean shutdown;
    private boolean closed;

    AppTasks(AppThread thread, String actor, CallbackTarget target) {
        this.thread = thread;
        this.actor = actor;
        this.target = target;
    }

    /** The trace actor of this queue's steps: {@code app-timer} or {@code app-main}. */
    public String actor() {
        return actor;
    }

    AppThread thread() {
        return thread;
    }

    long nowNanos() {
        return thread.sim.now();
    }

    boolean realTime() {
        return thread.sim.settings().realTime();
    }

    /**
     * A new task, traced as {@code verb(id, name, delay[, period])} and put on the clock.
     *
     * @param periodNanos 0 for a task that runs once, more than 0 for a fixed rate, less for a fixed delay
     * @throws RejectedExecutionException when the queue is shut down, its cloud closed, or it is full
     */
    <V> AppTask<V> submit(String verb, Object given, Callable<V> body, Runnable asGiven, long delayNanos,
                          long periodNanos) {
        Objects.requireNonNull(given, "the task is null: pass a Runnable or a Callable");
        String name = Identifiers.handlerName(given);
        AppTask<V> task;
        synchronized (this) {
            if (closed) {
                throw new RejectedExecutionException(verb + " refused: this FakeRtsCloud is closed, and its " + actor
                        + " tasks with it; build a new cloud for each test");
            }
            if (shutdown) {
                throw new RejectedExecutionException(verb + " refused: the app's scheduler has been shut down"
                        + " (shutdown() or shutdownNow()); it takes no new tasks");
            }
            if (pending.size() >= MAX_PENDING) {
                throw new RejectedExecutionException(verb + " refused: " + actor + " already holds " + MAX_PENDING
                        + " tasks that have not finished. Does the app schedule tasks faster than virtual time"
                        + " runs them (a task that schedules two more each time, a timer never cancelled)? Drive"
                        + " the clock, or cancel the tasks the app no longer needs.");
            }
            task = new AppTask<>(this, ++nextId, name, body, asGiven, periodNanos);
            pending.put(task.id(), task);
        }
        TraceRecorder trace = thread.sim.trace();
        if (trace.enabled()) {
            String delay = Duration.ofNanos(Math.max(delayNanos, 0)).toString();
            if (periodNanos == 0) {
                trace.record(TraceKind.APP_TIMER, actor, verb, null, task.id(), name, delay);
            } else {
                trace.record(TraceKind.APP_TIMER, actor, verb, null, task.id(), name, delay,
                        Duration.ofNanos(Math.abs(periodNanos)).toString());
            }
        }
        task.enqueue(after(nowNanos(), delayNanos));
        return task;
    }

    /** Puts {@code task}'s run on the clock at {@code due}; periodic runs are background work. */
    ScheduledEvent post(AppTask<?> task, long due) {
        return thread.sim.postAt(due, task.isPeriodic(), Delivery.appWork(target, "task #" + task.id(), task::run));
    }

    void traceRun(AppTask<?> task) {
        thread.sim.trace().record(TraceKind.APP_TIMER, actor, "run", null, task.id());
    }

    /** Records what a task threw as a handler failure, so {@code assertClean()} reports it. */
    void failed(AppTask<?> task, Throwable error) {
        thread.sim.diagnostics().handlerFailed(actor, "task #" + task.id(), error);
    }

    void cancelled(AppTask<?> task, ScheduledEvent event, boolean traced) {
        if (event != null) {
            thread.sim.scheduler().cancel(event);
        }
        if (traced) {
            thread.sim.trace().record(TraceKind.APP_TIMER, actor, "cancel", null, task.id());
        }
    }

    void finished(AppTask<?> task) {
        synchronized (this) {
            pending.remove(task.id());
        }
        thread.taskFinished();
    }

    /** Unfinished tasks. */
    public synchronized int pendingCount() {
        return pending.size();
    }

    /** The unfinished task whose run {@code event} is, or null. */
    synchronized AppTask<?> taskOf(ScheduledEvent event) {
        for (AppTask<?> t : pending.values()) {
            if (t.event() == event) {
                return t;
            }
        }
        return null;
    }

    /** No new tasks; periodic ones are cancelled, the others still run when due. */
    void shutdown() {
        List<AppTask<?>> periodic = new ArrayList<>();
        synchronized (this) {
            if (shutdown || closed) {
                return;
            }
            shutdown = true;
            for (AppTask<?> t : pending.values()) {
                if (t.isPeriodic()) {
                    periodic.add(t);
                }
            }
        }
        thread.sim.trace().record(TraceKind.APP_TIMER, actor, "shutdown", null);
        periodic.forEach(t -> t.cancel(false, false));
        thread.taskFinished();
    }

    /** Shuts down and cancels every unfinished task; returns those that never started, as the app gave them. */
    List<Runnable> shutdownNow() {
        List<AppTask<?>> all;
        synchronized (this) {
            if (closed) {
                return List.of();
            }
            shutdown = true;
            all = new ArrayList<>(pending.values());
        }
        thread.sim.trace().record(TraceKind.APP_TIMER, actor, "shutdownNow", null, (long) all.size());
        List<Runnable> neverRan = new ArrayList<>();
        for (AppTask<?> t : all) {
            if (t.neverRan()) {
                neverRan.add(t.asGiven());
            }
            t.cancel(true, false);
        }
        thread.taskFinished();
        return neverRan;
    }

    /** The cloud closed: every unfinished task is cancelled, and nothing new is taken. */
    void close() {
        List<AppTask<?>> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>(pending.values());
        }
        all.forEach(t -> t.cancel(false, false));
    }

    /** Whether shutdown (or the cloud's close) has happened. */
    public synchronized boolean isShutdown() {
        return shutdown || closed;
    }

    /** Whether it is shut down and no task is left unfinished. */
    public synchronized boolean isTerminated() {
        return (shutdown || closed) && pending.isEmpty();
    }

    /** {@code now + delay}, never earlier than now, and {@code Long.MAX_VALUE} rather than wrapping past it. */
    static long after(long now, long delay) {
        if (delay <= 0) {
            return now;
        }
        long due = now + delay;
        return due < now ? Long.MAX_VALUE : due;
    }
}
