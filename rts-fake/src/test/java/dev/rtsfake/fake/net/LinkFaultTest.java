package dev.rtsfake.fake.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.testing.Internals;
import dev.rtsfake.fake.testing.RtsFixture;
import dev.rtsfake.fake.trace.TraceEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The link verbs: disconnect/reconnect, cut/heal, latency and jitter, outage/restore, naming. */
class LinkFaultTest {

    @Test
    void disconnect_reliableMessageWaitsAndArrivesAfterReconnect() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        n.net().disconnect("alice");
        assertThat(n.net().link("alice").isDisconnected()).isTrue();
        assertThat(n.net().link("alice").canReachCloud()).isFalse();
        long id = a.engine().sendMessage("bob", "m1", MessageConfig.RELIABLE_ORDERED);
        n.advanceSeconds(3);
        assertThat(b.rec().received()).isEmpty();
        n.net().reconnect("alice");
        n.advanceSeconds(1);
        assertThat(b.rec().received()).containsExactly("m1");
        assertThat(a.rec().resultsFor(id)).containsExactly(0);
    }

    @Test
    void disconnect_shorterThanHeartbeat_noConnectionStateChange() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        n.net().disconnect("alice");
        n.advanceSeconds(4);
        n.net().reconnect("alice");
        n.advanceSeconds(30);
        assertThat(a.rec().connectionStates()).containsExactly(2, 3);
    }

    @Test
    void cutUp_messageNeverReachesCloud_cloudToClientStillWorksButEngineSeesDrop() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        n.net().cut("alice", LinkDirection.UP);
        assertThat(n.net().link("alice").up().isCut()).isTrue();
        assertThat(n.net().link("alice").down().isCut()).isFalse();
        long id = a.engine().sendMessage("bob", "up-cut", MessageConfig.RELIABLE_ORDERED);
        b.engine().sendMessage("alice", "down-ok", MessageConfig.RELIABLE_ORDERED);
        n.advanceSeconds(11);
        assertThat(a.rec().received()).containsExactly("down-ok");
        assertThat(b.rec().received()).isEmpty();
        assertThat(a.rec().resultsFor(id)).containsExactly(1);
        assertThat(a.rec().connectionStates()).contains(4);
    }

    @Test
    void cutDown_messageDeliveredButAckLost_senderGetsTimeout() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        n.net().cut("alice", LinkDirection.DOWN);
        long id = a.engine().sendMessage("bob", "x", MessageConfig.RELIABLE_ORDERED);
        n.advanceSeconds(11);
        assertThat(b.rec().received()).containsExactly("x");
        assertThat(a.rec().resultsFor(id)).containsExactly(1);
    }

    @Test
    void heal_afterCut_retransmissionDelivers() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        n.net().cut("alice", LinkDirection.BOTH);
        long id = a.engine().sendMessage("bob", "late", MessageConfig.RELIABLE_ORDERED);
        n.advanceSeconds(2);
        n.net().heal("alice", LinkDirection.BOTH);
        assertThat(n.net().link("alice").canReachCloud()).isTrue();
        n.advance(400);
        assertThat(b.rec().received()).containsExactly("late");
        n.advanceSeconds(1);
        assertThat(a.rec().resultsFor(id)).containsExactly(0);
    }

    @Test
    void latency_setsOneWayDelay() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        n.net().latency("alice", Duration.ofMillis(200));
        assertThat(n.net().link("alice").up().latency()).isEqualTo(Duration.ofMillis(200));
        long start = n.millis();
        long id = a.engine().sendMessage("bob", "slow", MessageConfig.RELIABLE_ORDERED);
        n.cloud.runUntilIdle();
        // 200 ms up, 30 ms down to bob; result back over alice's 200 ms down
        assertThat(b.rec().callbacksNamed("onMessageReceived").get(0).atMillis() - start).isEqualTo(230);
        assertThat(a.rec().callbacksNamed("onMessageSendResult").get(0).atMillis() - start).isEqualTo(400);
        assertThat(a.rec().resultsFor(id)).containsExactly(0);
    }

    @Test
    void latency_perDirection_onlyThatDirectionSlows() {
        RtsFixture n = RtsFixture.forNetwork();
        n.loggedInAsIs("alice");
        n.net().latency("alice", LinkDirection.DOWN, Duration.ofMillis(500), Duration.ZERO);
        assertThat(n.net().link("alice").down().latency()).isEqualTo(Duration.ofMillis(500));
        assertThat(n.net().link("alice").up().latency()).isEqualTo(Duration.ofMillis(30));
    }

    @Test
    void jitter_reliableMessagesStillInOrder() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        n.net().latency("alice", Duration.ofMillis(20), Duration.ofMillis(300));
        assertThat(n.net().link("alice").up().jitter()).isEqualTo(Duration.ofMillis(300));
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            sent.add("r" + i);
            a.engine().sendMessage("bob", "r" + i, MessageConfig.RELIABLE_ORDERED);
            n.advance(5);
        }
        n.cloud.runUntilIdle();
        assertThat(b.rec().received()).containsExactlyElementsOf(sent);
    }

    @Test
    void outage_allClientsCutOff_restoreResumes() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        n.net().outage();
        assertThat(n.net().isInOutage()).isTrue();
        assertThat(n.net().link("alice").canReachCloud()).isFalse();
        assertThat(n.net().link("bob").canReachCloud()).isFalse();
        a.engine().sendMessage("bob", "during-outage", MessageConfig.RELIABLE_ORDERED);
        n.advanceSeconds(6);
        assertThat(a.rec().connectionStates()).endsWith(4);
        assertThat(b.rec().connectionStates()).endsWith(4);
        n.net().restore();
        assertThat(n.net().isInOutage()).isFalse();
        n.advanceSeconds(3);
        assertThat(b.rec().received()).containsExactly("during-outage");
        assertThat(a.rec().connectionStates()).endsWith(5);
        assertThat(b.rec().connectionStates()).endsWith(5);
    }

    @Test
    void clientNamedByEngineNameBeforeLogin_andByUidAfter() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.client("alice");
        assertThat(n.net().link("rts-1")).isSameAs(Internals.link(a.engine()));
        assertThatThrownBy(() -> n.net().link("alice")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rts-1");
        a.engine().login(n.token("alice", Duration.ofHours(1)), "alice");
        assertThat(n.net().link("alice")).isSameAs(Internals.link(a.engine()));
    }

    @Test
    void unknownClient_throwsNamingKnownClients() {
        RtsFixture n = RtsFixture.forNetwork();
        n.loggedInAsIs("alice");
        assertThatThrownBy(() -> n.net().disconnect("nobody")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alice").hasMessageContaining("rts-1");
    }

    @Test
    void negativeLatency_rejected() {
        RtsFixture n = RtsFixture.forNetwork();
        n.loggedInAsIs("alice");
        assertThatThrownBy(() -> n.net().latency("alice", Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultLatency_appliesToLinksCreatedAfter() {
        RtsFixture n = RtsFixture.forNetwork();
        n.net().defaultLatency(Duration.ofMillis(77));
        RtsFixture.Client a = n.client("alice");
        assertThat(Internals.link(a.engine()).up().latency()).isEqualTo(Duration.ofMillis(77));
    }

    @Test
    void builderLatency_isTheDefaultOfEveryLink() {
        RtsFixture n = RtsFixture.forNetwork(b -> b.latency(Duration.ofMillis(45)));
        RtsFixture.Client a = n.client("alice");
        assertThat(Internals.link(a.engine()).down().latency()).isEqualTo(Duration.ofMillis(45));
    }

    /** Adding an idle engine created last changes nothing for the others: randomness is per link. */
    @Test
    void randomness_perLink_extraIdleEngineCreatedLastChangesNothing() {
        List<String> without = lossyRun(false);
        List<String> with = lossyRun(true);
        assertThat(with).isEqualTo(without);
        assertThat(without).anyMatch(l -> l.contains("dropped") || l.contains("lost"));
    }

    private static List<String> lossyRun(boolean extraEngine) {
        RtsFixture n = RtsFixture.forNetwork(b -> b.seed(4242));
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        n.net().latency("alice", Duration.ofMillis(20), Duration.ofMillis(80));
        n.net().latency("bob", Duration.ofMillis(20), Duration.ofMillis(80));
        n.net().loss("alice", LossModel.independent(0.3));
        n.net().loss("bob", LossModel.bursty(0.2, 0.3, 0.05, 0.7));
        if (extraEngine) {
            n.client("idle");
        }
        for (int i = 0; i < 40; i++) {
            MessageConfig cfg = MessageConfig.values()[i % 3];
            a.engine().sendMessage("bob", "a" + i, cfg);
            b.engine().sendMessage("alice", "b" + i, cfg);
            n.advance(37);
        }
        n.advanceSeconds(15);
        List<String> out = new ArrayList<>();
        out.addAll(a.rec().callbacks().stream().map(Object::toString).toList());
        out.addAll(b.rec().callbacks().stream().map(Object::toString).toList());
        for (TraceEvent e : n.cloud.trace().ofKind(dev.rtsfake.fake.trace.TraceKind.NET)) {
            out.add(e.format().replaceFirst(" #\\d+ ", " "));
        }
        return out;
    }

    @Test
    void sameSeed_sameTrace() {
        assertThat(traceOf(7)).isEqualTo(traceOf(7));
        assertThat(traceOf(7)).isNotEqualTo(traceOf(8));
    }

    private static List<String> traceOf(long seed) {
        RtsFixture n = RtsFixture.forNetwork(b -> b.seed(seed));
        RtsFixture.Client a = n.loggedInAsIs("alice");
        n.loggedInAsIs("bob");
        n.net().loss("alice", LossModel.independent(0.5));
        for (int i = 0; i < 20; i++) {
            a.engine().sendMessage("bob", "m" + i, MessageConfig.UNRELIABLE_UNORDERED);
        }
        n.advanceSeconds(12);
        FakeRtsCloud c = n.cloud;
        return c.trace().lines();
    }
}
