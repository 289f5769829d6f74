package dev.rtsfake.fake.core;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * The app's main thread as an {@link Executor}: what {@code cloud.mainThread()} returns. A task runs
 * at the virtual instant it was posted, after what was already due then, as part of the next drive
 * of the clock (or of the drive going on); in real-time mode on {@value AppThread#THREAD_NAME}.
 */
public final class AppMainThread implements Executor {
    private final AppTasks queue;

    /** The main thread over {@code thread}'s main queue. */
    public AppMainThread(AppThread thread) {
        this.queue = thread.main();
    }

    /**
     * Posts {@code command}; it runs when the clock is next driven.
     *
     * @throws java.util.concurrent.RejectedExecutionException once the cloud is closed, or when
     *     {@value AppTasks#MAX_PENDING} posted tasks have not run yet
     */
    @Override
    public void execute(Runnable command) {
        Objects.requireNonNull(command, "command");
        queue.submit("execute", command, Executors.callable(command), command, 0, 0);
    }

    @Override
    public String toString() {
        return "the app's main thread on the virtual clock (" + queue.pendingCount() + " tasks not run yet)";
    }
}
