package dev.rtsfake.conformance;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.conformance.probe.EngineProbe;
import dev.rtsfake.conformance.probe.Event;
import dev.rtsfake.conformance.probe.EventLog;
import dev.rtsfake.conformance.probe.RoomProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** One engine of a check, with the probe that records its callbacks and the uid it logs in as. */
public final class Client {
    private final Kit kit;
    private final String role;
    private final String uid;
    private final RTS rts;
    private final EngineProbe probe;
    private final ConformanceTarget.Device device;
    private final List<Room> rooms = new ArrayList<>();
    private boolean destroyed;

    Client(Kit kit, String role, String uid, RTS rts, EngineProbe probe, ConformanceTarget.Device device) {
        this.kit = kit;
        this.role = role;
        this.uid = uid;
        this.rts = rts;
        this.probe = probe;
        this.device = device;
    }

    /** The engine. */
    public RTS rts() {
        return rts;
    }

    /** The uid this client logs in as. */
    public String uid() {
        return uid;
    }

    /** The role the check gave it. */
    public String role() {
        return role;
    }

    /** The probe (the engine's handler). */
    public EngineProbe probe() {
        return probe;
    }

    /** What the engine's handler saw. */
    public EventLog log() {
        return probe.log();
    }

    /** Calls {@code login} with a valid token for this client's uid; returns what it returned. */
    public int login() {
        return rts.login(kit.target().token(uid), uid);
    }

    /** Logs in and waits for {@code onLoginResult(uid, 0, ...)}. */
    public Client loginAndAwait() {
        int r = login();
        kit.checkEquals(0, r, role + ".login(token, \"" + uid + "\")");
        awaitLoginResult(0);
        return this;
    }

    /** Waits for an {@code onLoginResult} with {@code code}. */
    public Event awaitLoginResult(int code) {
        return await("onLoginResult(\"" + uid + "\", " + code + ", ...) at " + role,
                e -> e.name().equals("onLoginResult") && e.intArg(1) == code);
    }

    /** Waits for the first event matching {@code p} at this client; returns it. */
    public Event await(String what, Predicate<Event> p) {
        kit.expect(what, () -> log().has(p));
        return log().first(p);
    }

    /** Waits for the first event named {@code name} whose first argument equals {@code firstArg}. */
    public Event awaitNamed(String name, Object firstArg) {
        return await(name + "(" + firstArg + ", ...) at " + role,
                e -> e.name().equals(name) && firstArg.equals(e.arg(0)));
    }

    /** Waits for the send result of message {@code id} and returns its code. */
    public int awaitSendResult(long id) {
        return awaitNamed("onMessageSendResult", id).intArg(1);
    }

    /** Waits for the server-message result of message {@code id}; returns the event. */
    public Event awaitServerResult(long id) {
        return awaitNamed("onServerMessageSendResult", id);
    }

    /** Sends a reliable text message to {@code to}. */
    public long send(Client to, String text) {
        return rts.sendMessage(to.uid(), text, MessageConfig.RELIABLE_ORDERED);
    }

    /** Creates a room of the check's name {@code name} with a probe as its handler; null if createRoom was. */
    public Room room(String name) {
        String roomId = kit.target().roomId(name);
        RTSRoom room = rts.createRoom(roomId);
        if (room == null) {
            return null;
        }
        RoomProbe rp = new RoomProbe(role + "@" + name);
        room.setRTSRoomEventHandler(rp);
        Room r = new Room(kit, this, roomId, room, rp);
        rooms.add(r);
        return r;
    }

    /** Creates and joins a room, waiting for state 0. */
    public Room joined(String name) {
        Room r = room(name);
        if (r == null) {
            throw kit.failure(role + ".createRoom(\"" + kit.target().roomId(name) + "\") returned null");
        }
        return r.joinAndAwait();
    }

    List<Room> rooms() {
        return new ArrayList<>(rooms);
    }

    /** Destroys the engine (once) through the device that made it. */
    public void destroy() {
        if (destroyed) {
            return;
        }
        destroyed = true;
        if (device != null) {
            device.destroyEngine(rts);
        } else {
            kit.target().destroyEngine(rts);
        }
    }

    @Override
    public String toString() {
        return role + " (" + uid + ")";
    }
}
