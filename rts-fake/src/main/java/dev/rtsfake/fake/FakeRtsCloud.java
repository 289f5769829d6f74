package dev.rtsfake.fake;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import dev.rtsfake.fake.appserver.AppServer;
import dev.rtsfake.fake.diag.HandlerFailure;
import dev.rtsfake.fake.diag.Misuse;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.internal.access.NetAccess;
import dev.rtsfake.fake.internal.access.ServerApiAccess;
import dev.rtsfake.fake.internal.cloud.CloudService;
import dev.rtsfake.fake.internal.core.AppMainThread;
import dev.rtsfake.fake.internal.core.AppScheduler;
import dev.rtsfake.fake.internal.core.AppThread;
import dev.rtsfake.fake.internal.core.JsonArgument;
import dev.rtsfake.fake.internal.core.RealTimeDriver;
import dev.rtsfake.fake.internal.core.Simulation;
import dev.rtsfake.fake.internal.provider.CloudBinding;
import dev.rtsfake.fake.internal.provider.CloudHandle;
import dev.rtsfake.fake.internal.provider.EngineFactory;
import dev.rtsfake.fake.net.Network;
import dev.rtsfake.fake.serverapi.ServerApi;
import dev.rtsfake.fake.time.TimeLimits;
import dev.rtsfake.fake.time.VirtualClock;
import dev.rtsfake.fake.trace.Trace;
import dev.rtsfake.fake.trace.TraceEvent;
import dev.rtsfake.fake.trace.TraceFile;
import dev.rtsfake.fake.trace.TraceKind;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.json.JSONObject;

/**
 * A simulated Volcengine RTS cloud on a virtual clock: the entry point of rts-fake.
 *
 * <p>It holds the apps and their keys, issues tokens, creates engines that implement the whole RTS
 * API in memory, and lets the test move virtual time. Nothing happens between drive calls: an SDK
 * call returns its code at once and everything else (network hops, the cloud's answers, callbacks)
 * runs when the test calls {@link #advance}, {@link #runUntilIdle} or {@link #runUntil}, on the
 * calling thread. The same seed and the same calls give the same {@link #trace() trace}.
 *
 * <pre>{@code
 * FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP_ID, "app-key").build();
 * RTS alice = cloud.createRTS(APP_ID, aliceHandler);
 * alice.login(cloud.tokens().issue(APP_ID, "alice", Duration.ofHours(1)), "alice");
 * cloud.runUntilIdle();                      // CONNECTING, CONNECTED, onLoginResult("alice", 0, 60)
 * }</pre>
 *
 * <p>One thread drives the clock at a time: {@link #advance}, {@link #runUntilIdle} or {@link #runUntil}
 * called on a second thread while one drives throws an {@link IllegalStateException} naming both
 * threads (a callback may drive again on the driving thread). SDK calls and harness verbs may come
 * from any thread. {@link #close()} may be
 * called from any thread, more than once and concurrently; once it has started, no engine is
 * created any more.
 */
public final class FakeRtsCloud implements AutoCloseable {
    private static final NetAccess NET = NetAccess.get();
    private static final ServerApiAccess SERVER_APIS = ServerApiAccess.get();

    private final Simulation sim;
    private final CloudService service;
    private final Network network;
    private final Tokens tokens;
    private final LiveEngines engines;
    private final AppDoubles doubles;
    private final SdkStatics statics;
    /** What installations and the cloud's own threads bind; cleared on close. */
    private final CloudHandle handle;
    private final TraceFile traceFile;
    private final RealTimeDriver driver;
    private final AppThread appThread;
    private final AppScheduler appScheduler;
    private final AppMainThread appMain;
    /** Set first thing by the one close() that runs; everything that creates engines checks it. */
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closeDone = new CountDownLatch(1);

