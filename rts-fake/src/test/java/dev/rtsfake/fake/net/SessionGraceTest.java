package dev.rtsfake.fake.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.testing.RtsFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Decision 11: the cloud keeps a dropped session for the grace period. */
class SessionGraceTest {

    private static int peerStatus(RtsFixture n, RtsFixture.Client asker, String peer) {
        int before = asker.rec().callbacksNamed("onGetPeerOnlineStatus").size();
        asker.engine().getPeerOnlineStatus(peer);
        n.advance(100);
        assertThat(asker.rec().callbacksNamed("onGetPeerOnlineStatus")).hasSize(before + 1);
        return asker.rec().callbacksNamed("onGetPeerOnlineStatus").get(before).intArg(1);
    }

    @Test
    void dropped_peersSeeOnlineDuringGrace_offlineAfter() {
        RtsFixture n = RtsFixture.forNetwork();
        n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        long drop = n.millis();
        n.net().disconnect("alice");
        n.advanceSeconds(20);
        assertThat(peerStatus(n, b, "alice")).isEqualTo(1);
        assertThat(n.cloud.onlineUsers(RtsFixture.NET_APP_ID)).contains("alice");
        // heartbeat 5 s + grace 30 s
        n.advance(drop + 34_800 - n.millis());
        assertThat(peerStatus(n, b, "alice")).isEqualTo(1);
        n.advance(200);
        assertThat(peerStatus(n, b, "alice")).isEqualTo(0);
        assertThat(n.cloud.onlineUsers(RtsFixture.NET_APP_ID)).containsExactly("bob");
    }

    @Test
    void graceExpired_roomMembersGetUserLeaveReasonDropped() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        a.join(n.cloud, "room1");
        b.join(n.cloud, "room1");
        long drop = n.millis();
        n.net().disconnect("alice");
        n.advanceSeconds(34);
        assertThat(b.rec().callbacksNamed("onUserLeave")).isEmpty();
        n.advanceSeconds(2);
        assertThat(b.rec().callbacksNamed("onUserLeave")).extracting(e -> e.arg(0) + ":" + e.arg(1)).containsExactly("alice:1");
        assertThat(b.rec().callbacksNamed("onUserLeave").get(0).atMillis() - drop).isEqualTo(35_030);
        assertThat(n.cloud.roomMembers(RtsFixture.NET_APP_ID, "room1")).containsExactly("bob");
    }

    @Test
    void reconnectWithinGrace_resumesSession_noUserLeave() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        a.join(n.cloud, "room1");
        b.join(n.cloud, "room1");
        n.net().disconnect("alice");
        n.advanceSeconds(25);
        n.net().reconnect("alice");
        n.advanceSeconds(60);
        assertThat(b.rec().callbacksNamed("onUserLeave")).isEmpty();
        assertThat(n.cloud.trace().lines()).anyMatch(l -> l.contains("session-resumed(\"alice\")"));
        assertThat(peerStatus(n, b, "alice")).isEqualTo(1);
        assertThat(a.rec().connectionStates()).endsWith(5);
    }

    @Test
    void reconnectAfterGrace_newSession_stillReconnectedAndRoomsRejoined() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        a.join(n.cloud, "room1");
        b.join(n.cloud, "room1");
        n.net().disconnect("alice");
        n.advanceSeconds(50);
        n.net().reconnect("alice");
        n.advanceSeconds(5);
        assertThat(a.rec().connectionStates()).endsWith(5);
        assertThat(b.rec().where(e -> e.name().equals("onUserLeave") || e.name().equals("onUserJoined")))
                .extracting(e -> e.name() + ":" + e.arg(0))
                .containsExactly("onUserJoined:alice", "onUserLeave:alice", "onUserJoined:alice");
        assertThat(n.cloud.roomMembers(RtsFixture.NET_APP_ID, "room1")).containsExactlyInAnyOrder("alice", "bob");
    }

    @Test
    void messageToPeerInGrace_succeedsForSender_afterGraceNoRelayPath() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        n.loggedInAsIs("bob");
        n.net().disconnect("bob");
        n.advanceSeconds(10);
        long inGrace = a.engine().sendMessage("bob", "in grace", MessageConfig.RELIABLE_ORDERED);
        n.advanceSeconds(30);
        long after = a.engine().sendMessage("bob", "after grace", MessageConfig.RELIABLE_ORDERED);
        n.advanceSeconds(1);
        assertThat(a.rec().resultsFor(inGrace)).containsExactly(0);
        assertThat(a.rec().resultsFor(after)).containsExactly(4);
    }

    @Test
    void sessionGrace_configurable() {
        RtsFixture n = RtsFixture.forNetwork(b -> b.sessionGrace(Duration.ofSeconds(3)));
        n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        n.net().disconnect("alice");
        n.advanceSeconds(7);
        assertThat(peerStatus(n, b, "alice")).isEqualTo(1);
        n.advanceSeconds(1);
        assertThat(peerStatus(n, b, "alice")).isEqualTo(0);
    }

    /** Bug fixed: a logout that never reached the cloud left the session alive for ever. */
    @Test
    void logoutLost_thenLinkDrops_sessionStillEndsAfterGrace() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        n.net().hold("alice", LinkDirection.UP);
        a.engine().logout();
        n.advance(10);
        n.net().disconnect("alice");
        n.advanceSeconds(40);
        assertThat(peerStatus(n, b, "alice")).isEqualTo(0);
    }
}
