package dev.rtsfake.conformance;

import com.ss.bytertc.rts.engine.RTSRoom;
import dev.rtsfake.conformance.probe.Event;
import dev.rtsfake.conformance.probe.EventLog;
import dev.rtsfake.conformance.probe.RoomProbe;
import java.util.function.Predicate;

/** One room instance of a client, with the probe that records its callbacks. */
public final class Room {
    private final Kit kit;
    private final Client owner;
    private final String roomId;
    private final RTSRoom room;
    private final RoomProbe probe;

    Room(Kit kit, Client owner, String roomId, RTSRoom room, RoomProbe probe) {
        this.kit = kit;
        this.owner = owner;
        this.roomId = roomId;
        this.room = room;
        this.probe = probe;
    }

    /** The room instance. */
    public RTSRoom rts() {
        return room;
    }

    /** The room id as given to {@code createRoom}. */
    public String roomId() {
        return roomId;
    }

    /** The client that made it. */
    public Client owner() {
        return owner;
    }

    /** What the room's handler saw. */
    public EventLog log() {
        return probe.log();
    }

    /** The room's probe. */
    public RoomProbe probe() {
        return probe;
    }

    /** Joins and waits for {@code onRoomStateChanged(roomId, uid, 0, ...)}. */
    public Room joinAndAwait() {
        int r = room.joinRoom();
        kit.checkEquals(0, r, owner.role() + "'s joinRoom() of " + roomId);
        awaitState(0);
        return this;
    }

    /** Waits for a room state {@code state} and returns the event. */
    public Event awaitState(int state) {
        return await("onRoomStateChanged(\"" + roomId + "\", \"" + owner.uid() + "\", " + state + ", ...) at "
                + log().owner(), e -> e.name().equals("onRoomStateChanged") && e.intArg(2) == state);
    }

    /** Waits for the first event matching {@code p}; returns it. */
    public Event await(String what, Predicate<Event> p) {
        kit.expect(what, () -> log().has(p));
        return log().first(p);
    }

    /** Waits for {@code onUserJoined(uid, ...)}. */
    public Event awaitUserJoined(Client who) {
        return await("onUserJoined(\"" + who.uid() + "\", ...) at " + log().owner(),
                e -> e.name().equals("onUserJoined") && who.uid().equals(e.arg(0)));
    }

    /** Waits for {@code onUserLeave(uid, reason)}. */
    public Event awaitUserLeave(Client who, int reason) {
        return await("onUserLeave(\"" + who.uid() + "\", " + reason + ") at " + log().owner(),
                e -> e.name().equals("onUserLeave") && who.uid().equals(e.arg(0)) && e.intArg(1) == reason);
    }

    /** Waits for the result of room message {@code id} and returns its code. */
    public int awaitSendResult(long id) {
        return await("onRoomMessageSendResult(" + id + ", ...) at " + log().owner(),
                e -> e.name().equals("onRoomMessageSendResult") && e.longArg(0) == id).intArg(1);
    }

    @Override
    public String toString() {
        return log().owner();
    }
}
