package dev.rtsfake.fake.engine;

import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import com.ss.bytertc.rts.engine.type.ErrorCode;
import com.ss.bytertc.rts.engine.type.RTCRoomStats;
import com.ss.bytertc.rts.engine.type.ReturnStatus;
import com.ss.bytertc.rts.engine.type.RoomMessageSendResult;
import com.ss.bytertc.rts.engine.type.UserInfo;
import dev.rtsfake.fake.diag.MisuseRule;
import dev.rtsfake.fake.internal.cloud.Payload;
import dev.rtsfake.fake.internal.core.CallbackTarget;
import dev.rtsfake.fake.internal.core.Delivery;
import dev.rtsfake.fake.net.Packet;
import dev.rtsfake.fake.net.PacketKind;
import dev.rtsfake.fake.trace.TraceKind;
import java.nio.ByteBuffer;
import java.util.function.IntConsumer;

/**
 * A simulated RTS room: the whole {@link RTSRoom} API for one room id of one engine.
 *
 * <p>Joining needs the engine to be logged in; broadcasts reach every other member, never the
 * sender, and each gets exactly one {@code onRoomMessageSendResult} (200 on success). Room message
 * ids count from 1 per room instance. After {@link #destroy()} every method fails and nothing calls
 * back.
 *
 * <p>When the engine's connection drops, a room that was joined (or joining) rejoins by itself once
 * the engine has reconnected: join_type 1 if the app had heard it joined, else 0 (the app's own join,
 * first succeeding then). From the drop until that join reports its state, what the cloud sends the
 * room waits and reaches the app after it.
 */
public final class FakeRTSRoom extends RTSRoom {
    private final FakeRTS engine;
    private final String roomId;
    private volatile IRTSRoomEventHandler handler;
    /** Written under the simulation lock; volatile so the harness can read it from any thread. */
    private volatile RoomState state = RoomState.IDLE;
    /** The join request waiting for its answer (null when none); answers to earlier ones are ignored. */
    private PendingRequest join;
    /** What the simulation delivers this room's callbacks to: on its engine's callback thread. */
    private final CallbackTarget callbacks = new CallbackTarget() {
        @Override
        public boolean acceptsCallbacks() {
            return FakeRTSRoom.this.acceptsCallbacks();
        }

        @Override
        public String traceName() {
            return FakeRTSRoom.this.traceName();
        }

        @Override
        public CallbackTarget owner() {
            return engine.callbacks;
        }
    };
    /** The leave request whose answer ends LEAVING (null when none). */
    private PendingRequest leave;
    private long nextMsgId = 1;
    /** What the cloud sent the room while it rejoins: it reaches the app after the rejoin's state 0. */
    private final ArrivalGate arrivals;
    /** Whether the app has heard state 0 since its last joinRoom (a later automatic join is join_type 1). */
    private boolean joinedOnce;
    /**
     * Names the join the cloud is asked for: the app's joinRoom, and each automatic rejoin after the
     * app heard state 0. A repeat with the same id (an automatic retry of a join the app never heard
     * succeed) is the same join to the cloud, which tells the other members only once.
     */
    private long joinId;
    /** Whether the app has heard state 0 for {@link #joinId}, so the next automatic rejoin needs a new one. */
    private boolean joinIdAnswered;
    /** Whether the join in flight is the engine's automatic one after a reconnect. */
    private boolean autoJoin;
    private long joinStartedAt;
    private long joinedAt;
    private long txBytes;
    private long rxBytes;
    private int usersSeen;

    FakeRTSRoom(FakeRTS engine, String roomId) {
        this.engine = engine;
        this.roomId = roomId;
        this.arrivals = new ArrivalGate(engine.sim, engine::traceName, roomId);
    }

    /** The room id. */
    public String roomId() {
        return roomId;
    }

    /** Where this room instance is. */
    public RoomState state() {
        return state;
    }

    /** The engine this room belongs to. */
    public FakeRTS engine() {
        return engine;
    }

