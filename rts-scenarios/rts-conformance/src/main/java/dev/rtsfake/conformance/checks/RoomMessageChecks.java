package dev.rtsfake.conformance.checks;

import com.ss.bytertc.rts.engine.type.RoomMessageSendResult;
import dev.rtsfake.conformance.Client;
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
}
