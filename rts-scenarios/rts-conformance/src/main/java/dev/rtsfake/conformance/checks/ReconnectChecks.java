package dev.rtsfake.conformance.checks;

import com.ss.bytertc.rts.engine.type.ConnectionState;
import com.ss.bytertc.rts.engine.type.ErrorCode;
import com.ss.bytertc.rts.engine.type.LoginErrorCode;
import com.ss.bytertc.rts.engine.type.LogoutReason;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import com.ss.bytertc.rts.engine.type.UserMessageSendResult;
import com.ss.bytertc.rts.engine.type.UserOfflineReason;
import com.ss.bytertc.rts.engine.type.UserOnlineStatus;
import dev.rtsfake.conformance.Client;
import dev.rtsfake.conformance.ConformanceTarget;
import dev.rtsfake.conformance.Optional;
import dev.rtsfake.conformance.Required;
import dev.rtsfake.conformance.Room;
import dev.rtsfake.conformance.probe.Event;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Link drops, reconnects and what the cloud does meanwhile (network faults and clock control). */
public interface ReconnectChecks extends Checks {
    /** Longer than any documented detection time: the drop is noticed (state 4) within it. */
    Duration DROP = Duration.ofSeconds(15);
    /** Until RECONNECTED after the link is back. */
    Duration RECOVER = Duration.ofSeconds(20);

    /** The connection states the client saw, in order. */
    static List<Integer> states(Client c) {
        List<Integer> out = new ArrayList<>();
        for (Event e : c.log().named("onConnectionStateChanged")) {
            out.add(e.intArg(0));
        }
        return out;
    }

    /** Waits for connection state {@code state} at {@code c}. */
    default Event awaitState(Client c, int state, Duration max) {
        String what = "onConnectionStateChanged(" + state + ", ...) at " + c.role();
        kit().expect(what, () -> c.log().has(e -> e.name().equals("onConnectionStateChanged") && e.intArg(0) == state),
                max);
        return c.log().first(e -> e.name().equals("onConnectionStateChanged") && e.intArg(0) == state);
    }

    /** Drops {@code c}'s link until it reports RECONNECTING; returns the network control. */
    default ConformanceTarget.NetworkControl dropUntilReconnecting(Client c) {
        kit().needClock();
        ConformanceTarget.NetworkControl net = kit().target().network();
        net.disconnect(c.uid());
        awaitState(c, ConnectionState.CONNECTION_STATE_RECONNECTING, DROP);
        return net;
    }

    @Required("ref §1.5 ConnectionState, §3.2 [X] (a dropped link: RECONNECTING 4)")
    default void linkDrop_reportsReconnecting() {
        Client alice = kit().loggedIn("alice");
        dropUntilReconnecting(alice);
    }

    @Optional("D9; ref §3.2 [X] (DISCONNECTED 1 about 12 s after the drop, LOST 6 10 s later)")
    default void linkDrop_thenDisconnectedThenLost() {
        Client alice = kit().loggedIn("alice");
        dropUntilReconnecting(alice);
        awaitState(alice, ConnectionState.CONNECTION_STATE_DISCONNECTED, Duration.ofSeconds(15));
        awaitState(alice, ConnectionState.CONNECTION_STATE_LOST, Duration.ofSeconds(15));
        List<Integer> s = states(alice);
        kit().check(s.indexOf(4) < s.indexOf(1) && s.indexOf(1) < s.indexOf(6), "states in the order " + s);
    }