    /** False once the room or its engine is destroyed: callbacks still queued for it are dropped. */
    boolean acceptsCallbacks() {
        return state != RoomState.DESTROYED && !engine.destroyed;
    }

    /** The name the trace shows for it: its engine's. */
    String traceName() {
        return engine.traceName();
    }

    @Override
    public String toString() {
        return "FakeRTSRoom[" + roomId + ", " + state + "]";
    }

    boolean isInRoom() {
        return state == RoomState.JOINING || state == RoomState.JOINED || state == RoomState.REJOIN_PENDING;
    }

    // ---------------------------------------------------------------- RTSRoom API

    @Override
    public void destroy() {
        engine.lock();
        try {
            if (state == RoomState.DESTROYED) {
                engine.sim.diagnostics().misuse(traceName(), "room.destroy", MisuseRule.USE_AFTER_DESTROY);
                engine.calls.callReturning("room.destroy", null, roomId);
                return;
            }
            engine.calls.callReturning("room.destroy", null, roomId);
            leaveQuietly();
            state = RoomState.DESTROYED;
            arrivals.discard();
            engine.rooms.remove(roomId, this);
        } finally {
            engine.unlock();
        }
    }

    @Override
    public int joinRoom() {
        engine.lock();
        try {
            if (state == RoomState.DESTROYED) {
                engine.sim.diagnostics().misuse(traceName(), "joinRoom", MisuseRule.USE_AFTER_DESTROY);
                return engine.calls.call("joinRoom", ReturnStatus.RETURN_STATUS_WRONG_STATE.value(), roomId);
            }
            if (isInRoom()) {
                return engine.calls.call("joinRoom", ReturnStatus.RETURN_STATUS_PARAMETER_ERR.value(), roomId);
            }
            int result = engine.calls.call("joinRoom", 0, roomId);
            if (engine.loginState != LoginState.LOGGED_IN) {
                engine.sim.diagnostics().misuse(traceName(), "joinRoom", MisuseRule.JOIN_BEFORE_LOGIN);
                String uid = engine.uid == null ? "" : engine.uid;
                postState(uid, ErrorCode.ERROR_CODE_JOIN_ROOM, "{}");
                return result;
            }
            joinStartedAt = engine.sim.now();
            joinedOnce = false;
            joinId = engine.nextJoinId();
            joinIdAnswered = false;
            sendJoin(false);
            return result;
        } finally {
            engine.unlock();
        }
    }

    /**
     * Sends a join request. It gets exactly one answer: the cloud's, or, when none is back one message
     * timeout after the call, a give-up (state -1001, back to IDLE, and a quiet leave in case the
     * cloud did add the member).
     */
    private void sendJoin(boolean automatic) {
        state = RoomState.JOINING;
        autoJoin = automatic;
        int joinType = joinedOnce ? 1 : 0;
        String uid = engine.uid;
        long id = joinId;
        long deadline = engine.messageDeadline();
        PendingRequest request = new PendingRequest(engine.sim, engine.openRequests);
        join = request;
        request.giveUpAt(deadline, () -> joinGaveUp(request, uid));
        // The answer waits for the end of a reconnect (not for the room's own gate: it opens that).
        IntConsumer answer = code -> engine.arrivals.admit("join-answer", deadline,
                () -> joinAnswered(request, code, joinType), null);
        engine.link.up().send(Packet.reliable(PacketKind.JOIN, uid, roomId, 0),
                () -> engine.service.joinRoom(engine.port, uid, roomId, id, deadline, answer),
                null, deadline, answer);
    }

    private void joinGaveUp(PendingRequest request, String uid) {
        if (request != join) {
            return;
        }
        join = null;
        autoJoin = false;
        engine.sim.trace().record(TraceKind.STATE, traceName(), "join-gave-up", null, roomId);
        state = RoomState.IDLE;
        postState(uid, ErrorCode.ERROR_CODE_JOIN_ROOM, "{}");
        if (engine.loginState != LoginState.LOGGED_OUT && uid != null && uid.equals(engine.uid)) {
            // The request may have got through while its answer did not: take the member out again.
            sendQuietLeave(uid);
        }
        releaseHeldIfSettled();
    }

