package dev.rtsfake.fake.recording;

import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import com.ss.bytertc.rts.engine.type.RTCRoomStats;
import com.ss.bytertc.rts.engine.type.UserInfo;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.recording.RoomCallback.LeaveRoom;
import dev.rtsfake.fake.recording.RoomCallback.RoomBinaryMessageReceived;
import dev.rtsfake.fake.recording.RoomCallback.RoomMessageReceived;
import dev.rtsfake.fake.recording.RoomCallback.RoomMessageSendResult;
import dev.rtsfake.fake.recording.RoomCallback.RoomStateChanged;
import dev.rtsfake.fake.recording.RoomCallback.UserJoined;
import dev.rtsfake.fake.recording.RoomCallback.UserLeave;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;

/**
 * A room handler that records every callback as a {@link RoomCallback} value, with the virtual
 * time and the thread it ran on; alone, or in front of the app's own room handler. Set it before
 * {@code joinRoom} so that it sees the room's first {@code onRoomStateChanged}, which tells whose
 * room object it is ({@link #uid()}).
 *
 * <pre>{@code
 * RecordingRoomEventHandler bobLobby = new RecordingRoomEventHandler(cloud);
 * RTSRoom room = bob.createRoom("lobby");
 * room.setRTSRoomEventHandler(bobLobby);
 * room.joinRoom(bobToken, new UserInfo("bob", ""));
 * cloud.runUntilIdle();
 * RtsFakeAssertions.assertThat(bobLobby).hasReceivedRoomMessage("alice", "hello all");
 * }</pre>
 *
 * <p>Wrapping and bounds work as in {@link RecordingEventHandler}: recorded first, then passed on
 * unchanged (the wrapped handler gets {@code onLeaveRoom(RTCRoomStats)} and
 * {@code onUserJoined(UserInfo, int)}, as the SDK calls them); the last 10,000 callbacks kept.
 */
public final class RecordingRoomEventHandler extends IRTSRoomEventHandler implements CallbackRecorder {
    private final CallbackStore store;
    private final IRTSRoomEventHandler app;
    private volatile String roomId;

    /** Records the callbacks of a room of an engine of {@code cloud}, stamped with its virtual time. */
    public RecordingRoomEventHandler(FakeRtsCloud cloud) {
        this(cloud, null, RecordingEventHandler.DEFAULT_KEEP_LAST);
    }

    /** Records each callback, then passes it to {@code app} (null: records only). */
    public RecordingRoomEventHandler(FakeRtsCloud cloud, IRTSRoomEventHandler app) {
        this(cloud, app, RecordingEventHandler.DEFAULT_KEEP_LAST);
    }

    /**
     * As {@link #RecordingRoomEventHandler(FakeRtsCloud, IRTSRoomEventHandler)}, keeping the last
     * {@code keepLast} callbacks.
     *
     * @throws IllegalArgumentException if {@code cloud} is null or {@code keepLast} is below 1
     */
    public RecordingRoomEventHandler(FakeRtsCloud cloud, IRTSRoomEventHandler app, int keepLast) {
        this.store = new CallbackStore(cloud, keepLast, "RecordingRoomEventHandler");
        this.app = app;
    }

    /** The handler each callback is passed on to, if any. */
    public Optional<IRTSRoomEventHandler> wrapped() {
        return Optional.ofNullable(app);
    }

    /**
     * The room this handler has heard of: the room id of its latest {@code onRoomStateChanged},
     * or empty before one arrived.
     */
    public Optional<String> roomId() {
        return Optional.ofNullable(roomId);
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

    /** {@code RecordingRoomEventHandler of bob: 4 callbacks kept of 4 received}. */
    @Override
    public String toString() {
        return store.summary();
    }

    // ------------------------------------------------------------------ the callbacks

    @Override
    public void onRoomStateChanged(String roomId, String uid, int state, String extraInfo) {
        store.uid(uid);
        if (roomId != null) {
            this.roomId = roomId;
        }
        store.add(new RoomStateChanged(roomId, uid, state, extraInfo));
        if (app != null) {
            app.onRoomStateChanged(roomId, uid, state, extraInfo);
        }
    }

    /** Recorded as {@code LeaveRoom(null)}; the fake calls {@link #onLeaveRoom(RTCRoomStats)}. */
    @Override
    public void onLeaveRoom() {
        store.add(new LeaveRoom(null));
        if (app != null) {
            app.onLeaveRoom();
        }
    }

    @Override
    public void onLeaveRoom(RTCRoomStats stats) {
        store.add(new LeaveRoom(stats));
        if (app != null) {
            app.onLeaveRoom(stats);
        }
    }

    /** Recorded as {@code UserJoined(uid, null, elapsed)}; the fake calls {@link #onUserJoined(UserInfo, int)}. */
    @Override
    public void onUserJoined(String uid, int elapsed) {
        store.add(new UserJoined(uid, null, elapsed));
        if (app != null) {
            app.onUserJoined(uid, elapsed);
        }
    }

    @Override
    public void onUserJoined(UserInfo userInfo, int elapsed) {
        store.add(new UserJoined(userInfo == null ? null : userInfo.getUid(),
                userInfo == null ? null : userInfo.getExtraInfo(), elapsed));
        if (app != null) {
            app.onUserJoined(userInfo, elapsed);
        }
    }

    @Override
    public void onUserLeave(String uid, int reason) {
        store.add(new UserLeave(uid, reason));
        if (app != null) {
            app.onUserLeave(uid, reason);
        }
    }

    @Override
    public void onRoomMessageReceived(String uid, String message) {
        store.add(new RoomMessageReceived(uid, message));
        if (app != null) {
            app.onRoomMessageReceived(uid, message);
        }
    }

    @Override
    public void onRoomBinaryMessageReceived(String uid, ByteBuffer message) {
        store.add(new RoomBinaryMessageReceived(uid, message));
        if (app != null) {
            app.onRoomBinaryMessageReceived(uid, message);
        }
    }

    @Override
    public void onRoomMessageSendResult(long msgid, int error) {
        store.add(new RoomMessageSendResult(msgid, error));
        if (app != null) {
            app.onRoomMessageSendResult(msgid, error);
        }
    }
}