    FakeRtsCloud(CloudSettings settings, Map<String, String> apps, List<Consumer<? super TraceEvent>> traceListeners) {
        this.sim = new Simulation(settings);
        this.appThread = new AppThread(sim);
        this.appScheduler = new AppScheduler(appThread);
        this.appMain = new AppMainThread(appThread);
        this.traceFile = openTraceFile(settings);
        if (traceFile != null) {
            sim.trace().addListener(traceFile);
        }
        traceListeners.forEach(l -> sim.trace().addListener(l::accept));
        this.service = new CloudService(sim);
        this.network = NET.newNetwork(sim);
        this.engines = new LiveEngines(sim, service, network);
        this.statics = new SdkStatics(sim, service, engines, (appId, handler, params) -> newEngine(appId, handler, params, true),
                closing::get);
        this.handle = new CloudHandle(statics);
        apps.forEach(service::registerApp);
        this.doubles = new AppDoubles(sim, service);
        this.tokens = new Tokens(sim, service);
        CloudHandle own = handle;
        sim.setThreadSetup(() -> CloudBinding.bindOwn(own));
        this.driver = settings.realTime() ? new RealTimeDriver(sim) : null;
        if (driver != null) {
            driver.start();
        }
    }

    private static TraceFile openTraceFile(CloudSettings settings) {
        if (settings.traceFile() == null) {
            return null;
        }
        try {
            return TraceFile.open(settings.traceFile());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot write the trace file " + settings.traceFile() + " (" + e
                    + "); pass traceFile(...) a path in a writable folder", e);
        }
    }

    /** Starts building a cloud. */
    public static FakeRtsCloudBuilder builder() {
        return new FakeRtsCloudBuilder();
    }

    /** The settings this cloud was built with. */
    public CloudSettings settings() {
        return sim.settings();
    }

    /** The seed of this cloud: rerun with it to get the same trace. */
    public long seed() {
        return sim.settings().seed();
    }

    /** Issues login tokens for this cloud's apps. */
    public Tokens tokens() {
        return tokens;
    }

    /** The simulated network, with its fault verbs. */
    public Network network() {
        return network;
    }

    // ---------------------------------------------------------------- engines

    /**
     * Creates an engine of this cloud for {@code appId}, as {@code RTS.createRTS} would.
     *
     * @throws IllegalArgumentException if the app is not registered (the SDK path,
     *     {@code RTS.createRTS}, returns null instead)
     */
    public FakeRTS createRTS(String appId, IRTSEventHandler handler) {
        return createRTS(appId, handler, null);
    }

    /**
     * Creates an engine with createRTS parameters (a JSON object of overrides, copied).
     *
     * @throws IllegalArgumentException if the app is not registered, or the parameters cannot be read
     *     as plain JSON (cyclic, nested deeper than {@value JsonArgument#MAX_DEPTH} levels, throwing
     *     while read...; the SDK path, {@code RTS.createRTS}, returns null instead)
     */
    public FakeRTS createRTS(String appId, IRTSEventHandler handler, JSONObject parameters) {
        requireOpen();
        service.requireApp(appId);
        JsonArgument params = parameters == null ? null : JsonArgument.of(parameters);
        if (params != null && !params.ok()) {
            throw new IllegalArgumentException("the createRTS parameters cannot be used: " + params.refusal()
                    + "; pass a plain JSON object of settings (RTS.createRTS returns null for these)");
        }
        FakeRTS engine = newEngine(appId, handler, params, false);
        if (engine == null) {
            requireOpen();
        }
        return engine;
    }

    /** A new engine, or null when close() has started (checked under the lock close() takes to list the engines). */
    private FakeRTS newEngine(String appId, IRTSEventHandler handler, JsonArgument parameters, boolean byFactory) {
        sim.lock().lock();
        try {
            return closing.get() ? null : engines.create(appId, handler, parameters, byFactory);
        } finally {
            sim.lock().unlock();
        }
    }

    /** The live (not destroyed) engines, in creation order. */
    public List<FakeRTS> engines() {
        return engines.all();
    }

