package dev.rtsfake.fake.recording;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.LocalProxyError;
import com.ss.bytertc.rts.engine.type.LocalProxyState;
import com.ss.bytertc.rts.engine.type.LocalProxyType;
import com.ss.bytertc.rts.engine.type.LoginErrorCode;
import com.ss.bytertc.rts.engine.type.SysStats;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.recording.EngineCallback.BinaryMessageReceived;
import dev.rtsfake.fake.recording.EngineCallback.ConnectionStateChanged;
import dev.rtsfake.fake.recording.EngineCallback.CreateRoomStateChanged;
import dev.rtsfake.fake.recording.EngineCallback.LocalProxyStateChanged;
import dev.rtsfake.fake.recording.EngineCallback.LogReport;
import dev.rtsfake.fake.recording.EngineCallback.LoginResult;
import dev.rtsfake.fake.recording.EngineCallback.Logout;
import dev.rtsfake.fake.recording.EngineCallback.MessageReceived;
import dev.rtsfake.fake.recording.EngineCallback.MessageSendResult;
import dev.rtsfake.fake.recording.EngineCallback.NetworkTypeChanged;
import dev.rtsfake.fake.recording.EngineCallback.PeerOnlineStatus;
import dev.rtsfake.fake.recording.EngineCallback.ServerMessageSendResult;
import dev.rtsfake.fake.recording.EngineCallback.ServerParamsSetResult;
import dev.rtsfake.fake.recording.EngineCallback.SysStatsReport;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import org.json.JSONObject;

/**
 * An engine handler that records every callback as an {@link EngineCallback} value, with the
 * virtual time and the thread it ran on; alone, or in front of the app's own handler.
 *
 * <pre>{@code
 * RecordingEventHandler bobEvents = new RecordingEventHandler(cloud);           // alone
 * RecordingEventHandler aliceEvents = new RecordingEventHandler(cloud, chatApp.handler()); // wrapping
 * RTS bob = cloud.createRTS(APP, bobEvents);
 * ...
 * cloud.runUntilIdle();
 * assertThat(bobEvents.callbacks(MessageReceived.class)).containsExactly(new MessageReceived("alice", "hi"));
 * RtsFakeAssertions.assertThat(bobEvents).hasReceivedMessage("alice", "hi");
 * }</pre>
 *
 * <p><b>Wrapping.</b> Every callback is recorded first and then passed, with the same arguments,
 * to the wrapped handler (a Mockito mock works too): the record shows what the SDK delivered even
 * when the app's handler throws (the throw still reaches the fake, which lists it in
 * {@code cloud.handlerFailures()}), and callbacks that the app's handler causes by driving the
 * clock are recorded after the one that caused them, in delivery order. The wrapped handler gets
 * the variant the SDK called ({@code onLogout(int)}; its default body calls {@code onLogout()}).
 *
 * <p><b>Bounded.</b> It keeps the last 10,000 callbacks unless given another cap; see
 * {@link CallbackRecorder}. {@code onSysStats} (every 2 s by default) is recorded like the rest.
 * Payloads are copied whole (the SDK caps them at 64 KB).
 */
public final class RecordingEventHandler extends IRTSEventHandler implements CallbackRecorder {
    /** The cap unless a constructor is given another. */
    public static final int DEFAULT_KEEP_LAST = 10_000;

    private final CallbackStore store;
    private final IRTSEventHandler app;

    /** Records the callbacks of an engine of {@code cloud}, stamped with its virtual time. */
    public RecordingEventHandler(FakeRtsCloud cloud) {
        this(cloud, null, DEFAULT_KEEP_LAST);
    }

    /** Records each callback, then passes it to {@code app} (null: records only). */
    public RecordingEventHandler(FakeRtsCloud cloud, IRTSEventHandler app) {
        this(cloud, app, DEFAULT_KEEP_LAST);
    }

    /**
     * As {@link #RecordingEventHandler(FakeRtsCloud, IRTSEventHandler)}, keeping the last
     * {@code keepLast} callbacks.
     *
     * @throws IllegalArgumentException if {@code cloud} is null or {@code keepLast} is below 1
     */
    public RecordingEventHandler(FakeRtsCloud cloud, IRTSEventHandler app, int keepLast) {
        this.store = new CallbackStore(cloud, keepLast, "RecordingEventHandler");
        this.app = app;
    }

    /** The handler each callback is passed on to, if any. */
    public Optional<IRTSEventHandler> wrapped() {
        return Optional.ofNullable(app);
    }

