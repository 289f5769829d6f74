package dev.rtsfake.conformance.checks;

import com.ss.bytertc.rts.engine.type.ConnectionState;
import com.ss.bytertc.rts.engine.type.RoomMessageSendResult;
import dev.rtsfake.conformance.Client;
import dev.rtsfake.conformance.ConformanceTarget;
import dev.rtsfake.conformance.Optional;
import dev.rtsfake.conformance.Required;
import dev.rtsfake.conformance.Room;
import dev.rtsfake.conformance.probe.Event;
import dev.rtsfake.conformance.probe.Received;
import java.time.Duration;
import java.util.Arrays;

/** What the app's backend sends through the vendor's OpenAPI, as the client receives it. */
public interface ServerPushChecks extends Checks {
    /** The app server's own id, as the vendor's demos use. */
    String SERVER = "server";

    @Required("ref §4.2 [X] (SendUnicast arrives as onMessageReceived(From, msg))")
    default void sendUnicast_arrivesAsOnMessageReceivedFromTheServersId() {
        Client alice = kit().loggedIn("alice");
        kit().check(kit().target().serverPush().sendUnicast(SERVER, alice.uid(), "{\"message_type\":\"inform\"}"),
                "SendUnicast was refused");
        Event e = alice.await("onMessageReceived from the server", x -> x.name().equals("onMessageReceived"));
        kit().checkEquals(SERVER, e.arg(0), "the sender");
        kit().checkEquals("{\"message_type\":\"inform\"}", e.arg(1), "the text");
    }

    @Required("ref §4.2 [X] (Binary: true arrives as onBinaryMessageReceived)")
    default void sendUnicast_binary_arrivesAsOnBinaryMessageReceived() {
        Client alice = kit().loggedIn("alice");
        byte[] bytes = {4, 5, 6};
        kit().check(kit().target().serverPush().sendUnicast(SERVER, alice.uid(), bytes), "SendUnicast was refused");
        Event e = alice.await("onBinaryMessageReceived from the server", x -> x.name().equals("onBinaryMessageReceived"));
        kit().check(Arrays.equals(bytes, ((Received) e.arg(1)).bytes()), "alice got " + e.arg(1));
    }

    @Required("ref §4.2 [X] (To must be logged in)")
    default void sendUnicast_toAUserWhoIsNotLoggedIn_isRefused() {
        kit().loggedIn("alice");
        kit().check(!kit().target().serverPush().sendUnicast(SERVER, kit().target().uid("nobody"), "m"),
                "SendUnicast to a user who is not logged in was accepted");
    }

    @Required("ref §4.2 [X] (SendBroadcast arrives as onRoomMessageReceived at every member)")
    default void sendBroadcast_arrivesAsARoomMessageAtEveryMember() {
        Client alice = kit().loggedIn("alice");
        Room mine = alice.joined("lobby");
        Room bobs = kit().loggedInPeer("bob").joined("lobby");
        kit().check(kit().target().serverPush().sendBroadcast(mine.roomId(), SERVER, "to all"), "SendBroadcast was refused");
        for (Room r : new Room[] {mine, bobs}) {
            Event e = r.await("onRoomMessageReceived at " + r, x -> x.name().equals("onRoomMessageReceived"));
            kit().checkEquals(SERVER, e.arg(0), "the sender at " + r);
        }
    }

    @Optional("D21; ref §6.9 (SendRoomUnicast reaches the standalone RTS SDK as onMessageReceived)")
    default void sendRoomUnicast_arrivesAsOnMessageReceived() {
        Client alice = kit().loggedIn("alice");
        Room mine = alice.joined("lobby");
        kit().check(kit().target().serverPush().sendRoomUnicast(mine.roomId(), SERVER, alice.uid(), "just you"),
                "SendRoomUnicast was refused");
        alice.await("onMessageReceived from the server", e -> e.name().equals("onMessageReceived")
                && SERVER.equals(e.arg(0)));
    }

    @Required("ref §4.2 [X] (To must be logged in); ref §2.3 [X] (after logout the uid is offline)")
    default void sendUnicast_toAUserWhoLoggedOut_isRefused() {
        Client alice = kit().loggedIn("alice");
        alice.rts().logout();
        alice.await("onLogout", e -> e.name().equals("onLogout"));
        kit().settle();
        kit().check(!kit().target().serverPush().sendUnicast(SERVER, alice.uid(), "still there?"),
                "SendUnicast to a user who logged out was accepted");
    }

