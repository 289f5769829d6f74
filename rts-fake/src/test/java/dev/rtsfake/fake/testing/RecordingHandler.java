package dev.rtsfake.fake.testing;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.LocalProxyError;
import com.ss.bytertc.rts.engine.type.LocalProxyState;
import com.ss.bytertc.rts.engine.type.LocalProxyType;
import com.ss.bytertc.rts.engine.type.SysStats;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import org.json.JSONObject;

/**
 * The recording engine handler of every rts-fake test: each {@link IRTSEventHandler} callback becomes
 * one {@link Callback} in a {@link CallbackLog}, with its virtual time, thread, arguments and readable
 * entry, in order: {@code onLoginResult(alice,0,60)}, {@code onMessageReceived(bob,hi)},
 * {@code onBinaryMessageReceived(bob,[1, 2])}. onSysStats is kept separately (it arrives every 2 s and
 * would clutter the log). Overrides the reason variant {@code onLogout(int)}, so the entry is
 * {@code onLogout(0)} or {@code onLogout(1)}. {@link #room(String)} makes a room handler that records
 * into the same log.
 *
 * <pre>{@code
 * RecordingHandler alice = new RecordingHandler(new CallbackLog(), () -> cloud.elapsed().toMillis());
 * ...
 * assertThat(alice.connectionStates()).containsExactly(2, 3);
 * assertThat(alice.named("onMessageReceived")).containsExactly("onMessageReceived(bob,hi)");
 * }</pre>
 */
public class RecordingHandler extends IRTSEventHandler {
    private final CallbackLog log;
    private final LongSupplier clockMillis;
    /**
     * Asked when RECONNECTING(4) is recorded: whether a room of the engine is waiting to rejoin
     * (null: never asked). The indexes of the callbacks for which it said yes are in {@link #roomRejoiningAt}.
     */
    public volatile BooleanSupplier roomRejoining;
    public final Set<Integer> roomRejoiningAt = java.util.Collections.synchronizedSet(new HashSet<>());
    private final List<SysStats> sysStats = new ArrayList<>();
    private final List<ByteBuffer> binaryReceived = new ArrayList<>();
    private final List<ByteBuffer> serverAcks = new ArrayList<>();

    public RecordingHandler() {
        this(new CallbackLog());
    }

    /** A handler writing into {@code log} (share one log between an engine and its rooms). */
    public RecordingHandler(CallbackLog log) {
        this(log, () -> -1);
    }

    /** A handler writing into {@code log}, stamping each callback with {@code clockMillis} (virtual time). */
    public RecordingHandler(CallbackLog log, LongSupplier clockMillis) {
        this.log = log;
        this.clockMillis = clockMillis;
    }

    /** A room handler recording into the same log, scope "room:" + roomId, with the same clock. */
    public RecordingRoomHandler room(String roomId) {
        return new RecordingRoomHandler(log, "room:" + roomId, clockMillis);
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

    /** Every callback, in order. */
    public List<Callback> callbacks() {
        return log.callbacks();
    }

    /** The callbacks of one name, in order. */
    public List<Callback> callbacksNamed(String name) {
        return log.where(c -> c.name().equals(name));
    }

    /** The callbacks that match, in order. */
    public List<Callback> where(Predicate<Callback> p) {
        return log.where(p);
    }

    /** The connection states reported, in order. */
    public List<Integer> connectionStates() {
        return callbacksNamed("onConnectionStateChanged").stream().map(c -> c.intArg(0)).toList();
    }

    /** Text (or binary decoded as UTF-8) bodies received P2P, in order. */
    public List<String> received() {
        return log.where(c -> c.name().equals("onMessageReceived") || c.name().equals("onBinaryMessageReceived"))
                .stream().map(c -> c.arg(1)).toList();
    }

    /** Text (or binary decoded as UTF-8) bodies received in a room, in order. */
    public List<String> roomReceived(String roomId) {
        return log.where(c -> c.scope().equals("room:" + roomId)
                && (c.name().equals("onRoomMessageReceived") || c.name().equals("onRoomBinaryMessageReceived")))
                .stream().map(c -> c.arg(1)).toList();
    }

    /** Result codes for a P2P send id (normally exactly one). */
    public List<Integer> resultsFor(long msgId) {
        return resultsFor("engine", "onMessageSendResult", msgId);
    }

    /** Result codes for a room send id. */
    public List<Integer> roomResultsFor(String roomId, long msgId) {
        return resultsFor("room:" + roomId, "onRoomMessageSendResult", msgId);
    }

    /** Result codes for a server message id. */
    public List<Integer> serverResultsFor(long msgId) {
        return resultsFor("engine", "onServerMessageSendResult", msgId);
    }

    private List<Integer> resultsFor(String scope, String name, long msgId) {
        return log.where(c -> c.scope().equals(scope) && c.name().equals(name) && Long.parseLong(c.arg(0)) == msgId)
                .stream().map(c -> c.intArg(1)).toList();
    }

    /** The {@code name|arg|...} lines of the callbacks whose piped form starts with {@code prefix + "|"}. */
    public List<String> piped(String prefix) {
        return log.callbacks().stream().map(Callback::piped).filter(p -> p.startsWith(prefix + "|")).toList();
    }

    /** Records a callback whose entry shows the same arguments. */
    protected void record(String name, Object... args) {
        recordAs(name, args, format(name, args));
    }

    /** Records a callback with its arguments and the entry that shows it. */
    void recordAs(String name, Object[] args, String entry) {
        record(log, clockMillis, "engine", name, args, entry);
    }

    static void record(CallbackLog log, LongSupplier clockMillis, String scope, String name, Object[] args, String entry) {
        List<String> text = new ArrayList<>(args.length);
        for (Object o : args) {
            text.add(String.valueOf(o));
        }
        log.add(new Callback(clockMillis.getAsLong(), Thread.currentThread().getName(), scope, name, text, entry));
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
        BooleanSupplier rejoining = roomRejoining;
        if (state == 4 && rejoining != null && rejoining.getAsBoolean()) {
            roomRejoiningAt.add(log.size());
        }
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
        recordAs("onBinaryMessageReceived", new Object[] {uid, text(message)},
                format("onBinaryMessageReceived", uid, bytes(message)));
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
