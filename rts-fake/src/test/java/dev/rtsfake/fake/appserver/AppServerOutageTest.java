package dev.rtsfake.fake.appserver;

import static dev.rtsfake.fake.testing.RtsFixture.APP_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.testing.RtsFixture;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The app's server down for a while ({@code outage}/{@code restore}) and slow ({@code answerDelay}). */
class AppServerOutageTest {
    private final FakeRtsCloud cloud = RtsFixture.plainCloud();
    private final RtsFixture.Client alice = RtsFixture.withServerParams(cloud, "alice");

    @AfterEach
    void close() {
        cloud.close();
    }

    @Test
    void outageUnreachable_everyRequestReports17_untilRestore() {
        AppServer server = cloud.appServer(APP_ID).onMessage(req -> AppServerReply.ok("up"));
        server.outage(AppServerFailure.UNREACHABLE);
        long first = alice.rts.sendServerMessage("m1");
        long second = alice.rts.sendServerMessage("m2");
        cloud.runUntilIdle();
        server.restore();
        long third = alice.rts.sendServerMessage("m3");
        cloud.runUntilIdle();

        assertThat(alice.piped("onServerMessageSendResult")).containsExactly(
                "onServerMessageSendResult|" + first + "|17|", "onServerMessageSendResult|" + second + "|17|",
                "onServerMessageSendResult|" + third + "|0|up");
        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(cloud.trace().format()).contains("appServer.outage(\"Unreachable[]\")", "appServer.restore()");
    }

    @Test
    void outageStatus503_reports18_andScriptsWaitForTheRequestsAfterRestore() {
        AppServer server = cloud.appServer(APP_ID);
        server.failNext(AppServerFailure.status(404));
        server.outage(AppServerFailure.status(503));
        long during = alice.rts.sendServerMessage("m1");
        cloud.runUntilIdle();
        server.restore();
        long scripted = alice.rts.sendServerMessage("m2");
        long normal = alice.rts.sendServerMessage("m3");
        cloud.runUntilIdle();

        assertThat(alice.piped("onServerMessageSendResult")).containsExactly(
                "onServerMessageSendResult|" + during + "|18|", "onServerMessageSendResult|" + scripted + "|18|",
                "onServerMessageSendResult|" + normal + "|0|");
    }

    @Test
    void outageTimeout_reports17AfterTheTimeout() {
        cloud.appServer(APP_ID).timeout(Duration.ofSeconds(2)).outage(AppServerFailure.TIMEOUT);
        alice.rts.sendServerMessage("m1");
        cloud.advance(Duration.ofMillis(1_900));
        assertThat(alice.piped("onServerMessageSendResult")).isEmpty();

        cloud.advance(Duration.ofMillis(300));
        assertThat(alice.piped("onServerMessageSendResult")).singleElement().asString().contains("|17|");
    }

    @Test
    void answerDelay_everyAnswerComesThatLate_andZeroEndsIt() {
        AppServer server = cloud.appServer(APP_ID).onMessage(req -> AppServerReply.ok("slow"));
        server.answerDelay(Duration.ofSeconds(3));
        alice.rts.sendServerMessage("m1");
        alice.rts.sendServerMessage("m2");
        cloud.advance(Duration.ofMillis(2_900));
        assertThat(alice.piped("onServerMessageSendResult")).isEmpty();
        cloud.advance(Duration.ofMillis(300));
        assertThat(alice.piped("onServerMessageSendResult")).hasSize(2).allMatch(r -> r.endsWith("|0|slow"));

        server.answerDelay(Duration.ZERO);
        alice.rts.sendServerMessage("m3");
        cloud.advance(Duration.ofMillis(200));
        assertThat(alice.piped("onServerMessageSendResult")).hasSize(3);
    }

    @Test
    void answerDelay_addsToDelayNext_andPastTheTimeoutReports17() {
        AppServer server = cloud.appServer(APP_ID).timeout(Duration.ofSeconds(4));
        server.answerDelay(Duration.ofSeconds(2)).delayNext(Duration.ofSeconds(2));
        alice.rts.sendServerMessage("m1");
        cloud.advance(Duration.ofMillis(4_200));

        assertThat(alice.piped("onServerMessageSendResult")).singleElement().asString().contains("|17|");
    }

    @Test
    void outageAndAnswerDelay_rejectMissingValues_withTheFix() {
        AppServer server = cloud.appServer(APP_ID);
        assertThatThrownBy(() -> server.outage(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("failure is null; use AppServerFailure.UNREACHABLE, TIMEOUT or status(code), and restore()"
                        + " to end the outage");
        assertThatThrownBy(() -> server.answerDelay(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("answerDelay must be zero or more, not PT-1S");
    }
}
