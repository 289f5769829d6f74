package dev.rtsfake.fake.serverapi;

import dev.rtsfake.fake.internal.core.Simulation;
import dev.rtsfake.fake.trace.TraceKind;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One app's server push OpenAPI served over real HTTP on 127.0.0.1 and an ephemeral port, made by
 * {@link ServerApi#listen()}, so that an app's real backend can be pointed at the fake cloud.
 *
 * <p>It serves {@code POST /?Action=<SendUnicast|SendRoomUnicast|SendBroadcast|BatchSendRoomUnicast>
 * &Version=<2020-12-01|2023-07-20>} with the vendor's JSON body ({@code AppId, From, To, RoomId,
 * Binary, Message}; Base64 {@code Message} when {@code Binary} is true) and answers with the vendor's
 * envelope: {@code {"ResponseMetadata":{"RequestId","Action","Version","Service":"rtc",
 * "Region":"cn-north-1"},"Result":{"message":"success"}}} and 200, or on failure no {@code Result},
 * {@code ResponseMetadata.Error{Code,Message}} and a 4xx status (see {@link ServerApiErrors}).
 * Request signing (the {@code Authorization} header) is accepted without being checked; any content
 * type is accepted.
 *
 * <pre>{@code
 * try (OpenApiHttpServer http = cloud.serverApi(APP).listen()) {
 *     URI endpoint = http.uri().resolve("/?Action=SendUnicast&Version=2020-12-01");
 *     // POST {"AppId":APP,"From":"server","To":"alice","Binary":false,"Message":"hi"}
 *     cloud.runUntilIdle();          // alice: onMessageReceived("server", "hi")
 * }
 * }</pre>
 *
 * <p>HTTP: HTTP/1.1 and 1.0, kept-alive connections, bodies by {@code Content-Length} or chunked,
 * {@code Expect: 100-continue}, lines ending in CRLF or a bare LF. Bounds, so that no client can
 * hang or starve it: each request must arrive whole within {@link #REQUEST_DEADLINE} (else 408 and
 * close); an idle kept-alive connection closes after {@link #IDLE_TIMEOUT}; up to
 * {@link #MAX_CONNECTIONS} connections are served at once, each on its own thread (one more gets
 * 503); the head may be {@link #MAX_HEAD_BYTES} (else 431) and the body {@link #MAX_BODY_BYTES}
 * (else 413, answered as soon as the length is known, before the body is read). A malformed request
 * line, header, length or chunk is a 400 {@code MalformedRequest}. After a refusal the connection
 * closes; what the client is still sending is read and dropped for up to a second first, so that it
 * reads the answer rather than a reset.
 *
 * <p>Threads and time: requests are served on daemon threads of this server (a JVM whose test forgot
 * {@link #close()} still exits). Each call takes the simulation lock (waiting at most 5 s of
 * wall-clock time, else 503 ServiceBusy), checks and routes the message at the current virtual time,
 * and schedules its delivery as events on the virtual clock: receivers get it when the test drives
 * the clock. The HTTP path is wall-clock, so when calls race with the test's own driving, their
 * interleaving is outside the determinism guarantee. Request ids count up from 1 per server, in the
 * order requests are answered. The trace records {@code listen} without the port (it differs from
 * run to run) and each call the API routes.
 */
public final class OpenApiHttpServer implements AutoCloseable {
    /** The largest request body served, in bytes. */
    public static final int MAX_BODY_BYTES = 256 * 1024;
    /** The largest request head (request line and headers), in bytes. */
    public static final int MAX_HEAD_BYTES = 16 * 1024;
    /** How long one request may take to arrive, from its first byte to its last. */
    public static final Duration REQUEST_DEADLINE = Duration.ofSeconds(5);
    /** How long a kept-alive connection waits for its next request. */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** How many connections are served at once. */
    public static final int MAX_CONNECTIONS = 64;
    private static final long LOCK_WAIT_SECONDS = 5;

    private final ServerApi api;
    private final Simulation sim;
    private final LoopbackHttpServer server;
    private final URI uri;
    private final AtomicLong requestIds = new AtomicLong();
    private volatile boolean closed;

    private OpenApiHttpServer(ServerApi api, Simulation sim, HttpLimits limits) {
        this.api = api;
        this.sim = sim;
        this.server = new LoopbackHttpServer(limits, new LoopbackHttpServer.Service() {
            @Override
            public WireResponse serve(WireRequest request) {
                return OpenApiHttpServer.this.serve(request);
            }

            @Override
            public WireResponse refuse(String code, String message) {
                return respond(new OpenApiCodec.Route(null, null), ServerApiResult.error(code, message), Map.of());
            }
        });
        this.uri = URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    static OpenApiHttpServer start(ServerApi api, Simulation sim, HttpLimits limits) {
        OpenApiHttpServer http = new OpenApiHttpServer(api, sim, limits);
        sim.lock().lock();
        try {
            sim.trace().record(TraceKind.HARNESS, "server-api:" + api.appId(), "listen", null);
        } finally {
            sim.lock().unlock();
        }
        return http;
    }

    /** The base URI, {@code http://127.0.0.1:<port>/}. */
    public URI uri() {
        return uri;
    }

    /** The port bound. */
    public int port() {
        return uri.getPort();
    }

    /** Stops serving and releases the port; calls in progress are cut off. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.close();
    }

    private WireResponse serve(WireRequest request) {
        OpenApiCodec.Route route = new OpenApiCodec.Route(null, null);
        try {
            URI target = new URI(request.target());
            route = OpenApiCodec.route(target.getRawQuery());
            String path = target.getPath();
            if (path != null && !path.isEmpty() && !path.equals("/")) {
                return respond(route, ServerApiResult.error(ServerApiErrors.NOT_FOUND, "no such path '" + path
                        + "'; the OpenAPI is served at / with ?Action=...&Version=..."), Map.of());
            }
            if (!"POST".equals(request.method())) {
                return respond(route, ServerApiResult.error(ServerApiErrors.METHOD_NOT_ALLOWED, "method "
                        + request.method() + " is not allowed; the OpenAPI takes POST"), Map.of("Allow", "POST"));
            }
            return respond(route, call(route, request.body()), Map.of());
        } catch (URISyntaxException e) {
            return respond(route, ServerApiResult.error(ServerApiErrors.MALFORMED_REQUEST,
                    "the request target is not a URI: " + e.getMessage()), Map.of());
        } catch (RuntimeException e) {
            return respond(route, ServerApiResult.error(ServerApiErrors.INTERNAL_ERROR, "the fake failed: " + e),
                    Map.of());
        }
    }

    private ServerApiResult call(OpenApiCodec.Route route, byte[] body) {
        boolean locked;
        try {
            locked = sim.lock().tryLock(LOCK_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        if (!locked) {
            return ServerApiResult.error(ServerApiErrors.SERVICE_BUSY, "the simulation stayed locked for "
                    + LOCK_WAIT_SECONDS + " s (is the clock driven from a handler that waits for this call?)");
        }
        try {
            return OpenApiCodec.handle(api, route, body);
        } finally {
            sim.lock().unlock();
        }
    }

    private WireResponse respond(OpenApiCodec.Route route, ServerApiResult result, Map<String, String> extra) {
        int status = result instanceof ServerApiResult.Error e ? ServerApiErrors.httpStatus(e.code()) : 200;
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.putAll(extra);
        return new WireResponse(status, headers, OpenApiCodec.envelope(nextRequestId(), route, result));
    }

    private String nextRequestId() {
        return String.format(Locale.ROOT, "rtsfake-%s-%06d", api.appId(), requestIds.incrementAndGet());
    }

    @Override
    public String toString() {
        return "OpenApiHttpServer[" + api.appId() + ", " + uri + (closed ? ", closed" : "") + "]";
    }
}
