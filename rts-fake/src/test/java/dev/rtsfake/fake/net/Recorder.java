package dev.rtsfake.fake.net;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import com.ss.bytertc.rts.engine.type.UserInfo;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A recording engine handler for the network tests (self-contained: does not depend on
 * dev.rtsfake.fake.testing). Each callback becomes one {@link Event}, stamped with virtual time.
 */
final class Recorder extends IRTSEventHandler {
    /** One callback. {@code args} are the callback's arguments as strings. */
    record Event(long atMillis, String scope, String name, List<String> args) {
        String arg(int i) {
            return args.get(i);
        }

        int intArg(int i) {
            return Integer.parseInt(args.get(i));
        }

        @Override
        public String toString() {
            return atMillis + "ms " + scope + " " + name + args;
        }
    }

    final String who;
    private final Supplier<Long> clockMillis;
    final List<Event> events;
    /**
     * Asked when RECONNECTING(4) is recorded: whether a room of the engine is waiting to rejoin
     * (null: never asked). The indexes of the events for which it said yes are in {@link #roomRejoiningAt}.
     */
    java.util.function.BooleanSupplier roomRejoining;
    final java.util.Set<Integer> roomRejoiningAt = new java.util.HashSet<>();

    Recorder(String who, Supplier<Long> clockMillis) {
        this(who, clockMillis, new ArrayList<>());
    }

    private Recorder(String who, Supplier<Long> clockMillis, List<Event> events) {
        this.who = who;
        this.clockMillis = clockMillis;
        this.events = events;
    }

    void add(String scope, String name, Object... args) {
        List<String> a = new ArrayList<>(args.length);
        for (Object o : args) {
            a.add(String.valueOf(o));
        }
        events.add(new Event(clockMillis.get(), scope, name, a));
    }

    /** A room handler recording into the same list, scope "room:" + roomId. */
    Room room(String roomId) {
        return new Room(this, "room:" + roomId);
    }

    List<Event> named(String name) {
        return events.stream().filter(e -> e.name().equals(name)).toList();
    }

    List<Event> where(Predicate<Event> p) {
        return events.stream().filter(p).toList();
    }

    List<Integer> connectionStates() {
        return named("onConnectionStateChanged").stream().map(e -> e.intArg(0)).toList();
    }

    /** Text (or binary decoded as UTF-8) bodies received P2P, in order. */
    List<String> received() {
        return events.stream().filter(e -> e.name().equals("onMessageReceived")
                || e.name().equals("onBinaryMessageReceived")).map(e -> e.arg(1)).toList();
    }

    List<String> roomReceived(String roomId) {
        return events.stream().filter(e -> e.scope().equals("room:" + roomId)
                && (e.name().equals("onRoomMessageReceived") || e.name().equals("onRoomBinaryMessageReceived")))
                .map(e -> e.arg(1)).toList();
    }

    /** Result codes for a P2P send id (normally exactly one). */
    List<Integer> resultsFor(long msgId) {
        return events.stream().filter(e -> e.name().equals("onMessageSendResult")
                && Long.parseLong(e.arg(0)) == msgId).map(e -> e.intArg(1)).toList();
    }

    List<Integer> roomResultsFor(String roomId, long msgId) {
        return events.stream().filter(e -> e.scope().equals("room:" + roomId)
                && e.name().equals("onRoomMessageSendResult")
                && Long.parseLong(e.arg(0)) == msgId).map(e -> e.intArg(1)).toList();
    }

    List<Integer> serverResultsFor(long msgId) {
        return events.stream().filter(e -> e.name().equals("onServerMessageSendResult")
                && Long.parseLong(e.arg(0)) == msgId).map(e -> e.intArg(1)).toList();
    }

    static String utf8(ByteBuffer b) {
        ByteBuffer d = b.duplicate();
        byte[] bytes = new byte[d.remaining()];
        d.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public void onConnectionStateChanged(int state, int reason) {
        if (state == 4 && roomRejoining != null && roomRejoining.getAsBoolean()) {
            roomRejoiningAt.add(events.size());
        }
        add("engine", "onConnectionStateChanged", state, reason);
    }

    @Override
    public void onLoginResult(String uid, int errorCode, int elapsed) {
        add("engine", "onLoginResult", uid, errorCode, elapsed);
    }

    @Override
    public void onLogout(int reason) {
        add("engine", "onLogout", reason);
    }

    @Override
    public void onServerParamsSetResult(int error) {
        add("engine", "onServerParamsSetResult", error);
    }

    @Override
    public void onGetPeerOnlineStatus(String peerUserId, int status) {
        add("engine", "onGetPeerOnlineStatus", peerUserId, status);
    }

    @Override
    public void onMessageReceived(String uid, String message) {
        add("engine", "onMessageReceived", uid, message);
    }

    @Override
    public void onBinaryMessageReceived(String uid, ByteBuffer message) {
        add("engine", "onBinaryMessageReceived", uid, utf8(message));
    }

    @Override
    public void onMessageSendResult(long msgid, int error) {
        add("engine", "onMessageSendResult", msgid, error);
    }

    @Override
    public void onServerMessageSendResult(long msgid, int error, ByteBuffer message) {
        add("engine", "onServerMessageSendResult", msgid, error, message == null ? "" : utf8(message));
    }

    @Override
    public void onCreateRoomStateChanged(String roomId, int errorCode) {
        add("engine", "onCreateRoomStateChanged", roomId, errorCode);
    }

    /** The room handler. */
    static final class Room extends IRTSRoomEventHandler {
        private final Recorder r;
        private final String scope;

        Room(Recorder r, String scope) {
            this.r = r;
            this.scope = scope;
        }

        @Override
        public void onRoomStateChanged(String roomId, String uid, int state, String extraInfo) {
            r.add(scope, "onRoomStateChanged", roomId, uid, state, extraInfo);
        }

        @Override
        public void onLeaveRoom(com.ss.bytertc.rts.engine.type.RTCRoomStats stats) {
            r.add(scope, "onLeaveRoom");
        }

        @Override
        public void onUserJoined(UserInfo userInfo, int elapsed) {
            r.add(scope, "onUserJoined", userInfo.getUid());
        }

        @Override
        public void onUserLeave(String uid, int reason) {
            r.add(scope, "onUserLeave", uid, reason);
        }

        @Override
        public void onRoomMessageReceived(String uid, String message) {
            r.add(scope, "onRoomMessageReceived", uid, message);
        }

        @Override
        public void onRoomBinaryMessageReceived(String uid, ByteBuffer message) {
            r.add(scope, "onRoomBinaryMessageReceived", uid, utf8(message));
        }

        @Override
        public void onRoomMessageSendResult(long msgid, int error) {
            r.add(scope, "onRoomMessageSendResult", msgid, error);
        }
    }
}