    @Required("ref §3.2 [X] (on recovery: RECONNECTED 5, the session resumes)")
    default void linkBack_reportsReconnected_andTheSessionResumes() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        dropUntilReconnecting(alice).reconnect(alice.uid());
        awaitState(alice, ConnectionState.CONNECTION_STATE_RECONNECTED, RECOVER);
        long id = bob.send(alice, "welcome back");
        alice.await("the message after the reconnect", e -> e.name().equals("onMessageReceived"));
        kit().checkEquals(0, bob.awaitSendResult(id), "bob's result");
    }

    @Optional("D8 (a re-login that succeeds repeats no onLoginResult)")
    default void linkBack_reconnectedWithoutASecondLoginResult() {
        Client alice = kit().loggedIn("alice");
        dropUntilReconnecting(alice).reconnect(alice.uid());
        awaitState(alice, ConnectionState.CONNECTION_STATE_RECONNECTED, RECOVER);
        kit().settle();
        kit().checkEquals(1, alice.log().count("onLoginResult"), "onLoginResult callbacks");
    }

    @Optional("issue 8; D9 (nothing the recovered link carries reaches the app before RECONNECTED 5)")
    default void linkBack_trafficOfTheDrop_arrivesAfterReconnected() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        ConformanceTarget.NetworkControl net = dropUntilReconnecting(alice);
        bob.send(alice, "sent during the drop");
        kit().pass(Duration.ofSeconds(1));
        net.reconnect(alice.uid());
        alice.await("the message sent during the drop", e -> e.name().equals("onMessageReceived"));
        Event reconnected = alice.log().first(e -> e.name().equals("onConnectionStateChanged")
                && e.intArg(0) == ConnectionState.CONNECTION_STATE_RECONNECTED);
        Event message = alice.log().first(e -> e.name().equals("onMessageReceived"));
        kit().check(reconnected != null && reconnected.seq() < message.seq(),
                "the message arrived before RECONNECTED (5)");
    }

    @Required("ref §3.2 [X] (rooms rejoin by themselves: state 0 with join_type 1; the others get onUserJoined)")
    default void linkBack_roomsRejoinWithJoinType1_othersSeeUserJoined() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        Room bobs = bob.joined("lobby");
        Room mine = alice.joined("lobby");
        bobs.awaitUserJoined(alice);
        dropUntilReconnecting(alice).reconnect(alice.uid());
        awaitState(alice, ConnectionState.CONNECTION_STATE_RECONNECTED, RECOVER);
        kit().expect("a second state 0 at alice's room", () -> mine.log().matching(e -> e.name().equals("onRoomStateChanged")
                && e.intArg(2) == 0).size() == 2, RECOVER);
        Event rejoin = mine.log().matching(e -> e.name().equals("onRoomStateChanged") && e.intArg(2) == 0).get(1);
        kit().checkEquals(1, RoomChecks.joinType(rejoin), "join_type of the rejoin in " + rejoin.arg(3));
        // Bob heard alice's first join above: the rejoin is a second onUserJoined.
        kit().expect("bob hears alice join again", () -> bobs.log().matching(e -> e.name().equals("onUserJoined")
                && alice.uid().equals(e.arg(0))).size() >= 2);
    }

    @Optional("D16 (reliable messages sent while the link is down arrive once it heals, in order)")
    default void linkDown_reliableMessagesSentMeanwhile_arriveInOrder() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        kit().needClock();
        ConformanceTarget.NetworkControl net = kit().target().network();
        net.disconnect(alice.uid());
        for (int i = 0; i < 5; i++) {
            alice.send(bob, "m" + i);
        }
        kit().pass(Duration.ofSeconds(2));
        net.reconnect(alice.uid());
        kit().expect("5 messages at bob", () -> bob.log().count("onMessageReceived") == 5);
        List<String> got = new ArrayList<>();
        for (Event e : bob.log().named("onMessageReceived")) {
            got.add(e.stringArg(1));
        }
        kit().checkEquals(java.util.Arrays.asList("m0", "m1", "m2", "m3", "m4"), got, "the order at bob");
    }

    @Optional("D16 (a reliable send that cannot get through: TIMEOUT 1 at the message timeout)")
    default void linkDown_sendThatNeverGetsThrough_reportsTimeout() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        kit().needClock();
        kit().target().network().disconnect(alice.uid());
        long id = alice.send(bob, "lost");
        kit().expect("the result", () -> alice.log().has(e -> e.name().equals("onMessageSendResult")
                && e.longArg(0) == id), Duration.ofSeconds(20));
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_TIMEOUT, alice.awaitSendResult(id), "the result");
    }

    @Required("vendor updateLoginToken (过期的错误会在 ... 断网重新登录时通知给用户); D7; D8")
    default void relogin_withATokenThatExpiredMeanwhile_reportsInvalidToken() {
        Client alice = kit().client("alice");
        String shortLived = kit().target().tokens().tokenValidFor(alice.uid(), Duration.ofSeconds(3));
        alice.rts().login(shortLived, alice.uid());
        alice.awaitLoginResult(0);
        ConformanceTarget.NetworkControl net = dropUntilReconnecting(alice);
        net.reconnect(alice.uid());
        alice.awaitLoginResult(LoginErrorCode.LOGIN_ERROR_CODE_INVALID_TOKEN);
    }

    @Optional("D11 (the cloud keeps a dropped session 30 s: ONLINE meanwhile, OFFLINE after)")
    default void peerDropped_isOnlineDuringTheGrace_offlineAfter() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        kit().needClock();
        kit().target().network().disconnect(bob.uid());
        kit().pass(Duration.ofSeconds(10));
        alice.rts().getPeerOnlineStatus(bob.uid());
        kit().checkEquals(UserOnlineStatus.USER_ONLINE_STATUS_ONLINE,
                alice.awaitNamed("onGetPeerOnlineStatus", bob.uid()).intArg(1), "bob's status 10 s after the drop");
        kit().pass(Duration.ofSeconds(30));
        alice.rts().getPeerOnlineStatus(bob.uid());
        kit().expect("a second status answer", () -> alice.log().count("onGetPeerOnlineStatus") == 2);
        kit().checkEquals(UserOnlineStatus.USER_ONLINE_STATUS_OFFLINE,
                alice.log().named("onGetPeerOnlineStatus").get(1).intArg(1), "bob's status 40 s after the drop");
    }

    @Optional("D11; D23 (the grace ends: the room's others get onUserLeave(uid, 1))")
    default void peerDropped_graceEnds_roomMembersSeeUserLeaveDropped() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        Room mine = alice.joined("lobby");
        bob.joined("lobby");
        mine.awaitUserJoined(bob);
        kit().needClock();
        kit().target().network().disconnect(bob.uid());
        kit().expect("onUserLeave(bob, 1) at alice", () -> mine.log().has(e -> e.name().equals("onUserLeave")
                && bob.uid().equals(e.arg(0)) && e.intArg(1) == UserOfflineReason.USER_OFFLINE_REASON_DROPPED),
                Duration.ofSeconds(60));
    }

    @Required("ref §1.5 ConnectionState, §3.2, §3.4 [X] (server abnormal: FAILED 7, rooms -1084, no auto-reconnect)")
    default void sessionInvalidated_reportsFailed_roomsMinus1084_noReconnect() {
        Client alice = kit().loggedIn("alice");
        Room mine = alice.joined("lobby");
        kit().target().serverFaults().invalidateSession(alice.uid());
        Client observed = alice;
        kit().expect("FAILED (7)", () -> observed.log().has(e -> e.name().equals("onConnectionStateChanged")
                && e.intArg(0) == ConnectionState.CONNECTION_STATE_FAILED));
        mine.awaitState(ErrorCode.ERROR_CODE_ABNORMAL_SERVER_STATUS);
        kit().pass(Duration.ofSeconds(3));
        kit().check(!alice.log().has(e -> e.name().equals("onConnectionStateChanged")
                && e.intArg(0) == ConnectionState.CONNECTION_STATE_RECONNECTED), "reconnected after FAILED");
        long id = alice.rts().sendMessage(alice.uid(), "m", MessageConfig.RELIABLE_ORDERED);
        kit().check(alice.awaitSendResult(id) != 0, "a send after FAILED succeeded");
    }

    @Optional("D9 (a drop shorter than the heartbeat timeout changes no state)")
    default void linkDrop_shorterThanTheHeartbeat_changesNoState() {
        Client alice = kit().loggedIn("alice");
        kit().needClock();
        ConformanceTarget.NetworkControl net = kit().target().network();
        int before = alice.log().count("onConnectionStateChanged");
        net.disconnect(alice.uid());
        kit().pass(Duration.ofSeconds(2));
        net.reconnect(alice.uid());
        kit().pass(Duration.ofSeconds(10));
        kit().checkEquals(before, alice.log().count("onConnectionStateChanged"), "connection-state callbacks");
    }

    @Required("vendor updateLoginToken (更新 Token 后，SDK 会自动重新登录); D8 (the retry rejoins the rooms)")
    default void relogin_failed_thenUpdateLoginToken_logsInAgainAndRejoins() {
        Client alice = kit().client("alice");
        String shortLived = kit().target().tokens().tokenValidFor(alice.uid(), Duration.ofSeconds(3));
        alice.rts().login(shortLived, alice.uid());
        alice.awaitLoginResult(0);
        Room mine = alice.joined("lobby");
        dropUntilReconnecting(alice).reconnect(alice.uid());
        alice.awaitLoginResult(LoginErrorCode.LOGIN_ERROR_CODE_INVALID_TOKEN);
        kit().checkEquals(0, alice.rts().updateLoginToken(kit().target().token(alice.uid())), "updateLoginToken");
        kit().expect("a second onLoginResult(uid, 0, ...)", () -> alice.log().matching(e -> e.name().equals("onLoginResult")
                && e.intArg(1) == 0).size() == 2, RECOVER);
        kit().expect("the room rejoined", () -> mine.log().matching(e -> e.name().equals("onRoomStateChanged")
                && e.intArg(2) == 0).size() == 2, RECOVER);
    }

    @Optional("ref §3.2 [I] (logout while reconnecting: onLogout, then nothing, and no rejoin at the next login)")
    default void logout_whileReconnecting_endsEverything() {
        Client alice = kit().loggedIn("alice");
        Room mine = alice.joined("lobby");
        ConformanceTarget.NetworkControl net = dropUntilReconnecting(alice);
        alice.rts().logout();
        alice.await("onLogout", e -> e.name().equals("onLogout"));
        net.reconnect(alice.uid());
        kit().pass(Duration.ofSeconds(10));
        kit().check(!alice.log().has(e -> e.name().equals("onConnectionStateChanged")
                && e.intArg(0) == ConnectionState.CONNECTION_STATE_RECONNECTED), "RECONNECTED after logout");
        alice.loginAndAwait();
        kit().pass(Duration.ofSeconds(2));
        kit().checkEquals(1, mine.log().matching(e -> e.name().equals("onRoomStateChanged") && e.intArg(2) == 0).size(),
                "joins of the room (it must not rejoin by itself)");
    }

    @Optional("D11; D14 (a message to a peer in its grace succeeds for the sender; after the grace: 4)")
    default void peerDropped_messagesSucceedDuringTheGrace_noRelayPathAfter() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        kit().needClock();
        kit().target().network().disconnect(bob.uid());
        kit().pass(Duration.ofSeconds(10));
        long during = alice.send(bob, "during");
        kit().checkEquals(0, alice.awaitSendResult(during), "the result during the grace");
        kit().pass(Duration.ofSeconds(40));
        long after = alice.send(bob, "after");
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_NO_RELAY_PATH, alice.awaitSendResult(after),
                "the result after the grace");
    }

    @Optional("fake choice (fidelity §1 row 30: a request whose answer never comes: peer status 2 UNREACHABLE,"
            + " setServerParams 1 TIMEOUT, at the message timeout)")
    default void linkDown_requestsGetTheirGiveUpAnswers() {
        Client alice = kit().loggedIn("alice");
        kit().needClock();
        kit().target().network().disconnect(alice.uid());
        alice.rts().getPeerOnlineStatus("bob");
        alice.rts().setServerParams("signature", "https://app.example/rts");
        kit().expect("both answers", () -> alice.log().count("onGetPeerOnlineStatus") == 1
                && alice.log().count("onServerParamsSetResult") == 1, Duration.ofSeconds(20));
        kit().checkEquals(UserOnlineStatus.USER_ONLINE_STATUS_UNREACHABLE,
                alice.log().named("onGetPeerOnlineStatus").get(0).intArg(1), "the peer status");
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_TIMEOUT,
                alice.log().named("onServerParamsSetResult").get(0).intArg(0), "the server params result");
    }

    @Optional("fake choice (fidelity §1 row 30: a join whose answer never comes: -1001, then a join may be tried again)")
    default void linkDown_joinThatNeverGetsThrough_reportsJoinFailed() {
        Client alice = kit().loggedIn("alice");
        Room room = alice.room("lobby");
        kit().needClock();
        ConformanceTarget.NetworkControl net = kit().target().network();
        net.disconnect(alice.uid());
        kit().pass(Duration.ofSeconds(6));
        kit().checkEquals(0, room.rts().joinRoom(), "joinRoom while reconnecting");
        kit().expect("state -1001", () -> room.log().has(e -> e.name().equals("onRoomStateChanged")
                && e.intArg(2) == ErrorCode.ERROR_CODE_JOIN_ROOM), Duration.ofSeconds(20));
    }

    /** Logs {@code c} in with a token that expires 3 s from now (it will have expired by the re-login). */
    default void loginWithAShortLivedToken(Client c) {
        String shortLived = kit().target().tokens().tokenValidFor(c.uid(), Duration.ofSeconds(3));
        kit().checkEquals(0, c.rts().login(shortLived, c.uid()), "login with a short-lived token");
        c.awaitLoginResult(0);
    }

    @Optional("D13; fidelity §1 row 34 (a re-login refused with -1000 ends the reconnect: onLoginResult first,"
            + " then what waited is handed on: every send still gets its one result)")
    default void relogin_refused_aSendMadeWhileReconnecting_getsItsResultAfterTheLoginResult() {
        Client alice = kit().client("alice");
        Client bob = kit().loggedInPeer("bob");
        loginWithAShortLivedToken(alice);
        ConformanceTarget.NetworkControl net = dropUntilReconnecting(alice);
        long id = alice.send(bob, "sent while reconnecting");
        net.reconnect(alice.uid());
        Event refused = alice.awaitLoginResult(LoginErrorCode.LOGIN_ERROR_CODE_INVALID_TOKEN);
        int code = alice.awaitSendResult(id);
        Event result = alice.log().first(e -> e.name().equals("onMessageSendResult") && e.longArg(0) == id);
        kit().check(result.seq() > refused.seq(), "the send's result came before onLoginResult(-1000)");
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_SUCCESS, code,
                "the result of the send the cloud delivered");
    }

    @Optional("D13; fidelity §1 row 34 (a logout ends the reconnect: onLogout first, then what waited: every"
            + " send still gets its one result)")
    default void logout_whileReconnecting_aSendMadeMeanwhileStillGetsItsResult() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        ConformanceTarget.NetworkControl net = dropUntilReconnecting(alice);
        long id = alice.send(bob, "sent while reconnecting");
        alice.rts().logout();
        Event out = alice.await("onLogout", e -> e.name().equals("onLogout"));
        net.reconnect(alice.uid());
        int code = alice.awaitSendResult(id);
        Event result = alice.log().first(e -> e.name().equals("onMessageSendResult") && e.longArg(0) == id);
        kit().check(result.seq() > out.seq(), "the send's result came before onLogout");
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_SUCCESS, code,
                "the result of the send the cloud delivered");
    }

    @Optional("fake choice (fidelity §1 row 34: after a failed re-login, rooms still joining wait, like the"
            + " dropped ones, for the next login); D8; D23 (join_type 0 for a room's first join)")
    default void joinRoom_whileReconnecting_reloginRefused_theRoomJoinsOnlyAtTheNextLogin() {
        Client alice = kit().client("alice");
        loginWithAShortLivedToken(alice);
        Room room = alice.room("lobby");
        ConformanceTarget.NetworkControl net = dropUntilReconnecting(alice);
        kit().checkEquals(0, room.rts().joinRoom(), "joinRoom while reconnecting");
        net.reconnect(alice.uid());
        alice.awaitLoginResult(LoginErrorCode.LOGIN_ERROR_CODE_INVALID_TOKEN);
        kit().settle();
        kit().check(!room.log().has(e -> e.name().equals("onRoomStateChanged") && e.intArg(2) == 0),
                "the room reported joined (state 0) after the re-login was refused, while logged out");
        kit().checkEquals(0, alice.rts().updateLoginToken(kit().target().token(alice.uid())), "updateLoginToken");
        Event joined = room.awaitState(0);
        kit().checkEquals(0, RoomChecks.joinType(joined), "join_type of the room's first join in " + joined.arg(3));
    }

    @Optional("D8; fidelity §1 row 34 (after a refused re-login the dropped rooms wait for the next login, which"
            + " rejoins them: join_type 1)")
    default void relogin_refused_thenLoginAgain_theRoomsRejoinByThemselves() {
        Client alice = kit().client("alice");
        loginWithAShortLivedToken(alice);
        Room mine = alice.joined("lobby");
        dropUntilReconnecting(alice).reconnect(alice.uid());
        alice.awaitLoginResult(LoginErrorCode.LOGIN_ERROR_CODE_INVALID_TOKEN);
        kit().checkEquals(0, alice.login(), "login after the refused re-login");
        kit().expect("a second state 0 at alice's room", () -> mine.log().matching(e -> e.name().equals("onRoomStateChanged")
                && e.intArg(2) == 0).size() == 2, RECOVER);
        Event rejoin = mine.log().matching(e -> e.name().equals("onRoomStateChanged") && e.intArg(2) == 0).get(1);
        kit().checkEquals(1, RoomChecks.joinType(rejoin), "join_type of the rejoin in " + rejoin.arg(3));
    }

    @Optional("ref §2.3 [X], D10 (a login elsewhere logs the engine out: onLogout(1)); D9 (then no connection"
            + " state: no RECONNECTED, DISCONNECTED or LOST); the new engine stays logged in")
    default void duplicateLogin_whileReconnecting_theFirstEngineIsLoggedOutOnceItsLinkIsBack() {
        Client alice = kit().loggedIn("alice");
        // The link is back first (the network control names a device by the uid logged in on it: after the
        // second login that is the new one); the login elsewhere follows at once, while alice still reconnects.
        dropUntilReconnecting(alice).reconnect(alice.uid());
        Client again = kit().peer("alice");
        again.loginAndAwait();
        Event out = alice.await("onLogout at the first engine", e -> e.name().equals("onLogout"));
        kit().checkEquals(LogoutReason.LOGOUT_REASON_DUPLICATE_LOGIN, out.arg(0), "onLogout's reason");
        kit().pass(Duration.ofSeconds(25));
        kit().check(!alice.log().has(e -> e.seq() > out.seq() && e.name().equals("onConnectionStateChanged")),
                "a connection state came at the first engine after its onLogout");
        kit().checkEquals(0, again.log().count("onLogout"), "onLogout callbacks at the new engine");
    }
}
