package dev.rtsfake.fake.serverapi;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.rtsfake.fake.core.Simulation;
import dev.rtsfake.fake.trace.TraceKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * type is accepted. Bodies over 256 KiB are refused (413).
 *
 * <pre>{@code
 * try (OpenApiHttpServer http = cloud.serverApi(APP).listen()) {
 *     URI endpoint = http.uri().resolve("/?Action=SendUnicast&Version=2020-12-01");
 *     // POST {"AppId":APP,"From":"server","To":"alice","Binary":false,"Message":"hi"}
 *     cloud.runUntilIdle();          // alice: onMessageReceived("server", "hi")
 * }
 * }</pre>
 *
 * <p>Threads and time: requests are served on daemon threads of this server. Each call takes the
 * simulation lock (waiting at most 5 s of wall-clock time, else 503 ServiceBusy), checks and routes
 * the message at the current virtual time, and schedules its delivery as events on the virtual
 * clock: receivers get it when the test drives the clock. The HTTP path is wall-clock, so when calls
 * race with the test's own driving, their interleaving is outside the determinism guarantee.
 * Request ids count up from 1 per server, in the order requests are answered.
 */
public final class OpenApiHttpServer implements AutoCloseable {
    /** The largest request body served, in bytes. */
    public static final int MAX_BODY_BYTES = 256 * 1024;
    private static final long MAX_DRAIN_BYTES = 16L * 1024 * 1024;
    private static final long LOCK_WAIT_SECONDS = 5;
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ServerApi api;
    private final Simulation sim;
    private final HttpServer server;
    private final ExecutorService executor;
    private final URI uri;
    private final AtomicLong requestIds = new AtomicLong();
    private volatile boolean closed;

    private OpenApiHttpServer(ServerApi api, Simulation sim, HttpServer server, ExecutorService executor) {
        this.api = api;
        this.sim = sim;
        this.server = server;
        this.executor = executor;
        InetSocketAddress address = server.getAddress();
        this.uri = URI.create("http://127.0.0.1:" + address.getPort() + "/");
    }

    static OpenApiHttpServer start(ServerApi api, Simulation sim) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("could not bind the OpenAPI endpoint on 127.0.0.1", e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "rts-fake-openapi-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        OpenApiHttpServer http = new OpenApiHttpServer(api, sim, server, executor);
        server.createContext("/", http::serve);
        server.setExecutor(executor);
        server.start();
        sim.lock().lock();
        try {
            sim.trace().record(TraceKind.HARNESS, "server-api:" + api.appId(), "listen", null, http.uri);
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
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve(HttpExchange exchange) {
        OpenApiCodec.Route route = null;
        int status = 500;
        byte[] response = new byte[0];
        try {
            route = OpenApiCodec.route(exchange.getRequestURI().getRawQuery());
            byte[] body = readBody(exchange.getRequestBody());
            ServerApiResult result = answer(exchange, route, body);
            status = result instanceof ServerApiResult.Error e ? ServerApiErrors.httpStatus(e.code()) : 200;
            response = OpenApiCodec.envelope(nextRequestId(), route, result);
        } catch (RuntimeException | IOException e) {
            status = 500;
            response = OpenApiCodec.envelope(nextRequestId(), route == null ? new OpenApiCodec.Route(null, null) : route,
                    ServerApiResult.error(ServerApiErrors.INTERNAL_ERROR, "the fake failed: " + e));
        } finally {
            send(exchange, status, response);
        }
    }

    private ServerApiResult answer(HttpExchange exchange, OpenApiCodec.Route route, byte[] body) {
        String path = exchange.getRequestURI().getPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            return ServerApiResult.error(ServerApiErrors.NOT_FOUND, "no such path '" + path
                    + "'; the OpenAPI is served at / with ?Action=...&Version=...");
        }
        if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            return ServerApiResult.error(ServerApiErrors.METHOD_NOT_ALLOWED, "method " + exchange.getRequestMethod()
                    + " is not allowed; the OpenAPI takes POST");
        }
        if (body == null) {
            return ServerApiResult.error(ServerApiErrors.REQUEST_TOO_LARGE, "the body is larger than "
                    + MAX_BODY_BYTES + " bytes");
        }
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

    /** The body, or null when it is over the limit (the rest is drained, up to a bound). */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length <= MAX_BODY_BYTES) {
            return body;
        }
        long drained = 0;
        byte[] sink = new byte[8192];
        int n;
        while (drained < MAX_DRAIN_BYTES && (n = in.read(sink)) > 0) {
            drained += n;
        }
        return null;
    }

    private String nextRequestId() {
        return String.format(java.util.Locale.ROOT, "rtsfake-%s-%06d", api.appId(), requestIds.incrementAndGet());
    }

    private static void send(HttpExchange exchange, int status, byte[] response) {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            if ("HEAD".equalsIgnoreCase(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, response.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response);
            }
        } catch (IOException | RuntimeException e) {
            // the client went away; nothing more to do
        }
    }

    @Override
    public String toString() {
        return "OpenApiHttpServer[" + api.appId() + ", " + uri + (closed ? ", closed" : "") + "]";
    }
}
