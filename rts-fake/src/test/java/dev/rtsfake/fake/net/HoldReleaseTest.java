package dev.rtsfake.fake.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.testing.RtsFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** hold / release / heldPackets / deliverHeld / dropHeld. */
class HoldReleaseTest {

    @Test
    void hold_packetsWaitAndAreListed() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        n.net().hold("bob", LinkDirection.DOWN);
        assertThat(n.net().link("bob").down().isHeld()).isTrue();
        a.engine().sendMessage("bob", "one", MessageConfig.RELIABLE_ORDERED);
        a.engine().sendMessage("bob", "two", MessageConfig.RELIABLE_ORDERED);
        n.advanceSeconds(1);
        assertThat(b.rec().received()).isEmpty();
        List<HeldPacket> held = n.net().heldPackets("bob", LinkDirection.DOWN);
        assertThat(held).extracting(h -> h.packet().kind()).containsExactly(PacketKind.P2P, PacketKind.P2P);
        assertThat(held).extracting(h -> h.packet().msgId()).containsExactly(1L, 2L);
        assertThat(held).extracting(HeldPacket::index).containsExactly(0, 1);
        assertThat(held.get(0).direction()).isEqualTo("rts-2/down");
        assertThat(held.get(0).heldSince()).isEqualTo(Duration.ofMillis(180));
    }

    @Test
    void release_deliversHeldInOrderAndStopsHolding() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        n.net().hold("bob", LinkDirection.DOWN);
        a.engine().sendMessage("bob", "one", MessageConfig.RELIABLE_ORDERED);
        a.engine().sendMessage("bob", "two", MessageConfig.RELIABLE_ORDERED);
        n.advanceSeconds(1);
        assertThat(n.net().release("bob", LinkDirection.DOWN)).isEqualTo(2);
        n.cloud.runUntilIdle();
        assertThat(b.rec().received()).containsExactly("one", "two");
        assertThat(n.cloud.trace().lines().stream().filter(l -> l.contains("released(")).toList())
                .as("released oldest first").satisfiesExactly(
                        l -> assertThat(l).contains("alice->bob #1"),
                        l -> assertThat(l).contains("alice->bob #2"));
        assertThat(n.net().link("bob").down().isHeld()).isFalse();
        assertThat(n.net().heldPackets("bob", LinkDirection.DOWN)).isEmpty();
    }

    @Test
    void release_unorderedMessages_arriveInTheOrderTheyWereHeld() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        n.net().hold("bob", LinkDirection.DOWN);
        a.engine().sendMessage("bob", "u1", MessageConfig.UNRELIABLE_UNORDERED);
        a.engine().sendMessage("bob", "u2", MessageConfig.UNRELIABLE_UNORDERED);
        a.engine().sendMessage("bob", "u3", MessageConfig.UNRELIABLE_UNORDERED);
        n.advanceSeconds(1);
        assertThat(n.net().release("bob", LinkDirection.DOWN)).isEqualTo(3);
        n.cloud.runUntilIdle();
        assertThat(b.rec().received()).as("no reorder buffer: the release order shows").containsExactly("u1", "u2", "u3");
        assertThat(n.net().heldPackets("bob", LinkDirection.DOWN)).isEmpty();
    }

    @Test
    void deliverHeld_laterReliablePacketWaitsForEarlierOne() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        n.net().hold("bob", LinkDirection.DOWN);
        a.engine().sendMessage("bob", "one", MessageConfig.RELIABLE_ORDERED);
        a.engine().sendMessage("bob", "two", MessageConfig.RELIABLE_ORDERED);
        n.advanceSeconds(1);
        n.net().deliverHeld("bob", LinkDirection.DOWN, 1);
        n.cloud.runUntilIdle();
        assertThat(b.rec().received()).as("reorder buffer keeps 'two' until 'one' arrives").isEmpty();
        n.net().deliverHeld("bob", LinkDirection.DOWN, 0);
        n.cloud.runUntilIdle();
        assertThat(b.rec().received()).containsExactly("one", "two");
    }

    @Test
    void deliverHeld_unorderedPacketArrivesAtOnce() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        n.net().hold("bob", LinkDirection.DOWN);
        a.engine().sendMessage("bob", "u1", MessageConfig.UNRELIABLE_UNORDERED);
        a.engine().sendMessage("bob", "u2", MessageConfig.UNRELIABLE_UNORDERED);
        n.advanceSeconds(1);
        n.net().deliverHeld("bob", LinkDirection.DOWN, 1);
        n.cloud.runUntilIdle();
        assertThat(b.rec().received()).containsExactly("u2");
        assertThat(n.net().heldPackets("bob", LinkDirection.DOWN)).hasSize(1);
    }

    @Test
    void dropHeld_reliablePacketIsRetransmitted() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        n.net().hold("bob", LinkDirection.DOWN);
        a.engine().sendMessage("bob", "again", MessageConfig.RELIABLE_ORDERED);
        n.advanceSeconds(1);
        n.net().dropHeld("bob", LinkDirection.DOWN, 0);
        n.net().release("bob", LinkDirection.DOWN);
        n.advanceSeconds(1);
        assertThat(b.rec().received()).containsExactly("again");
        assertThat(n.cloud.trace().lines()).anyMatch(l -> l.contains("lost(P2P alice->bob #1, \"dropped by the test\")"));
    }

    @Test
    void dropHeld_unreliablePacketIsGoneForGood() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        n.net().hold("bob", LinkDirection.DOWN);
        long id = a.engine().sendMessage("bob", "gone", MessageConfig.UNRELIABLE_ORDERED);
        n.advanceSeconds(1);
        n.net().dropHeld("bob", LinkDirection.DOWN, 0);
        n.net().release("bob", LinkDirection.DOWN);
        n.advanceSeconds(12);
        assertThat(b.rec().received()).isEmpty();
        assertThat(a.rec().resultsFor(id)).as("the cloud handed it to bob's connection").containsExactly(0);
    }

    @Test
    void holdUp_senderPacketsWaitBeforeTheCloud() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        n.net().hold("alice", LinkDirection.UP);
        long id = a.engine().sendMessage("bob", "x", MessageConfig.RELIABLE_ORDERED);
        n.advanceSeconds(2);
        assertThat(n.net().heldPackets("alice", LinkDirection.UP)).hasSize(1);
        assertThat(a.rec().resultsFor(id)).isEmpty();
        n.net().release("alice", LinkDirection.UP);
        n.advanceSeconds(1);
        assertThat(b.rec().received()).containsExactly("x");
        assertThat(a.rec().resultsFor(id)).containsExactly(0);
    }

    /** Bug fixed: a packet held past its deadline used to leave the sender without any result. */
    @Test
    void hold_pastMessageTimeout_senderGetsTimeoutAtDeadline_andPacketExpires() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        n.net().hold("alice", LinkDirection.UP);
        long start = n.millis();
        long id = a.engine().sendMessage("bob", "stuck", MessageConfig.RELIABLE_ORDERED);
        n.advanceSeconds(11);
        assertThat(a.rec().resultsFor(id)).containsExactly(1);
        assertThat(a.rec().callbacksNamed("onMessageSendResult").get(0).atMillis() - start).isEqualTo(10_000);
        assertThat(n.net().heldPackets("alice", LinkDirection.UP)).isEmpty();
        n.net().release("alice", LinkDirection.UP);
        n.advanceSeconds(11);
        assertThat(b.rec().received()).isEmpty();
        assertThat(a.rec().resultsFor(id)).containsExactly(1);
    }

    @Test
    void heldPackets_bothDirectionsRejectedForDeliverAndDrop() {
        RtsFixture n = RtsFixture.forNetwork();
        n.loggedInAsIs("alice");
        assertThatThrownBy(() -> n.net().deliverHeld("alice", LinkDirection.BOTH, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> n.net().dropHeld("alice", LinkDirection.UP, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 packet(s)");
    }
}
