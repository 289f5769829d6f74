package dev.rtsfake.conformance.checks;

import dev.rtsfake.conformance.Client;
import dev.rtsfake.conformance.Optional;
import dev.rtsfake.conformance.Required;
import dev.rtsfake.conformance.Room;
import dev.rtsfake.conformance.probe.Event;
import dev.rtsfake.conformance.probe.Received;
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
}
