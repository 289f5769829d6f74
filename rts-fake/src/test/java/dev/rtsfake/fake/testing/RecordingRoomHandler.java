package dev.rtsfake.fake.testing;

import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Records every {@link IRTSRoomEventHandler} callback as a readable string, in order, e.g.
 * {@code onRoomStateChanged(r1,alice,0,{"elapsed":60,"join_type":0})}, {@code onUserJoined(bob,0)},
 * {@code onLeaveRoom()}. It overrides the plain variants {@code onUserJoined(String,int)} and
 * {@code onLeaveRoom()}, so it also proves that the richer variants the fake calls reach them.
 */
public class RecordingRoomHandler extends IRTSRoomEventHandler {
    private final CallbackLog log;
    private final List<ByteBuffer> binaryReceived = new ArrayList<>();

    public RecordingRoomHandler() {
        this(new CallbackLog());
    }

    public RecordingRoomHandler(CallbackLog log) {
        this.log = log;
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
        log.add(RecordingHandler.format(name, args));
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
        record("onRoomBinaryMessageReceived", uid, RecordingHandler.bytes(message));
    }

    @Override
    public void onRoomMessageSendResult(long msgid, int error) {
        record("onRoomMessageSendResult", msgid, error);
    }
}
