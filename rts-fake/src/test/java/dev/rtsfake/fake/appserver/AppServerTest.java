package dev.rtsfake.fake.appserver;

import static dev.rtsfake.fake.testing.RtsFixture.APP_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.testing.RtsFixture;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The in-process app-server double: what it receives, how it answers, what the sender sees. */
class AppServerTest {
    private final FakeRtsCloud cloud = RtsFixture.plainCloud();
    private final RtsFixture.Client alice = RtsFixture.withServerParams(cloud, "alice");

    @AfterEach
    void close() {
        cloud.close();
    }

    @Test
    void sendServerMessage_byDefault_isAnswered200EmptyAndReports0() {
        long id = alice.rts.sendServerMessage("hello");
        cloud.runUntilIdle();

        assertThat(alice.piped("onServerMessageSendResult")).containsExactly("onServerMessageSendResult|" + id + "|0|");
        AppServerRequest got = cloud.appServer(APP_ID).take();
        assertThat(got).isEqualTo(new AppServerRequest("hello", false, "sig-alice", "https://app.example/rts"));
        assertThat(got.body()).isEqualTo("{\"message\":\"hello\",\"binary\":false,\"signature\":\"sig-alice\"}");
    }

    @Test
    void sendServerBinaryMessage_reachesAppServerAsBase64WithBinaryFlag() {
        byte[] bytes = {0, 1, 2, (byte) 0xff};
        alice.rts.sendServerBinaryMessage(bytes);
        cloud.runUntilIdle();

        AppServerRequest got = cloud.appServer(APP_ID).take();
        assertThat(got.binary()).isTrue();
        assertThat(got.message()).isEqualTo("AAEC/w==");
        assertThat(got.messageBytes()).containsExactly(bytes);
        assertThat(got.body()).contains("\"binary\":true");
    }

    @Test
    void sendServerMessage_whenHandlerAnswersOk_bodyReachesSender() {
        cloud.appServer(APP_ID).onMessage(req -> AppServerReply.ok("ack:" + req.message()));
        long id = alice.rts.sendServerMessage("m1");
        cloud.runUntilIdle();

        assertThat(alice.piped("onServerMessageSendResult")).containsExactly("onServerMessageSendResult|" + id + "|0|ack:m1");
    }

    @Test
    void sendServerMessage_whenAppServerAnswers500_reports18() {
        cloud.appServer(APP_ID).onMessage(req -> AppServerReply.status(500, "boom"));
        long id = alice.rts.sendServerMessage("m1");
        cloud.runUntilIdle();

        assertThat(alice.piped("onServerMessageSendResult")).containsExactly("onServerMessageSendResult|" + id + "|18|");
    }

    @Test
    void sendServerMessage_whenFailNextUnreachable_reports17OnceThenRecovers() {
        cloud.appServer(APP_ID).failNext(AppServerFailure.UNREACHABLE);
        long first = alice.rts.sendServerMessage("m1");
        long second = alice.rts.sendServerMessage("m2");
        cloud.runUntilIdle();

        assertThat(alice.piped("onServerMessageSendResult")).containsExactly(
                "onServerMessageSendResult|" + first + "|17|", "onServerMessageSendResult|" + second + "|0|");
        assertThat(cloud.appServer(APP_ID).requestCount()).isEqualTo(2);
    }

    @Test
    void sendServerMessage_whenFailNextTimeout_reports17AfterFiveVirtualSeconds() {
        cloud.appServer(APP_ID).failNext(AppServerFailure.TIMEOUT);
        alice.rts.sendServerMessage("m1");
        cloud.advance(Duration.ofMillis(4_900));
        assertThat(alice.piped("onServerMessageSendResult")).isEmpty();

        cloud.advance(Duration.ofMillis(300));
        assertThat(alice.piped("onServerMessageSendResult")).singleElement().asString().contains("|17|");
    }

    @Test
    void sendServerMessage_whenFailNextStatus404_reports18() {
        cloud.appServer(APP_ID).failNext(AppServerFailure.status(404, "nope"));
        alice.rts.sendServerMessage("m1");
        cloud.runUntilIdle();

        assertThat(alice.piped("onServerMessageSendResult")).singleElement().asString().contains("|18|");
    }