    @Override
    public List<RecordedCallback> recorded() {
        return store.recorded();
    }

    @Override
    public List<Callback> callbacks() {
        return store.callbacks();
    }

    @Override
    public <C extends Callback> List<C> callbacks(Class<C> type) {
        return store.callbacks(type);
    }

    @Override
    public long dropped() {
        return store.dropped();
    }

    @Override
    public long received() {
        return store.received();
    }

    @Override
    public int keepLast() {
        return store.keepLast();
    }

    @Override
    public Optional<String> uid() {
        return store.uid();
    }

    @Override
    public void clear() {
        store.clear();
    }

    @Override
    public Mark mark() {
        return store.mark();
    }

    /** {@code RecordingEventHandler of bob: 12 callbacks kept of 12 received}. */
    @Override
    public String toString() {
        return store.summary();
    }

    // ------------------------------------------------------------------ the callbacks

    @Override
    public void onSysStats(SysStats stats) {
        store.add(new SysStatsReport(stats));
        if (app != null) {
            app.onSysStats(stats);
        }
    }

    @Override
    public void onNetworkTypeChanged(int type) {
        store.add(new NetworkTypeChanged(type));
        if (app != null) {
            app.onNetworkTypeChanged(type);
        }
    }

    @Override
    public void onCreateRoomStateChanged(String roomId, int errorCode) {
        store.add(new CreateRoomStateChanged(roomId, errorCode));
        if (app != null) {
            app.onCreateRoomStateChanged(roomId, errorCode);
        }
    }

    @Override
    public void onConnectionStateChanged(int state, int reason) {
        store.add(new ConnectionStateChanged(state, reason));
        if (app != null) {
            app.onConnectionStateChanged(state, reason);
        }
    }

    @Override
    public void onLogReport(String logType, JSONObject logContent) {
        store.add(new LogReport(logType, logContent == null ? null : logContent.toString()));
        if (app != null) {
            app.onLogReport(logType, logContent);
        }
    }

    @Override
    public void onLoginResult(String uid, int errorCode, int elapsed) {
        if (errorCode == LoginErrorCode.LOGIN_ERROR_CODE_SUCCESS) {
            store.uid(uid);
        }
        store.add(new LoginResult(uid, errorCode, elapsed));
        if (app != null) {
            app.onLoginResult(uid, errorCode, elapsed);
        }
    }

    /** Recorded as {@code Logout(Logout.NO_REASON)}; the fake calls {@link #onLogout(int)}. */
    @Override
    public void onLogout() {
        store.add(new Logout(Logout.NO_REASON));
        if (app != null) {
            app.onLogout();
        }
    }

    @Override
    public void onLogout(int reason) {
        store.add(new Logout(reason));
        if (app != null) {
            app.onLogout(reason);
        }
    }

    @Override
    public void onServerParamsSetResult(int error) {
        store.add(new ServerParamsSetResult(error));
        if (app != null) {
            app.onServerParamsSetResult(error);
        }
    }

    @Override
    public void onGetPeerOnlineStatus(String peerUserId, int status) {
        store.add(new PeerOnlineStatus(peerUserId, status));
        if (app != null) {
            app.onGetPeerOnlineStatus(peerUserId, status);
        }
    }

    @Override
    public void onMessageReceived(String uid, String message) {
        store.add(new MessageReceived(uid, message));
        if (app != null) {
            app.onMessageReceived(uid, message);
        }
    }

    @Override
    public void onBinaryMessageReceived(String uid, ByteBuffer message) {
        store.add(new BinaryMessageReceived(uid, message));
        if (app != null) {
            app.onBinaryMessageReceived(uid, message);
        }
    }

    @Override
    public void onMessageSendResult(long msgid, int error) {
        store.add(new MessageSendResult(msgid, error));
        if (app != null) {
            app.onMessageSendResult(msgid, error);
        }
    }

    @Override
    public void onServerMessageSendResult(long msgid, int error, ByteBuffer message) {
        store.add(new ServerMessageSendResult(msgid, error, message));
        if (app != null) {
            app.onServerMessageSendResult(msgid, error, message);
        }
    }

    @Override
    public void onLocalProxyStateChanged(LocalProxyType type, LocalProxyState state, LocalProxyError error) {
        store.add(new LocalProxyStateChanged(type, state, error));
        if (app != null) {
            app.onLocalProxyStateChanged(type, state, error);
        }
    }
}
