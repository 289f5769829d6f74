package dev.rtsfake.conformance.checks;

import com.ss.bytertc.rts.engine.type.ConnectionState;
import com.ss.bytertc.rts.engine.type.ErrorCode;
import com.ss.bytertc.rts.engine.type.LoginErrorCode;
import com.ss.bytertc.rts.engine.type.RoomMessageSendResult;
import com.ss.bytertc.rts.engine.type.UserOfflineReason;
import dev.rtsfake.conformance.Client;
import dev.rtsfake.conformance.ConformanceTarget;
import dev.rtsfake.conformance.Kit;
import dev.rtsfake.conformance.Optional;
import dev.rtsfake.conformance.Required;
import dev.rtsfake.conformance.Room;
import dev.rtsfake.conformance.probe.Event;
import java.time.Duration;
import java.util.List;
import org.json.JSONObject;

/** Rooms across a session's end and a dropped connection: rejoins, joins and leaves the link holds up. */
public interface RoomRejoinChecks extends Checks {
    /** Longer than any documented drop detection: RECONNECTING (4) comes within it. */
    Duration DETECTED = Duration.ofSeconds(15);
    /** From the link coming back until the rooms have rejoined. */
    Duration REJOINED = Duration.ofSeconds(20);

    /** The room's {@code onRoomStateChanged} events with {@code state}, in order. */
    static List<Event> states(Room r, int state) {
        return r.log().matching(e -> e.name().equals("onRoomStateChanged") && e.intArg(2) == state);
    }

    /** How many {@code onUserJoined(who, ...)} the room heard. */
    static int joinsOf(Room r, Client who) {
        return r.log().matching(e -> e.name().equals("onUserJoined") && who.uid().equals(e.arg(0))).size();
    }

    /** Takes {@code c}'s link down (the drop not detected yet); returns the network control. */
    private ConformanceTarget.NetworkControl cut(Client c) {
        kit().needClock();
        ConformanceTarget.NetworkControl net = kit().target().network();
        net.disconnect(c.uid());
        return net;
    }

    /** Waits until {@code c} reports connection state {@code state}. */
    private void awaitConnection(Client c, int state, Duration max) {
        kit().expect("onConnectionStateChanged(" + state + ", ...) at " + c.role(), () -> c.log().has(e ->
                e.name().equals("onConnectionStateChanged") && e.intArg(0) == state), max);
    }

