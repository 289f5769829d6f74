package dev.rtsfake.fake.internal.core;

import dev.rtsfake.fake.CloudSettings;
import dev.rtsfake.fake.internal.diag.Diagnostics;
import dev.rtsfake.fake.internal.time.ScheduledEvent;
import dev.rtsfake.fake.internal.time.Scheduler;
import dev.rtsfake.fake.internal.trace.TraceRecorder;
import dev.rtsfake.fake.time.VirtualClock;
import dev.rtsfake.fake.trace.TraceKind;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * The shared context of one simulated cloud: its clock and scheduler, its lock, its trace and
 * diagnostics, its settings and seeded randomness, and the path every callback takes to an app.
 *
 * <p>Threading: state changes (SDK calls, cloud steps) happen under {@link #lock()}. Callbacks never
 * run under it: a step that produces callbacks leaves them in an outbox, and they are handed out
 * after the lock is released, in the order they were produced: on the thread that drives the clock
 * in virtual time, or on one named callback thread per engine in real-time mode
 * ({@code rts-callback-<engine name>}, e.g. {@code rts-callback-rts-3}).
 *
 * <p>A step that throws still hands out the callbacks it produced before the exception, which then
 * goes on to the thread driving the clock (the real-time driver records it in the diagnostics).
 *
 * <p>Destroying an engine retires its callback thread: queued callbacks are skipped, a running one
 * is waited for (bounded), and the thread ends.
 */
public final class Simulation {
    private final CloudSettings settings;
    private final VirtualClock clock;
    private final Scheduler scheduler;
    private final TraceRecorder trace;
    private final Diagnostics diagnostics;
    /** How long destroying an engine waits for a callback of it that is already running. */
    public static final long DRAIN_TIMEOUT_MILLIS = 2_000;
    private static final Logger LOG = Logger.getLogger("dev.rtsfake.fake");

    private final SimulationLock lock = new SimulationLock();
    private List<Delivery> outbox = new ArrayList<>();
    /**
     * An emptied batch, kept to become the next outbox so that a step with callbacks allocates no
     * list. Only the driving thread runs steps (the scheduler lets one thread drive at a time), so
     * this is written after a batch is handed out and read under the lock; volatile for a driver
     * that changes between drives.
     */
    private volatile List<Delivery> spareOutbox;
    private boolean inStep;
    private final ThreadLocal<int[]> callbackDepth = ThreadLocal.withInitial(() -> new int[1]);
    private final Map<CallbackTarget, CallbackThread> callbackThreads = new IdentityHashMap<>();
    private final ThreadLocal<Boolean> ownThread = new ThreadLocal<>();
    private volatile Runnable threadSetup;
    private volatile boolean shutDown;
    private volatile boolean closed;

    /** A simulation with these settings. */
    public Simulation(CloudSettings settings) {
        this.settings = settings;
        this.clock = new VirtualClock(settings.epoch());
        this.scheduler = new Scheduler(clock, settings.maxEventsPerDrive());
        this.trace = new TraceRecorder(clock::nanos, settings.seed(), settings.traceKeepLast());
        this.diagnostics = new Diagnostics(settings.strictness(), trace, clock::elapsed);
        this.scheduler.setRunner(this::runStep);
    }

    /** The settings the cloud was built with. */
    public CloudSettings settings() {
        return settings;
    }

    /** The virtual clock. */
    public VirtualClock clock() {
        return clock;
    }

    /** The event queue. */
    public Scheduler scheduler() {
        return scheduler;
    }

    /** Where every step is recorded. */
    public TraceRecorder trace() {
        return trace;
    }

    /** Strict-mode misuses and handler failures. */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** The lock under which all simulated state changes. */
    public ReentrantLock lock() {
        return lock;
    }

    /** Current virtual time in nanoseconds. */
    public long now() {
        return clock.nanos();
    }

    /**
     * A random generator of its own for {@code stream} (a link, the token issuer...), derived from
     * the seed and the name alone, so that adding a client never changes another one's randomness.
     */
    public SplittableRandom randomFor(String stream) {
        long h = settings.seed() * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < stream.length(); i++) {
            h = (h ^ stream.charAt(i)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return new SplittableRandom(h);
    }

    /**
     * Schedules a step after {@code delayNanos}; it runs under the lock. It cannot be cancelled, so
     * it may share a queue entry with the step scheduled just before it ({@link Scheduler#scheduleStep}).
     */
    public void schedule(long delayNanos, Runnable step) {
        scheduler.scheduleStep(delayNanos, step);
    }

    /**
     * Sends a callback towards its handler. Inside a step it joins that step's outbox; anywhere else
     * (an SDK call) it is scheduled as a step of its own at the current time, so no callback ever
     * runs inside the SDK call that caused it.
     */
    public void post(Delivery delivery) {
        if (inStep && lock.isHeldByCurrentThread()) {
            outbox.add(delivery);
        } else {
            scheduler.schedule(0, () -> outbox.add(delivery));
        }
    }

    /**
     * Sends {@code delivery} out at the virtual instant {@code dueNanos} (now, if that has passed),
     * as an event of its own; cancel the returned event to call it off.
     */
    public ScheduledEvent postAt(long dueNanos, boolean background, Delivery delivery) {
        return scheduler.scheduleAt(dueNanos, background, () -> outbox.add(delivery));
    }

    /** Marks the cloud closed: from now on {@link #requireOpen} refuses the harness's verbs. */
    public void markClosed() {
        closed = true;
    }

    /** Whether the cloud has been closed (or is closing). */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Refuses a harness verb once the cloud is closed: {@code what} is what the caller tried. A
     * simulation step is let through (a fault scheduled earlier may be applied while a real-time
     * cloud closes).
     *
     * @throws IllegalStateException when the cloud is closed
     */
    public void requireOpen(String what) {
        if (closed && !(inStep && lock.isHeldByCurrentThread())) {
            throw new IllegalStateException(what + ": this FakeRtsCloud is closed, and a closed cloud does"
                    + " nothing more; build a new cloud for each test (and close it last)");
        }
    }

    /** Whether the current thread is inside an app callback delivered by this simulation. */
    public boolean inCallback() {
        return callbackDepth.get()[0] > 0;
    }

    private void runStep(Runnable action) {
        List<Delivery> batch;
        Throwable failure = null;
        lock.lock();
        try {
            inStep = true;
            try {
                action.run();
            } catch (Throwable t) {
                failure = t;
            } finally {
                inStep = false;
                // The batch never aliases the live outbox, even when empty: it is read after the lock
                // is released, when the next step may already be filling the outbox.
                if (outbox.isEmpty()) {
                    batch = List.of();
                } else {
                    batch = outbox;
                    List<Delivery> spare = spareOutbox;
                    spareOutbox = null;
                    outbox = spare != null ? spare : new ArrayList<>();
                }
            }
        } finally {
            lock.unlock();
        }
        // The callbacks the step produced before it failed belong to state changes already made
        // (a send id's result, a state change): hand them out anyway, then report the failure.
        for (int i = 0; i < batch.size(); i++) {
            try {
                deliver(batch.get(i));
            } catch (Throwable t) {
                if (failure == null) {
                    failure = t;
                } else if (failure != t) {
                    failure.addSuppressed(t);
                }
            }
        }
        if (!batch.isEmpty() && batch.size() <= 256) {
            // Handed out: nobody holds the batch now (a nested step took a list of its own). A large
            // one is let go rather than kept at its size.
            batch.clear();
            spareOutbox = batch;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException("a simulation step failed", failure);
        }
    }

    private void deliver(Delivery d) {
        if (!d.target.acceptsCallbacks()) {
            return;
        }
        String actor = d.target.traceName();
        if (d.sdkCallback) {
            trace.record(TraceKind.CALLBACK, actor, d.name, null, d.traceArgs);
        }
        if (settings.realTime()) {
            submitToCallbackThread(d.target.owner(), actor, () -> {
                if (d.target.acceptsCallbacks()) {
                    invoke(d, actor);
                }
            });
            return;
        }
        invoke(d, actor);
    }

    // ---------------------------------------------------------------- the simulation's own threads

    /**
     * Sets what each of this simulation's own threads (the real-time clock thread, the callback
     * threads) runs first, before any work: the cloud binds itself there so that the SDK's static
     * methods called from a callback reach the cloud the callback belongs to.
     */
    public void setThreadSetup(Runnable setup) {
        this.threadSetup = setup;
    }

    /** A daemon thread of this simulation named {@code name}: it runs the thread setup, then {@code body}. */
    public Thread newOwnThread(Runnable body, String name) {
        Thread t = new Thread(() -> {
            ownThread.set(Boolean.TRUE);
            Runnable setup = threadSetup;
            if (setup != null) {
                setup.run();
            }
            body.run();
        }, name);
        t.setDaemon(true);
        return t;
    }

    /** Whether the current thread is one of this simulation's own (clock or callback) threads. */
    public boolean onOwnThread() {
        return ownThread.get() == Boolean.TRUE;
    }

    /**
     * Names the callback thread of {@code owner} (an engine) for real-time mode:
     * {@code rts-callback-<name>}. The thread itself starts with the first callback.
     */
    public synchronized void registerCallbackOwner(CallbackTarget owner, String name) {
        if (settings.realTime() && !shutDown) {
            callbackThreads.putIfAbsent(owner, new CallbackThread(name));
        }
    }

    private synchronized void submitToCallbackThread(CallbackTarget owner, String actor, Runnable task) {
        // Checked under the same monitor as retireCallbackThread, which runs after the owner was
        // destroyed: a destroyed owner never gets a (new) thread again.
        if (shutDown || !owner.acceptsCallbacks()) {
            return;
        }
        CallbackThread ct = callbackThreads.computeIfAbsent(owner, o -> new CallbackThread(actor));
        if (ct.executor == null) {
            ct.executor = Executors.newSingleThreadExecutor(r -> {
                Thread t = newOwnThread(r, "rts-callback-" + ct.name);
                ct.thread = t;
                return t;
            });
        }
        ct.executor.execute(task);
    }

    /**
     * Retires the callback thread of {@code owner}, which has just been destroyed (its
     * {@code acceptsCallbacks()} is already false). Callbacks still queued are skipped; one already
     * running is waited for (at most {@link #DRAIN_TIMEOUT_MILLIS} ms) once the calling thread has
     * released the simulation lock, so that no callback of the owner runs after the SDK call that
     * destroyed it returns. From the owner's own callback thread there is nothing to wait for: that
     * thread ends after the current callback.
     */
    public void retireCallbackThread(CallbackTarget owner) {
        CallbackThread ct;
        synchronized (this) {
            ct = callbackThreads.remove(owner);
            if (ct == null || ct.executor == null) {
                return;
            }
            ct.executor.shutdown();
        }
        if (Thread.currentThread() == ct.thread) {
            return;
        }
        lock.runAfterRelease(() -> awaitDrained(ct));
    }

    private static void awaitDrained(CallbackThread ct) {
        try {
            if (!ct.executor.awaitTermination(DRAIN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.warning("a callback on rts-callback-" + ct.name + " still runs " + DRAIN_TIMEOUT_MILLIS
                        + " ms after its engine was destroyed; destroy returns without waiting longer."
                        + " Does the handler wait for the thread that destroys the engine?");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the callback threads of real-time mode (callbacks still queued are dropped). */
    public synchronized void shutdownCallbackThreads() {
        shutDown = true;
        for (CallbackThread ct : callbackThreads.values()) {
            if (ct.executor != null) {
                ct.executor.shutdownNow();
            }
        }
        callbackThreads.clear();
    }

    /** One engine's callback thread: its name, and the executor once the first callback came. */
    private static final class CallbackThread {
        final String name;
        ExecutorService executor;
        volatile Thread thread;

        CallbackThread(String name) {
            this.name = name;
        }
    }

    /**
     * The simulation lock. When a thread releases its last hold it runs what was left for "after
     * the lock" (waiting for a destroyed engine's callback thread must not happen under the lock:
     * that callback may itself be waiting for it).
     */
    private static final class SimulationLock extends ReentrantLock {
        private final transient ThreadLocal<List<Runnable>> afterRelease = new ThreadLocal<>();
        private final transient AtomicInteger pending = new AtomicInteger();

        /** Runs {@code action} once the current thread holds this lock no more (now if it does not). */
        void runAfterRelease(Runnable action) {
            if (!isHeldByCurrentThread()) {
                action.run();
                return;
            }
            List<Runnable> list = afterRelease.get();
            if (list == null) {
                list = new ArrayList<>();
                afterRelease.set(list);
            }
            list.add(action);
            pending.incrementAndGet();
        }

        @Override
        public void unlock() {
            super.unlock();
            if (pending.get() > 0 && !isHeldByCurrentThread()) {
                List<Runnable> list = afterRelease.get();
                if (list != null) {
                    afterRelease.remove();
                    pending.addAndGet(-list.size());
                    list.forEach(Runnable::run);
                }
            }
        }
    }

    private void invoke(Delivery d, String actor) {
        int[] depth = callbackDepth.get();
        int counted = d.sdkCallback ? 1 : 0;
        depth[0] += counted;
        try {
            d.invoke.run();
        } catch (RuntimeException | AssertionError e) {
            diagnostics.handlerFailed(actor, d.name, e);
        } finally {
            depth[0] -= counted;
        }
    }
}
