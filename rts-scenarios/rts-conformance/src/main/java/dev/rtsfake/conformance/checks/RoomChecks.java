package dev.rtsfake.conformance.checks;

import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import com.ss.bytertc.rts.engine.type.ErrorCode;
import com.ss.bytertc.rts.engine.type.RTCRoomStats;
import com.ss.bytertc.rts.engine.type.UserOfflineReason;
import dev.rtsfake.conformance.Client;
import dev.rtsfake.conformance.Kit;
import dev.rtsfake.conformance.Optional;
import dev.rtsfake.conformance.Required;
import dev.rtsfake.conformance.Room;
import dev.rtsfake.conformance.probe.Event;
import dev.rtsfake.conformance.probe.RoomProbe;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.json.JSONObject;

/** Rooms: creating, joining, leaving, members, and destroying a room. */
public interface RoomChecks extends Checks {

    /** The {@code join_type} in a state-0 extraInfo, or -1 if it has none. */
    static int joinType(Event stateEvent) {
        try {
            return new JSONObject((String) stateEvent.arg(3)).optInt("join_type", -1);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    @Required("vendor createRoom (调用此方法仅返回一个房间实例)")
    default void createRoom_returnsARoom_withoutJoining() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        Room bobs = bob.joined("lobby");
        Room room = alice.room("lobby");
        kit().check(room != null, "createRoom returned null");
        kit().settle();
        kit().checkEquals(0L, room.log().size(), "callbacks at the new room instance");
        kit().check(!bobs.log().has(e -> e.name().equals("onUserJoined") && alice.uid().equals(e.arg(0))),
                "bob heard alice join although she only created the room instance");
    }

    @Required("vendor createRoom (roomId 符合 [a-zA-Z0-9_@\\-\\.]{1,128}); ref §2.6 [X] (null and -1007)")
    default void createRoom_invalidId_returnsNullAndReportsRoomIdIllegal() {
        Client alice = kit().loggedIn("alice");
        String[] bad = {"bad room!", "x".repeat(129), ""};
        for (String id : bad) {
            RTSRoom room = alice.rts().createRoom(id);
            kit().check(room == null, "createRoom(\"" + (id.length() > 20 ? id.substring(0, 20) + "…" : id)
                    + "\") returned a room");
            alice.await("onCreateRoomStateChanged(\"" + id + "\", -1007)", e -> e.name().equals("onCreateRoomStateChanged")
                    && id.equals(e.arg(0)) && e.intArg(1) == ErrorCode.ERROR_CODE_ROOM_ID_ILLEGAL);
        }
    }

    @Required("vendor createRoom ([a-zA-Z0-9_@\\-\\.]{1,128})")
    default void createRoom_everyAllowedCharacterAnd128Characters_givesARoom() {
        Client alice = kit().loggedIn("alice");
        String all = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@-.";
        kit().check(alice.rts().createRoom(all) != null, "createRoom(every allowed character) returned null");
        kit().check(alice.rts().createRoom("r".repeat(128)) != null, "createRoom(128 characters) returned null");
    }

    @Required("vendor createRoom (创建多个房间实例需要使用不同的 roomId，否则会导致创建房间失败); ref §2.6 (-1013); D22")
    default void createRoom_idOfALiveRoom_returnsNullAndReportsRoomAlreadyExists() {
        Client alice = kit().loggedIn("alice");
        Room first = alice.room("lobby");
        kit().check(first != null, "the first createRoom returned null");
        RTSRoom second = alice.rts().createRoom(first.roomId());
        kit().check(second == null, "a second createRoom with the same id returned a room");
        alice.await("onCreateRoomStateChanged(..., -1013)", e -> e.name().equals("onCreateRoomStateChanged")
                && e.intArg(1) == ErrorCode.ERROR_CODE_ROOM_ALREADY_EXIST);
    }

    @Required("vendor joinRoom (0：成功; onRoomStateChanged); ref §2.6 [X] (state 0, join_type 0)")
    default void joinRoom_success_reportsState0WithJoinType0() {
        Client alice = kit().loggedIn("alice");
        Room room = alice.room("lobby");
        kit().checkEquals(0, room.rts().joinRoom(), "joinRoom");
        Event e = room.awaitState(0);
        kit().checkEquals(room.roomId(), e.arg(0), "the state's roomId");
        kit().checkEquals(alice.uid(), e.arg(1), "the state's uid");
        kit().checkEquals(0, joinType(e), "join_type in " + e.arg(3));
    }

    @Required("vendor joinRoom (-2：失败，已经在房间内)")
    default void joinRoom_twice_returnsMinus2() {
        Room room = kit().loggedIn("alice").joined("lobby");
        kit().checkEquals(-2, room.rts().joinRoom(), "a second joinRoom");
    }

    @Required("vendor joinRoom (你需在调用 login 登陆 RTS 服务器后再加入房间)")
    default void joinRoom_beforeLogin_doesNotJoin() {
        Client alice = kit().client("alice");
        Room room = alice.room("lobby");
        kit().check(room != null, "createRoom before login returned null");
        int r = room.rts().joinRoom();
        kit().settle();
        kit().settle();
        kit().check(r != 0 || !room.log().has(e -> e.name().equals("onRoomStateChanged") && e.intArg(2) == 0),
                "a join before login succeeded");
    }

    @Optional("D23 (0, then state -1001)")
    default void joinRoom_beforeLogin_returns0ThenReportsJoinFailed() {
        Client alice = kit().client("alice");
        Room room = alice.room("lobby");
        kit().checkEquals(0, room.rts().joinRoom(), "joinRoom before login");
        room.await("onRoomStateChanged(..., -1001, ...)", e -> e.name().equals("onRoomStateChanged")
                && e.intArg(2) == ErrorCode.ERROR_CODE_JOIN_ROOM);
    }

    @Required("ref §2.6 [X] (other members receive onUserJoined)")
    default void joinRoom_othersSeeUserJoined() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        Room bobs = bob.joined("lobby");
        alice.joined("lobby");
        bobs.awaitUserJoined(alice);
    }