    @Optional("fake choice (fidelity §1 row 35: a join asked for while the link is silently down succeeds after the"
            + " reconnect with join_type 0; the others hear one onUserJoined); D23; ref §1.5 JoinRoomType (0: first join)")
    default void joinRoom_whileTheLinkIsSilentlyDown_succeedsAfterTheReconnectWithJoinType0_othersHearOneJoin() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        Room bobs = bob.joined("lobby");
        Room mine = alice.room("lobby");
        ConformanceTarget.NetworkControl net = cut(alice);
        long calledAt = kit().target().timeNanos();
        kit().checkEquals(0, mine.rts().joinRoom(), "joinRoom while the link is down");
        awaitConnection(alice, ConnectionState.CONNECTION_STATE_RECONNECTING, DETECTED);
        long downForMs = (kit().target().timeNanos() - calledAt) / 1_000_000L;
        net.reconnect(alice.uid());
        kit().expect("state 0 at alice's room", () -> !states(mine, 0).isEmpty(), REJOINED);
        Event joined = states(mine, 0).get(0);
        kit().checkEquals(0, RoomChecks.joinType(joined), "join_type of the app's own join in " + joined.arg(3));
        int elapsed = new JSONObject((String) joined.arg(3)).optInt("elapsed", -1);
        kit().check(elapsed >= downForMs, "elapsed " + elapsed + " ms, though the join was called " + downForMs
                + " ms before the link came back (D23: the time from joinRoom to state 0)");
        bobs.awaitUserJoined(alice);
        kit().pass(Duration.ofSeconds(3));
        kit().checkEquals(1, joinsOf(bobs, alice), "onUserJoined(alice) at bob for one join");
        kit().checkEquals(0, states(mine, ErrorCode.ERROR_CODE_JOIN_ROOM).size(), "-1001 states at alice's room");
    }

    @Optional("fake choice (fidelity §1 row 35: the join is taken over by the automatic join after the reconnect,"
            + " also when the link is back only after the message timeout); D23")
    default void joinRoom_whileTheLinkIsDownPastTheMessageTimeout_stillSucceedsAfterTheReconnect() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        Room bobs = bob.joined("lobby");
        Room mine = alice.room("lobby");
        ConformanceTarget.NetworkControl net = cut(alice);
        kit().checkEquals(0, mine.rts().joinRoom(), "joinRoom while the link is down");
        awaitConnection(alice, ConnectionState.CONNECTION_STATE_RECONNECTING, DETECTED);
        kit().pass(Duration.ofSeconds(12));
        net.reconnect(alice.uid());
        kit().expect("state 0 at alice's room", () -> !states(mine, 0).isEmpty(), REJOINED);
        kit().checkEquals(0, RoomChecks.joinType(states(mine, 0).get(0)), "join_type of the app's own join");
        bobs.awaitUserJoined(alice);
        kit().settle();
        kit().checkEquals(1, joinsOf(bobs, alice), "onUserJoined(alice) at bob");
        kit().checkEquals(0, states(mine, ErrorCode.ERROR_CODE_JOIN_ROOM).size(), "-1001 states at alice's room");
    }

    @Optional("issue 8; D23; fake choice (fidelity §1 row 33: a room that rejoins keeps its own traffic until its"
            + " rejoin's state 0); D16 (a send made while the link is down succeeds once it heals)")
    default void linkBack_roomTrafficOfTheDrop_reachesTheAppAfterTheRoomsRejoinState() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        Room bobs = bob.joined("lobby");
        Room mine = alice.joined("lobby");
        bobs.awaitUserJoined(alice);
        ConformanceTarget.NetworkControl net = cut(alice);
        awaitConnection(alice, ConnectionState.CONNECTION_STATE_RECONNECTING, DETECTED);
        bobs.rts().sendRoomMessage("sent during the drop");
        long id = mine.rts().sendRoomMessage("sent while rejoining");
        kit().pass(Duration.ofSeconds(1));
        long backAt = kit().target().timeNanos();
        net.reconnect(alice.uid());
        Event message = mine.await("bob's message at alice", e -> e.name().equals("onRoomMessageReceived"));
        int result = mine.awaitSendResult(id);
        bobs.await("alice's message at bob", e -> e.name().equals("onRoomMessageReceived")
                && alice.uid().equals(e.arg(0)));
        List<Event> joined = states(mine, 0);
        kit().check(joined.size() == 2, "alice's room reported state 0 " + joined.size() + " times, not twice");
        Event rejoin = joined.get(1);
        kit().checkEquals(1, RoomChecks.joinType(rejoin), "join_type of the rejoin");
        long sinceBackMs = (kit().target().timeNanos() - backAt) / 1_000_000L;
        int elapsed = new JSONObject((String) rejoin.arg(3)).optInt("elapsed", -1);
        kit().check(elapsed >= 0 && elapsed <= sinceBackMs, "the rejoin's elapsed " + elapsed + " ms, more than the "
                + sinceBackMs + " ms since the link came back (D23: the time the rejoin took)");
        kit().expect("bob hears alice's rejoin (ref §2.6: onUserJoined also after a rejoin)",
                () -> joinsOf(bobs, alice) == 2);
        kit().check(rejoin.seq() < message.seq(), "bob's message reached alice's room before its rejoin's state 0");
        Event resultEvent = mine.log().first(e -> e.name().equals("onRoomMessageSendResult") && e.longArg(0) == id);
        kit().check(rejoin.seq() < resultEvent.seq(), "alice's send result came before her room's rejoin state 0");
        kit().checkEquals(RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_SUCCESS, result,
                "the result of the room message sent while rejoining");
    }

    @Optional("fake choice (fidelity §1 row 30: a leave whose answer never comes still gets its onLeaveRoom, at the"
            + " message timeout); vendor leaveRoom (onLeaveRoom)")
    default void leaveRoom_whileTheLinkIsDown_stillReportsOnLeaveRoom() {
        Client alice = kit().loggedIn("alice");
        Room mine = alice.joined("lobby");
        cut(alice);
        kit().checkEquals(0, mine.rts().leaveRoom(), "leaveRoom while the link is down");
        kit().expect("onLeaveRoom", () -> mine.log().has(e -> e.name().equals("onLeaveRoom")), REJOINED);
        kit().settle();
        kit().checkEquals(1, mine.log().count("onLeaveRoom"), "onLeaveRoom callbacks");
    }

    @Optional("D24 (100 if not joined); fidelity §2 (a room send when not joined gives 100 at once, before any network)")
    default void sendRoomMessage_notJoined_whileTheLinkIsDown_reports100() {
        Client alice = kit().loggedIn("alice");
        Room room = alice.room("lobby");
        cut(alice);
        long id = room.rts().sendRoomMessage("not joined");
        kit().checkEquals(RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_NOT_JOIN, room.awaitSendResult(id),
                "the result of a room send before joining, with the link down");
    }

    @Optional("D16 (a reliable send that cannot get through: TIMEOUT 1 at the message timeout), for a room; D13")
    default void sendRoomMessage_whileTheLinkStaysDown_reportsTimeout() {
        Client alice = kit().loggedIn("alice");
        Room bobs = kit().loggedInPeer("bob").joined("lobby");
        Room mine = alice.joined("lobby");
        bobs.awaitUserJoined(alice);
        cut(alice);
        long id = mine.rts().sendRoomMessage("lost");
        kit().expect("the result", () -> mine.log().has(e -> e.name().equals("onRoomMessageSendResult")
                && e.longArg(0) == id), REJOINED);
        kit().checkEquals(RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_TIMEOUT, mine.awaitSendResult(id), "the result");
        kit().checkEquals(0, bobs.log().count("onRoomMessageReceived"), "messages bob received");
    }

    @Optional("ref §3.2 [I]; fidelity §3 (logout while reconnecting: onLogout, then no callback; no rejoin at the next"
            + " login)")
    default void logout_whileReconnecting_aJoinAskedForMeanwhile_reportsNothing() {
        Client alice = kit().loggedIn("alice");
        Room mine = alice.room("lobby");
        cut(alice);
        awaitConnection(alice, ConnectionState.CONNECTION_STATE_RECONNECTING, DETECTED);
        kit().checkEquals(0, mine.rts().joinRoom(), "joinRoom while reconnecting");
        alice.rts().logout();
        alice.await("onLogout", e -> e.name().equals("onLogout"));
        kit().pass(Duration.ofSeconds(12));
        kit().checkEquals(0, mine.log().count("onRoomStateChanged"), "room states after logout");
    }

    @Optional("fake choice (fidelity §1 row 8: logout leaves the rooms); vendor joinRoom (-2 only when already in the"
            + " room); ref §1.2 [X]")
    default void logout_leavesJoinedAndJoiningRooms_soTheyCanBeJoinedAgainAfterTheNextLogin() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        Room bobs = bob.joined("lobby");
        Room joined = alice.joined("lobby");
        bobs.awaitUserJoined(alice);
        Room joining = alice.room("hall");
        kit().within(Kit.QUICK, "joinRoom and logout", () -> {
            joining.rts().joinRoom();
            alice.rts().logout();
        });
        alice.await("onLogout", e -> e.name().equals("onLogout"));
        bobs.awaitUserLeave(alice, UserOfflineReason.USER_OFFLINE_REASON_QUIT);
        kit().checkEquals(0, alice.login(), "login after logout");
        kit().expect("a second onLoginResult(uid, 0, ...)", () -> alice.log().matching(e -> e.name().equals("onLoginResult")
                && e.intArg(1) == 0).size() == 2);
        kit().checkEquals(0, joined.rts().joinRoom(), "joinRoom of the room that was joined at logout");
        kit().checkEquals(0, joining.rts().joinRoom(), "joinRoom of the room that was joining at logout");
        kit().expect("both rooms joined", () -> states(joined, 0).size() == 2 && states(joining, 0).size() == 1);
        kit().expect("bob hears alice join again", () -> joinsOf(bobs, alice) == 2);
    }

    @Optional("fake choice (fidelity §1 rows 33 and 34: after a failed re-login the rooms wait for the next login; a"
            + " send result waiting in a room is handed on when the app leaves it, else becomes TIMEOUT at the send's"
            + " deadline; each id gets one result); D13")
    default void reloginFailed_roomResultsThatWait_comeWhenTheAppLeaves_elseTimeOutAtTheirDeadline() {
        Client alice = kit().client("alice");
        String shortLived = kit().target().tokens().tokenValidFor(alice.uid(), Duration.ofSeconds(3));
        alice.rts().login(shortLived, alice.uid());
        alice.awaitLoginResult(0);
        Room left = alice.joined("room-a");
        Room stays = alice.joined("room-b");
        ConformanceTarget.NetworkControl net = cut(alice);
        awaitConnection(alice, ConnectionState.CONNECTION_STATE_RECONNECTING, DETECTED);
        long idLeft = left.rts().sendRoomMessage("a");
        long idStays = stays.rts().sendRoomMessage("b");
        kit().pass(Duration.ofSeconds(1));
        net.reconnect(alice.uid());
        alice.awaitLoginResult(LoginErrorCode.LOGIN_ERROR_CODE_INVALID_TOKEN);
        kit().checkEquals(0, left.rts().leaveRoom(), "leaveRoom after the failed re-login");
        int leftResult = left.awaitSendResult(idLeft);
        kit().check(!stays.log().has(e -> e.name().equals("onRoomMessageSendResult")),
                "the result in the room still waiting for the next login came when the app left another room");
        kit().expect("the result in the room still waiting", () -> stays.log().has(e ->
                e.name().equals("onRoomMessageSendResult")), REJOINED);
        kit().checkEquals(RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_SUCCESS, leftResult,
                "the result of the room the app left (the cloud had taken the message)");
        kit().checkEquals(RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_TIMEOUT, stays.awaitSendResult(idStays),
                "the result still waiting at the send's deadline");
    }

    @Required("vendor sendRoomMessage (调用后，会收到 onRoomMessageSendResult 回调); D13 (exactly one result per id); D16")
    default void sendRoomMessage_linkCutRightAfterTheSend_stillGetsExactlyOneResult() {
        Client alice = kit().loggedIn("alice");
        Room bobs = kit().loggedInPeer("bob").joined("lobby");
        Room mine = alice.joined("lobby");
        bobs.awaitUserJoined(alice);
        kit().needClock();
        long id = mine.rts().sendRoomMessage("cut off");
        // Long enough for the message to reach the cloud on a fast link, too short for its result to come back.
        kit().pass(Duration.ofMillis(40));
        kit().target().network().disconnect(alice.uid());
        kit().expect("the result", () -> mine.log().has(e -> e.name().equals("onRoomMessageSendResult")
                && e.longArg(0) == id), REJOINED);
        int code = mine.awaitSendResult(id);
        kit().check(code == RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_SUCCESS
                || code == RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_TIMEOUT, "the result " + code);
        kit().settle();
        kit().checkEquals(1, mine.log().matching(e -> e.name().equals("onRoomMessageSendResult")
                && e.longArg(0) == id).size(), "results of the message");
        kit().check(bobs.log().count("onRoomMessageReceived") <= 1, "bob received the message more than once");
    }

    @Optional("fake choice (fidelity §1 row 30: a join whose answer never comes: -1001 and back to the start, then a"
            + " join may be tried again); vendor joinRoom (-2 only when already in the room)")
    default void joinRoom_givenUpWhileReconnecting_canBeJoinedAgainOnceTheLinkIsBack_othersHearOneJoin() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        Room bobs = bob.joined("lobby");
        Room mine = alice.room("lobby");
        ConformanceTarget.NetworkControl net = cut(alice);
        awaitConnection(alice, ConnectionState.CONNECTION_STATE_RECONNECTING, DETECTED);
        kit().checkEquals(0, mine.rts().joinRoom(), "joinRoom while reconnecting");
        kit().expect("state -1001", () -> !states(mine, ErrorCode.ERROR_CODE_JOIN_ROOM).isEmpty(), REJOINED);
        net.reconnect(alice.uid());
        awaitConnection(alice, ConnectionState.CONNECTION_STATE_RECONNECTED, REJOINED);
        kit().checkEquals(0, mine.rts().joinRoom(), "joinRoom after the join was given up");
        kit().expect("state 0", () -> !states(mine, 0).isEmpty());
        kit().checkEquals(0, RoomChecks.joinType(states(mine, 0).get(0)), "join_type of the second try");
        bobs.awaitUserJoined(alice);
        kit().settle();
        kit().checkEquals(1, joinsOf(bobs, alice), "onUserJoined(alice) at bob");
        kit().checkEquals(1, states(mine, ErrorCode.ERROR_CODE_JOIN_ROOM).size(), "-1001 states at alice's room");
    }
}
