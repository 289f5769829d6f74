package dev.rtsfake.fake.core;

import dev.rtsfake.fake.diag.Diagnostics;
import dev.rtsfake.fake.time.Scheduler;
import dev.rtsfake.fake.time.VirtualClock;
import dev.rtsfake.fake.trace.TraceKind;
import dev.rtsfake.fake.trace.TraceRecorder;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.SplittableRandom;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The shared context of one simulated cloud: its clock and scheduler, its lock, its trace and
 * diagnostics, its settings and seeded randomness, and the path every callback takes to an app.
 *
 * <p>Threading: state changes (SDK calls, cloud steps) happen under {@link #lock()}. Callbacks never
 * run under it: a step that produces callbacks leaves them in an outbox, and they are handed out
 * after the lock is released, in the order they were produced: on the thread that drives the clock
 * in virtual time, or on one named callback thread per engine in real-time mode.
 */
public final class Simulation {
    private final CloudSettings settings;
    private final VirtualClock clock;
    private final Scheduler scheduler;
    private final TraceRecorder trace;
    private final Diagnostics diagnostics;
    private final ReentrantLock lock = new ReentrantLock();
    private List<Delivery> outbox = new ArrayList<>();
    private boolean inStep;
    private final ThreadLocal<int[]> callbackDepth = ThreadLocal.withInitial(() -> new int[1]);
    private final Map<CallbackTarget, ExecutorService> callbackThreads = new IdentityHashMap<>();
    private volatile boolean shutDown;

    /** A simulation with these settings. */
    public Simulation(CloudSettings settings) {
        this.settings = settings;
        this.clock = new VirtualClock(settings.epoch());
        this.scheduler = new Scheduler(clock, settings.maxEventsPerDrive());
        this.trace = new TraceRecorder(clock::nanos, settings.seed());
        this.diagnostics = new Diagnostics(settings.strict(), trace, clock::elapsed);
        this.scheduler.setRunner(this::runStep);
    }

    public CloudSettings settings() {
        return settings;
    }

    public VirtualClock clock() {
        return clock;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    public TraceRecorder trace() {
        return trace;
    }

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

    /** Schedules a step after {@code delayNanos}; it runs under the lock. */
    public void schedule(long delayNanos, Runnable step) {
        scheduler.schedule(delayNanos, step);
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

    /** Whether the current thread is inside an app callback delivered by this simulation. */
    public boolean inCallback() {
        return callbackDepth.get()[0] > 0;
    }

    private void runStep(Runnable action) {
        List<Delivery> batch;
        lock.lock();
        try {
            inStep = true;
            try {
                action.run();
            } finally {
                inStep = false;
                batch = outbox;
                if (!batch.isEmpty()) {
                    outbox = new ArrayList<>();
                }
            }
        } finally {
            lock.unlock();
        }
        if (!batch.isEmpty()) {
            for (int i = 0; i < batch.size(); i++) {
                deliver(batch.get(i));
            }
        }
    }

    private void deliver(Delivery d) {
        if (!d.target.acceptsCallbacks()) {
            return;
        }
        String actor = d.target.traceName();
        trace.record(TraceKind.CALLBACK, actor, d.name, null, d.traceArgs);
        if (settings.realTime()) {
            ExecutorService thread = callbackThreadOf(d.target.owner(), actor);
            if (thread != null) {
                thread.execute(() -> {
                    if (d.target.acceptsCallbacks()) {
                        invoke(d, actor);
                    }
                });
            }
            return;
        }
        invoke(d, actor);
    }

    private synchronized ExecutorService callbackThreadOf(CallbackTarget owner, String actor) {
        if (shutDown) {
            return null;
        }
        return callbackThreads.computeIfAbsent(owner, o -> Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rts-callback-" + actor);
            t.setDaemon(true);
            return t;
        }));
    }

    /** Stops the callback threads of real-time mode (callbacks still queued are dropped). */
    public synchronized void shutdownCallbackThreads() {
        shutDown = true;
        callbackThreads.values().forEach(ExecutorService::shutdownNow);
        callbackThreads.clear();
    }

    private void invoke(Delivery d, String actor) {
        int[] depth = callbackDepth.get();
        depth[0]++;
        try {
            d.invoke.run();
        } catch (RuntimeException | AssertionError e) {
            diagnostics.handlerFailed(actor, d.name, e);
        } finally {
            depth[0]--;
        }
    }
}
