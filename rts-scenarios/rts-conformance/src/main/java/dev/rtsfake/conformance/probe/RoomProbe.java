package dev.rtsfake.conformance.probe;

import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import com.ss.bytertc.rts.engine.type.RTCRoomStats;
import com.ss.bytertc.rts.engine.type.UserInfo;
import java.nio.ByteBuffer;

/**
 * A room handler that records every callback into an {@link EventLog}. Each pair of variants
 * ({@code onLeaveRoom()} / {@code onLeaveRoom(RTCRoomStats)}, {@code onUserJoined(String, int)} /
 * {@code onUserJoined(UserInfo, int)}) records one event, whichever the SDK calls.
 */
public class RoomProbe extends IRTSRoomEventHandler {
    private final EventLog log;

    /** A probe recording into a new log named {@code owner}. */
    public RoomProbe(String owner) {
        this.log = new EventLog(owner);
    }

    /** What this handler saw. */
    public EventLog log() {
        return log;
    }

    @Override
    public void onRoomStateChanged(String roomId, String uid, int state, String extraInfo) {
        log.add("onRoomStateChanged", roomId, uid, state, extraInfo);
    }

    @Override
    public void onLeaveRoom() {
        log.add("onLeaveRoom", (Object) null);
    }

    @Override
    public void onLeaveRoom(RTCRoomStats stats) {
        log.add("onLeaveRoom", stats);
    }

    @Override
    public void onUserJoined(String uid, int elapsed) {
        log.add("onUserJoined", uid, elapsed);
    }

    @Override
    public void onUserJoined(UserInfo userInfo, int elapsed) {
        log.add("onUserJoined", userInfo == null ? null : userInfo.getUid(), elapsed);
    }

    @Override
    public void onUserLeave(String uid, int reason) {
        log.add("onUserLeave", uid, reason);
    }

    @Override
    public void onRoomMessageReceived(String uid, String message) {
        log.add("onRoomMessageReceived", uid, message);
    }

    @Override
    public void onRoomBinaryMessageReceived(String uid, ByteBuffer message) {
        log.add("onRoomBinaryMessageReceived", uid, Received.of(message));
    }

    @Override
    public void onRoomMessageSendResult(long msgid, int error) {
        log.add("onRoomMessageSendResult", msgid, error);
    }
}