    /**
     * The live engine that last logged in as {@code uid} (its latest login was as {@code uid}; of
     * several, the one whose login came last).
     *
     * @throws IllegalArgumentException if no live engine's latest login was as {@code uid}
     */
    public FakeRTS engine(String uid) {
        return engines.lastLoggedInAs(uid);
    }

    /** Destroys one engine of this cloud (see {@link FakeRTS#destroy()}). */
    public void destroy(RTS engine) {
        if (!(engine instanceof FakeRTS fake) || !engines.holds(fake)) {
            throw new IllegalArgumentException(engine + " is not an engine of this cloud; destroy engines through"
                    + " the cloud that created them");
        }
        fake.destroy();
    }

    /**
     * Destroys every engine of this cloud, those made with {@link #createRTS} too ({@link #close()}
     * does this). {@code RTS.destroyRTS()} destroys only the engines made through
     * {@code RTS.createRTS}: the others stand for other devices and apps.
     */
    public void destroyAll() {
        for (FakeRTS e : engines()) {
            e.destroy();
        }
    }

    /**
     * Makes the SDK's static methods ({@code RTS.createRTS}, {@code destroyRTS}, {@code setLogConfig},
     * {@code getSdkVersion}) use this cloud on this thread until the returned scope is closed.
     */
    public Installation install() {
        requireOpen();
        return new Installation(this);
    }

    /** What installations bind: a handle the cloud clears on close. */
    EngineFactory engineFactory() {
        return handle;
    }

    // ---------------------------------------------------------------- the cloud's side, for tests

    /** The uids with a session in an app, in login order (a session in its grace period counts). */
    public List<String> onlineUsers(String appId) {
        sim.lock().lock();
        try {
            return service.onlineUsers(appId);
        } finally {
            sim.lock().unlock();
        }
    }

    /** The members of a room as the cloud sees them, in joining order. */
    public List<String> roomMembers(String appId, String roomId) {
        sim.lock().lock();
        try {
            return service.roomMembers(appId, roomId);
        } finally {
            sim.lock().unlock();
        }
    }

    /**
     * The cloud declares a user's session invalid, as after a server-side fault: the engine reports
     * connection state FAILED(7), its rooms {@code -1084}, and it does not reconnect by itself.
     *
     * @return false when the user has no session
     * @throws IllegalStateException once the cloud is closed
     */
    public boolean invalidateSession(String appId, String uid) {
        requireOpen();
        sim.lock().lock();
        try {
            sim.trace().record(TraceKind.HARNESS, "harness", "invalidateSession", null, appId, uid);
            return service.invalidate(appId, uid);
        } finally {
            sim.lock().unlock();
        }
    }

    /** The service side, for the app-server and server-push parts of the harness. */
    Simulation simulation() {
        return sim;
    }

    /**
     * The double of {@code appId}'s own server, which receives every P2Server message of the app
     * (one per app, made with the cloud; by default it answers 200 with an empty body).
     *
     * <pre>{@code
     * cloud.appServer(APP).onMessage(request -> AppServerReply.ok("ack"));
     * }</pre>
     *
     * @throws IllegalArgumentException if the app is not registered (the message names the known apps)
     */
    public AppServer appServer(String appId) {
        return doubles.appServer(appId);
    }

    /**
     * The server push OpenAPI of {@code appId} (SendUnicast, SendRoomUnicast, SendBroadcast,
     * BatchSendRoomUnicast) as Java calls, and over HTTP with {@code listen()} (one per app).
     *
     * <pre>{@code
     * cloud.serverApi(APP).sendUnicast("server", "alice", "{\"message_type\":\"inform\"}");
     * }</pre>
     *
     * @throws IllegalArgumentException if the app is not registered (the message names the known apps)
     */
    public ServerApi serverApi(String appId) {
        return doubles.serverApi(appId);
    }

    // ---------------------------------------------------------------- time

    /** The current virtual instant. */
    public Instant now() {
        return sim.clock().now();
    }

