package com.ss.bytertc.rts.engine.handler;

import com.ss.bytertc.rts.engine.type.LocalProxyError;
import com.ss.bytertc.rts.engine.type.LocalProxyState;
import com.ss.bytertc.rts.engine.type.LocalProxyType;
import com.ss.bytertc.rts.engine.type.SysStats;
import java.nio.ByteBuffer;
import org.json.JSONObject;

/**
 * Receives the events of an {@link com.ss.bytertc.rts.engine.RTS} engine.
 *
 * <p>Every method does nothing by default: subclass this class and override only the events you
 * need. Events arrive on an SDK callback thread, not the Android main thread; do not block in them
 * and do not touch the UI from them directly. A callback that throws does not break the engine.
 */
public abstract class IRTSEventHandler {

    /** Creates a handler that ignores every event. */
    public IRTSEventHandler() {
    }

    /**
     * Reports the device's CPU and memory use. Fires every 2 seconds while the engine exists.
     *
     * @param stats the current figures, see {@link SysStats}
     */
    public void onSysStats(SysStats stats) {
    }

    /**
     * Fires when the device's network type changes.
     *
     * @param type the new type, a {@link com.ss.bytertc.rts.engine.type.NetworkType} value:
     *             -1 unknown, 0 disconnected, 1 LAN, 2 Wi-Fi (hotspots included), 3 2G, 4 3G,
     *             5 4G, 6 5G
     */
    public void onNetworkTypeChanged(int type) {
    }

    /**
     * Fires when {@link com.ss.bytertc.rts.engine.RTS#createRoom(String)} fails, telling why.
     *
     * @param roomId    the room id that was passed
     * @param errorCode the reason, an {@link com.ss.bytertc.rts.engine.type.ErrorCode} value:
     *                  -1007 illegal room id, -1013 a room object with this id already exists
     */
    public void onCreateRoomStateChanged(String roomId, int errorCode) {
    }

    /**
     * Fires when the connection to the RTS server changes state: connecting and connected during
     * login, then reconnecting, disconnected, lost or reconnected when the network drops and
     * recovers, and failed when the server declares the session invalid.
     *
     * @param state  the new state, a {@link com.ss.bytertc.rts.engine.type.ConnectionState} value
     *               (1 to 7)
     * @param reason unused; always -1
     */
    public void onConnectionStateChanged(int state, int reason) {
    }

    /**
     * Delivers an SDK monitoring log entry.
     *
     * @param logType    the kind of log, for example {@code "live_webrtc_monitor_log"}
     * @param logContent the entry's content
     */
    public void onLogReport(String logType, JSONObject logContent) {
    }

    /**
     * Reports the outcome of {@link com.ss.bytertc.rts.engine.RTS#login(String, String)}; also
     * fires when an automatic re-login after a network drop fails (for example with an expired
     * token).
     *
     * @param uid        the user that logged in
     * @param error_code a {@link com.ss.bytertc.rts.engine.type.LoginErrorCode} value: 0 success,
     *                   -1000 invalid or expired token, -1001 other failure, -1002 bad user id,
     *                   -1003 server error
     * @param elapsed    milliseconds from the {@code login} call to this result
     */
    public void onLoginResult(String uid, int error_code, int elapsed) {
    }

    /**
     * Fires once when this user has been logged out, either after
     * {@link com.ss.bytertc.rts.engine.RTS#logout()} or because another client logged in with the
     * same user id. Only this user is told.
     *
     * <p>The engine calls {@link #onLogout(int)}, whose default body calls this method: override
     * either one (not both) and it runs exactly once per logout.
     */
    public void onLogout() {
    }

    /**
     * Fires once when this user has been logged out, with the reason. The default body calls
     * {@link #onLogout()}; an app that overrides this method instead gets the reason, and
     * {@code onLogout()} is then not called unless the override calls {@code super}.
     *
     * @param reason a {@link com.ss.bytertc.rts.engine.type.LogoutReason} value: 0 the app called
     *               {@code logout} (or destroyed the engine), 1 another client logged in with the
     *               same user id
     */
    public void onLogout(int reason) {
        onLogout();
    }

    /**
     * Reports the outcome of {@link com.ss.bytertc.rts.engine.RTS#setServerParams(String, String)}.
     *
     * @param error 200 success; any other value is a failure, given as a
     *              {@link com.ss.bytertc.rts.engine.type.UserMessageSendResult} value (for
     *              example 105 not logged in)
     */
    public void onServerParamsSetResult(int error) {
    }

    /**
     * Answers {@link com.ss.bytertc.rts.engine.RTS#getPeerOnlineStatus(String)}.
     *
     * @param peerUserId the user that was asked about
     * @param status     a {@link com.ss.bytertc.rts.engine.type.UserOnlineStatus} value: 0
     *                   offline, 1 online, 2 unreachable (status could not be obtained)
     */
    public void onGetPeerOnlineStatus(String peerUserId, int status) {
    }

    /**
     * Fires when a text message sent to this user outside any room arrives (sent with
     * {@code sendMessage} by another user, or pushed by the server).
     *
     * @param uid     the sender's user id
     * @param message the text
     */
    public void onMessageReceived(String uid, String message) {
    }

    /**
     * Fires when a binary message sent to this user outside any room arrives.
     *
     * @param uid     the sender's user id
     * @param message the bytes
     */
    public void onBinaryMessageReceived(String uid, ByteBuffer message) {
    }

    /**
     * Fires exactly once for each {@code sendMessage} / {@code sendBinaryMessage} call that
     * returned an id, with that call's outcome.
     *
     * @param msgid the id the send call returned
     * @param error a {@link com.ss.bytertc.rts.engine.type.UserMessageSendResult} value: 0
     *              delivered; otherwise the reason it failed (for example 1 timeout, 4 receiver
     *              not logged in, 5 over the rate limit, 103 too long, 105 sender not logged in)
     */
    public void onMessageSendResult(long msgid, int error) {
    }

    /**
     * Fires exactly once for each {@code sendServerMessage} / {@code sendServerBinaryMessage}
     * call that returned an id, with that call's outcome and the app server's reply.
     *
     * @param msgid   the id the send call returned
     * @param error   a {@link com.ss.bytertc.rts.engine.type.UserMessageSendResult} value: 0
     *                success; otherwise for example 103 too long, 105 not logged in, 106 server
     *                parameters not set, 17 the app server was not reached, 18 the app server's
     *                reply failed
     * @param message the body of the app server's HTTP response (at most 64 KB)
     */
    public void onServerMessageSendResult(long msgid, int error, ByteBuffer message) {
    }

    /**
     * Reports the connection state of a local proxy set with
     * {@link com.ss.bytertc.rts.engine.RTS#setLocalProxy(java.util.List)}.
     *
     * @param type  which proxy, see {@link LocalProxyType}
     * @param state its state, see {@link LocalProxyState}
     * @param error what went wrong, or {@link LocalProxyError#OK}
     */
    public void onLocalProxyStateChanged(LocalProxyType type, LocalProxyState state, LocalProxyError error) {
    }
}
