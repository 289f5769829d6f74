package dev.rtsfake.conformance.probe;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.LocalProxyError;
import com.ss.bytertc.rts.engine.type.LocalProxyState;
import com.ss.bytertc.rts.engine.type.LocalProxyType;
import com.ss.bytertc.rts.engine.type.SysStats;
import java.nio.ByteBuffer;
import org.json.JSONObject;

/**
 * An engine handler that records every callback into an {@link EventLog}. Both {@code onLogout} variants
 * record one {@code onLogout} event (the reason, or null for the plain one), so an SDK calling either
 * counts once. A binary message is recorded as a {@link Received} copy of its bytes and buffer state.
 */
public class EngineProbe extends IRTSEventHandler {
    private final EventLog log;

    /** A probe recording into a new log named {@code owner}. */
    public EngineProbe(String owner) {
        this.log = new EventLog(owner);
    }

    /** What this handler saw. */
    public EventLog log() {
        return log;
    }

    @Override
    public void onSysStats(SysStats stats) {
        log.add("onSysStats", stats);
    }

    @Override
    public void onNetworkTypeChanged(int type) {
        log.add("onNetworkTypeChanged", type);
    }

    @Override
    public void onCreateRoomStateChanged(String roomId, int errorCode) {
        log.add("onCreateRoomStateChanged", roomId, errorCode);
    }

    @Override
    public void onConnectionStateChanged(int state, int reason) {
        log.add("onConnectionStateChanged", state, reason);
    }

    @Override
    public void onLogReport(String logType, JSONObject logContent) {
        log.add("onLogReport", logType);
    }

    @Override
    public void onLoginResult(String uid, int errorCode, int elapsed) {
        log.add("onLoginResult", uid, errorCode, elapsed);
    }

    @Override
    public void onLogout() {
        log.add("onLogout", (Object) null);
    }

    @Override
    public void onLogout(int reason) {
        log.add("onLogout", reason);
    }

    @Override
    public void onServerParamsSetResult(int error) {
        log.add("onServerParamsSetResult", error);
    }

    @Override
    public void onGetPeerOnlineStatus(String peerUserId, int status) {
        log.add("onGetPeerOnlineStatus", peerUserId, status);
    }

    @Override
    public void onMessageReceived(String uid, String message) {
        log.add("onMessageReceived", uid, message);
    }

    @Override
    public void onBinaryMessageReceived(String uid, ByteBuffer message) {
        log.add("onBinaryMessageReceived", uid, Received.of(message));
    }

    @Override
    public void onMessageSendResult(long msgid, int error) {
        log.add("onMessageSendResult", msgid, error);
    }

    @Override
    public void onServerMessageSendResult(long msgid, int error, ByteBuffer message) {
        log.add("onServerMessageSendResult", msgid, error, Received.of(message));
    }

    @Override
    public void onLocalProxyStateChanged(LocalProxyType type, LocalProxyState state, LocalProxyError error) {
        log.add("onLocalProxyStateChanged", type, state, error);
    }
}
