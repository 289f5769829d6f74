package dev.rtsfake.fake.engine;

import com.ss.bytertc.rts.engine.type.ErrorCode;
import com.ss.bytertc.rts.engine.type.LogoutReason;
import dev.rtsfake.fake.cloud.ClientPort;
import dev.rtsfake.fake.cloud.Payload;
import dev.rtsfake.fake.net.Link;
import dev.rtsfake.fake.trace.Bytes;
import java.nio.ByteBuffer;

/**
 * Where the cloud's answers and pushes land in an engine, after crossing its link. Each method runs
 * inside a simulation step under the lock and turns what arrived into state changes and callbacks.
 */
final class EnginePort implements ClientPort {
    private final FakeRTS e;

    EnginePort(FakeRTS engine) {
        this.e = engine;
    }

    @Override
    public String appId() {
        return e.appId;
    }

    @Override
    public String traceName() {
        return e.traceName();
    }

    @Override
    public Link link() {
        return e.link;
    }

    @Override
    public void loginResult(int code, boolean relogin) {
        if (e.destroyed) {
            return;
        }
        e.reconnector.loginAnswered(code, relogin);
    }

    @Override
    public void kicked() {
        if (e.destroyed || e.loginState == LoginState.LOGGED_OUT) {
            return;
        }
        String uid = e.uid;
        java.util.List<FakeRTSRoom> inRooms = new java.util.ArrayList<>();
        for (FakeRTSRoom room : e.rooms.values()) {
            if (room.isInRoom()) {
                inRooms.add(room);
            }
        }
        e.endSessionLocally();
        for (FakeRTSRoom room : inRooms) {
            room.forgetRejoin();
        }
        int reason = LogoutReason.LOGOUT_REASON_DUPLICATE_LOGIN;
        e.post("onLogout", () -> e.handlerOrNoop().onLogout(reason), reason);
        for (FakeRTSRoom room : inRooms) {
            room.postState(uid, ErrorCode.ERROR_CODE_DUPLICATE_LOGIN, "{}");
        }
    }

    @Override
    public void sessionInvalidated() {
        if (e.destroyed || e.loginState == LoginState.LOGGED_OUT) {
            return;
        }
        String uid = e.uid;
        java.util.List<FakeRTSRoom> inRooms = new java.util.ArrayList<>();
        for (FakeRTSRoom room : e.rooms.values()) {
            if (room.isInRoom()) {
                inRooms.add(room);
            }
        }
        e.endSessionLocally();
        e.setConnectionState(7);
        for (FakeRTSRoom room : inRooms) {
            room.forgetRejoin();
            room.postState(uid, ErrorCode.ERROR_CODE_ABNORMAL_SERVER_STATUS, "{}");
        }
    }

    @Override
    public void serverParamsResult(int code) {
        if (e.serverParams == 1) {
            e.serverParams = code == 200 ? 2 : 0;
        }
        e.post("onServerParamsSetResult", () -> e.handlerOrNoop().onServerParamsSetResult(code), code);
    }

    @Override
    public void peerStatus(String peer, int status) {
        e.post("onGetPeerOnlineStatus", () -> e.handlerOrNoop().onGetPeerOnlineStatus(peer, status), peer, status);
    }

    @Override
    public void messageArrived(String from, Payload payload) {
        if (e.destroyed || e.loginState == LoginState.LOGGED_OUT) {
            // Logged out (or kicked) while the message was on its way: the vendor page says no message
            // callback arrives after logout. The sender still gets its one result.
            return;
        }
        if (payload.binary()) {
            ByteBuffer buffer = payload.freshBuffer();
            e.post("onBinaryMessageReceived", () -> e.handlerOrNoop().onBinaryMessageReceived(from, buffer),
                    from, payload.traceValue());
        } else {
            String text = payload.text();
            e.post("onMessageReceived", () -> e.handlerOrNoop().onMessageReceived(from, text), from, text);
        }
    }

    @Override
    public void messageResult(long msgId, int code) {
        e.postMessageResult(msgId, code);
    }

    @Override
    public void serverMessageResult(long msgId, int code, byte[] body) {
        ByteBuffer buffer = ByteBuffer.wrap(body.clone());
        e.post("onServerMessageSendResult", () -> e.handlerOrNoop().onServerMessageSendResult(msgId, code, buffer),
                msgId, code, Bytes.owning(body.clone()));
    }

    @Override
    public void roomUserJoined(String roomId, String uid) {
        FakeRTSRoom room = e.rooms.get(roomId);
        if (room != null) {
            room.userJoined(uid);
        }
    }

    @Override
    public void roomUserLeft(String roomId, String uid, int reason) {
        FakeRTSRoom room = e.rooms.get(roomId);
        if (room != null) {
            room.userLeft(uid, reason);
        }
    }

    @Override
    public void roomMessageArrived(String roomId, String from, Payload payload) {
        FakeRTSRoom room = e.rooms.get(roomId);
        if (room != null) {
            room.messageArrived(from, payload);
        }
    }

    @Override
    public void roomState(String roomId, int state, String extraInfo) {
        FakeRTSRoom room = e.rooms.get(roomId);
        if (room != null) {
            room.postState(e.uid, state, extraInfo);
        }
    }
}