    /** Virtual time since the cloud was built. */
    public Duration elapsed() {
        return sim.clock().elapsed();
    }

    /** The virtual clock (also as a {@code java.time.Clock}: {@code clock().asClock()}). */
    public VirtualClock clock() {
        return sim.clock();
    }

    /**
     * Runs everything due in the next {@code duration} of virtual time; returns how many events ran.
     *
     * @throws IllegalArgumentException if {@code duration} is negative or would pass the end of virtual
     *     time ({@link dev.rtsfake.fake.time.TimeLimits#END_OF_TIME}, 36,500 days after the start)
     * @throws IllegalStateException if another thread is driving the clock
     */
    public int advance(Duration duration) {
        requireOpen();
        requireVirtualTime();
        if (duration == null) {
            throw new IllegalArgumentException("duration is null; pass e.g. Duration.ofSeconds(1)");
        }
        if (!duration.isNegative()) {
            TimeLimits.untilEnd("advance's duration", duration, sim.now());
        }
        return sim.scheduler().advance(duration);
    }

    /**
     * Runs events until nothing is pending but background work (periodic statistics); returns how
     * many ran. Virtual time stops at the last event.
     *
     * @throws IllegalStateException if another thread is driving the clock
     */
    public int runUntilIdle() {
        requireOpen();
        requireVirtualTime();
        return sim.scheduler().runUntilIdle();
    }

    /**
     * Runs events until {@code condition} holds, for at most {@code maxVirtual} of virtual time.
     *
     * @return how many events ran
     * @throws VirtualTimeoutException if the condition still fails after {@code maxVirtual}
     * @throws IllegalArgumentException if {@code maxVirtual} would pass the end of virtual time
     * @throws IllegalStateException if another thread is driving the clock
     */
    public int runUntil(BooleanSupplier condition, Duration maxVirtual) {
        requireOpen();
        requireVirtualTime();
        if (condition == null || maxVirtual == null || maxVirtual.isNegative()) {
            throw new IllegalArgumentException("runUntil needs a condition and a maximum virtual time of zero or more");
        }
        TimeLimits.untilEnd("runUntil's maxVirtual", maxVirtual, sim.now());
        int ran = sim.scheduler().runUntil(condition, maxVirtual);
        if (ran < 0) {
            throw new VirtualTimeoutException("the condition did not hold within " + maxVirtual
                    + " of virtual time (now " + elapsed() + " after the start); seed " + seed()
                    + " reproduces this run");
        }
        return ran;
    }

    // ---------------------------------------------------------------- the app's own time

    /**
     * The app's scheduler: a {@link ScheduledExecutorService} whose delays are virtual time. Give it
     * to the app code in place of its own executor (or its Android {@code Handler}); its tasks run
     * when the clock reaches them, in (due time, sequence) order with the cloud's own events, on the
     * thread that drives the clock (in real-time mode on {@code rts-callback-app}). The trace shows
     * each task as {@code APP_TIMER app-timer} steps (schedule, run, cancel); an exception a task
     * throws is kept in its future and recorded as a handler failure ({@link #assertClean()} reports it).
     *
     * <pre>{@code
     * RetryingClient client = new RetryingClient(rts, cloud.scheduler());
     * client.request("order-1");                 // sends, and schedules a 2 s timeout
     * cloud.advance(Duration.ofSeconds(2));      // the timeout fires here, between the cloud's events
     * }</pre>
     *
     * <p>Waiting on it ({@code future.get()}, {@code invokeAll}, {@code invokeAny},
     * {@code awaitTermination}) moves the clock only inside {@link #autoAdvance()}; elsewhere such a
     * wait fails at once with an {@link IllegalStateException}, since the clock would never move.
     * One-shot tasks keep {@link #runUntilIdle()} going; periodic ones are background work, as the
     * cloud's statistics are. At most 100,000 tasks may be unfinished. The same scheduler every call;
     * {@code shutdown()} keeps the JDK's defaults (delayed one-shots still run, periodic ones stop).
     * Closing the cloud cancels every unfinished task and shuts it down.
     */
    public ScheduledExecutorService scheduler() {
        return appScheduler;
    }