    @Optional("fake choice (fidelity §1 row 17: the joiner hears everyone already there)")
    default void joinRoom_joinerHearsEveryoneAlreadyThere() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        bob.joined("lobby");
        Room mine = alice.joined("lobby");
        mine.awaitUserJoined(bob);
    }

    @Required("vendor createRoom (同时加入多个房间)")
    default void joinRoom_severalRoomsAtOnce_areIndependent() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        Room a1 = alice.joined("room-one");
        alice.joined("room-two");
        Room b1 = bob.joined("room-one");
        Room b2 = bob.joined("room-two");
        a1.rts().sendRoomMessage("only in one");
        b1.await("the message in room one", e -> e.name().equals("onRoomMessageReceived"));
        kit().settle();
        kit().checkEquals(0, b2.log().count("onRoomMessageReceived"), "messages in room two");
    }

    @Required("vendor leaveRoom (真正退出房间后，本地会收到 onLeaveRoom); ref §2.6 [X] (others: onUserLeave(uid, 0))")
    default void leaveRoom_reportsOnLeaveRoom_othersSeeUserLeaveQuit() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        Room bobs = bob.joined("lobby");
        Room mine = alice.joined("lobby");
        kit().checkEquals(0, mine.rts().leaveRoom(), "leaveRoom");
        mine.await("onLeaveRoom", e -> e.name().equals("onLeaveRoom"));
        bobs.awaitUserLeave(alice, UserOfflineReason.USER_OFFLINE_REASON_QUIT);
    }

    @Required("ref §1.2 [X] (leaveRoom when not in the room is safe)")
    default void leaveRoom_whenNotJoined_returns0() {
        Room room = kit().loggedIn("alice").room("lobby");
        kit().checkEquals(0, room.rts().leaveRoom(), "leaveRoom before joining");
    }

    @Required("ref §1.2 [X] (repeated calls are harmless)")
    default void leaveRoom_twice_onlyOneOnLeaveRoom() {
        Room room = kit().loggedIn("alice").joined("lobby");
        room.rts().leaveRoom();
        room.rts().leaveRoom();
        room.await("onLeaveRoom", e -> e.name().equals("onLeaveRoom"));
        kit().settle();
        kit().checkEquals(1, room.log().count("onLeaveRoom"), "onLeaveRoom callbacks");
    }

    @Required("vendor leaveRoom (如果调用此方法后立即销毁引擎，SDK 将无法触发 onLeaveRoom)")
    default void leaveRoom_thenDestroyTheEngineAtOnce_noOnLeaveRoom() {
        Client alice = kit().loggedIn("alice");
        Room room = alice.joined("lobby");
        room.rts().leaveRoom();
        alice.destroy();
        kit().settle();
        kit().checkEquals(0, room.log().count("onLeaveRoom"), "onLeaveRoom callbacks");
    }

    @Required("ref §2.6 [X] (an instance leaves before it joins again)")
    default void leaveRoom_thenJoinAgain_works() {
        Room room = kit().loggedIn("alice").joined("lobby");
        room.rts().leaveRoom();
        room.await("onLeaveRoom", e -> e.name().equals("onLeaveRoom"));
        kit().checkEquals(0, room.rts().joinRoom(), "joinRoom after leaving");
        kit().expect("a second state 0", () -> room.log().matching(e -> e.name().equals("onRoomStateChanged")
                && e.intArg(2) == 0).size() == 2);
    }

    @Required("vendor destroy (退出并销毁); ref §1.2 [X] (after it, every call fails)")
    default void destroyRoom_whileJoined_othersSeeItLeave_andItsCallsFail() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        Room bobs = bob.joined("lobby");
        Room mine = alice.joined("lobby");
        mine.rts().destroy();
        bobs.await("onUserLeave(alice, ...) at bob", e -> e.name().equals("onUserLeave") && alice.uid().equals(e.arg(0)));
        kit().check(mine.rts().joinRoom() != 0, "joinRoom on a destroyed room returned 0");
        kit().check(mine.rts().sendRoomMessage("m") < 0, "sendRoomMessage on a destroyed room returned an id");
    }

    @Optional("vendor joinRoom (-3：Room 为空); fake choice (fidelity §1 row 3)")
    default void destroyRoom_thenJoinRoom_returnsMinus3() {
        Room room = kit().loggedIn("alice").room("lobby");
        room.rts().destroy();
        kit().checkEquals(-3, room.rts().joinRoom(), "joinRoom on a destroyed room");
    }

    @Required("ref §2.6 (createRoom again once the instance is destroyed); D22")
    default void destroyRoom_thenCreateTheSameIdAgain_works() {
        Client alice = kit().loggedIn("alice");
        Room room = alice.room("lobby");
        room.rts().destroy();
        kit().check(alice.rts().createRoom(room.roomId()) != null, "createRoom after destroy returned null");
    }

    @Required("vendor setRTSRoomEventHandler (0: 调用成功)")
    default void setRTSRoomEventHandler_returns0_andLaterCallbacksGoToTheNewHandler() {
        Client alice = kit().loggedIn("alice");
        Room room = alice.room("lobby");
        RoomProbe second = new RoomProbe("alice@lobby's second handler");
        kit().show(second.log());
        kit().checkEquals(0, room.rts().setRTSRoomEventHandler(second), "setRTSRoomEventHandler");
        room.rts().joinRoom();
        kit().expect("state 0 at the new handler", () -> second.log().has(e -> e.name().equals("onRoomStateChanged")));
        kit().checkEquals(0, room.log().count("onRoomStateChanged"), "states at the old handler");
    }

    @Optional("D2 (an app overriding only onUserJoined(String, int) and onLeaveRoom() hears each once)")
    default void roomHandlerOverridingOnlyThePlainVariants_getsOneCallEach() {
        final AtomicInteger joined = new AtomicInteger();
        final AtomicInteger left = new AtomicInteger();
        IRTSRoomEventHandler plain = new IRTSRoomEventHandler() {
            @Override
            public void onUserJoined(String uid, int elapsed) {
                joined.incrementAndGet();
            }

            @Override
            public void onLeaveRoom() {
                left.incrementAndGet();
            }
        };
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        Room mine = alice.joined("lobby");
        mine.rts().setRTSRoomEventHandler(plain);
        bob.joined("lobby");
        kit().expect("onUserJoined(String, int)", () -> joined.get() > 0);
        mine.rts().leaveRoom();
        kit().expect("onLeaveRoom()", () -> left.get() > 0);
        kit().settle();
        kit().checkEquals(1, joined.get(), "onUserJoined calls");
        kit().checkEquals(1, left.get(), "onLeaveRoom calls");
    }

    @Required("ref §2.6 [X] (the same uid joins elsewhere: -1004 at the earlier client)")
    default void duplicateLogin_roomsOfTheFirstEngineReportMinus1004() {
        Client alice = kit().loggedIn("alice");
        Room room = alice.joined("lobby");
        kit().peer("alice").loginAndAwait();
        room.awaitState(ErrorCode.ERROR_CODE_DUPLICATE_LOGIN);
    }

    @Optional("fake choice (fidelity §1 row 8: logout leaves rooms; the others see onUserLeave(uid, 0))")
    default void logout_leavesRooms_othersSeeUserLeaveQuit() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        Room bobs = bob.joined("lobby");
        alice.joined("lobby");
        alice.rts().logout();
        bobs.awaitUserLeave(alice, UserOfflineReason.USER_OFFLINE_REASON_QUIT);
    }

    @Required("ref §1.2 [X] (once a join has returned 0 and leaveRoom has not been called, joinRoom returns -2)")
    default void joinRoom_againBeforeTheFirstAnswers_returnsMinus2() {
        Room room = kit().loggedIn("alice").room("lobby");
        kit().checkEquals(0, room.rts().joinRoom(), "joinRoom");
        kit().checkEquals(-2, room.rts().joinRoom(), "joinRoom again before state 0");
        room.awaitState(0);
    }

    @Optional("D23 (extraInfo {\"elapsed\":N,\"join_type\":0}, elapsed in ms)")
    default void joinRoom_extraInfoElapsed_isTheTimeTheJoinTook() {
        Room room = kit().loggedIn("alice").joined("lobby");
        Event e = room.log().first(x -> x.name().equals("onRoomStateChanged"));
        int elapsed = new JSONObject((String) e.arg(3)).optInt("elapsed", -1);
        kit().check(elapsed >= 0 && elapsed < 15_000, "elapsed " + elapsed + " in " + e.arg(3));
    }

    @Optional("ref §2.6 [X]; fake choice (a member that leaves and comes back is heard both times)")
    default void leaveAndJoinAgain_othersHearUserLeaveThenUserJoined() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        Room bobs = bob.joined("lobby");
        Room mine = alice.joined("lobby");
        mine.rts().leaveRoom();
        bobs.awaitUserLeave(alice, UserOfflineReason.USER_OFFLINE_REASON_QUIT);
        mine.await("onLeaveRoom", e -> e.name().equals("onLeaveRoom"));
        mine.rts().joinRoom();
        kit().expect("bob hears alice join twice", () -> bobs.log().matching(e -> e.name().equals("onUserJoined")
                && alice.uid().equals(e.arg(0))).size() == 2);
    }

    @Optional("D2 (onLeaveRoom(RTCRoomStats): bytes sent and received in the room, the users seen, the seconds in it)")
    default void leaveRoom_roomStats_countWhatWentThroughTheRoom() {
        Client alice = kit().loggedIn("alice");
        Room bobs = kit().loggedInPeer("bob").joined("lobby");
        Room mine = alice.joined("lobby");
        mine.rts().sendRoomMessage("12345");
        mine.rts().sendRoomBinaryMessage(new byte[3]);
        bobs.rts().sendRoomMessage("abcdefg");
        mine.await("bob's message", e -> e.name().equals("onRoomMessageReceived"));
        kit().expect("two results", () -> mine.log().count("onRoomMessageSendResult") == 2);
        kit().pass(java.time.Duration.ofSeconds(2));
        mine.rts().leaveRoom();
        Event left = mine.await("onLeaveRoom", e -> e.name().equals("onLeaveRoom"));
        com.ss.bytertc.rts.engine.type.RTCRoomStats stats = (com.ss.bytertc.rts.engine.type.RTCRoomStats) left.arg(0);
        kit().check(stats != null, "onLeaveRoom came without RTCRoomStats");
        kit().checkEquals(8, stats.txBytes, "txBytes (5 text bytes and 3 binary)");
        kit().checkEquals(7, stats.rxBytes, "rxBytes");
        kit().checkEquals(1, stats.users, "users seen");
        kit().check(stats.totalDuration >= 2 && stats.totalDuration < 15, "totalDuration " + stats.totalDuration + " s");
    }

    @Required("vendor destroy (退出并销毁); ref §1.2 [X] (after it, every call on the object fails); ref §2.1 [I]")
    default void destroyRoom_everyLaterCallFails_andASecondDestroyIsHarmless() {
        Room room = kit().loggedIn("alice").joined("lobby");
        room.rts().destroy();
        RoomProbe later = new RoomProbe("alice@lobby's handler set after destroy");
        kit().show(later.log());
        kit().check(room.rts().leaveRoom() < 0, "leaveRoom on a destroyed room returned 0");
        kit().check(room.rts().setRTSRoomEventHandler(later) < 0, "setRTSRoomEventHandler on a destroyed room returned 0");
        kit().check(room.rts().sendRoomBinaryMessage(new byte[] {1}) < 0,
                "sendRoomBinaryMessage on a destroyed room returned an id");
        kit().check(room.rts().sendRoomMessage("m") < 0, "sendRoomMessage on a destroyed room returned an id");
        room.rts().destroy();
        kit().settle();
        kit().checkEquals(0L, later.log().size(), "callbacks at a handler set on the destroyed room");
    }

    @Optional("D23 (joinRoom when not logged in: 0, then onRoomStateChanged(roomId, uid, -1001, ...) with the engine's uid)")
    default void joinRoom_afterLogout_reportsMinus1001WithTheUid() {
        Client alice = kit().loggedIn("alice");
        Room room = alice.room("lobby");
        alice.rts().logout();
        alice.await("onLogout", e -> e.name().equals("onLogout"));
        kit().checkEquals(0, room.rts().joinRoom(), "joinRoom after logout");
        Event e = room.awaitState(ErrorCode.ERROR_CODE_JOIN_ROOM);
        kit().checkEquals(room.roomId(), e.arg(0), "the state's roomId");
        kit().checkEquals(alice.uid(), e.arg(1), "the state's uid");
    }

    @Optional("vendor leaveRoom (调用此方法离开房间，结束实时消息通信); ref §3.4 (JOINED --leaveRoom--> LEAVING)")
    default void leaveRoom_noticesAndMessagesOnTheirWay_doNotReachTheLeavingRoom() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        Client carol = kit().loggedInPeer("carol");
        Room carols = carol.joined("lobby");
        Room mine = alice.joined("lobby");
        carols.awaitUserJoined(alice);
        Room bobs = bob.room("lobby");
        kit().within(Kit.QUICK, "bob's join, carol's message and alice's leave", () -> {
            bobs.rts().joinRoom();
            carols.rts().sendRoomMessage("on its way");
            mine.rts().leaveRoom();
        });
        mine.await("onLeaveRoom", e -> e.name().equals("onLeaveRoom"));
        bobs.awaitState(0);
        kit().settle();
        kit().check(!mine.log().has(e -> e.name().equals("onUserJoined") && bob.uid().equals(e.arg(0))),
                "alice's room heard bob join after she called leaveRoom");
        kit().checkEquals(0, mine.log().count("onRoomMessageReceived"), "room messages alice got after leaveRoom");
    }

    @Optional("vendor leaveRoom (真正退出房间后，本地会收到 onLeaveRoom); fidelity §2 (onLeaveRoom after one round trip, not a timeout)")
    default void leaveRoom_onLeaveRoomComesOnceTheCloudAnswers_notAtTheMessageTimeout() {
        Client alice = kit().loggedIn("alice");
        Room bobs = kit().loggedInPeer("bob").joined("lobby");
        Room mine = alice.joined("lobby");
        mine.rts().leaveRoom();
        bobs.awaitUserLeave(alice, UserOfflineReason.USER_OFFLINE_REASON_QUIT);
        kit().expect("onLeaveRoom within 5 s of leaveRoom (the SDK's message timeout is 10 s)",
                () -> mine.log().has(e -> e.name().equals("onLeaveRoom")), Duration.ofSeconds(5));
    }

    @Optional("D23 (elapsed: the ms the join took); D2 (RTCRoomStats: the seconds in the room, bytes received)")
    default void joinRoom_lateInTheSession_elapsedAndRoomStatsCountFromTheJoin() {
        Client alice = kit().loggedIn("alice");
        Room bobs = kit().loggedInPeer("bob").joined("lobby");
        kit().pass(Duration.ofSeconds(3));
        kit().pass(Duration.ofSeconds(3));
        Room mine = alice.joined("lobby");
        int elapsed = new JSONObject((String) mine.awaitState(0).arg(3)).optInt("elapsed", -1);
        kit().check(elapsed >= 0 && elapsed < 5_000, "elapsed " + elapsed + " ms for a join made 6 s into the session");
        bobs.awaitUserJoined(alice);
        bobs.rts().sendRoomBinaryMessage(new byte[] {1, 2, 3, 4});
        bobs.rts().sendRoomMessage("hi");
        kit().expect("both of bob's messages at alice", () -> mine.log().count("onRoomBinaryMessageReceived") == 1
                && mine.log().count("onRoomMessageReceived") == 1);
        kit().pass(Duration.ofSeconds(2));
        mine.rts().leaveRoom();
        Event left = mine.await("onLeaveRoom", e -> e.name().equals("onLeaveRoom"));
        RTCRoomStats stats = (RTCRoomStats) left.arg(0);
        kit().check(stats != null, "onLeaveRoom came without RTCRoomStats");
        kit().checkEquals(6, stats.rxBytes, "rxBytes (4 binary bytes and 2 text bytes)");
        kit().check(stats.totalDuration >= 2 && stats.totalDuration < 5,
                "totalDuration " + stats.totalDuration + " s for about 2 s in the room, joined 6 s into the session");
    }
}
