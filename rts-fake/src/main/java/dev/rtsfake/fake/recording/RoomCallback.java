package dev.rtsfake.fake.recording;

import com.ss.bytertc.rts.engine.type.RTCRoomStats;
import java.nio.ByteBuffer;

/**
 * A callback of {@link com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler}, one record per
 * callback (both {@code onLeaveRoom} variants are {@link LeaveRoom}, both {@code onUserJoined}
 * variants {@link UserJoined}). The components are the callback's arguments, in the SDK's order.
 */
public sealed interface RoomCallback extends Callback {

    /** {@code onRoomStateChanged}: this user's state in the room (0 joined, or an error / warning code). */
    record RoomStateChanged(String roomId, String uid, int state, String extraInfo) implements RoomCallback {
    }

    /**
     * {@code onLeaveRoom(RTCRoomStats)} with a copy of the statistics, or {@code onLeaveRoom()}
     * called directly, with {@code stats} null.
     */
    record LeaveRoom(RTCRoomStats stats) implements RoomCallback {
        /** Copies the statistics. */
        public LeaveRoom {
            stats = CallbackText.copyOf(stats);
        }

        /** A copy of the statistics, or null for the plain {@code onLeaveRoom()}. */
        @Override
        public RTCRoomStats stats() {
            return CallbackText.copyOf(stats);
        }
    }

    /**
     * {@code onUserJoined(UserInfo, int)} as the user's id and extra information, or
     * {@code onUserJoined(String, int)} called directly, with {@code extraInfo} null.
     */
    record UserJoined(String uid, String extraInfo, int elapsed) implements RoomCallback {
    }

    /** {@code onUserLeave}: a {@code UserOfflineReason} value. */
    record UserLeave(String uid, int reason) implements RoomCallback {
    }

    /** {@code onRoomMessageReceived}: another member's broadcast text. */
    record RoomMessageReceived(String uid, String message) implements RoomCallback {
    }

    /** {@code onRoomBinaryMessageReceived}: another member's broadcast bytes, as a read-only copy. */
    record RoomBinaryMessageReceived(String uid, ByteBuffer message) implements RoomCallback {
        /** Copies the bytes from the buffer's position to its limit, without moving it. */
        public RoomBinaryMessageReceived {
            message = CallbackText.copyOf(message);
        }

        /** A read-only view of the bytes received (a new view each call). */
        @Override
        public ByteBuffer message() {
            return CallbackText.view(message);
        }
    }

    /** {@code onRoomMessageSendResult}: the outcome of a {@code sendRoomMessage} (200 success). */
    record RoomMessageSendResult(long msgId, int error) implements RoomCallback {
    }
}
