package dev.rtsfake.fake.testing;

import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The recording room handler of every rts-fake test: each {@link IRTSRoomEventHandler} callback
 * becomes one {@link Callback} in a {@link CallbackLog} (its own, or its engine's when made with
 * {@link RecordingHandler#room(String)}), with a readable entry, in order, e.g.
 * {@code onRoomStateChanged(r1,alice,0,{"elapsed":60,"join_type":0})}, {@code onUserJoined(bob,0)},
 * {@code onLeaveRoom()}. It overrides the plain variants {@code onUserJoined(String,int)} and
 * {@code onLeaveRoom()}, so it also proves that the richer variants the fake calls reach them.
 */
public class RecordingRoomHandler extends IRTSRoomEventHandler {
    private final CallbackLog log;
    private final String scope;
    private final LongSupplier clockMillis;
    private final List<ByteBuffer> binaryReceived = new ArrayList<>();

    public RecordingRoomHandler() {
        this(new CallbackLog());
    }

    public RecordingRoomHandler(CallbackLog log) {
        this(log, "room", () -> -1);
    }

    /** A handler writing into {@code log} with this scope ("room:" + roomId), stamped by {@code clockMillis}. */
    public RecordingRoomHandler(CallbackLog log, String scope, LongSupplier clockMillis) {
        this.log = log;
        this.scope = scope;
        this.clockMillis = clockMillis;
    }

    public CallbackLog log() {
        return log;
    }

    public List<String> events() {
        return log.entries();
    }

    public List<String> named(String callback) {
        return log.named(callback);
    }

    public void clear() {
        log.clear();
    }

    public synchronized List<ByteBuffer> binaryReceived() {
        return List.copyOf(binaryReceived);
    }

    protected void record(String name, Object... args) {
        recordAs(name, args, RecordingHandler.format(name, args));
    }

    private void recordAs(String name, Object[] args, String entry) {
        RecordingHandler.record(log, clockMillis, scope, name, args, entry);
    }

    @Override
    public void onRoomStateChanged(String roomId, String uid, int state, String extraInfo) {
        record("onRoomStateChanged", roomId, uid, state, extraInfo);
    }

    @Override
    public void onLeaveRoom() {
        record("onLeaveRoom");
    }

    @Override
    public void onUserJoined(String uid, int elapsed) {
        record("onUserJoined", uid, elapsed);
    }

    @Override
    public void onUserLeave(String uid, int reason) {
        record("onUserLeave", uid, reason);
    }

    @Override
    public void onRoomMessageReceived(String uid, String message) {
        record("onRoomMessageReceived", uid, message);
    }

    @Override
    public void onRoomBinaryMessageReceived(String uid, ByteBuffer message) {
        synchronized (this) {
            binaryReceived.add(message);
        }
        recordAs("onRoomBinaryMessageReceived", new Object[] {uid, RecordingHandler.text(message)},
                RecordingHandler.format("onRoomBinaryMessageReceived", uid, RecordingHandler.bytes(message)));
    }

    @Override
    public void onRoomMessageSendResult(long msgid, int error) {
        record("onRoomMessageSendResult", msgid, error);
    }
}
