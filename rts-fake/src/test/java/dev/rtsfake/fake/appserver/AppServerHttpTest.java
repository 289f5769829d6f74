package dev.rtsfake.fake.appserver;

import static dev.rtsfake.fake.testing.RtsFixture.APP_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.serverapi.OpenApiHttpServer;
import dev.rtsfake.fake.testing.RtsFixture;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The app server as a real HTTP endpoint (a JDK HttpServer on port 0), reached by forwardTo / forwardToAppUrl. */
class AppServerHttpTest {
    private final FakeRtsCloud cloud = RtsFixture.plainCloud();
    private final RtsFixture.Client alice = RtsFixture.withServerParams(cloud, "alice");
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> contentTypes = new CopyOnWriteArrayList<>();
    private final List<String> methods = new CopyOnWriteArrayList<>();
    private HttpServer backend;

    @AfterEach
    void close() {
        if (backend != null) {
            backend.stop(0);
        }
        cloud.close();
    }

    /** Starts a local backend answering {@code status} and {@code answer}, after {@code sleepMillis}. */
    private URI backend(int status, String answer, long sleepMillis) throws IOException {
        backend = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        backend.createContext("/rts", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            contentTypes.add(String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")));
            methods.add(exchange.getRequestMethod());
            sleep(sleepMillis);
            respond(exchange, status, answer);
        });
        backend.start();
        return URI.create("http://127.0.0.1:" + backend.getAddress().getPort() + "/rts");
    }

    @Test
    void forwardTo_postsVendorBodyWithoutJsonContentType_andAnswerReachesSender() throws IOException {
        cloud.appServer(APP_ID).forwardTo(backend(200, "{\"ack\":true}", 0));
        long id = alice.rts.sendServerMessage("{\"q\":\"a\\\"b\"}");
        cloud.runUntilIdle();

        assertThat(alice.piped("onServerMessageSendResult"))
                .containsExactly("onServerMessageSendResult|" + id + "|0|{\"ack\":true}");
        assertThat(methods).containsExactly("POST");
        assertThat(contentTypes.get(0)).doesNotContain("application/json");
        assertThat(bodies).containsExactly(
                "{\"message\":\"{\\\"q\\\":\\\"a\\\\\\\"b\\\"}\",\"binary\":false,\"signature\":\"sig-alice\"}");
    }

    @Test
    void forwardTo_binaryMessage_postsBase64WithBinaryTrue() throws IOException {
        cloud.appServer(APP_ID).forwardTo(backend(200, "", 0));
        alice.rts.sendServerBinaryMessage(new byte[] {1, 2, 3});
        cloud.runUntilIdle();

        assertThat(bodies).containsExactly("{\"message\":\"AQID\",\"binary\":true,\"signature\":\"sig-alice\"}");
    }

    @Test
    void sendServerMessage_whenHttpAppServerAnswers500_reports18() throws IOException {
        cloud.appServer(APP_ID).forwardTo(backend(500, "oops", 0));
        long id = alice.rts.sendServerMessage("m1");
        cloud.runUntilIdle();

        assertThat(alice.piped("onServerMessageSendResult")).containsExactly("onServerMessageSendResult|" + id + "|18|");
    }

    @Test
    void sendServerMessage_whenConnectionRefused_reports17() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        cloud.appServer(APP_ID).forwardTo(URI.create("http://127.0.0.1:" + port + "/rts"));
        long id = alice.rts.sendServerMessage("m1");
        cloud.runUntilIdle();

        assertThat(alice.piped("onServerMessageSendResult")).containsExactly("onServerMessageSendResult|" + id + "|17|");
    }

    @Test
    void sendServerMessage_whenHttpCallExceedsWallClockTimeout_reports17() throws IOException {
        cloud.appServer(APP_ID).forwardTo(backend(200, "late", 1_500)).httpTimeout(Duration.ofMillis(200));
        long id = alice.rts.sendServerMessage("m1");
        cloud.runUntilIdle();

        assertThat(alice.piped("onServerMessageSendResult")).containsExactly("onServerMessageSendResult|" + id + "|17|");
    }

    @Test
    void forwardToAppUrl_postsToTheUrlGivenToSetServerParams() throws IOException {
        URI url = backend(200, "via-app-url", 0);
        cloud.appServer(APP_ID).forwardToAppUrl();
        alice.rts.setServerParams("sig2", url.toString());
        cloud.runUntilIdle();
        long id = alice.rts.sendServerMessage("m1");
        cloud.runUntilIdle();

        assertThat(alice.piped("onServerMessageSendResult")).containsExactly("onServerMessageSendResult|" + id + "|0|via-app-url");
        assertThat(bodies.get(0)).contains("\"signature\":\"sig2\"");
    }

    @Test
    void httpCall_costsNoVirtualTime_unlessHttpLatencyIsSet() throws IOException {
        Duration inProcess = roundTrip("m0");
        cloud.appServer(APP_ID).forwardTo(backend(200, "x", 100));
        Duration overHttp = roundTrip("m1");
        cloud.appServer(APP_ID).httpLatency(Duration.ofMillis(700));
        Duration withLatency = roundTrip("m2");

        assertThat(overHttp).isEqualTo(inProcess);
        assertThat(withLatency).isEqualTo(inProcess.plusMillis(700));
        assertThat(alice.piped("onServerMessageSendResult")).hasSize(3);
    }

    private Duration roundTrip(String message) {
        Duration before = cloud.elapsed();
        int results = alice.piped("onServerMessageSendResult").size();
        alice.rts.sendServerMessage(message);
        cloud.runUntil(() -> alice.piped("onServerMessageSendResult").size() > results, Duration.ofSeconds(30));
        return cloud.elapsed().minus(before);
    }

    @Test
    void httpBackend_mayCallTheOpenApiBeforeAnswering_withoutDeadlock() throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        try (OpenApiHttpServer openApi = cloud.serverApi(APP_ID).listen()) {
            backend = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            backend.createContext("/rts", exchange -> {
                exchange.getRequestBody().readAllBytes();
                HttpRequest push = HttpRequest.newBuilder(openApi.uri().resolve("/?Action=SendUnicast&Version=2020-12-01"))
                        .timeout(Duration.ofSeconds(3))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"AppId\":\"" + APP_ID + "\",\"From\":\"server\","
                                + "\"To\":\"alice\",\"Binary\":false,\"Message\":\"pushed\"}"))
                        .build();
                int status;
                try {
                    status = client.send(push, HttpResponse.BodyHandlers.ofString()).statusCode();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    status = -1;
                }
                respond(exchange, 200, "openapi:" + status);
            });
            backend.start();
            cloud.appServer(APP_ID).forwardTo(URI.create("http://127.0.0.1:" + backend.getAddress().getPort() + "/rts"));
            long id = alice.rts.sendServerMessage("m1");
            cloud.runUntilIdle();

            assertThat(alice.piped("onServerMessageSendResult"))
                    .containsExactly("onServerMessageSendResult|" + id + "|0|openapi:200");
            assertThat(alice.piped("onMessageReceived")).containsExactly("onMessageReceived|server|pushed");
        }
    }

    private static void respond(HttpExchange exchange, int status, String answer) throws IOException {
        byte[] out = answer.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(out);
        }
    }

    private static void sleep(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
