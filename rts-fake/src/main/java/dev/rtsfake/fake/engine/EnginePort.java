package dev.rtsfake.fake.engine;

import com.ss.bytertc.rts.engine.type.ConnectionState;
import com.ss.bytertc.rts.engine.type.ErrorCode;
import com.ss.bytertc.rts.engine.type.LogoutReason;
import dev.rtsfake.fake.cloud.ClientPort;
import dev.rtsfake.fake.cloud.Payload;
import dev.rtsfake.fake.net.Link;
import dev.rtsfake.fake.trace.TraceKind;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the cloud's messages, pushes and notices land in an engine, after crossing its link. Each
 * method runs inside a simulation step under the lock and turns what arrived into state changes and
 * callbacks. What is stamped with a session other than the engine's current one (sent to the uid the
 * engine was logged in as before) is dropped; send results always arrive (every id gets one).
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

    /** Whether something stamped {@code session} is for the engine's current session. */
    private boolean forCurrentSession(int session, String what) {
        if (e.destroyed) {
            return false;
        }
        if (session != e.session) {
            e.sim.trace().record(TraceKind.STATE, e.traceName(), "dropped-for-earlier-session",
                    null, what, session);
            return false;
        }
        return true;
    }

    @Override
    public void kicked(int session) {
        int reason = LogoutReason.LOGOUT_REASON_DUPLICATE_LOGIN;
        sessionEndedByCloud(session, "kick", () -> e.post("onLogout", () -> e.handlerOrNoop().onLogout(reason), reason),
                ErrorCode.ERROR_CODE_DUPLICATE_LOGIN);
    }

    @Override
    public void sessionInvalidated(int session) {
        sessionEndedByCloud(session, "invalidated", () -> e.setConnectionState(ConnectionState.CONNECTION_STATE_FAILED),
                ErrorCode.ERROR_CODE_ABNORMAL_SERVER_STATUS);
    }

    /**
     * The cloud ended the current session: the engine ends it locally (no rejoin), {@code announce}
     * tells the app, then every room it was in reports {@code roomState}.
     */
    private void sessionEndedByCloud(int session, String what, Runnable announce, int roomState) {
        if (!forCurrentSession(session, what) || e.loginState == LoginState.LOGGED_OUT) {
            return;
        }
        String uid = e.uid;
        List<FakeRTSRoom> inRooms = new ArrayList<>();
        for (FakeRTSRoom room : e.rooms.values()) {
            if (room.isInRoom()) {
                inRooms.add(room);
            }
        }
        e.loginFlow.endSessionLocally();
        for (FakeRTSRoom room : inRooms) {
            room.forgetRejoin();
        }
        announce.run();
        for (FakeRTSRoom room : inRooms) {
            room.postState(uid, roomState, "{}");
        }
    }

    @Override
    public void messageArrived(int session, String from, Payload payload) {
        if (!forCurrentSession(session, "message") || e.loginState == LoginState.LOGGED_OUT) {
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
            e.post("onMessageReceived", () -> e.handlerOrNoop().onMessageReceived(from, text), from,
                    payload.traceValue());
        }
    }

    @Override
    public void messageResult(long msgId, int code) {
        e.messages.result(msgId, code);
    }

    @Override
    public void serverMessageResult(long msgId, int code, byte[] body) {
        e.messages.serverResult(msgId, code, body);
    }

    @Override
    public void roomUserJoined(int session, String roomId, String uid) {
        FakeRTSRoom room = forCurrentSession(session, "room-notice") ? e.rooms.get(roomId) : null;
        if (room != null) {
            room.userJoined(uid);
        }
    }

    @Override
    public void roomUserLeft(int session, String roomId, String uid, int reason) {
        FakeRTSRoom room = forCurrentSession(session, "room-notice") ? e.rooms.get(roomId) : null;
        if (room != null) {
            room.userLeft(uid, reason);
        }
    }

    @Override
    public void roomMessageArrived(int session, String roomId, String from, Payload payload) {
        FakeRTSRoom room = forCurrentSession(session, "room-message") ? e.rooms.get(roomId) : null;
        if (room != null) {
            room.messageArrived(from, payload);
        }
    }

    @Override
    public void roomState(int session, String roomId, int state, String extraInfo) {
        FakeRTSRoom room = forCurrentSession(session, "room-notice") ? e.rooms.get(roomId) : null;
        if (room != null) {
            room.postState(e.uid, state, extraInfo);
        }
    }
}