    /**
     * The app's main thread (an Android app's main looper) as an {@link Executor}: a task posted to it
     * runs at the virtual instant it was posted, after what was already due then, as part of the next
     * drive of the clock (or of the drive going on), on the driving thread; in real-time mode on
     * {@code rts-callback-app}, the thread of the scheduler's tasks. Traced as {@code APP_TIMER app-main}.
     *
     * <pre>{@code
     * IRTSEventHandler handler = new IRTSEventHandler() {
     *     @Override public void onLoginResult(String uid, int code, int elapsed) {
     *         cloud.mainThread().execute(() -> screen.showLoggedIn(uid));   // as runOnUiThread would
     *     }
     * };
     * }</pre>
     */
    public Executor mainThread() {
        return appMain;
    }

    /**
     * A wait that drives the virtual clock until a condition holds ({@link VirtualAwait}); 10 s of
     * virtual time at most unless {@code atMost} says otherwise.
     *
     * <pre>{@code
     * cloud.await().atMost(Duration.ofSeconds(30)).until(() -> client.isConnected());
     * }</pre>
     *
     * @throws IllegalStateException in real-time mode (wait with Awaitility there) or once closed
     */
    public VirtualAwait await() {
        requireDrivable("await()");
        return new VirtualAwait(this, VirtualAwait.DEFAULT_AT_MOST, null);
    }

    /**
     * Opens an auto-advance block: until it is closed, waits on {@link #scheduler()} move the clock
     * from event to event instead of failing ({@link AutoAdvance}).
     *
     * <pre>{@code
     * try (AutoAdvance auto = cloud.autoAdvance()) {
     *     assertThat(client.fetch("profile").get()).isEqualTo("ok");   // get() drives the clock
     * }
     * }</pre>
     *
     * @throws IllegalStateException in real-time mode (its clock moves by itself) or once closed
     */
    public AutoAdvance autoAdvance() {
        requireDrivable("autoAdvance()");
        return new AutoAdvance(appThread.openAutoAdvance());
    }

    /** The app's own work on the clock, for the waits of this package. */
    AppThread appThread() {
        return appThread;
    }

    /** Refuses {@code what} on a closed cloud and in real-time mode. */
    void requireDrivable(String what) {
        requireOpen();
        if (driver != null) {
            throw new IllegalStateException(what + ": this cloud runs in real-time mode, where its clock moves by"
                    + " itself. Wait with Awaitility (await().atMost(...).until(...)) instead; the app's scheduler"
                    + " and main thread run their tasks on " + AppThread.THREAD_NAME);
        }
    }

    /**
     * How many events are waiting for the clock, not counting background work (periodic statistics):
     * zero after {@link #runUntilIdle}. A test that ends with events pending made SDK calls whose
     * effects (network hops, answers, callbacks) it never ran; the JUnit extension fails such a test.
     */
    public int pendingEvents() {
        return sim.scheduler().foregroundCount();
    }

    // ---------------------------------------------------------------- what happened

    /**
     * A copy of the trace so far: its last {@code traceKeepLast} steps (100,000 by default;
     * {@link Trace#dropped()} counts the earlier ones). The builder's {@code traceFile} and
     * {@code traceListener} get every step.
     */
    public Trace trace() {
        return sim.trace().snapshot();
    }

    /**
     * Turns trace recording on (the default) or off. Off, {@link #trace()} holds only what was
     * recorded before, and the trace file and listeners of the builder are told nothing;
     * everything else behaves the same.
     */
    public void traceEnabled(boolean on) {
        sim.trace().setEnabled(on);
    }

    /** The documented misuses strict mode has seen (the first 1,000; {@link #assertClean()} counts the rest). */
    public List<Misuse> misuses() {
        return sim.diagnostics().misuses();
    }

