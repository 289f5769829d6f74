package dev.rtsfake.fake.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The app's scheduler on the virtual clock: what {@code cloud.scheduler()} returns. Delays are
 * virtual time; a task runs when the clock reaches it, in (due time, sequence) order with the
 * cloud's own events. Waits ({@code get}, {@code invokeAll}, {@code invokeAny},
 * {@code awaitTermination}) follow {@link AppThread}: in virtual time they drive the clock inside
 * an auto-advance block and fail at once outside one.
 *
 * <p>Shutdown keeps the JDK's {@code ScheduledThreadPoolExecutor} defaults: delayed one-shot tasks
 * still run, periodic ones are cancelled.
 */
public final class AppScheduler implements ScheduledExecutorService {
    private final AppThread thread;
    private final AppTasks queue;

    /** The scheduler over {@code thread}'s timer queue. */
    public AppScheduler(AppThread thread) {
        this.thread = thread;
        this.queue = thread.timers();
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        Objects.requireNonNull(command, "command");
        return queue.submit("schedule", command, Executors.callable(command), command, nanos(delay, unit), 0);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        Objects.requireNonNull(callable, "callable");
        return queue.submit("schedule", callable, callable, asRunnable(callable), nanos(delay, unit), 0);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        Objects.requireNonNull(command, "command");
        long p = nanos(period, unit);
        if (p <= 0) {
            throw new IllegalArgumentException("scheduleAtFixedRate needs a period of more than zero, was " + period
                    + " " + unit);
        }
        return queue.submit("scheduleAtFixedRate", command, Executors.callable(command), command,
                nanos(initialDelay, unit), p);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        Objects.requireNonNull(command, "command");
        long d = nanos(delay, unit);
        if (d <= 0) {
            throw new IllegalArgumentException("scheduleWithFixedDelay needs a delay of more than zero, was " + delay
                    + " " + unit);
        }
        return queue.submit("scheduleWithFixedDelay", command, Executors.callable(command), command,
                nanos(initialDelay, unit), -d);
    }

    @Override
    public void execute(Runnable command) {
        Objects.requireNonNull(command, "command");
        queue.submit("execute", command, Executors.callable(command), command, 0, 0);
    }

    @Override
    public Future<?> submit(Runnable task) {
        Objects.requireNonNull(task, "task");
        return queue.submit("submit", task, Executors.callable(task), task, 0, 0);
    }

    @Override
    public <T> Future<T> submit(Runnable task, T result) {
        Objects.requireNonNull(task, "task");
        return queue.submit("submit", task, Executors.callable(task, result), task, 0, 0);
    }

    @Override
    public <T> Future<T> submit(Callable<T> task) {
        Objects.requireNonNull(task, "task");
        return queue.submit("submit", task, task, asRunnable(task), 0, 0);
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) throws InterruptedException {
        Objects.requireNonNull(tasks, "tasks");
        thread.requireAutoAdvance(() -> "invokeAll");
        List<AppTask<T>> started = submitAll(tasks, "invokeAll");
        boolean ok = false;
        try {
            for (AppTask<T> t : started) {
                thread.awaitTask(t, -1, "invokeAll");
            }
            ok = true;
            return new ArrayList<>(started);
        } finally {
            if (!ok) {
                started.forEach(t -> t.cancel(true));
            }
        }
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException {
        Objects.requireNonNull(tasks, "tasks");
        long limit = Math.max(nanos(timeout, unit), 0);
        thread.requireAutoAdvance(() -> "invokeAll");
        List<AppTask<T>> started = submitAll(tasks, "invokeAll");
        try {
            thread.waitUntil(() -> started.stream().allMatch(AppTask::isDone), limit, limit, () -> "invokeAll");
        } finally {
            started.forEach(t -> t.cancel(true));
        }
        return new ArrayList<>(started);
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException {
        try {
            return any(tasks, -1);
        } catch (TimeoutException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        return any(tasks, Math.max(nanos(timeout, unit), 0));
    }

    /** invokeAny: the first task (in the order given) to succeed, once one has or all have finished. */
    private <T> T any(Collection<? extends Callable<T>> tasks, long limitNanos)
            throws InterruptedException, ExecutionException, TimeoutException {
        Objects.requireNonNull(tasks, "tasks");
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("invokeAny needs at least one task");
        }
        thread.requireAutoAdvance(() -> "invokeAny");
        List<AppTask<T>> started = submitAll(tasks, "invokeAny");
        try {
            // Submitted now, so all are due now: a bound of zero runs them (and what else is due now).
            boolean ended = thread.waitUntil(() -> started.stream().anyMatch(AppTask::succeeded)
                            || started.stream().allMatch(AppTask::isDone), limitNanos, Math.max(limitNanos, 0),
                    () -> "invokeAny");
            for (AppTask<T> t : started) {
                if (t.succeeded()) {
                    return t.get();
                }
            }
            if (!ended) {
                throw new TimeoutException("no task of invokeAny succeeded within the timeout");
            }
            AppTask<T> last = started.get(started.size() - 1);
            last.get();
            throw new IllegalStateException("invokeAny: no task succeeded");
        } finally {
            started.forEach(t -> t.cancel(true));
        }
    }

    private <T> List<AppTask<T>> submitAll(Collection<? extends Callable<T>> tasks, String verb) {
        Objects.requireNonNull(tasks, "tasks");
        for (Callable<T> c : tasks) {
            Objects.requireNonNull(c, verb + " was given a null task");
        }
        List<AppTask<T>> started = new ArrayList<>(tasks.size());
        try {
            for (Callable<T> c : tasks) {
                started.add(queue.submit(verb, c, c, asRunnable(c), 0, 0));
            }
        } catch (RuntimeException e) {
            started.forEach(t -> t.cancel(false));
            throw e;
        }
        return started;
    }

    @Override
    public void shutdown() {
        queue.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
        return queue.shutdownNow();
    }

    @Override
    public boolean isShutdown() {
        return queue.isShutdown();
    }

    @Override
    public boolean isTerminated() {
        return queue.isTerminated();
    }

    /**
     * Waits until every task has finished after shutdown: in virtual time by driving the clock for
     * at most {@code timeout} (inside an auto-advance block); in real-time mode for that long.
     */
    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long limit = Math.max(nanos(timeout, unit), 0);
        return thread.waitUntil(queue::isTerminated, limit, limit, () -> "awaitTermination");
    }

    private static long nanos(long amount, TimeUnit unit) {
        Objects.requireNonNull(unit, "unit");
        return unit.toNanos(amount);
    }

    private static Runnable asRunnable(Callable<?> c) {
        return () -> {
            try {
                c.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    @Override
    public String toString() {
        return "the app's scheduler on the virtual clock (" + queue.pendingCount() + " unfinished tasks"
                + (queue.isShutdown() ? ", shut down" : "") + ")";
    }
}