    /** Ends the pending join request, if any, without an answer (the session ended or dropped). */
    private void dropJoinRequest() {
        if (join != null) {
            join.settle();
            join = null;
        }
        autoJoin = false;
    }

    @Override
    public int setRTSRoomEventHandler(IRTSRoomEventHandler rtsRoomEventHandler) {
        engine.lock();
        try {
            if (state == RoomState.DESTROYED) {
                return engine.calls.dead("setRTSRoomEventHandler", roomId, CallTrace.handlerName(rtsRoomEventHandler));
            }
            handler = rtsRoomEventHandler;
            return engine.calls.call("setRTSRoomEventHandler", 0, roomId, CallTrace.handlerName(rtsRoomEventHandler));
        } finally {
            engine.unlock();
        }
    }

    @Override
    public int leaveRoom() {
        engine.lock();
        try {
            if (state == RoomState.DESTROYED) {
                return engine.calls.dead("leaveRoom", roomId);
            }
            int result = engine.calls.call("leaveRoom", 0, roomId);
            if (!isInRoom()) {
                return result;
            }
            dropJoinRequest();
            state = RoomState.LEAVING;
            String uid = engine.uid;
            long deadline = engine.messageDeadline();
            // Exactly one onLeaveRoom: the cloud's answer, or the give-up at the deadline.
            PendingRequest request = new PendingRequest(engine.sim, engine.openRequests);
            leave = request;
            request.giveUpAt(deadline, () -> leaveAnswered(request));
            engine.link.up().send(Packet.reliable(PacketKind.LEAVE, uid, roomId, 0),
                    () -> engine.service.leaveRoom(engine.port, uid, roomId, deadline,
                            () -> engine.arrivals.admit("leave-answer", deadline, () -> {
                                if (request.settle()) {
                                    leaveAnswered(request);
                                }
                            }, null)));
            // No longer rejoining: what waited is handed on (messages are dropped, results still come).
            releaseHeldIfSettled();
            return result;
        } finally {
            engine.unlock();
        }
    }

    @Override
    public long sendRoomMessage(String messageStr) {
        return send("sendRoomMessage", messageStr == null ? null : Payload.text(messageStr),
                messageStr == null ? -1 : Payload.utf8Length(messageStr), Limits.MAX_TEXT_BYTES);
    }

    @Override
    public long sendRoomBinaryMessage(byte[] buffer) {
        return send("sendRoomBinaryMessage", buffer == null ? null : Payload.binary(buffer),
                buffer == null ? -1 : buffer.length, Limits.MAX_BINARY_BYTES);
    }

    private long send(String call, Payload payload, int size, int limit) {
        // The trace keeps a summary of a long message, never the message itself (nor a refused one).
        Object traceMessage = payload == null || !engine.sim.trace().enabled() ? null : payload.traceValue();
        engine.lock();
        try {
            if (state == RoomState.DESTROYED) {
                engine.sim.diagnostics().misuse(traceName(), call, MisuseRule.USE_AFTER_DESTROY);
                return engine.calls.callLong(call, -1, roomId, traceMessage);
            }
            if (payload == null) {
                return engine.calls.callLong(call, ReturnStatus.RETURN_STATUS_PARAMETER_ERR.value(), roomId, traceMessage);
            }
            long id = nextMsgId++;
            engine.calls.callLong(call, id, roomId, traceMessage);
            boolean joined = state == RoomState.JOINED || state == RoomState.REJOIN_PENDING;
            int immediate = !joined ? RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_NOT_JOIN
                    : size > limit ? RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_EXCEED_MAX_LENGTH : -1;
            if (immediate >= 0) {
                messageResult(id, immediate);
                return id;
            }
            txBytes += size;
            String uid = engine.uid;
            long deadline = engine.messageDeadline();
            Runnable timedOut = () -> messageResult(id, RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_TIMEOUT);
            // The cloud's result waits for the end of a reconnect, then for the room's rejoin; at the
            // send's deadline it becomes TIMEOUT.
            IntConsumer answered = code -> engine.arrivals.admit("room-result", deadline,
                    () -> arrive("room-result", deadline, () -> messageResult(id, code), timedOut), timedOut);
            Messages.sendForResult(engine.link, Packet.reliable(PacketKind.BROADCAST, uid, roomId, id), deadline,
                    () -> engine.service.broadcast(engine.port, uid, roomId, id, payload, deadline, answered),
                    answered, timedOut);
            return id;
        } finally {
            engine.unlock();
        }
    }