    @Test
    void sendServerMessage_whenDelayNext_answerArrivesThatMuchLater() {
        cloud.appServer(APP_ID).delayNext(Duration.ofSeconds(2)).onMessage(req -> AppServerReply.ok("late"));
        alice.rts.sendServerMessage("m1");
        cloud.advance(Duration.ofMillis(1_900));
        assertThat(alice.piped("onServerMessageSendResult")).isEmpty();

        cloud.advance(Duration.ofMillis(300));
        assertThat(alice.piped("onServerMessageSendResult")).singleElement().asString().endsWith("|0|late");
    }

    @Test
    void sendServerMessage_whenDelayReachesTimeout_reports17() {
        cloud.appServer(APP_ID).timeout(Duration.ofSeconds(1)).delayNext(Duration.ofSeconds(2));
        alice.rts.sendServerMessage("m1");
        cloud.advance(Duration.ofMillis(1_500));

        assertThat(alice.piped("onServerMessageSendResult")).singleElement().asString().contains("|17|");
    }

    @Test
    void sendServerMessage_whenHandlerThrows_reports18AndRecordsHandlerFailure() {
        cloud.appServer(APP_ID).onMessage(req -> {
            throw new IllegalStateException("bug in the test's server");
        });
        alice.rts.sendServerMessage("m1");
        cloud.runUntilIdle();

        assertThat(alice.piped("onServerMessageSendResult")).singleElement().asString().contains("|18|");
        assertThat(cloud.handlerFailures()).hasSize(1);
    }

    @Test
    void sendServerMessage_whenAnswerOver64KiB_reports18() {
        String big = "x".repeat(AppServer.MAX_ANSWER_BYTES + 1);
        cloud.appServer(APP_ID).onMessage(req -> AppServerReply.ok(big));
        alice.rts.sendServerMessage("m1");
        cloud.runUntilIdle();

        assertThat(alice.piped("onServerMessageSendResult")).singleElement().asString().contains("|18|");
    }

    @Test
    void take_whenNothingArrived_failsTellingToDriveTheClock() {
        AppServer server = cloud.appServer(APP_ID);
        alice.rts.sendServerMessage("m1");

        assertThat(server.poll()).isEmpty();
        assertThatThrownBy(server::take).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("drive the clock first");
    }

    @Test
    void history_isCopyOnRead_andTakeConsumesWithoutShrinkingIt() {
        AppServer server = cloud.appServer(APP_ID);
        alice.rts.sendServerMessage("m1");
        alice.rts.sendServerMessage("m2");
        cloud.runUntilIdle();

        var snapshot = server.requests();
        assertThat(server.take().message()).isEqualTo("m1");
        assertThat(server.poll()).map(AppServerRequest::message).contains("m2");
        assertThat(server.poll()).isEmpty();
        assertThat(server.requests()).isEqualTo(snapshot).hasSize(2);
        assertThatThrownBy(() -> snapshot.add(snapshot.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void appServer_isOnePerApp_andUnknownAppNamesTheKnownOnes() {
        assertThat(cloud.appServer(APP_ID)).isSameAs(cloud.appServer(APP_ID));
        assertThatThrownBy(() -> cloud.appServer("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(APP_ID);
        assertThatThrownBy(() -> cloud.serverApi("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(APP_ID);
    }

    @Test
    void vendorDemoPattern_requestAckedThenReturnPushedFromServer() {
        AppServer server = cloud.appServer(APP_ID);
        server.onMessage(req -> {
            String text = new String(req.messageBytes(), StandardCharsets.UTF_8);
            String requestId = text.replaceAll(".*\"request_id\":\"([^\"]+)\".*", "$1");
            cloud.serverApi(APP_ID).sendUnicast("server", "alice",
                    "{\"message_type\":\"return\",\"request_id\":\"" + requestId + "\",\"code\":200}");
            return AppServerReply.ok("{\"code\":200}");
        });
        long id = alice.rts.sendServerMessage("{\"event_name\":\"joinRoom\",\"request_id\":\"req-42\"}");
        cloud.runUntilIdle();

        assertThat(alice.piped("onServerMessageSendResult"))
                .containsExactly("onServerMessageSendResult|" + id + "|0|{\"code\":200}");
        assertThat(alice.piped("onMessageReceived"))
                .containsExactly("onMessageReceived|server|{\"message_type\":\"return\",\"request_id\":\"req-42\",\"code\":200}");
        cloud.assertClean();
    }
}
