package dev.rtsfake.conformance.checks;

import com.ss.bytertc.rts.engine.type.RoomMessageSendResult;
import dev.rtsfake.conformance.Client;
import dev.rtsfake.conformance.ConformanceTarget;
import dev.rtsfake.conformance.Optional;
import dev.rtsfake.conformance.Required;
import dev.rtsfake.conformance.Room;
import dev.rtsfake.conformance.probe.Event;
import dev.rtsfake.conformance.probe.Received;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Room broadcasts: who gets them, results, ids, sizes. */
public interface RoomMessageChecks extends Checks {

    @Required("vendor sendRoomMessage (给房间内的所有其他用户群发); ref §2.6 [X] (the sender does not receive its own); D24")
    default void sendRoomMessage_reachesEveryOtherMember_notTheSender() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        Client carol = kit().loggedInPeer("carol");
        Room mine = alice.joined("lobby");
        Room bobs = bob.joined("lobby");
        Room carols = carol.joined("lobby");
        mine.rts().sendRoomMessage("hello room");
        Event b = bobs.await("onRoomMessageReceived at bob", e -> e.name().equals("onRoomMessageReceived"));
        carols.await("onRoomMessageReceived at carol", e -> e.name().equals("onRoomMessageReceived"));
        kit().checkEquals(alice.uid(), b.arg(0), "the sender bob sees");
        kit().checkEquals("hello room", b.arg(1), "the text bob sees");
        kit().settle();
        kit().checkEquals(0, mine.log().count("onRoomMessageReceived"), "room messages the sender received");
    }

    @Required("ref §1.5, §2.6 [X] (ROOM_MESSAGE_SEND_RESULT_SUCCESS is 200, not 0); D24")
    default void sendRoomMessage_success_reports200() {
        Client alice = kit().loggedIn("alice");
        kit().loggedInPeer("bob").joined("lobby");
        Room mine = alice.joined("lobby");
        long id = mine.rts().sendRoomMessage("hello");
        kit().checkEquals(RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_SUCCESS, mine.awaitSendResult(id), "the result");
    }

    @Required("vendor sendRoomMessage (必须先调用 joinRoom 加入房间); ref §2.6 [X] (100 NOT_JOIN); D24")
    default void sendRoomMessage_notJoined_reports100() {
        Room room = kit().loggedIn("alice").room("lobby");
        long id = room.rts().sendRoomMessage("not joined");
        kit().check(id > 0, "sendRoomMessage returned " + id);
        kit().checkEquals(RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_NOT_JOIN, room.awaitSendResult(id), "the result");
    }

    @Required("vendor sendRoomMessage (必须先调用 joinRoom); D24")
    default void sendRoomMessage_afterLeaving_reports100() {
        Room room = kit().loggedIn("alice").joined("lobby");
        room.rts().leaveRoom();
        room.await("onLeaveRoom", e -> e.name().equals("onLeaveRoom"));
        long id = room.rts().sendRoomMessage("gone");
        kit().checkEquals(RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_NOT_JOIN, room.awaitSendResult(id), "the result");
    }

    @Required("ref §1.2 [X] (id of this message, counted from 1)")
    default void sendRoomMessage_idsCountUpFromOne() {
        Room room = kit().loggedIn("alice").joined("lobby");
        long first = room.rts().sendRoomMessage("one");
        long second = room.rts().sendRoomBinaryMessage(new byte[] {2});
        kit().checkEquals(Arrays.asList(1L, 2L), Arrays.asList(first, second), "the room message ids");
    }

    @Optional("D12 (each room instance counts from 1, apart from P2P ids)")
    default void sendRoomMessage_idsCountPerRoom() {
        Client alice = kit().loggedIn("alice");
        Room one = alice.joined("room-one");
        Room two = alice.joined("room-two");
        alice.rts().sendMessage(alice.uid(), "p2p", null);
        one.rts().sendRoomMessage("a");
        kit().checkEquals(1L, two.rts().sendRoomMessage("b"), "the first id in a second room");
        kit().checkEquals(2L, one.rts().sendRoomMessage("c"), "the second id in the first room");
    }

    @Required("vendor sendRoomMessage (消息不超过 64KB); ref §1.5 (103)")
    default void sendRoomMessage_over64KiB_reportsExceedMaxLength() {
        Client alice = kit().loggedIn("alice");
        Room bobs = kit().loggedInPeer("bob").joined("lobby");
        Room mine = alice.joined("lobby");
        long id = mine.rts().sendRoomMessage("x".repeat(70_000));
        kit().checkEquals(RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_EXCEED_MAX_LENGTH, mine.awaitSendResult(id),
                "the result of 70,000 bytes");
        kit().settle();
        kit().checkEquals(0, bobs.log().count("onRoomMessageReceived"), "messages bob received");
    }

    @Optional("D15 (the limit itself passes)")
    default void sendRoomMessage_exactly64KiB_isDelivered() {
        Client alice = kit().loggedIn("alice");
        kit().loggedInPeer("bob").joined("lobby");
        Room mine = alice.joined("lobby");
        long id = mine.rts().sendRoomMessage("x".repeat(MessageChecks.TEXT_LIMIT));
        kit().checkEquals(200, mine.awaitSendResult(id), "the result of 65,536 bytes");
    }

    @Required("vendor sendRoomBinaryMessage (消息不超过 46KB)")
    default void sendRoomBinaryMessage_over46KiB_reportsExceedMaxLength() {
        Room mine = kit().loggedIn("alice").joined("lobby");
        long id = mine.rts().sendRoomBinaryMessage(new byte[50_000]);
        kit().checkEquals(103, mine.awaitSendResult(id), "the result of 50,000 bytes");
    }

    @Required("vendor sendRoomBinaryMessage (onRoomBinaryMessageReceived)")
    default void sendRoomBinaryMessage_reachesTheOthers() {
        Client alice = kit().loggedIn("alice");
        Room bobs = kit().loggedInPeer("bob").joined("lobby");
        Room mine = alice.joined("lobby");
        byte[] bytes = {9, 8, 7};
        long id = mine.rts().sendRoomBinaryMessage(bytes);
        Event e = bobs.await("onRoomBinaryMessageReceived at bob", x -> x.name().equals("onRoomBinaryMessageReceived"));
        kit().check(Arrays.equals(bytes, ((Received) e.arg(1)).bytes()), "bob got " + e.arg(1));
        kit().checkEquals(200, mine.awaitSendResult(id), "the result");
    }

    @Optional("D18 (each receiver its own fresh heap buffer at position 0)")
    default void sendRoomBinaryMessage_eachReceiverGetsItsOwnBuffer() {
        Client alice = kit().loggedIn("alice");
        Room bobs = kit().loggedInPeer("bob").joined("lobby");
        Room carols = kit().loggedInPeer("carol").joined("lobby");
        Room mine = alice.joined("lobby");
        mine.rts().sendRoomBinaryMessage(new byte[] {1, 2, 3});
        Received b = (Received) bobs.await("at bob", e -> e.name().equals("onRoomBinaryMessageReceived")).arg(1);
        Received c = (Received) carols.await("at carol", e -> e.name().equals("onRoomBinaryMessageReceived")).arg(1);
        kit().check(b.buffer() != c.buffer(), "bob and carol got the same ByteBuffer object");
        kit().check(b.hasArray() && b.position() == 0, "bob's buffer is not a heap buffer at position 0");
    }

    @Optional("ref §2.2 [I] (null message: -2, no callback)")
    default void sendRoomMessage_null_returnsNegative() {
        Room mine = kit().loggedIn("alice").joined("lobby");
        kit().check(mine.rts().sendRoomMessage(null) < 0, "sendRoomMessage(null) returned an id");
        kit().check(mine.rts().sendRoomBinaryMessage(null) < 0, "sendRoomBinaryMessage(null) returned an id");
    }

    @Required("vendor sendRoomMessage (调用后，会收到 onRoomMessageSendResult 回调); D13")
    default void sendRoomMessage_everyIdGetsExactlyOneResult() {
        Client alice = kit().loggedIn("alice");
        kit().loggedInPeer("bob").joined("lobby");
        Room mine = alice.joined("lobby");
        Room other = alice.room("elsewhere");
        List<long[]> sent = new ArrayList<>();
        sent.add(new long[] {0, mine.rts().sendRoomMessage("ok")});
        sent.add(new long[] {0, mine.rts().sendRoomMessage("x".repeat(70_000))});
        sent.add(new long[] {0, mine.rts().sendRoomBinaryMessage(new byte[4])});
        sent.add(new long[] {1, other.rts().sendRoomMessage("not joined")});
        for (long[] s : sent) {
            (s[0] == 0 ? mine : other).awaitSendResult(s[1]);
        }
        kit().settle();
        for (long[] s : sent) {
            Room r = s[0] == 0 ? mine : other;
            kit().checkEquals(1, r.log().matching(e -> e.name().equals("onRoomMessageSendResult")
                    && e.longArg(0) == s[1]).size(), "results of room message " + s[1] + " in " + r);
        }
    }

    @Optional("D17; ref §4.2 [X] (100 messages per second per room; EXCEED_QPS 5)")
    default void sendRoomMessage_101stWithinOneSecond_reportsExceedQps() {
        Room mine = kit().loggedIn("alice").joined("lobby");
        long[] last = new long[1];
        kit().within(Duration.ofMillis(900), "the 101 room sends", () -> {
            for (int i = 0; i < 101; i++) {
                last[0] = mine.rts().sendRoomMessage("m" + i);
            }
        });
        kit().checkEquals(RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_EXCEED_QPS, mine.awaitSendResult(last[0]),
                "the 101st result");
    }

    @Optional("ref §2.6 [X] (a room destroyed right after leaveRoom never hears onLeaveRoom); D5 (nothing calls back"
            + " after destroy), for the room instance")
    default void destroyRoom_withASendOnItsWay_itsHandlerHearsNothingMore() {
        Client alice = kit().loggedIn("alice");
        kit().loggedInPeer("bob").joined("lobby");
        Room mine = alice.joined("lobby");
        long before = mine.log().size();
        mine.rts().sendRoomMessage("last words");
        mine.rts().destroy();
        long seen = mine.log().size();
        kit().pass(Duration.ofSeconds(3));
        kit().checkEquals(seen, mine.log().size(), "callbacks at the room after destroy (" + before + " before the send)");
    }

    @Required("ref §4.2 [X] (per room, client and OpenAPI messages together allow at most 100 messages/s); D17")
    default void roomLimit_serverBroadcastsCountAgainstTheRoom_theClientsNextSendReportsExceedQps() {
        Room mine = kit().loggedIn("alice").joined("lobby");
        ConformanceTarget.ServerPush push = kit().target().serverPush();
        int[] accepted = new int[1];
        long[] last = new long[1];
        kit().within(Duration.ofMillis(900), "100 server broadcasts and one room send", () -> {
            for (int i = 0; i < 100; i++) {
                accepted[0] += push.sendBroadcast(mine.roomId(), "server", "s" + i) ? 1 : 0;
            }
            last[0] = mine.rts().sendRoomMessage("one too many");
        });
        kit().checkEquals(100, accepted[0], "server broadcasts the cloud accepted");
        kit().checkEquals(RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_EXCEED_QPS, mine.awaitSendResult(last[0]),
                "the result of the 101st room message of the second");
    }

    @Required("ref §4.2 [X] (per room, client and OpenAPI messages together allow at most 100 messages/s); D17")
    default void roomLimit_clientBroadcastsCountAgainstTheRoom_theServersNextBroadcastIsRefused() {
        Room mine = kit().loggedIn("alice").joined("lobby");
        ConformanceTarget.ServerPush push = kit().target().serverPush();
        boolean[] refused = new boolean[1];
        kit().within(Duration.ofMillis(900), "100 room sends, their results and one server broadcast", () -> {
            long lastId = 0;
            for (int i = 0; i < 100; i++) {
                lastId = mine.rts().sendRoomMessage("m" + i);
            }
            kit().checkEquals(RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_SUCCESS, mine.awaitSendResult(lastId),
                    "the 100th room message's result");
            refused[0] = !push.sendBroadcast(mine.roomId(), "server", "one too many");
        });
        kit().check(refused[0], "the cloud accepted a server broadcast after 100 room messages in the same second");
    }

    @Required("ref §4.2 [X] (To must be logged in, and for room actions it must be in the room)")
    default void sendRoomUnicast_toAUserWhoIsNotInTheRoom_isRefused() {
        Client alice = kit().loggedIn("alice");
        kit().loggedInPeer("bob").joined("lobby");
        alice.room("lobby");
        boolean accepted = kit().target().serverPush().sendRoomUnicast(kit().target().roomId("lobby"), "server",
                alice.uid(), "not for you");
        kit().check(!accepted, "SendRoomUnicast to a user who has not joined the room was accepted");
        kit().settle();
        kit().checkEquals(0, alice.log().count("onMessageReceived"), "messages alice received");
    }

    @Optional("ref §4.2 (room actions need the room's members); fake choice (fidelity §1 row 27: RoomNotFound)")
    default void sendBroadcast_toARoomNobodyIsIn_isRefused() {
        Client alice = kit().loggedIn("alice");
        Room mine = alice.joined("lobby");
        mine.rts().leaveRoom();
        mine.await("onLeaveRoom", e -> e.name().equals("onLeaveRoom"));
        ConformanceTarget.ServerPush push = kit().target().serverPush();
        kit().check(!push.sendBroadcast(mine.roomId(), "server", "anyone?"), "SendBroadcast to a room everyone left was accepted");
        kit().check(!push.sendBroadcast(kit().target().roomId("never-joined"), "server", "anyone?"),
                "SendBroadcast to a room nobody ever joined was accepted");
    }
}
