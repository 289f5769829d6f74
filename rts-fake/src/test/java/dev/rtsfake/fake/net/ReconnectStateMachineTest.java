package dev.rtsfake.fake.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.testing.Callback;
import dev.rtsfake.fake.testing.RtsFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decision 8 and 9: the connection state machine on drops, reconnects, re-logins and FAILED. */
class ReconnectStateMachineTest {

    private static long at(RtsFixture.Client c, int state) {
        return c.rec().callbacksNamed("onConnectionStateChanged").stream().filter(e -> e.intArg(0) == state)
                .findFirst().orElseThrow(() -> new AssertionError("no state " + state + " in " + c.rec().callbacks()))
                .atMillis();
    }

    @Test
    void disconnect_beyondHeartbeat_reportsReconnecting() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        long drop = n.millis();
        n.net().disconnect("alice");
        n.advance(4_999);
        assertThat(a.rec().connectionStates()).containsExactly(2, 3);
        n.advance(1);
        assertThat(a.rec().connectionStates()).containsExactly(2, 3, 4);
        assertThat(at(a, 4) - drop).isEqualTo(5_000);
        assertThat(a.rec().callbacksNamed("onConnectionStateChanged").get(2).intArg(1)).isEqualTo(-1);
    }

    @Test
    void disconnect_12sAfterDrop_reportsDisconnected() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        long drop = n.millis();
        n.net().disconnect("alice");
        n.advanceSeconds(13);
        assertThat(a.rec().connectionStates()).containsExactly(2, 3, 4, 1);
        assertThat(at(a, 1) - drop).isEqualTo(12_000);
    }

    @Test
    void disconnect_10sAfterDisconnected_reportsLost() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        long drop = n.millis();
        n.net().disconnect("alice");
        n.advanceSeconds(60);
        assertThat(a.rec().connectionStates()).containsExactly(2, 3, 4, 1, 6);
        assertThat(at(a, 6) - drop).isEqualTo(22_000);
    }

    @Test
    void reconnect_afterDrop_reportsReconnected_withoutLoginResult() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        n.net().disconnect("alice");
        n.advanceSeconds(8);
        long back = n.millis();
        n.net().reconnect("alice");
        n.advanceSeconds(5);
        assertThat(a.rec().connectionStates()).containsExactly(2, 3, 4, 5);
        // retried one reconnect interval after the link came back, then one round trip
        assertThat(at(a, 5) - back).isEqualTo(2_060);
        assertThat(a.rec().callbacksNamed("onLoginResult")).hasSize(1);
    }

    @Test
    void reconnect_afterLost_stillReconnects() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        n.net().disconnect("alice");
        n.advanceSeconds(100);
        n.net().reconnect("alice");
        n.advanceSeconds(5);
        assertThat(a.rec().connectionStates()).containsExactly(2, 3, 4, 1, 6, 5);
    }

    @Test
    void reconnect_retriesEveryReconnectIntervalWhileLoginsAreLost() {
        RtsFixture n = RtsFixture.forNetwork(b -> b.messageTimeout(Duration.ofSeconds(1)));
        RtsFixture.Client a = n.loggedInAsIs("alice");
        n.net().disconnect("alice");
        n.advanceSeconds(6);
        n.net().loss("alice", LinkDirection.UP, LossModel.independent(1.0));
        n.net().reconnect("alice");
        n.advanceSeconds(10);
        long attempts = n.cloud.trace().lines().stream().filter(l -> l.contains("reconnect-attempt")).count();
        // an attempt 2 s after the link is back (8 s), each then waits 1 s (message timeout) + 2 s: 8, 11, 14
        assertThat(attempts).isEqualTo(3);
        n.net().loss("alice", LinkDirection.UP, LossModel.none());
        n.advanceSeconds(5);
        assertThat(a.rec().connectionStates()).endsWith(5);
    }

    @Test
    void reconnect_roomsRejoinWithJoinType1_othersSeeUserJoined() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        a.join(n.cloud, "room1");
        b.join(n.cloud, "room1");
        assertThat(b.rec().where(e -> e.name().equals("onUserJoined"))).extracting(e -> e.arg(0))
                .containsExactly("alice");
        n.net().disconnect("alice");
        n.advanceSeconds(8);
        n.net().reconnect("alice");
        n.advanceSeconds(5);
        List<Callback> states = a.rec().where(e -> e.name().equals("onRoomStateChanged"));
        assertThat(states).extracting(e -> e.arg(3))
                .satisfiesExactly(first -> assertThat(first).contains("\"join_type\":0"),
                        second -> assertThat(second).contains("\"join_type\":1"));
        assertThat(states.get(1).intArg(2)).isEqualTo(0);
        assertThat(b.rec().where(e -> e.name().equals("onUserJoined"))).extracting(e -> e.arg(0))
                .containsExactly("alice", "alice");
        assertThat(b.rec().callbacksNamed("onUserLeave")).as("within the grace period").isEmpty();
    }

    /** Issue 8, item 2: the app's own join, asked for while the link was silently down. */
    @Test
    void joinRoom_whileLinkSilentlyDown_firstSuccessReportsJoinType0_othersHearOneUserJoined() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        b.join(n.cloud, "room1");
        n.net().disconnect("alice");
        n.advanceSeconds(1);
        long joinCalled = n.millis();
        RTSRoom room = a.engine().createRoom("room1");
        room.setRTSRoomEventHandler(a.rec().room("room1"));
        assertThat(room.joinRoom()).isZero();
        n.advanceSeconds(5);
        assertThat(a.rec().connectionStates()).endsWith(4);
        // back before the join request's deadline: it reaches the cloud, and later the rejoin does too
        n.net().reconnect("alice");
        n.advanceSeconds(5);

        List<Callback> states = a.rec().callbacksNamed("onRoomStateChanged");
        assertThat(states).singleElement().satisfies(e -> {
            assertThat(e.intArg(2)).isZero();
            assertThat(e.arg(3)).isEqualTo("{\"elapsed\":" + (e.atMillis() - joinCalled) + ",\"join_type\":0}");
        });
        assertThat(b.rec().where(e -> e.name().equals("onUserJoined"))).extracting(e -> e.arg(0))
                .containsExactly("alice");
        assertThat(a.rec().where(e -> e.name().equals("onUserJoined"))).extracting(e -> e.arg(0))
                .containsExactly("bob");
        assertThat(n.cloud.trace().lines()).anyMatch(l -> l.contains("room-join-repeated"));
        assertThat(n.cloud.roomMembers(RtsFixture.NET_APP_ID, "room1")).containsExactly("bob", "alice");
    }

    @Test
    void joinRoom_whileLinkSilentlyDown_requestGivenUp_theJoinAfterTheReconnectReportsJoinType0_othersHearOne() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        b.join(n.cloud, "room1");
        n.net().disconnect("alice");
        n.advanceSeconds(1);
        RTSRoom room = a.engine().createRoom("room1");
        room.setRTSRoomEventHandler(a.rec().room("room1"));
        room.joinRoom();
        n.advanceSeconds(19);
        n.net().reconnect("alice");
        n.advanceSeconds(5);

        assertThat(a.rec().callbacksNamed("onRoomStateChanged")).singleElement().satisfies(e -> {
            assertThat(e.intArg(2)).isZero();
            assertThat(e.arg(3)).contains("\"join_type\":0");
        });
        assertThat(b.rec().where(e -> e.name().equals("onUserJoined"))).extracting(e -> e.arg(0))
                .containsExactly("alice");
        assertThat(n.cloud.trace().lines()).noneMatch(l -> l.contains("room-join-repeated"));
    }

    @Test
    void rejoin_afterASecondDrop_isAFreshRejoinOnlyOnceTheAppHeardTheFirst() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        a.join(n.cloud, "room1");
        b.join(n.cloud, "room1");
        n.net().disconnect("alice");
        n.advanceSeconds(8);
        // the link comes back and the engine reconnects (5 at +2.06 s); its rejoin reaches the cloud at
        // +2.09 s, but the answer's way down is cut, long enough for a second drop to be detected
        n.net().reconnect("alice");
        n.advance(2_100);
        n.net().cut("alice", LinkDirection.DOWN);
        n.advanceSeconds(8);
        n.net().heal("alice", LinkDirection.DOWN);
        n.advanceSeconds(30);

        assertThat(a.rec().connectionStates()).containsExactly(2, 3, 4, 5, 4, 5);
        assertThat(n.cloud.trace().lines()).filteredOn(l -> l.contains("room-join-repeated")).hasSize(1);
        assertThat(a.rec().callbacksNamed("onRoomStateChanged")).extracting(e -> e.arg(3))
                .satisfiesExactly(first -> assertThat(first).contains("\"join_type\":0"),
                        second -> assertThat(second).contains("\"join_type\":1"));
        // the first join, then one rejoin: its retry after the second drop is the same join to the cloud
        assertThat(b.rec().where(e -> e.name().equals("onUserJoined"))).extracting(e -> e.arg(0))
                .containsExactly("alice", "alice");
    }

    @Test
    void reconnect_afterRejoin_roomMessagesFlowAgain() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        RTSRoom ra = a.join(n.cloud, "room1");
        b.join(n.cloud, "room1");
        n.net().disconnect("alice");
        n.advanceSeconds(8);
        n.net().reconnect("alice");
        n.advanceSeconds(5);
        long id = ra.sendRoomMessage("back");
        n.cloud.runUntilIdle();
        assertThat(b.rec().roomReceived("room1")).containsExactly("back");
        assertThat(a.rec().roomResultsFor("room1", id)).containsExactly(200);
    }

    @Test
    void tokenExpiredMidSession_noEffectUntilRelogin() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.client("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        a.engine().login(n.token("alice", Duration.ofSeconds(60)), "alice");
        n.cloud.runUntilIdle();
        n.advanceSeconds(120);
        long id = a.engine().sendMessage("bob", "still fine", MessageConfig.RELIABLE_ORDERED);
        n.cloud.runUntilIdle();
        assertThat(a.rec().resultsFor(id)).containsExactly(0);
        assertThat(b.rec().received()).containsExactly("still fine");
        assertThat(a.rec().connectionStates()).containsExactly(2, 3);
    }

    @Test
    void relogin_withExpiredToken_reportsLoginResultMinus1000() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.client("alice");
        a.engine().login(n.token("alice", Duration.ofSeconds(60)), "alice");
        n.cloud.runUntilIdle();
        n.advanceSeconds(120);
        n.net().disconnect("alice");
        n.advanceSeconds(20);
        n.net().reconnect("alice");
        long back = n.millis();
        n.advanceSeconds(5);
        List<Callback> results = a.rec().callbacksNamed("onLoginResult");
        assertThat(results).hasSize(2);
        assertThat(results.get(1).arg(0)).isEqualTo("alice");
        assertThat(results.get(1).intArg(1)).isEqualTo(-1000);
        // elapsed: from the re-login attempt (2 s after the link came back) to its answer
        assertThat(results.get(1).atMillis() - back).isEqualTo(2_060);
        assertThat(results.get(1).intArg(2)).isEqualTo(60);
        assertThat(a.rec().connectionStates()).doesNotContain(5);
        assertThat(a.engine().loginState()).isEqualTo(dev.rtsfake.fake.engine.LoginState.LOGGED_OUT);
    }

    @Test
    void relogin_expiredThenUpdateLoginToken_retriesByItself() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.client("alice");
        a.engine().login(n.token("alice", Duration.ofSeconds(60)), "alice");
        n.cloud.runUntilIdle();
        n.advanceSeconds(120);
        n.net().disconnect("alice");
        n.advanceSeconds(20);
        n.net().reconnect("alice");
        n.advanceSeconds(5);
        assertThat(a.engine().updateLoginToken(n.token("alice", Duration.ofHours(1)))).isZero();
        n.cloud.runUntilIdle();
        List<Callback> results = a.rec().callbacksNamed("onLoginResult");
        assertThat(results).extracting(e -> e.intArg(1)).containsExactly(0, -1000, 0);
        assertThat(a.rec().connectionStates()).endsWith(3);
    }

    @Test
    void firstLogin_cannotGetThrough_reconnectingThenConnectedOnceThrough() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.client("alice");
        n.net().cut("rts-1", LinkDirection.UP);
        a.engine().login(n.token("alice", Duration.ofHours(1)), "alice");
        n.advanceSeconds(9);
        assertThat(a.rec().connectionStates()).containsExactly(2);
        n.advanceSeconds(1);
        assertThat(a.rec().connectionStates()).containsExactly(2, 4);
        assertThat(at(a, 4)).isEqualTo(10_000);
        assertThat(a.rec().callbacksNamed("onLoginResult")).isEmpty();
        n.net().heal("alice", LinkDirection.UP);
        n.advanceSeconds(3);
        // DISCONNECTED comes 12 s after the login started, just before the retry at 12 s gets through
        assertThat(a.rec().connectionStates()).containsExactly(2, 4, 1, 3);
        assertThat(a.rec().callbacksNamed("onLoginResult")).extracting(e -> e.intArg(1)).containsExactly(0);
        assertThat(a.rec().callbacksNamed("onLoginResult").get(0).intArg(2)).isEqualTo(12_060);
    }

    /** Bug fixed: a login whose request got through but whose answer was lost left the engine stuck in CONNECTING. */
    @Test
    void firstLogin_answerLost_reconnectsInsteadOfWaitingForever() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.client("alice");
        n.net().cut("rts-1", LinkDirection.DOWN);
        a.engine().login(n.token("alice", Duration.ofHours(1)), "alice");
        n.advanceSeconds(11);
        assertThat(a.rec().connectionStates()).containsExactly(2, 4);
        n.net().heal("alice", LinkDirection.DOWN);
        n.advanceSeconds(3);
        assertThat(a.rec().connectionStates()).startsWith(2, 4).endsWith(3);
        assertThat(a.rec().callbacksNamed("onLoginResult")).extracting(e -> e.intArg(1)).containsExactly(0);
    }

    /** Bug fixed: the same for an automatic re-login whose answer was lost: the engine never retried. */
    @Test
    void relogin_answerLost_retriesAgain() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        n.net().disconnect("alice");
        n.advanceSeconds(6);
        n.net().cut("alice", LinkDirection.DOWN);
        n.net().reconnect("alice");
        n.advanceSeconds(14);
        assertThat(a.rec().connectionStates()).doesNotContain(5);
        n.net().heal("alice", LinkDirection.DOWN);
        n.advanceSeconds(5);
        assertThat(a.rec().connectionStates()).endsWith(5);
        assertThat(a.rec().callbacksNamed("onLoginResult")).hasSize(1);
    }

    /** Bug fixed: a short flap left the first drop's heartbeat timer running, so a later drop was detected early. */
    @Test
    void flap_shorterThanHeartbeat_laterDropDetectedAfterItsOwnHeartbeat() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        n.net().disconnect("alice");
        n.advanceSeconds(1);
        n.net().reconnect("alice");
        n.advanceSeconds(2);
        long secondDrop = n.millis();
        n.net().disconnect("alice");
        n.advanceSeconds(20);
        assertThat(at(a, 4) - secondDrop).isEqualTo(5_000);
        assertThat(at(a, 1) - secondDrop).isEqualTo(12_000);
        // and the cloud's grace starts 5 s after the second drop too: ONLINE until 35 s after it
        n.advance(secondDrop + 34_900 - n.millis());
        b.engine().getPeerOnlineStatus("alice");
        n.advance(100);
        assertThat(b.rec().callbacksNamed("onGetPeerOnlineStatus")).extracting(e -> e.intArg(1)).containsExactly(1);
    }

    @Test
    void invalidateSession_reportsFailed_roomsMinus1084_noAutoReconnect() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        a.join(n.cloud, "room1");
        b.join(n.cloud, "room1");
        assertThat(n.cloud.invalidateSession(RtsFixture.NET_APP_ID, "alice")).isTrue();
        n.advanceSeconds(60);
        assertThat(a.rec().connectionStates()).containsExactly(2, 3, 7);
        assertThat(a.rec().where(e -> e.name().equals("onRoomStateChanged"))).extracting(e -> e.intArg(2))
                .containsExactly(0, -1084);
        assertThat(b.rec().callbacksNamed("onUserLeave")).extracting(e -> e.arg(0) + ":" + e.arg(1)).containsExactly("alice:1");
        assertThat(n.cloud.trace().lines()).noneMatch(l -> l.contains("reconnect-attempt"));
        long id = a.engine().sendMessage("bob", "x", MessageConfig.RELIABLE_ORDERED);
        n.cloud.runUntilIdle();
        assertThat(a.rec().resultsFor(id)).containsExactly(105);
        assertThat(n.cloud.invalidateSession(RtsFixture.NET_APP_ID, "alice")).isFalse();
    }

    @Test
    void invalidateSession_thenLoginAgain_works() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        n.cloud.invalidateSession(RtsFixture.NET_APP_ID, "alice");
        n.cloud.runUntilIdle();
        a.engine().login(n.token("alice", Duration.ofHours(1)), "alice");
        n.cloud.runUntilIdle();
        assertThat(a.rec().connectionStates()).containsExactly(2, 3, 7, 2, 3);
    }

    @Test
    void timings_configurableOnTheBuilder() {
        RtsFixture n = RtsFixture.forNetwork(b -> b.heartbeatTimeout(Duration.ofSeconds(2))
                .disconnectTimings(Duration.ofSeconds(3), Duration.ofSeconds(4))
                .reconnectInterval(Duration.ofSeconds(1)));
        RtsFixture.Client a = n.loggedInAsIs("alice");
        long drop = n.millis();
        n.net().disconnect("alice");
        n.advanceSeconds(8);
        n.net().reconnect("alice");
        n.advanceSeconds(2);
        assertThat(a.rec().connectionStates()).containsExactly(2, 3, 4, 1, 6, 5);
        assertThat(at(a, 4) - drop).isEqualTo(2_000);
        assertThat(at(a, 1) - drop).isEqualTo(3_000);
        assertThat(at(a, 6) - drop).isEqualTo(7_000);
        assertThat(at(a, 5) - drop).isEqualTo(9_060);
    }

    @Test
    void logout_whileReconnecting_noCallbacksAfterAndNoAutoRejoinOnNextLogin() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        a.join(n.cloud, "room1");
        b.join(n.cloud, "room1");
        n.net().disconnect("alice");
        n.advanceSeconds(6);
        a.engine().logout();
        n.advanceSeconds(60);
        assertThat(a.rec().connectionStates()).containsExactly(2, 3, 4);
        assertThat(a.rec().callbacksNamed("onLogout")).extracting(e -> e.intArg(0)).containsExactly(0);
        n.net().reconnect("alice");
        a.engine().login(n.token("alice", Duration.ofHours(1)), "alice");
        n.advanceSeconds(5);
        assertThat(a.rec().where(e -> e.name().equals("onRoomStateChanged"))).as("logged out: the room was left")
                .hasSize(1);
        assertThat(n.cloud.roomMembers(RtsFixture.NET_APP_ID, "room1")).containsExactly("bob");
    }

    @Test
    void destroy_whileReconnecting_noCallbackAfter() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        n.net().disconnect("alice");
        n.advanceSeconds(6);
        a.engine().sendMessage("bob", "x", MessageConfig.RELIABLE_ORDERED);
        int before = a.rec().callbacks().size();
        n.cloud.destroy(a.engine());
        n.net().reconnect("alice");
        n.advanceSeconds(60);
        assertThat(a.rec().callbacks()).hasSize(before);
        assertThat(n.cloud.onlineUsers(RtsFixture.NET_APP_ID)).doesNotContain("alice");
    }
}
