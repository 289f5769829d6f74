package dev.rtsfake.fake.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.testing.RtsFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Faults as values: each Fault record, apply / schedule / during / timeline. */
class FaultScheduleTest {

    @Test
    void faultDisconnect_and_faultReconnect() {
        RtsFixture n = RtsFixture.forNetwork();
        n.loggedInAsIs("alice");
        n.net().apply(new Fault.Disconnect("alice"));
        assertThat(n.net().link("alice").isDisconnected()).isTrue();
        n.net().apply(new Fault.Reconnect("alice"));
        assertThat(n.net().link("alice").isDisconnected()).isFalse();
        assertThat(new Fault.Disconnect("alice").inverse()).isEqualTo(new Fault.Reconnect("alice"));
        assertThat(new Fault.Reconnect("alice").inverse()).isEqualTo(new Fault.Disconnect("alice"));
    }

    @Test
    void faultCut_and_faultHeal() {
        RtsFixture n = RtsFixture.forNetwork();
        n.loggedInAsIs("alice");
        n.net().apply(new Fault.Cut("alice", LinkDirection.DOWN));
        assertThat(n.net().link("alice").down().isCut()).isTrue();
        assertThat(n.net().link("alice").up().isCut()).isFalse();
        n.net().apply(new Fault.Heal("alice", LinkDirection.DOWN));
        assertThat(n.net().link("alice").canReachCloud()).isTrue();
        assertThat(new Fault.Cut("alice", LinkDirection.UP).inverse()).isEqualTo(new Fault.Heal("alice", LinkDirection.UP));
    }

    @Test
    void faultHold_and_faultRelease() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        n.net().apply(new Fault.Hold("bob", LinkDirection.DOWN));
        a.engine().sendMessage("bob", "held", MessageConfig.RELIABLE_ORDERED);
        n.advanceSeconds(1);
        assertThat(n.net().heldPackets("bob", LinkDirection.DOWN)).hasSize(1);
        n.net().apply(new Fault.Release("bob", LinkDirection.DOWN));
        n.cloud.runUntilIdle();
        assertThat(b.rec().received()).containsExactly("held");
        assertThat(new Fault.Hold("bob", LinkDirection.DOWN).inverse()).isEqualTo(new Fault.Release("bob", LinkDirection.DOWN));
    }

    @Test
    void faultLatency_setsLatencyAndJitter_hasNoInverse() {
        RtsFixture n = RtsFixture.forNetwork();
        n.loggedInAsIs("alice");
        n.net().apply(new Fault.Latency("alice", LinkDirection.UP, Duration.ofMillis(90), Duration.ofMillis(10)));
        assertThat(n.net().link("alice").up().latency()).isEqualTo(Duration.ofMillis(90));
        assertThat(n.net().link("alice").up().jitter()).isEqualTo(Duration.ofMillis(10));
        assertThat(n.net().link("alice").down().latency()).isEqualTo(Duration.ofMillis(30));
        Fault latency = new Fault.Latency("alice", LinkDirection.BOTH, Duration.ofMillis(90), Duration.ZERO);
        assertThat(latency.inverse()).isNull();
        assertThatThrownBy(() -> n.net().during(Duration.ofSeconds(1), latency))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schedule");
    }

    @Test
    void faultLoss_setsModel_inverseIsNone() {
        RtsFixture n = RtsFixture.forNetwork();
        n.loggedInAsIs("alice");
        Fault loss = new Fault.Loss("alice", LinkDirection.BOTH, LossModel.independent(0.5));
        n.net().apply(loss);
        assertThat(n.net().link("alice").down().loss()).isEqualTo(LossModel.independent(0.5));
        assertThat(n.net().link("alice").up().loss()).isEqualTo(LossModel.independent(0.5));
        assertThat(loss.inverse()).isEqualTo(new Fault.Loss("alice", LinkDirection.BOTH, LossModel.none()));
        n.net().apply(loss.inverse());
        assertThat(n.net().link("alice").up().loss()).isEqualTo(LossModel.none());
        assertThat(n.net().link("alice").down().loss()).isEqualTo(LossModel.none());
        n.net().apply(new Fault.Loss("alice", LinkDirection.UP, LossModel.independent(0.25)));
        assertThat(n.net().link("alice").up().loss()).isEqualTo(LossModel.independent(0.25));
        assertThat(n.net().link("alice").down().loss()).as("only the up direction").isEqualTo(LossModel.none());
    }

    @Test
    void faultOutage_and_faultRestore() {
        RtsFixture n = RtsFixture.forNetwork();
        n.loggedInAsIs("alice");
        n.net().apply(new Fault.Outage());
        assertThat(n.net().isInOutage()).isTrue();
        assertThat(n.net().link("alice").isDown()).isTrue();
        n.net().apply(new Fault.Restore());
        assertThat(n.net().isInOutage()).isFalse();
        assertThat(new Fault.Outage().inverse()).isEqualTo(new Fault.Restore());
        assertThat(new Fault.Restore().inverse()).isEqualTo(new Fault.Outage());
    }

    @Test
    void schedule_appliesAfterDelay() {
        RtsFixture n = RtsFixture.forNetwork();
        n.loggedInAsIs("alice");
        n.net().schedule(Duration.ofSeconds(3), new Fault.Disconnect("alice"));
        n.advance(2_999);
        assertThat(n.net().link("alice").isDisconnected()).isFalse();
        n.advance(1);
        assertThat(n.net().link("alice").isDisconnected()).isTrue();
        assertThatThrownBy(() -> n.net().schedule(Duration.ofSeconds(-1), new Fault.Outage()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void during_appliesNowAndInverseAfter() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        n.net().during(Duration.ofSeconds(8), new Fault.Disconnect("alice"));
        assertThat(n.net().link("alice").isDisconnected()).isTrue();
        n.advanceSeconds(8);
        assertThat(n.net().link("alice").isDisconnected()).isFalse();
        n.advanceSeconds(5);
        assertThat(a.rec().connectionStates()).containsExactly(2, 3, 4, 5);
    }

    @Test
    void during_outage_allClientsReconnect() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        n.net().during(Duration.ofSeconds(15), new Fault.Outage());
        n.advanceSeconds(20);
        assertThat(a.rec().connectionStates()).containsExactly(2, 3, 4, 1, 5);
        assertThat(b.rec().connectionStates()).containsExactly(2, 3, 4, 1, 5);
    }

    @Test
    void timeline_appliesEachStepAtItsOffset() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        long start = n.millis();
        n.net().timeline(List.of(
                Fault.at(Duration.ofSeconds(1), new Fault.Disconnect("alice")),
                Fault.at(Duration.ofSeconds(30), new Fault.Reconnect("alice"))));
        n.advanceSeconds(40);
        assertThat(a.rec().connectionStates()).containsExactly(2, 3, 4, 1, 6, 5);
        long reconnected = a.rec().callbacksNamed("onConnectionStateChanged").get(5).atMillis();
        assertThat(reconnected - start).isEqualTo(32_060);
        assertThat(n.cloud.trace().lines()).anyMatch(l -> l.contains("HARNESS") && l.contains("schedule("));
    }
}
