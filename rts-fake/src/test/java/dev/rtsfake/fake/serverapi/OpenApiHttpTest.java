package dev.rtsfake.fake.serverapi;

import static dev.rtsfake.fake.testing.RtsFixture.APP_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.testing.RtsFixture;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The OpenAPI over real HTTP (listen()), called with the JDK HttpClient; every call has a timeout. */
class OpenApiHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration T = Duration.ofSeconds(5);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(T).build();
    private final FakeRtsCloud cloud = RtsFixture.plainCloud();
    private final RtsFixture.Client alice = RtsFixture.withServerParams(cloud, "alice");
    private final OpenApiHttpServer http = cloud.serverApi(APP_ID).listen();

    @AfterEach
    void close() {
        http.close();
        cloud.close();
    }

    private HttpResponse<String> post(String query, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(http.uri().resolve("/" + query)).timeout(T)
                .header("Authorization", "HMAC-SHA256 Credential=AK/20240101/cn-north-1/rtc/request, Signature=x")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String unicast(String to, String message) {
        return "{\"AppId\":\"" + APP_ID + "\",\"From\":\"server\",\"To\":\"" + to + "\",\"Binary\":false,\"Message\":\""
                + message + "\"}";
    }

    @Test
    void sendUnicast_overHttp_answersSuccessEnvelope_andDeliversOnTheVirtualClock() throws Exception {
        HttpResponse<String> r = post("?Action=SendUnicast&Version=2020-12-01", unicast("alice", "hi"));

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.at("/Result/message").asText()).isEqualTo("success");
        assertThat(body.at("/ResponseMetadata/RequestId").asText()).isEqualTo("rtsfake-" + APP_ID + "-000001");
        assertThat(body.at("/ResponseMetadata/Action").asText()).isEqualTo("SendUnicast");
        assertThat(body.at("/ResponseMetadata/Version").asText()).isEqualTo("2020-12-01");
        assertThat(body.at("/ResponseMetadata/Service").asText()).isEqualTo("rtc");
        assertThat(body.at("/ResponseMetadata/Region").asText()).isEqualTo("cn-north-1");
        assertThat(body.at("/ResponseMetadata/Error").isMissingNode()).isTrue();
        assertThat(alice.piped("onMessageReceived")).isEmpty();

        cloud.runUntilIdle();
        assertThat(alice.piped("onMessageReceived")).containsExactly("onMessageReceived|server|hi");
    }

    @Test
    void roomActions_overHttp_version20230720_withBinaryBase64() throws Exception {
        alice.join(cloud, "r1");
        String base = "\"AppId\":\"" + APP_ID + "\",\"From\":\"server\",\"RoomId\":\"r1\",";

        assertThat(post("?Action=SendBroadcast&Version=2023-07-20", "{" + base
                + "\"Binary\":false,\"Message\":\"all\"}").statusCode()).isEqualTo(200);
        assertThat(post("?Action=SendRoomUnicast&Version=2023-07-20", "{" + base
                + "\"To\":\"alice\",\"Binary\":true,\"Message\":\"cmF3\"}").statusCode()).isEqualTo(200);
        assertThat(post("?Action=BatchSendRoomUnicast&Version=2020-12-01", "{" + base
                + "\"To\":[\"alice\"],\"Binary\":false,\"Message\":\"batch\"}").statusCode()).isEqualTo(200);
        cloud.runUntilIdle();

        assertThat(alice.piped("room:onRoomMessageReceived")).containsExactly("room:onRoomMessageReceived|r1|server|all");
        assertThat(alice.piped("onBinaryMessageReceived")).containsExactly("onBinaryMessageReceived|server|raw");
        assertThat(alice.piped("onMessageReceived")).containsExactly("onMessageReceived|server|batch");
    }

    @Test
    void sendUnicast_overHttp_toOfflineUser_answers404UserNotFoundEnvelope() throws Exception {
        HttpResponse<String> r = post("?Action=SendUnicast&Version=2020-12-01", unicast("nobody", "hi"));

        assertThat(r.statusCode()).isEqualTo(404);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.at("/ResponseMetadata/Error/Code").asText()).isEqualTo("UserNotFound");
        assertThat(body.at("/ResponseMetadata/Error/Message").asText()).contains("nobody");
        assertThat(body.has("Result")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "not JSON                | POST | /?Action=SendUnicast&Version=2020-12-01 | `{\"AppId\":`             | 400 | MalformedRequest",
        "JSON array              | POST | /?Action=SendUnicast&Version=2020-12-01 | `[]`                      | 400 | MalformedRequest",
        "empty body              | POST | /?Action=SendUnicast&Version=2020-12-01 | ``                        | 400 | MalformedRequest",
        "trailing garbage        | POST | /?Action=SendUnicast&Version=2020-12-01 | `{}x`                     | 400 | MalformedRequest",
        "unknown action          | POST | /?Action=SendMulticast&Version=2020-12-01 | `{}`                    | 400 | InvalidActionOrVersion",
        "unknown version         | POST | /?Action=SendUnicast&Version=2019-01-01 | `{}`                      | 400 | InvalidActionOrVersion",
        "no action               | POST | /?Version=2020-12-01                    | `{}`                      | 400 | MissingParameter",
        "missing AppId           | POST | /?Action=SendUnicast&Version=2020-12-01 | `{\"From\":\"server\",\"To\":\"alice\",\"Binary\":false,\"Message\":\"m\"}` | 400 | MissingParameter",
        "From not a string       | POST | /?Action=SendUnicast&Version=2020-12-01 | `{\"AppId\":\"rtsfake-demo-app-0000001\",\"From\":7,\"To\":\"alice\",\"Binary\":false,\"Message\":\"m\"}` | 400 | InvalidParameter",
        "Binary as string        | POST | /?Action=SendUnicast&Version=2020-12-01 | `{\"AppId\":\"rtsfake-demo-app-0000001\",\"From\":\"server\",\"To\":\"alice\",\"Binary\":\"true\",\"Message\":\"m\"}` | 400 | InvalidParameter",
        "bad Base64              | POST | /?Action=SendUnicast&Version=2020-12-01 | `{\"AppId\":\"rtsfake-demo-app-0000001\",\"From\":\"server\",\"To\":\"alice\",\"Binary\":true,\"Message\":\"***\"}` | 400 | InvalidParameter",
        "batch To not array      | POST | /?Action=BatchSendRoomUnicast&Version=2020-12-01 | `{\"AppId\":\"rtsfake-demo-app-0000001\",\"RoomId\":\"r\",\"From\":\"server\",\"To\":\"alice\",\"Binary\":false,\"Message\":\"m\"}` | 400 | InvalidParameter",
        "null Message            | POST | /?Action=SendUnicast&Version=2020-12-01 | `{\"AppId\":\"rtsfake-demo-app-0000001\",\"From\":\"server\",\"To\":\"alice\",\"Binary\":false,\"Message\":null}` | 400 | MissingParameter",
        "AppId of another app    | POST | /?Action=SendUnicast&Version=2020-12-01 | `{\"AppId\":\"other-app\",\"From\":\"server\",\"To\":\"alice\",\"Binary\":false,\"Message\":\"m\"}` | 400 | InvalidAppId",
        "bad From charset        | POST | /?Action=SendUnicast&Version=2020-12-01 | `{\"AppId\":\"rtsfake-demo-app-0000001\",\"From\":\"a b\",\"To\":\"alice\",\"Binary\":false,\"Message\":\"m\"}` | 400 | InvalidParameter",
        "GET method              | GET  | /?Action=SendUnicast&Version=2020-12-01 | ``                        | 405 | MethodNotAllowed",
        "wrong path              | POST | /v1/send?Action=SendUnicast&Version=2020-12-01 | `{}`               | 404 | NotFound",
    })
    void malformedRequest_answersErrorEnvelopeWith4xx_andServerKeepsServing(String name, String method, String target,
                                                                            String body, int status, String code)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(http.uri().resolve(target)).timeout(T);
        if (method.equals("GET")) {
            b.GET();
        } else {
            b.POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
        }
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).as(name).isEqualTo(status);
        JsonNode env = JSON.readTree(r.body());
        assertThat(env.at("/ResponseMetadata/Error/Code").asText()).as(name).isEqualTo(code);
        assertThat(env.at("/ResponseMetadata/Error/Message").asText()).as(name).isNotBlank();
        assertThat(env.at("/ResponseMetadata/Service").asText()).isEqualTo("rtc");
        assertThat(env.has("Result")).isFalse();
        assertThat(post("?Action=SendUnicast&Version=2020-12-01", unicast("alice", "still-up")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void oversizedBody_answers413_andServerKeepsServing() throws Exception {
        HttpResponse<String> r = post("?Action=SendUnicast&Version=2020-12-01",
                unicast("alice", "x".repeat(OpenApiHttpServer.MAX_BODY_BYTES + 10)));

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(r.body()).at("/ResponseMetadata/Error/Code").asText()).isEqualTo("RequestEntityTooLarge");
        assertThat(post("?Action=SendUnicast&Version=2020-12-01", unicast("alice", "ok")).statusCode()).isEqualTo(200);
    }

    @Test
    void messageOver64KiB_overHttp_answersMessageTooLarge() throws Exception {
        HttpResponse<String> r = post("?Action=SendUnicast&Version=2020-12-01", unicast("alice", "x".repeat(65_537)));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).at("/ResponseMetadata/Error/Code").asText()).isEqualTo("MessageTooLarge");
    }

    @Test
    void requestIds_countUpDeterministically() throws Exception {
        post("?Action=SendUnicast&Version=2020-12-01", unicast("alice", "1"));
        HttpResponse<String> second = post("?Action=Nope&Version=2020-12-01", "{}");

        assertThat(JSON.readTree(second.body()).at("/ResponseMetadata/RequestId").asText())
                .isEqualTo("rtsfake-" + APP_ID + "-000002");
    }

    @Test
    void close_releasesThePort() throws Exception {
        int port = http.port();
        http.close();
        http.close();

        try (ServerSocket again = new ServerSocket()) {
            again.setReuseAddress(true);
            again.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
        assertThat(http.uri()).isEqualTo(URI.create("http://127.0.0.1:" + port + "/"));
    }
}
