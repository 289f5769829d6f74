package dev.rtsfake.fake.engine;

import com.ss.bytertc.rts.engine.type.ConnectionState;
import com.ss.bytertc.rts.engine.type.ErrorCode;
import com.ss.bytertc.rts.engine.type.LogoutReason;
import dev.rtsfake.fake.internal.cloud.ClientPort;
import dev.rtsfake.fake.internal.cloud.Payload;
import dev.rtsfake.fake.internal.net.Link;
import dev.rtsfake.fake.trace.TraceKind;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where the cloud's messages, pushes and notices land in an engine, after crossing its link. Each
 * method runs inside a simulation step under the lock and turns what arrived into state changes and
 * callbacks. What is stamped with a session other than the engine's current one (sent to the uid the
 * engine was logged in as before) is dropped; send results always arrive (every id gets one).
 *
 * <p>While the engine reconnects, everything but a kick waits in its {@link ArrivalGate} and is
 * taken in when the reconnect is over; what is for a room then passes the room's own gate.
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
        e.releaseHeldArrivals();
    }

    @Override
    public void messageArrived(int session, String from, Payload payload) {
        e.arrivals.admit("message", e.holdDeadline(), () -> takeMessage(session, from, payload), null);
    }

    private void takeMessage(int session, String from, Payload payload) {
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
        e.messages.resultArrived(msgId, code);
    }

    @Override
    public void serverMessageResult(long msgId, int code, byte[] body) {
        e.messages.serverResultArrived(msgId, code, body);
    }

    @Override
    public void roomUserJoined(int session, String roomId, String uid) {
        toRoom(session, roomId, "room-notice", room -> room.userJoined(uid));
    }

    @Override
    public void roomUserLeft(int session, String roomId, String uid, int reason) {
        toRoom(session, roomId, "room-notice", room -> room.userLeft(uid, reason));
    }

    @Override
    public void roomMessageArrived(int session, String roomId, String from, Payload payload) {
        toRoom(session, roomId, "room-message", room -> room.messageArrived(from, payload));
    }

    @Override
    public void roomState(int session, String roomId, int state, String extraInfo) {
        toRoom(session, roomId, "room-notice", room -> room.postState(e.uid, state, extraInfo));
    }

    /**
     * Something for the room instance that has {@code roomId} now: through the engine's gate, then
     * the room's, dropped unless it is for the current session (checked as it passes each) and the
     * room is still that instance.
     */
    private void toRoom(int session, String roomId, String what, Consumer<FakeRTSRoom> take) {
        FakeRTSRoom target = e.rooms.get(roomId);
        long deadline = e.holdDeadline();
        e.arrivals.admit(what, deadline, () -> {
            FakeRTSRoom room = forCurrentSession(session, what) ? e.rooms.get(roomId) : null;
            if (room != null && room == target) {
                room.arrive(what, deadline, () -> {
                    if (forCurrentSession(session, what)) {
                        take.accept(room);
                    }
                }, null);
            }
        }, null);
    }
}
