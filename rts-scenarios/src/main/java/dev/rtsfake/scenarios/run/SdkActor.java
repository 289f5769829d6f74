package dev.rtsfake.scenarios.run;

import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import com.ss.bytertc.rts.engine.type.RTCRoomStats;
import com.ss.bytertc.rts.engine.type.UserInfo;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.scenarios.model.Action;
import dev.rtsfake.scenarios.model.ClientAction;
import dev.rtsfake.scenarios.model.UserSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A user as a plain SDK engine of the run's cloud: every step is an SDK call, every callback an
 * observation named after it, with the SDK's argument names. It joins its rooms when its first
 * login succeeds. {@code onSysStats} and {@code onLogReport} are not recorded.
 */
final class SdkActor implements Actor {
    private final FakeRtsCloud cloud;
    private final String appId;
    private final UserSpec spec;
    private final Consumer<Observation> sink;
    private final Map<String, RTSRoom> rooms = new HashMap<>();
    private FakeRTS engine;
    private boolean joinedOwnRooms;

    SdkActor(FakeRtsCloud cloud, String appId, UserSpec spec, Consumer<Observation> sink) {
        this.cloud = cloud;
        this.appId = appId;
        this.spec = spec;
        this.sink = sink;
    }

    @Override
    public void start() {
        engine = cloud.createRTS(appId, new Handler());
    }

    @Override
    public String linkName() {
        return engine.name();
    }

    @Override
    public List<String> engineNames() {
        return List.of(engine.name());
    }

    @Override
    public String resultChannel(ClientAction send) {
        if (send instanceof ClientAction.Broadcast b) {
            return "room:" + b.room();
        }
        return send instanceof ClientAction.SendServer ? "server" : "p2p";
    }

    @Override
    public Object perform(ClientAction action, String text, String token) {
        byte[] bytes = text == null ? null : text.getBytes(StandardCharsets.UTF_8);
        if (action instanceof ClientAction.Login) {
            return engine.login(token, spec.uid());
        } else if (action instanceof ClientAction.Logout) {
            return engine.logout();
        } else if (action instanceof ClientAction.Send s) {
            return s.binary() ? engine.sendBinaryMessage(s.to(), bytes, s.reliability())
                    : engine.sendMessage(s.to(), text, s.reliability());
        } else if (action instanceof ClientAction.Broadcast b) {
            RTSRoom room = room(b.room());
            return room == null ? null : b.binary() ? room.sendRoomBinaryMessage(bytes) : room.sendRoomMessage(text);
        } else if (action instanceof ClientAction.SendServer s) {
            return s.binary() ? engine.sendServerBinaryMessage(bytes) : engine.sendServerMessage(text);
        } else if (action instanceof ClientAction.Join j) {
            RTSRoom room = room(j.room());
            return room == null ? null : room.joinRoom();
        } else if (action instanceof ClientAction.Leave l) {
            RTSRoom room = room(l.room());
            return room == null ? null : room.leaveRoom();
        } else if (action instanceof ClientAction.ServerParams p) {
            return engine.setServerParams(p.signature(), p.url());
        } else if (action instanceof ClientAction.PeerStatus p) {
            return engine.getPeerOnlineStatus(p.peer());
        } else if (action instanceof ClientAction.RenewToken) {
            return engine.updateLoginToken(token);
        } else if (action instanceof ClientAction.Destroy) {
            engine.destroy();
            return null;
        }
        throw new IllegalArgumentException(spec.name() + " is a plain SDK engine: it has no action '"
                + ((ClientAction.Act) action).action() + "'; give the user a client adapter (client: NAME) for named actions");
    }

    /** The user's room object for {@code roomId}, made (with its handler) the first time; null if the SDK refused. */
    private RTSRoom room(String roomId) {
        RTSRoom room = rooms.get(roomId);
        if (room == null) {
            room = engine.createRoom(roomId);
            if (room != null) {
                room.setRTSRoomEventHandler(new RoomHandler(roomId));
                rooms.put(roomId, room);
            }
        }
        return room;
    }

