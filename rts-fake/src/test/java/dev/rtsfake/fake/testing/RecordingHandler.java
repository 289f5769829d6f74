package dev.rtsfake.fake.testing;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.LocalProxyError;
import com.ss.bytertc.rts.engine.type.LocalProxyState;
import com.ss.bytertc.rts.engine.type.LocalProxyType;
import com.ss.bytertc.rts.engine.type.SysStats;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONObject;

/**
 * Records every {@link IRTSEventHandler} callback as a readable string, in order:
 * {@code onLoginResult(alice,0,60)}, {@code onMessageReceived(bob,hi)}, {@code onBinaryMessageReceived(bob,[1, 2])}.
 * onSysStats is counted separately (it arrives every 2 s and would clutter the log).
 * Overrides the reason variant {@code onLogout(int)}, so the entry is {@code onLogout(0)} or {@code onLogout(1)}.
 */
public class RecordingHandler extends IRTSEventHandler {
    private final CallbackLog log;
    private final List<SysStats> sysStats = new ArrayList<>();
    private final List<ByteBuffer> binaryReceived = new ArrayList<>();
    private final List<ByteBuffer> serverAcks = new ArrayList<>();

    public RecordingHandler() {
        this(new CallbackLog());
    }

    /** A handler writing into {@code log} (share one log between an engine and its rooms). */
    public RecordingHandler(CallbackLog log) {
        this.log = log;
    }

    public CallbackLog log() {
        return log;
    }

    /** Every recorded callback, in order (onSysStats excluded). */
    public List<String> events() {
        return log.entries();
    }

    /** Entries of one callback name. */
    public List<String> named(String callback) {
        return log.named(callback);
    }

    public void clear() {
        log.clear();
    }

    public synchronized List<SysStats> sysStats() {
        return List.copyOf(sysStats);
    }

    /** The buffers passed to onBinaryMessageReceived, as received (not copied). */
    public synchronized List<ByteBuffer> binaryReceived() {
        return List.copyOf(binaryReceived);
    }

    /** The buffers passed to onServerMessageSendResult, as received (not copied). */
    public synchronized List<ByteBuffer> serverAcks() {
        return List.copyOf(serverAcks);
    }

    protected void record(String name, Object... args) {
        log.add(format(name, args));
    }

    static String format(String name, Object... args) {
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(args[i]);
        }
        return sb.append(')').toString();
    }

    /** The bytes of a buffer from its position to its limit, without moving it, as a list string. */
    static String bytes(ByteBuffer b) {
        if (b == null) {
            return "null";
        }
        ByteBuffer d = b.duplicate();
        byte[] out = new byte[d.remaining()];
        d.get(out);
        return java.util.Arrays.toString(out);
    }

    /** The UTF-8 text of a buffer from its position to its limit, without moving it. */
    public static String text(ByteBuffer b) {
        ByteBuffer d = b.duplicate();
        byte[] out = new byte[d.remaining()];
        d.get(out);
        return new String(out, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void onSysStats(SysStats stats) {
        sysStats.add(stats);
    }

    @Override
    public void onNetworkTypeChanged(int type) {
        record("onNetworkTypeChanged", type);
    }

    @Override
    public void onCreateRoomStateChanged(String roomId, int errorCode) {
        record("onCreateRoomStateChanged", roomId, errorCode);
    }

    @Override
    public void onConnectionStateChanged(int state, int reason) {
        record("onConnectionStateChanged", state, reason);
    }

    @Override
    public void onLogReport(String logType, JSONObject logContent) {
        record("onLogReport", logType, logContent);
    }

    @Override
    public void onLoginResult(String uid, int errorCode, int elapsed) {
        record("onLoginResult", uid, errorCode, elapsed);
    }

    @Override
    public void onLogout(int reason) {
        record("onLogout", reason);
    }

    @Override
    public void onServerParamsSetResult(int error) {
        record("onServerParamsSetResult", error);
    }

    @Override
    public void onGetPeerOnlineStatus(String peerUserId, int status) {
        record("onGetPeerOnlineStatus", peerUserId, status);
    }

    @Override
    public void onMessageReceived(String uid, String message) {
        record("onMessageReceived", uid, message);
    }

    @Override
    public void onBinaryMessageReceived(String uid, ByteBuffer message) {
        synchronized (this) {
            binaryReceived.add(message);
        }
        record("onBinaryMessageReceived", uid, bytes(message));
    }

    @Override
    public void onMessageSendResult(long msgid, int error) {
        record("onMessageSendResult", msgid, error);
    }

    @Override
    public void onServerMessageSendResult(long msgid, int error, ByteBuffer message) {
        synchronized (this) {
            serverAcks.add(message);
        }
        record("onServerMessageSendResult", msgid, error, message == null ? "null" : text(message));
    }

    @Override
    public void onLocalProxyStateChanged(LocalProxyType type, LocalProxyState state, LocalProxyError error) {
        record("onLocalProxyStateChanged", type, state, error);
    }
}