    // ---------------------------------------------------------------- arrivals (under the lock, in a step)

    private void joinAnswered(PendingRequest request, int code, int joinType) {
        if (!request.settle() || request != join) {
            return;
        }
        join = null;
        autoJoin = false;
        if (state != RoomState.JOINING) {
            return;
        }
        String uid = engine.uid;
        if (code == 0) {
            state = RoomState.JOINED;
            joinedOnce = true;
            joinIdAnswered = true;
            if (joinType == 0) {
                joinedAt = engine.sim.now();
            }
            long elapsed = (engine.sim.now() - joinStartedAt) / 1_000_000L;
            postState(uid, 0, "{\"elapsed\":" + elapsed + ",\"join_type\":" + joinType + "}");
        } else {
            state = RoomState.IDLE;
            postState(uid, code, "{}");
        }
        releaseHeldIfSettled();
    }

    /** Something the cloud sent this room: to the app now, or once the room has rejoined. */
    void arrive(String what, long deadline, Runnable arrival, Runnable giveUp) {
        arrivals.admit(what, deadline, arrival, giveUp);
    }

    /**
     * Hands on what waited while the room rejoined, unless it still is rejoining (waiting for the
     * engine to reconnect, or for the answer to its automatic join). Whatever is handed on checks the
     * room's state then: a room no longer in drops messages and notices, results still come.
     */
    void releaseHeldIfSettled() {
        if (state != RoomState.REJOIN_PENDING && !(state == RoomState.JOINING && autoJoin)) {
            arrivals.open();
        }
    }

    /** The one answer to a leave request (the cloud's, or the give-up). */
    private void leaveAnswered(PendingRequest request) {
        if (state == RoomState.DESTROYED) {
            return;
        }
        if (request == leave) {
            leave = null;
            if (state == RoomState.LEAVING) {
                state = RoomState.IDLE;
            }
        }
        RTCRoomStats stats = new RTCRoomStats();
        stats.totalDuration = (int) ((engine.sim.now() - joinedAt) / 1_000_000_000L);
        stats.txBytes = (int) Math.min(Integer.MAX_VALUE, txBytes);
        stats.rxBytes = (int) Math.min(Integer.MAX_VALUE, rxBytes);
        stats.users = usersSeen;
        post("onLeaveRoom", () -> handlerOrNoop().onLeaveRoom(stats), new RoomRef(roomId));
    }

    void userJoined(String uid) {
        if (state != RoomState.JOINED && state != RoomState.JOINING) {
            return;
        }
        usersSeen++;
        UserInfo info = new UserInfo(uid, "");
        post("onUserJoined", () -> handlerOrNoop().onUserJoined(info, 0), new RoomRef(roomId), uid, 0);
    }

    void userLeft(String uid, int reason) {
        if (!isInRoom()) {
            return;
        }
        post("onUserLeave", () -> handlerOrNoop().onUserLeave(uid, reason), new RoomRef(roomId), uid, reason);
    }