    private void record(String name, Object... keyValues) {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            args.put((String) keyValues[i], v instanceof ByteBuffer b ? text(b) : String.valueOf(v));
        }
        sink.accept(new Observation(cloud.elapsed().toNanos(), spec.name(), name, args));
    }

    private static String text(ByteBuffer b) {
        ByteBuffer copy = b.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private final class Handler extends IRTSEventHandler {
        @Override
        public void onLoginResult(String uid, int errorCode, int elapsed) {
            record("onLoginResult", "uid", uid, "errorCode", errorCode, "elapsed", elapsed);
            if (errorCode == 0 && !joinedOwnRooms) {
                joinedOwnRooms = true;
                for (String r : spec.rooms()) {
                    RTSRoom room = room(r);
                    if (room != null) {
                        room.joinRoom();
                    }
                }
            }
        }

        @Override
        public void onLogout(int reason) {
            record("onLogout", "reason", reason);
        }

        @Override
        public void onConnectionStateChanged(int state, int reason) {
            record("onConnectionStateChanged", "state", state, "reason", reason);
        }

        @Override
        public void onMessageReceived(String uid, String message) {
            record("onMessageReceived", "uid", uid, "message", message);
        }

        @Override
        public void onBinaryMessageReceived(String uid, ByteBuffer message) {
            record("onBinaryMessageReceived", "uid", uid, "message", message);
        }

        @Override
        public void onMessageSendResult(long msgid, int error) {
            record("onMessageSendResult", "msgid", msgid, "error", error);
        }

        @Override
        public void onServerParamsSetResult(int error) {
            record("onServerParamsSetResult", "error", error);
        }

        @Override
        public void onServerMessageSendResult(long msgid, int error, ByteBuffer message) {
            record("onServerMessageSendResult", "msgid", msgid, "error", error, "message", message == null ? "" : message);
        }

        @Override
        public void onGetPeerOnlineStatus(String peerUserId, int status) {
            record("onGetPeerOnlineStatus", "peerUserId", peerUserId, "status", status);
        }

        @Override
        public void onCreateRoomStateChanged(String roomId, int errorCode) {
            record("onCreateRoomStateChanged", "roomId", roomId, "errorCode", errorCode);
        }

        @Override
        public void onNetworkTypeChanged(int type) {
            record("onNetworkTypeChanged", "type", type);
        }
    }

    private final class RoomHandler extends IRTSRoomEventHandler {
        private final String room;

        RoomHandler(String room) {
            this.room = room;
        }

        @Override
        public void onRoomStateChanged(String roomId, String uid, int state, String extraInfo) {
            record("onRoomStateChanged", "room", roomId, "uid", uid, "state", state, "extraInfo", extraInfo);
        }

        @Override
        public void onLeaveRoom(RTCRoomStats stats) {
            record("onLeaveRoom", "room", room);
        }

        @Override
        public void onUserJoined(UserInfo userInfo, int elapsed) {
            record("onUserJoined", "room", room, "uid", userInfo.getUid(), "elapsed", elapsed);
        }

        @Override
        public void onUserLeave(String uid, int reason) {
            record("onUserLeave", "room", room, "uid", uid, "reason", reason);
        }

        @Override
        public void onRoomMessageReceived(String uid, String message) {
            record("onRoomMessageReceived", "room", room, "uid", uid, "message", message);
        }

        @Override
        public void onRoomBinaryMessageReceived(String uid, ByteBuffer message) {
            record("onRoomBinaryMessageReceived", "room", room, "uid", uid, "message", message);
        }

        @Override
        public void onRoomMessageSendResult(long msgid, int error) {
            record("onRoomMessageSendResult", "room", room, "msgid", msgid, "error", error);
        }
    }
}
