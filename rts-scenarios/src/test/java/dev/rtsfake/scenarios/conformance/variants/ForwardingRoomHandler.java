package dev.rtsfake.scenarios.conformance.variants;

import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import com.ss.bytertc.rts.engine.type.RTCRoomStats;
import com.ss.bytertc.rts.engine.type.UserInfo;
import java.nio.ByteBuffer;

/** A room handler that passes every callback to the app's; a variant overrides what it gets wrong. */
class ForwardingRoomHandler extends IRTSRoomEventHandler {
    final IRTSRoomEventHandler app;

    ForwardingRoomHandler(IRTSRoomEventHandler app) {
        this.app = app;
    }

    @Override
    public void onRoomStateChanged(String roomId, String uid, int state, String extraInfo) {
        app.onRoomStateChanged(roomId, uid, state, extraInfo);
    }

    @Override
    public void onLeaveRoom() {
        app.onLeaveRoom();
    }

    @Override
    public void onLeaveRoom(RTCRoomStats stats) {
        app.onLeaveRoom(stats);
    }

    @Override
    public void onUserJoined(String uid, int elapsed) {
        app.onUserJoined(uid, elapsed);
    }

    @Override
    public void onUserJoined(UserInfo userInfo, int elapsed) {
        app.onUserJoined(userInfo, elapsed);
    }

    @Override
    public void onUserLeave(String uid, int reason) {
        app.onUserLeave(uid, reason);
    }

    @Override
    public void onRoomMessageReceived(String uid, String message) {
        app.onRoomMessageReceived(uid, message);
    }

    @Override
    public void onRoomBinaryMessageReceived(String uid, ByteBuffer message) {
        app.onRoomBinaryMessageReceived(uid, message);
    }

    @Override
    public void onRoomMessageSendResult(long msgid, int error) {
        app.onRoomMessageSendResult(msgid, error);
    }
}