    @Optional("D11 (a dropped user stays online during the grace); ref §4.2 [X] (To must be logged in);"
            + " fidelity §1 row 33 (what the cloud sends meanwhile reaches the app right after RECONNECTED 5)")
    default void sendUnicast_toAUserWhoIsReconnecting_isAccepted_andArrivesAfterReconnected() {
        Client alice = kit().loggedIn("alice");
        kit().needClock();
        ConformanceTarget.NetworkControl net = kit().target().network();
        net.disconnect(alice.uid());
        kit().expect("RECONNECTING (4) at alice", () -> alice.log().has(e -> e.name().equals("onConnectionStateChanged")
                && e.intArg(0) == ConnectionState.CONNECTION_STATE_RECONNECTING), ReconnectChecks.DROP);
        kit().check(kit().target().serverPush().sendUnicast(SERVER, alice.uid(), "while you were away"),
                "SendUnicast to a user who is reconnecting (still online) was refused");
        net.reconnect(alice.uid());
        Event message = alice.await("the pushed message", e -> e.name().equals("onMessageReceived"));
        Event back = alice.log().first(e -> e.name().equals("onConnectionStateChanged")
                && e.intArg(0) == ConnectionState.CONNECTION_STATE_RECONNECTED);
        kit().check(back != null && back.seq() < message.seq(), "the pushed message arrived before RECONNECTED (5)");
        kit().checkEquals(SERVER, message.arg(0), "the sender");
    }

    @Required("ref §4.2 [X] (for room actions To must be in the room)")
    default void sendRoomUnicast_toAUserNotInTheRoom_isRefused() {
        Client alice = kit().loggedIn("alice");
        Room mine = alice.joined("lobby");
        Client bob = kit().loggedInPeer("bob");
        kit().check(!kit().target().serverPush().sendRoomUnicast(mine.roomId(), SERVER, bob.uid(), "not for you"),
                "SendRoomUnicast to a user who is not in the room was accepted");
        kit().settle();
        kit().checkEquals(0, bob.log().count("onMessageReceived"), "messages at bob");
    }

    @Optional("fake choice (fidelity §1 row 27 RoomNotFound; §4: SendBroadcast to a room without members is refused)")
    default void sendBroadcast_toARoomWithoutMembers_isRefused() {
        kit().loggedIn("alice");
        kit().check(!kit().target().serverPush().sendBroadcast(kit().target().roomId("nobody-here"), SERVER, "anyone?"),
                "SendBroadcast to a room without members was accepted");
    }

    @Required("ref §4.2 [X] (per AppId at most 500 OpenAPI calls a second); D17")
    default void sendUnicast_501stWithinOneSecond_isRefused_acceptedAgainASecondLater() {
        Client alice = kit().loggedIn("alice");
        ConformanceTarget.ServerPush push = kit().target().serverPush();
        int[] accepted = new int[1];
        boolean[] oneMore = new boolean[1];
        kit().within(Duration.ofMillis(800), "501 SendUnicast calls", () -> {
            for (int i = 0; i < 500; i++) {
                if (push.sendUnicast(SERVER, alice.uid(), "m" + i)) {
                    accepted[0]++;
                }
            }
            oneMore[0] = push.sendUnicast(SERVER, alice.uid(), "one too many");
        });
        kit().checkEquals(500, accepted[0], "SendUnicast calls accepted of the first 500 within a second");
        kit().check(!oneMore[0], "the 501st SendUnicast within one second was accepted");
        kit().pass(Duration.ofMillis(1100));
        kit().check(push.sendUnicast(SERVER, alice.uid(), "a second later"), "SendUnicast a second later was refused");
    }

    @Required("ref §4.2 [X] (per room, client and OpenAPI messages together at most 100 a second; over it EXCEED_QPS 5)")
    default void sendBroadcast_101stWithinOneSecond_isRefused_andTheClientsBroadcastIsOverTheLimitToo() {
        Client alice = kit().loggedIn("alice");
        Room mine = alice.joined("lobby");
        ConformanceTarget.ServerPush push = kit().target().serverPush();
        int[] accepted = new int[1];
        boolean[] oneMore = new boolean[1];
        long[] id = new long[1];
        kit().within(Duration.ofMillis(800), "101 SendBroadcast calls and a room message", () -> {
            for (int i = 0; i < 100; i++) {
                if (push.sendBroadcast(mine.roomId(), SERVER, "b" + i)) {
                    accepted[0]++;
                }
            }
            oneMore[0] = push.sendBroadcast(mine.roomId(), SERVER, "one too many");
            id[0] = mine.rts().sendRoomMessage("me too");
        });
        kit().checkEquals(100, accepted[0], "SendBroadcast calls accepted of the first 100 within a second");
        kit().check(!oneMore[0], "the 101st SendBroadcast within one second was accepted");
        kit().checkEquals(RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_EXCEED_QPS, mine.awaitSendResult(id[0]),
                "the result of alice's room message in the same second");
    }
}
