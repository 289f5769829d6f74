package dev.rtsfake.fake.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import com.ss.bytertc.rts.engine.type.RoomMessageSendResult;
import dev.rtsfake.fake.testing.RtsFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Message timeout, retransmission and the one-result-per-send-id rule under faults. */
class TimeoutTest {

    @Test
    void reliable_uplinkNeverThrough_timeoutExactlyAtMessageTimeout() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        n.loggedInAsIs("bob");
        n.net().cut("alice", LinkDirection.UP);
        long start = n.millis();
        long id = a.engine().sendMessage("bob", "x", MessageConfig.RELIABLE_ORDERED);
        n.advanceSeconds(30);
        assertThat(a.rec().resultsFor(id)).containsExactly(1);
        assertThat(a.rec().callbacksNamed("onMessageSendResult").get(0).atMillis() - start).isEqualTo(10_000);
    }

    @Test
    void reliable_retransmittedEveryRetransmitInterval() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        n.loggedInAsIs("bob");
        n.net().cut("alice", LinkDirection.UP);
        a.engine().sendMessage("bob", "x", MessageConfig.RELIABLE_ORDERED);
        n.advanceSeconds(2);
        long attempts = n.cloud.trace().lines().stream().filter(l -> l.contains("lost(P2P alice->bob #1")).count();
        // first try at t, then every 300 ms: t, t+0.3 ... t+1.8 → 7 tries within 2 s
        assertThat(attempts).isEqualTo(7);
    }

    @Test
    void retransmitAndMessageTimeout_configurable() {
        RtsFixture n = RtsFixture.forNetwork(b -> b.retransmitInterval(Duration.ofSeconds(1)).messageTimeout(Duration.ofSeconds(4)));
        RtsFixture.Client a = n.loggedInAsIs("alice");
        n.loggedInAsIs("bob");
        assertThat(n.cloud.settings().retransmitInterval()).isEqualTo(Duration.ofSeconds(1));
        n.net().cut("alice", LinkDirection.UP);
        long start = n.millis();
        long id = a.engine().sendMessage("bob", "x", MessageConfig.RELIABLE_ORDERED);
        n.advanceSeconds(10);
        assertThat(a.rec().resultsFor(id)).containsExactly(1);
        assertThat(a.rec().callbacksNamed("onMessageSendResult").get(0).atMillis() - start).isEqualTo(4_000);
        // tries at 0, 1, 2, 3 and 4 s: four losses, then the last one gives up at the deadline
        assertThat(n.cloud.trace().lines().stream().filter(l -> l.contains("lost(P2P alice->bob #1")).count())
                .isEqualTo(4);
        assertThat(n.cloud.trace().lines().stream().filter(l -> l.contains("gave-up(P2P alice->bob #1")).count())
                .isEqualTo(1);
    }

    @Test
    void reliable_ackNeverBack_timeoutButDeliveredOnce() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        n.net().cut("alice", LinkDirection.DOWN);
        long id = a.engine().sendMessage("bob", "x", MessageConfig.RELIABLE_ORDERED);
        n.advanceSeconds(30);
        assertThat(a.rec().resultsFor(id)).containsExactly(1);
        assertThat(b.rec().received()).containsExactly("x");
    }

    @Test
    void reliable_receiverUnreachable_senderSucceeds_messageNeverArrivesAfterDeadline() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        n.net().cut("bob", LinkDirection.DOWN);
        long id = a.engine().sendMessage("bob", "x", MessageConfig.RELIABLE_ORDERED);
        n.advanceSeconds(11);
        n.net().heal("bob", LinkDirection.DOWN);
        n.advanceSeconds(20);
        assertThat(a.rec().resultsFor(id)).as("the cloud handed it to bob's connection").containsExactly(0);
        assertThat(b.rec().received()).isEmpty();
    }

    @Test
    void reliable_lostMessage_laterOnesStillDeliveredInOrder() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        n.net().cut("alice", LinkDirection.UP);
        // "lost" is retried at t, t+0.3 s, ... t+7.8 s, t+8.1 s; "after" (sent 200 ms later) at
        // t+0.2 s, ... t+8.0 s. Healing at t+7.9 s lets "after" through first (at t+8.0 s): only the
        // reorder buffer keeps it until "lost" arrives at t+8.1 s.
        a.engine().sendMessage("bob", "lost", MessageConfig.RELIABLE_ORDERED);
        n.advance(200);
        a.engine().sendMessage("bob", "after", MessageConfig.RELIABLE_ORDERED);
        n.advance(7_700);
        n.net().heal("alice", LinkDirection.UP);
        n.advanceSeconds(5);
        assertThat(n.cloud.trace().lines().stream().filter(l -> l.contains("deliver(P2P alice->bob"))
                .findFirst()).as("the cloud gets both, in sending order").hasValueSatisfying(l ->
                        assertThat(l).contains("#1"));
        assertThat(b.rec().received()).containsExactly("lost", "after");
    }

    @Test
    void reliable_givenUpMessage_doesNotBlockLaterOnes() {
        RtsFixture n = RtsFixture.forNetwork(b -> b.heartbeatTimeout(Duration.ofSeconds(60)));
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        n.net().cut("alice", LinkDirection.UP);
        long lost = a.engine().sendMessage("bob", "lost", MessageConfig.RELIABLE_ORDERED);
        n.advanceSeconds(9);
        long next = a.engine().sendMessage("bob", "next", MessageConfig.RELIABLE_ORDERED);
        n.advanceSeconds(2);
        n.net().heal("alice", LinkDirection.UP);
        n.advanceSeconds(2);
        assertThat(a.rec().resultsFor(lost)).containsExactly(1);
        assertThat(b.rec().received()).containsExactly("next");
        assertThat(a.rec().resultsFor(next)).containsExactly(0);
    }

    @Test
    void unreliable_lostOnUplink_timeoutAtDeadline_ordered() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        n.loggedInAsIs("bob");
        n.net().cut("alice", LinkDirection.UP);
        long start = n.millis();
        long id = a.engine().sendMessage("bob", "x", MessageConfig.UNRELIABLE_ORDERED);
        n.advanceSeconds(11);
        assertThat(a.rec().resultsFor(id)).containsExactly(1);
        assertThat(a.rec().callbacksNamed("onMessageSendResult").get(0).atMillis() - start).isEqualTo(10_000);
    }

    @Test
    void room_broadcastUplinkCut_roomTimeoutResult() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        RTSRoom ra = a.join(n.cloud, "r1");
        b.join(n.cloud, "r1");
        n.net().cut("alice", LinkDirection.UP);
        long start = n.millis();
        long id = ra.sendRoomMessage("hello");
        n.advanceSeconds(11);
        assertThat(a.rec().roomResultsFor("r1", id))
                .containsExactly(RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_TIMEOUT);
        assertThat(a.rec().callbacksNamed("onRoomMessageSendResult")).singleElement()
                .satisfies(e -> assertThat(e.atMillis() - start).as("one message timeout after the send")
                        .isEqualTo(n.cloud.settings().messageTimeout().toMillis()).isEqualTo(10_000));
        assertThat(b.rec().roomReceived("r1")).isEmpty();
    }

    @Test
    void server_messageUplinkCut_timeoutResult() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        a.engine().setServerParams("sig", "https://app.example/rts");
        n.cloud.runUntilIdle();
        assertThat(a.rec().callbacksNamed("onServerParamsSetResult")).extracting(e -> e.intArg(0)).containsExactly(200);
        n.net().cut("alice", LinkDirection.UP);
        long id = a.engine().sendServerMessage("to-server");
        n.advanceSeconds(11);
        assertThat(a.rec().serverResultsFor(id)).containsExactly(1);
    }

    @Test
    void server_messageAckLost_exactlyOneTimeout() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        a.engine().setServerParams("sig", "https://app.example/rts");
        n.cloud.runUntilIdle();
        n.net().cut("alice", LinkDirection.DOWN);
        long id = a.engine().sendServerMessage("to-server");
        n.advanceSeconds(25);
        assertThat(a.rec().serverResultsFor(id)).containsExactly(1);
    }
}