    void messageArrived(String from, Payload payload) {
        if (!isInRoom()) {
            return;
        }
        if (payload.binary()) {
            ByteBuffer buffer = payload.freshBuffer();
            rxBytes += buffer.remaining();
            post("onRoomBinaryMessageReceived", () -> handlerOrNoop().onRoomBinaryMessageReceived(from, buffer),
                    new RoomRef(roomId), from, payload.traceValue());
        } else {
            String text = payload.text();
            rxBytes += Payload.utf8Length(text);
            post("onRoomMessageReceived", () -> handlerOrNoop().onRoomMessageReceived(from, text),
                    new RoomRef(roomId), from, text);
        }
    }

    void messageResult(long msgId, int code) {
        post("onRoomMessageSendResult", () -> handlerOrNoop().onRoomMessageSendResult(msgId, code),
                new RoomRef(roomId), msgId, code);
    }

    void postState(String uid, int stateCode, String extraInfo) {
        String who = uid == null ? "" : uid;
        post("onRoomStateChanged", () -> handlerOrNoop().onRoomStateChanged(roomId, who, stateCode, extraInfo),
                roomId, who, stateCode, extraInfo);
    }

    // ---------------------------------------------------------------- engine events

    /** The engine logged out or was logged out: the room is left without onLeaveRoom. */
    void sessionEnded() {
        dropJoinRequest();
        if (state == RoomState.JOINING || state == RoomState.JOINED || state == RoomState.LEAVING
                || state == RoomState.REJOIN_PENDING) {
            state = RoomState.IDLE;
        }
    }

    /** The engine will not rejoin this room (kicked, invalidated, or logging in as someone else). */
    void forgetRejoin() {
        if (state == RoomState.REJOIN_PENDING) {
            state = RoomState.IDLE;
        }
    }

    /** The engine's connection dropped while in the room. */
    void connectionDropped() {
        if (state == RoomState.JOINED || state == RoomState.JOINING) {
            // A pending join is taken over by the rejoin after the reconnect, which gets its own answer.
            dropJoinRequest();
            state = RoomState.REJOIN_PENDING;
            arrivals.shut();
            engine.sim.trace().record(TraceKind.STATE, traceName(), "room-rejoin-pending", null, roomId);
        }
    }

    /**
     * The engine logged in again: a room dropped with the connection joins again by itself. One the
     * app heard joined rejoins (join_type 1, a new join to the cloud); one whose join the app asked
     * for but never heard succeed goes on with that join (join_type 0 when it succeeds).
     */
    void rejoinIfDropped() {
        if (state == RoomState.REJOIN_PENDING) {
            if (joinedOnce) {
                joinStartedAt = engine.sim.now();
            }
            if (joinIdAnswered) {
                joinId = engine.nextJoinId();
                joinIdAnswered = false;
            }
            sendJoin(true);
        }
    }

    /** The engine was destroyed. */
    void engineDestroyed() {
        leaveQuietly();
        state = RoomState.DESTROYED;
        arrivals.discard();
    }

    private void leaveQuietly() {
        dropJoinRequest();
        if (leave != null) {
            leave.settle();
            leave = null;
        }
        if (isInRoom() && engine.uid != null && engine.loginState != LoginState.LOGGED_OUT) {
            sendQuietLeave(engine.uid);
        }
    }

    /** A leave the app hears nothing about. */
    private void sendQuietLeave(String uid) {
        engine.link.up().send(Packet.reliable(PacketKind.LEAVE, uid, roomId, 0),
                () -> engine.service.leaveRoom(engine.port, uid, roomId, engine.sim.now(), null));
    }

    private IRTSRoomEventHandler handlerOrNoop() {
        IRTSRoomEventHandler h = handler;
        return h != null ? h : NoopRoomHandler.INSTANCE;
    }

    private void post(String callback, Runnable invoke, Object... traceArgs) {
        engine.sim.post(new Delivery(callbacks, callback, invoke, traceArgs));
    }

    private static final class NoopRoomHandler extends IRTSRoomEventHandler {
        static final NoopRoomHandler INSTANCE = new NoopRoomHandler();
    }
}
