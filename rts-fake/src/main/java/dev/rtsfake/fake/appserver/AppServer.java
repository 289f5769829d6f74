package dev.rtsfake.fake.appserver;

import dev.rtsfake.fake.internal.access.AppServerAccess;
import dev.rtsfake.fake.internal.core.CallbackTarget;
import dev.rtsfake.fake.internal.core.Delivery;
import dev.rtsfake.fake.internal.core.Simulation;
import dev.rtsfake.fake.time.TimeLimits;
import dev.rtsfake.fake.trace.TraceKind;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The double of one app's own server: it receives every P2Server message ({@code sendServerMessage},
 * {@code sendServerBinaryMessage}) exactly as the vendor's cloud posts it, and answers with a
 * status and a body. Get it with {@code cloud.appServer(appId)}; there is one per app, made with the
 * cloud, so it records every request.
 *
 * <p>By default it answers every request at once with 200 and an empty body. Change that with
 * {@link #onMessage} (an in-process handler), {@link #forwardTo(URI)} or {@link #forwardToAppUrl()}
 * (a real HTTP server), script single requests with {@link #failNext} and {@link #delayNext}, and
 * break it for a while with {@link #outage} / {@link #restore()} (down) and {@link #answerDelay} (slow).
 * What it received is kept: {@link #requests()} (a copy), {@link #take()} and {@link #poll()}, up
 * to the last {@value #KEEP} requests, so that a long run has bounded memory.
 *
 * <pre>{@code
 * AppServer server = cloud.appServer(APP).onMessage(req -> AppServerReply.ok("ack"));
 * alice.setServerParams("signature", "https://app.example/rts");   // after login
 * cloud.runUntilIdle();                 // alice: onServerParamsSetResult(200)
 * alice.sendServerMessage("{\"request_id\":\"r1\"}");
 * cloud.runUntilIdle();                 // alice: onServerMessageSendResult(1, 0, "ack")
 * assertThat(server.take().message()).contains("r1");
 * }</pre>
 *
 * <p>Results seen by the sender: a 2xx answer gives 0 and the body (at most 64 KiB; a longer body
 * counts as a failed answer, 18); a non-2xx answer gives 18 (E2BS_RETURN_FAILED); an unreachable
 * server, or no answer within {@link #timeout(Duration) the timeout} (5 s of virtual time by
 * default), gives 17 (E2BS_SEND_FAILED).
 *
 * <p>Time and threads: the handler and the HTTP call run on the thread that drives the clock, after
 * the cloud step that received the request and outside the simulation lock (so a handler, or a real
 * backend called over HTTP, may use the server push API), while virtual time stands still. An
 * in-process answer costs no virtual time; an HTTP answer costs {@link #httpLatency(Duration)} (zero
 * by default) whatever its wall-clock duration, and an HTTP call that exceeds
 * {@link #httpTimeout(Duration)} of wall-clock time (5 s by default) counts as a timeout (17): that
 * one deadline covers connect, headers and body, so a server that stalls or trickles its body ends
 * there too. An HTTP answer body is read at most to {@link #MAX_ANSWER_BYTES} + 1 bytes, then the
 * connection is closed: a longer answer gives 18 at once, whatever its size. The HTTP path is
 * wall-clock and outside the determinism guarantee; the URI given to {@link #forwardTo(URI)} is
 * recorded in the trace as given. A handler must not drive the clock.
 *
 * <p>Thread-safe: every method takes the simulation lock. Once the cloud is closed, the configuration
 * methods (how it answers, timings, scripts) throw {@link IllegalStateException}; what it received
 * can still be read.
 */
public final class AppServer implements AppServerGateway {
    static {
        AppServerAccess.install(new AppServerAccess() {
            @Override
            public AppServer newAppServer(Simulation sim, String appId) {
                return new AppServer(sim, appId);
            }
        });
    }

    /** The default time the cloud waits for an answer before it reports 17 (virtual time). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    /** The default wall-clock timeout of a forwarded HTTP call. */
    public static final Duration DEFAULT_HTTP_TIMEOUT = Duration.ofSeconds(5);
    /** The largest answer body the cloud returns to the sender (64 KiB). */
    public static final int MAX_ANSWER_BYTES = 65_536;
    /** Requests kept for {@link #requests()}, and waiting for {@link #take()}: the latest ones. */
    public static final int KEEP = 1_000;

    private enum Mode { IN_PROCESS, FORWARD, FORWARD_APP_URL }

    private final Simulation sim;
    private final String appId;
    private final String actor;
    private final Target target = new Target();
    private final HttpForwarder forwarder = new HttpForwarder();
    private final ArrayDeque<AppServerRequest> history = new ArrayDeque<>();
    private final ArrayDeque<AppServerRequest> unread = new ArrayDeque<>();
    private long received;
    private long droppedUnread;
    private final ArrayDeque<Object> scripts = new ArrayDeque<>();
    private Function<AppServerRequest, AppServerReply> handler;
    private Mode mode = Mode.IN_PROCESS;
    private URI forwardUri;
    private Duration timeout = DEFAULT_TIMEOUT;
    private Duration httpTimeout = DEFAULT_HTTP_TIMEOUT;
    private Duration httpLatency = Duration.ZERO;
    /** While not null, every request fails this way (scripts wait). */
    private AppServerFailure outage;
    /** Added to every answer's time. */
    private Duration answerDelay = Duration.ZERO;

    /**
     * The app server of {@code appId}; the cloud installs it as its gateway to the app's server when
     * it is built. Tests get it from {@code cloud.appServer(appId)} rather than building one.
     */
    AppServer(Simulation sim, String appId) {
        this.sim = sim;
        this.appId = appId;
        this.actor = "app-server:" + appId;
    }

    /** The app this server belongs to. */
    public String appId() {
        return appId;
    }

    // ---------------------------------------------------------------- how it answers

    /**
     * Answers every request with {@code handler} (in process). The handler may call the server push
     * API ({@code cloud.serverApi(appId)}); an exception or a null reply counts as a 500 answer and
     * is recorded as a handler failure ({@code cloud.handlerFailures()}).
     */
    public AppServer onMessage(Function<AppServerRequest, AppServerReply> handler) {
        if (handler == null) {
            throw new IllegalArgumentException("handler is null; use autoAnswer() to answer 200 with an empty body");
        }
        return configure(Mode.IN_PROCESS, null, handler);
    }

    /** Back to the default: every request is answered at once with 200 and an empty body. */
    public AppServer autoAnswer() {
        return configure(Mode.IN_PROCESS, null, null);
    }

    /** Forwards every request as a real HTTP POST to {@code uri} (e.g. the app team's server on localhost). */
    public AppServer forwardTo(URI uri) {
        if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("forwardTo needs an absolute http(s) URI such as"
                    + " http://127.0.0.1:8080/rts, not " + uri);
        }
        return configure(Mode.FORWARD, uri, null);
    }

    /** Forwards every request as a real HTTP POST to the URL the sender passed to {@code setServerParams}. */
    public AppServer forwardToAppUrl() {
        return configure(Mode.FORWARD_APP_URL, null, null);
    }

    /** How long the cloud waits for an answer before it reports 17, in virtual time (default 5 s). */
    public AppServer timeout(Duration virtual) {
        requirePositive(virtual, "timeout");
        return changing(() -> timeout = virtual);
    }

    /**
     * The wall-clock deadline of each forwarded HTTP call, the whole exchange: connect, request,
     * headers and body (default 5 s); past it: 17.
     */
    public AppServer httpTimeout(Duration wallClock) {
        requirePositive(wallClock, "httpTimeout");
        return changing(() -> httpTimeout = wallClock);
    }

    /** The virtual time a forwarded HTTP call costs, whatever it took on the wall clock (default zero). */
    public AppServer httpLatency(Duration virtual) {
        TimeLimits.setting("httpLatency", virtual, true);
        return changing(() -> httpLatency = virtual);
    }

    // ---------------------------------------------------------------- scripting single requests

    /** The next request that arrives fails this way (scripts apply one per request, in order). */
    public AppServer failNext(AppServerFailure failure) {
        if (failure == null) {
            throw new IllegalArgumentException("failure is null; use AppServerFailure.UNREACHABLE, TIMEOUT"
                    + " or status(code)");
        }
        return changing(() -> scripts.add(failure));
    }

    /**
     * The answer to the next request arrives {@code delay} of virtual time late (scripts apply one per
     * request, in order). A delay of {@link #timeout(Duration) the timeout} or more makes it a timeout (17).
     */
    public AppServer delayNext(Duration delay) {
        TimeLimits.setting("delay", delay, true);
        return changing(() -> scripts.add(delay));
    }

    // ---------------------------------------------------------------- failing for a while

    /**
     * The server is down from now on: every request that arrives fails as {@code failure} says
     * (UNREACHABLE: 17 at once; TIMEOUT: 17 after the timeout; a status: 18 at once) until
     * {@link #restore()}. Scripts made with {@code failNext} and {@code delayNext} wait meanwhile and
     * apply to the requests after the restore.
     *
     * <pre>{@code
     * server.outage(AppServerFailure.UNREACHABLE);   // the app's backend is down
     * cloud.advance(Duration.ofSeconds(30));
     * server.restore();
     * }</pre>
     */
    public AppServer outage(AppServerFailure failure) {
        if (failure == null) {
            throw new IllegalArgumentException("failure is null; use AppServerFailure.UNREACHABLE, TIMEOUT"
                    + " or status(code), and restore() to end the outage");
        }
        return locked(() -> {
            outage = failure;
            sim.trace().record(TraceKind.HARNESS, actor, "appServer.outage", null, String.valueOf(failure));
        });
    }

    /** Ends an {@link #outage}: requests are answered again. Harmless when there is none. */
    public AppServer restore() {
        return locked(() -> {
            outage = null;
            sim.trace().record(TraceKind.HARNESS, actor, "appServer.restore", null);
        });
    }

    /**
     * Every answer from now on arrives {@code delay} of virtual time later than it would (a slow
     * backend); {@code Duration.ZERO} ends it. A {@code delayNext} adds to it for its one request, and
     * an answer that would arrive at or after {@link #timeout(Duration) the timeout} is a timeout (17).
     */
    public AppServer answerDelay(Duration delay) {
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("answerDelay must be zero or more, not " + delay);
        }
        return locked(() -> {
            answerDelay = delay;
            sim.trace().record(TraceKind.HARNESS, actor, "appServer.answerDelay", null, delay);
        });
    }

    // ---------------------------------------------------------------- what it received

    /** The requests received so far, oldest first (a copy): all of them, or the last {@value #KEEP}. */
    public List<AppServerRequest> requests() {
        sim.lock().lock();
        try {
            return List.copyOf(history);
        } finally {
            sim.lock().unlock();
        }
    }

    /** How many requests arrived so far. */
    public int requestCount() {
        sim.lock().lock();
        try {
            return (int) Math.min(Integer.MAX_VALUE, received);
        } finally {
            sim.lock().unlock();
        }
    }

    /**
     * The oldest request not yet taken. At most {@value #KEEP} wait: when more arrive untaken, the
     * oldest waiting one is let go.
     *
     * @throws IllegalStateException when none is waiting: requests arrive only when the clock moves
     */
    public AppServerRequest take() {
        return poll().orElseThrow(() -> new IllegalStateException("no request is waiting at the app server of '"
                + appId + "' (" + requestCount() + " received, all taken" + droppedNote() + "). Requests arrive only when virtual"
                + " time moves: drive the clock first (cloud.runUntilIdle() or cloud.advance(...)), or use poll()."));
    }

    private String droppedNote() {
        sim.lock().lock();
        try {
            return droppedUnread == 0 ? "" : " or let go untaken: " + droppedUnread + " arrived while "
                    + KEEP + " were waiting";
        } finally {
            sim.lock().unlock();
        }
    }

    /** The oldest request not yet taken, or empty. */
    public Optional<AppServerRequest> poll() {
        sim.lock().lock();
        try {
            return Optional.ofNullable(unread.poll());
        } finally {
            sim.lock().unlock();
        }
    }

    // ---------------------------------------------------------------- the gateway

    /** Called by the cloud, under the simulation lock, inside a step. */
    @Override
    public void deliver(AppServerRequest request, Consumer<AppServerOutcome> done) {
        received++;
        history.addLast(request);
        if (history.size() > KEEP) {
            history.removeFirst();
        }
        unread.addLast(request);
        if (unread.size() > KEEP) {
            unread.removeFirst();
            droppedUnread++;
        }
        Object script = outage != null ? outage : scripts.poll();
        sim.trace().record(TraceKind.CLOUD, actor, "app-server-received", null, request.binary(), request.message(),
                outage != null ? "outage " + outage : script == null ? mode.name() : String.valueOf(script));
        if (script instanceof AppServerFailure.Unreachable) {
            answer(done, new AppServerOutcome.Unreachable(outage != null ? "outage(UNREACHABLE)" : "failNext(UNREACHABLE)"), 0);
            return;
        }
        if (script instanceof AppServerFailure.Timeout) {
            answer(done, new AppServerOutcome.TimedOut(), timeout.toNanos());
            return;
        }
        if (script instanceof AppServerFailure.Status s) {
            answer(done, new AppServerOutcome.Answered(s.status(), s.body()), 0);
            return;
        }
        long delay = answerDelay.toNanos() + (script instanceof Duration d ? d.toNanos() : 0);
        Mode m = mode;
        URI uri = m == Mode.FORWARD ? forwardUri : null;
        Function<AppServerRequest, AppServerReply> h = handler;
        Duration wall = httpTimeout;
        long latency = httpLatency.toNanos();
        if (m == Mode.IN_PROCESS && h == null) {
            answer(done, AppServerReply.ok().toOutcome(), delay);
            return;
        }
        sim.post(new Delivery(target, m == Mode.IN_PROCESS ? "appServer.onMessage" : "appServer.httpPost", () -> {
            AppServerOutcome outcome;
            long cost = delay;
            if (m == Mode.IN_PROCESS) {
                outcome = callHandler(h, request);
            } else {
                URI to = m == Mode.FORWARD ? uri : parse(request.url());
                outcome = forwarder.post(to, request, wall);
                cost += latency;
            }
            final long total = cost;
            locked(() -> answer(done, outcome, total));
        }, request.message()));
    }

    private AppServerOutcome callHandler(Function<AppServerRequest, AppServerReply> h, AppServerRequest request) {
        try {
            AppServerReply reply = h.apply(request);
            if (reply == null) {
                throw new IllegalStateException("the onMessage handler of the app server returned null;"
                        + " return AppServerReply.ok() for an empty 200");
            }
            return reply.toOutcome();
        } catch (RuntimeException | AssertionError e) {
            sim.diagnostics().handlerFailed(actor, "onMessage", e);
            return new AppServerOutcome.Answered(500, new byte[0]);
        }
    }

    /** Hands the outcome to the cloud after {@code delayNanos}, or a timeout if that is too late. */
    private void answer(Consumer<AppServerOutcome> done, AppServerOutcome outcome, long delayNanos) {
        AppServerOutcome result = outcome;
        long at = delayNanos;
        if (!(outcome instanceof AppServerOutcome.TimedOut) && delayNanos >= timeout.toNanos()) {
            result = new AppServerOutcome.TimedOut();
            at = timeout.toNanos();
        } else if (outcome instanceof AppServerOutcome.Answered a && a.ok() && a.body().length > MAX_ANSWER_BYTES) {
            sim.trace().record(TraceKind.CLOUD, actor, "app-server-answer-too-long", null, a.body().length);
            result = new AppServerOutcome.Answered(502, new byte[0]);
        }
        AppServerOutcome fin = result;
        sim.schedule(at, () -> done.accept(fin));
    }

    private static URI parse(String url) {
        try {
            return url == null ? null : URI.create(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private AppServer configure(Mode m, URI uri, Function<AppServerRequest, AppServerReply> h) {
        return changing(() -> {
            mode = m;
            forwardUri = uri;
            handler = h;
            sim.trace().record(TraceKind.HARNESS, actor, "appServer.mode", null, m.name(), uri);
        });
    }

    /** A configuration change: refused once the cloud is closed. */
    private AppServer changing(Runnable change) {
        sim.requireOpen("configuring the app server of '" + appId + "'");
        return locked(change);
    }

    private AppServer locked(Runnable change) {
        sim.lock().lock();
        try {
            change.run();
        } finally {
            sim.lock().unlock();
        }
        return this;
    }

    private static void requirePositive(Duration d, String what) {
        TimeLimits.setting(what, d, false);
    }

    @Override
    public String toString() {
        return "AppServer[" + appId + ", " + mode + (forwardUri == null ? "" : " " + forwardUri) + "]";
    }

    private final class Target implements CallbackTarget {
        @Override
        public boolean acceptsCallbacks() {
            return true;
        }

        @Override
        public String traceName() {
            return actor;
        }
    }
}