    /**
     * The exceptions app handlers threw (caught, as the real SDK does). In real-time mode an exception
     * that escaped a simulation step on the clock thread is listed here too, as engine
     * {@code "rts-fake-clock"} and callback {@code "simulation step (internal error)"}. The first
     * 1,000 are listed; {@link #assertClean()} counts the rest.
     */
    public List<HandlerFailure> handlerFailures() {
        return sim.diagnostics().handlerFailures();
    }

    /** Throws an AssertionError listing every misuse and handler failure, if there were any. */
    public void assertClean() {
        List<String> problems = new ArrayList<>();
        misuses().forEach(m -> problems.add("misuse: " + m.message()));
        handlerFailures().forEach(f -> problems.add((isClockError(f) ? "error in a simulation step: "
                : "handler failure: ") + f));
        long total = problems.size();
        long notKept = sim.diagnostics().misusesNotKept() + sim.diagnostics().handlerFailuresNotKept();
        if (notKept > 0) {
            total += notKept;
            problems.add("and " + notKept + " more (past the first 1,000 misuses and 1,000 handler failures,"
                    + " they are counted, not listed)");
        }
        if (!problems.isEmpty()) {
            AssertionError error = new AssertionError("the simulation (seed " + seed() + ") saw "
                    + total + " problem(s):\n  " + String.join("\n  ", problems));
            handlerFailures().forEach(f -> error.addSuppressed(f.error()));
            throw error;
        }
    }

    private static boolean isClockError(HandlerFailure f) {
        return RealTimeDriver.THREAD_NAME.equals(f.engine()) && RealTimeDriver.STEP_FAILED.equals(f.callback());
    }

    /** The SDK log files written since RTS.setLogConfig (empty when it was not called). */
    public List<java.nio.file.Path> logFiles() {
        return statics.logFiles();
    }

    /**
     * Destroys every engine, closes the SDK log and any OpenAPI HTTP server started with
     * {@code serverApi(appId).listen()}, and stops the real-time threads; the cloud cannot be used
     * afterwards: driving the clock, creating engines, installing, network verbs, server push,
     * app-server configuration, {@code invalidateSession} and {@code listen()} throw
     * {@link IllegalStateException}. Reading what happened (trace, misuses, requests) still works.
     *
     * <p>Atomic: the first call marks the cloud closing before anything else, so no engine can be
     * created while (or after) the engines are destroyed, and only that call does the work. Another
     * call waits (up to 10 s) for it to finish, unless it comes from one of the cloud's own threads.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            if (!sim.onOwnThread()) {
                try {
                    closeDone.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return;
        }
        sim.markClosed();
        appThread.close();
        try {
            destroyAll();
        } finally {
            try {
                closeServersAndLog();
            } finally {
                if (driver != null) {
                    driver.stop();
                    sim.shutdownCallbackThreads();
                }
                handle.clear();
                closeDone.countDown();
            }
        }
    }

    private void closeServersAndLog() {
        List<ServerApi> apis;
        sim.lock().lock();
        try {
            apis = doubles.serverApis();
        } finally {
            sim.lock().unlock();
        }
        try {
            apis.forEach(SERVER_APIS::closeServers);
        } finally {
            statics.closeLog();
            if (traceFile != null) {
                traceFile.close();
            }
        }
    }

    private void requireVirtualTime() {
        if (driver != null) {
            throw new IllegalStateException("this cloud runs in real-time mode: its clock moves by itself."
                    + " Wait for callbacks with Awaitility (await().atMost(...).until(...)) instead of driving"
                    + " the clock, or build the cloud without realTime()/speed() to drive virtual time");
        }
    }

    private void requireOpen() {
        if (closing.get()) {
            throw new IllegalStateException("this FakeRtsCloud is closed; build a new one for each test");
        }
    }

    @Override
    public String toString() {
        return "FakeRtsCloud[seed=" + seed() + ", t=" + elapsed() + ", engines=" + engines.count() + "]";
    }
}
