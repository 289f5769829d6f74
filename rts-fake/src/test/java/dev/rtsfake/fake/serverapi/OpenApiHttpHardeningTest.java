package dev.rtsfake.fake.serverapi;

import static dev.rtsfake.fake.testing.RtsFixture.APP_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.testing.ForkedJvm;
import dev.rtsfake.fake.testing.RtsFixture;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI endpoint under hostile or broken clients (issue 9, item 3): nothing a client does hangs
 * it, starves it, or makes it fail; every wait has a deadline. Raw sockets send what real clients would not.
 */
class OpenApiHttpHardeningTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNICAST = "/?Action=SendUnicast&Version=2020-12-01";
    private static final Duration SHORT = Duration.ofMillis(400);
    private final FakeRtsCloud cloud = RtsFixture.plainCloud();
    private final RtsFixture.Client alice = RtsFixture.withServerParams(cloud, "alice");
    private final List<RawHttp> sockets = new ArrayList<>();
    private final List<Thread> senders = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        senders.forEach(Thread::interrupt);
        for (RawHttp s : sockets) {
            s.close();
        }
        cloud.close();
    }

    private static String body(String message) {
        return "{\"AppId\":\"" + APP_ID + "\",\"From\":\"server\",\"To\":\"alice\",\"Binary\":false,\"Message\":\""
                + message + "\"}";
    }

    private RawHttp raw(OpenApiHttpServer http) throws IOException {
        RawHttp s = new RawHttp(http.port(), 5_000);
        sockets.add(s);
        return s;
    }

    private static HttpLimits shortDeadline() {
        return new HttpLimits(SHORT, Duration.ofSeconds(30), SHORT, 64, 16 * 1024, OpenApiHttpServer.MAX_BODY_BYTES);
    }

    /** Starts a daemon thread that sends one byte of {@code s} every {@code millis} until interrupted. */
    private void trickle(RawHttp s, long millis) {
        Thread t = new Thread(() -> {
            try {
                OutputStream out = s.socket.getOutputStream();
                while (!Thread.currentThread().isInterrupted()) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(millis);
                }
            } catch (IOException | InterruptedException e) {
                // the server cut it off, or the test ended
            }
        }, "trickle");
        t.setDaemon(true);
        t.start();
        senders.add(t);
    }

    @Test
    void slowClients_sixTricklingBodies_doNotStarveIt_validRequestsAreStillAnsweredPromptly() throws Exception {
        OpenApiHttpServer http = cloud.serverApi(APP_ID).listen();
        for (int i = 0; i < 6; i++) {
            RawHttp slow = raw(http).send("POST " + UNICAST + " HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n");
            trickle(slow, 200);
        }
        Thread.sleep(100);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(http.uri().resolve(UNICAST))
                    .timeout(Duration.ofSeconds(2)).POST(HttpRequest.BodyPublishers.ofString(body("ok-" + i))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
        }
        cloud.runUntilIdle();
        assertThat(alice.piped("onMessageReceived")).hasSize(3);
    }

    @Test
    void slowClient_isCutOffAtTheRequestDeadline_with408AndClose() throws Exception {
        OpenApiHttpServer http = cloud.serverApi(APP_ID).listen(shortDeadline());
        RawHttp slow = raw(http).send("POST " + UNICAST + " HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n");
        trickle(slow, 50);
        long start = System.nanoTime();

        RawHttp.Answer a = slow.read();

        assertThat(a.status()).isEqualTo(408);
        assertThat(JSON.readTree(a.body()).at("/ResponseMetadata/Error/Code").asText()).isEqualTo("RequestTimeout");
        assertThat(a.headers()).containsEntry("connection", "close");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void bareLfRequest_isAnswered() throws Exception {
        OpenApiHttpServer http = cloud.serverApi(APP_ID).listen();
        String json = body("bare-lf");

        RawHttp.Answer a = raw(http).send("POST " + UNICAST + " HTTP/1.1\nHost: x\nContent-Length: "
                + json.length() + "\n\n" + json).read();

        assertThat(a.status()).isEqualTo(200);
        cloud.runUntilIdle();
        assertThat(alice.piped("onMessageReceived")).containsExactly("onMessageReceived|server|bare-lf");
    }

    @Test
    void expect100Continue_withoutABody_gets100Continue_then408AndClose_withinTheDeadline() throws Exception {
        OpenApiHttpServer http = cloud.serverApi(APP_ID).listen(shortDeadline());
        RawHttp client = raw(http).send("POST " + UNICAST + " HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                + "Content-Length: 50\r\n\r\n");
        long start = System.nanoTime();

        RawHttp.Answer interim = client.read();
        RawHttp.Answer last = client.read();

        assertThat(interim.status()).isEqualTo(100);
        assertThat(last.status()).isEqualTo(408);
        assertThat(client.closedByServer()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void expect100Continue_withTheBody_isServed() throws Exception {
        OpenApiHttpServer http = cloud.serverApi(APP_ID).listen();
        String json = body("after-100");
        RawHttp client = raw(http).send("POST " + UNICAST + " HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                + "Content-Length: " + json.length() + "\r\n\r\n");

        assertThat(client.read().status()).isEqualTo(100);
        assertThat(client.send(json).read().status()).isEqualTo(200);
    }

    @Test
    void malformedChunk_answers400MalformedRequest_not500() throws Exception {
        OpenApiHttpServer http = cloud.serverApi(APP_ID).listen();
        String head = "POST " + UNICAST + " HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";

        RawHttp.Answer badSize = raw(http).send(head + "zz\r\n{}\r\n0\r\n\r\n").read();
        RawHttp.Answer noCrlf = raw(http).send(head + "2\r\n{}XX0\r\n\r\n").read();

        for (RawHttp.Answer a : List.of(badSize, noCrlf)) {
            assertThat(a.status()).isEqualTo(400);
            assertThat(JSON.readTree(a.body()).at("/ResponseMetadata/Error/Code").asText()).isEqualTo("MalformedRequest");
        }
    }

    @Test
    void chunkedBody_isDecodedAndServed() throws Exception {
        OpenApiHttpServer http = cloud.serverApi(APP_ID).listen();
        String json = body("chunked");
        String a = json.substring(0, 10);
        String b = json.substring(10);

        RawHttp.Answer answer = raw(http).send("POST " + UNICAST + " HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(a.length()) + ";ext=1\r\n" + a + "\r\n" + Integer.toHexString(b.length()) + "\r\n" + b
                + "\r\n0\r\nTrailer: t\r\n\r\n").read();

        assertThat(answer.status()).isEqualTo(200);
        cloud.runUntilIdle();
        assertThat(alice.piped("onMessageReceived")).containsExactly("onMessageReceived|server|chunked");
    }

    @Test
    void oversizedBody_isA413Answer_notAReset_evenToAClientThatSendsItAllBeforeReading() throws Exception {
        OpenApiHttpServer http = cloud.serverApi(APP_ID).listen();
        int size = 24 * 1024 * 1024;
        RawHttp client = raw(http).send("POST " + UNICAST + " HTTP/1.1\r\nHost: x\r\nContent-Length: " + size + "\r\n\r\n");
        byte[] piece = new byte[64 * 1024];
        OutputStream out = client.socket.getOutputStream();
        for (int sent = 0; sent < size; sent += piece.length) {
            out.write(piece);
        }
        out.flush();

        RawHttp.Answer a = client.read();

        assertThat(a.status()).isEqualTo(413);
        assertThat(JSON.readTree(a.body()).at("/ResponseMetadata/Error/Code").asText()).isEqualTo("RequestEntityTooLarge");
    }

    @Test
    void oversizedChunkedBody_isA413Answer() throws Exception {
        OpenApiHttpServer http = cloud.serverApi(APP_ID).listen();
        String chunk = "x".repeat(100_000);
        StringBuilder request = new StringBuilder("POST " + UNICAST + " HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (int i = 0; i < 3; i++) {
            request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }

        RawHttp.Answer a = raw(http).send(request.append("0\r\n\r\n").toString()).read();

        assertThat(a.status()).isEqualTo(413);
    }

    @Test
    void headOverTheLimit_is431_andConnectionsOverTheLimit_get503() throws Exception {
        OpenApiHttpServer http = cloud.serverApi(APP_ID).listen(new HttpLimits(Duration.ofSeconds(5), Duration.ofSeconds(30),
                SHORT, 2, 1024, OpenApiHttpServer.MAX_BODY_BYTES));
        RawHttp big = raw(http);
        RawHttp.Answer tooBig = big.send("POST " + UNICAST + " HTTP/1.1\r\nHost: x\r\nX-Big: " + "y".repeat(2000)
                + "\r\n\r\n").read();
        big.close();
        Thread.sleep(100);
        RawHttp first = raw(http).send("POST " + UNICAST + " HTTP/1.1\r\n");
        raw(http).send("POST " + UNICAST + " HTTP/1.1\r\n");
        Thread.sleep(200);

        RawHttp.Answer third = raw(http).read();
        first.close();
        Thread.sleep(100);
        String json = body("after");
        RawHttp.Answer fourth = raw(http).send("POST " + UNICAST + " HTTP/1.1\r\nHost: x\r\nContent-Length: "
                + json.length() + "\r\n\r\n" + json).read();

        assertThat(tooBig.status()).isEqualTo(431);
        assertThat(third.status()).isEqualTo(503);
        assertThat(JSON.readTree(third.body()).at("/ResponseMetadata/Error/Code").asText()).isEqualTo("ServiceBusy");
        assertThat(fourth.status()).as("served once a connection closed").isEqualTo(200);
    }

    @Test
    void keptAliveConnection_servesSeveralRequests_andHttp10Closes() throws Exception {
        OpenApiHttpServer http = cloud.serverApi(APP_ID).listen();
        RawHttp client = raw(http);
        String json = body("again");

        for (int i = 0; i < 3; i++) {
            assertThat(client.send("POST " + UNICAST + " HTTP/1.1\r\nHost: x\r\nContent-Length: " + json.length()
                    + "\r\n\r\n" + json).read().status()).isEqualTo(200);
        }
        RawHttp old = raw(http).send("POST " + UNICAST + " HTTP/1.0\r\nContent-Length: " + json.length() + "\r\n\r\n" + json);
        assertThat(old.read().status()).isEqualTo(200);
        assertThat(old.closedByServer()).isTrue();
        assertThat(raw(http).send("POST " + UNICAST + " HTTP/2.0\r\n\r\n").read().status()).isEqualTo(505);
    }

    @Test
    void forgottenClose_aJvmThatNeverClosesTheServerStillExits(@TempDir Path dir) throws Exception {
        ForkedJvm.Result r = ForkedJvm.start(ForgottenCloseMain.class, List.of("-Xmx128m"), List.of(), dir)
                .await(Duration.ofSeconds(30));

        assertThat(r.exited()).as(r.describe()).isTrue();
        assertThat(r.exitCode()).as(r.describe()).isZero();
        assertThat(r.stdout()).as(r.describe()).contains("served 200");
    }
}
