package dev.rtsfake.scenarios.conformance.variants;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.LocalProxyError;
import com.ss.bytertc.rts.engine.type.LocalProxyState;
import com.ss.bytertc.rts.engine.type.LocalProxyType;
import com.ss.bytertc.rts.engine.type.SysStats;
import java.nio.ByteBuffer;
import org.json.JSONObject;

/** An engine handler that passes every callback to the app's; a variant overrides what it gets wrong. */
class ForwardingEngineHandler extends IRTSEventHandler {
    final IRTSEventHandler app;

    ForwardingEngineHandler(IRTSEventHandler app) {
        this.app = app;
    }

    @Override
    public void onSysStats(SysStats stats) {
        app.onSysStats(stats);
    }

    @Override
    public void onNetworkTypeChanged(int type) {
        app.onNetworkTypeChanged(type);
    }

    @Override
    public void onCreateRoomStateChanged(String roomId, int errorCode) {
        app.onCreateRoomStateChanged(roomId, errorCode);
    }

    @Override
    public void onConnectionStateChanged(int state, int reason) {
        app.onConnectionStateChanged(state, reason);
    }

    @Override
    public void onLogReport(String logType, JSONObject logContent) {
        app.onLogReport(logType, logContent);
    }

    @Override
    public void onLoginResult(String uid, int errorCode, int elapsed) {
        app.onLoginResult(uid, errorCode, elapsed);
    }

    @Override
    public void onLogout() {
        app.onLogout();
    }

    @Override
    public void onLogout(int reason) {
        app.onLogout(reason);
    }

    @Override
    public void onServerParamsSetResult(int error) {
        app.onServerParamsSetResult(error);
    }

    @Override
    public void onGetPeerOnlineStatus(String peerUserId, int status) {
        app.onGetPeerOnlineStatus(peerUserId, status);
    }

    @Override
    public void onMessageReceived(String uid, String message) {
        app.onMessageReceived(uid, message);
    }

    @Override
    public void onBinaryMessageReceived(String uid, ByteBuffer message) {
        app.onBinaryMessageReceived(uid, message);
    }

    @Override
    public void onMessageSendResult(long msgid, int error) {
        app.onMessageSendResult(msgid, error);
    }

    @Override
    public void onServerMessageSendResult(long msgid, int error, ByteBuffer message) {
        app.onServerMessageSendResult(msgid, error, message);
    }

    @Override
    public void onLocalProxyStateChanged(LocalProxyType type, LocalProxyState state, LocalProxyError error) {
        app.onLocalProxyStateChanged(type, state, error);
    }
}
