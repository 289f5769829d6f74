package dev.rtsfake.fake.recording;

import com.ss.bytertc.rts.engine.type.LocalProxyError;
import com.ss.bytertc.rts.engine.type.LocalProxyState;
import com.ss.bytertc.rts.engine.type.LocalProxyType;
import com.ss.bytertc.rts.engine.type.SysStats;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A callback of {@link com.ss.bytertc.rts.engine.handler.IRTSEventHandler}, one record per callback
 * (both {@code onLogout} variants are {@link Logout}). The components are the callback's arguments,
 * in the SDK's order; codes stay the SDK's {@code int}s (see {@code com.ss.bytertc.rts.engine.type}).
 */
public sealed interface EngineCallback extends Callback {

    /** {@code onLoginResult}: the outcome of a login or of an automatic re-login. */
    record LoginResult(String uid, int errorCode, int elapsedMillis) implements EngineCallback {
    }

    /**
     * {@code onLogout(int)}, or {@code onLogout()} called directly, which has no reason:
     * {@link #NO_REASON}.
     */
    record Logout(int reason) implements EngineCallback {
        /** The reason recorded for the plain {@code onLogout()} (the fake always calls the variant with a reason). */
        public static final int NO_REASON = -1;
    }

    /** {@code onConnectionStateChanged}: a {@code ConnectionState} value, and the unused reason (-1). */
    record ConnectionStateChanged(int state, int reason) implements EngineCallback {
    }

    /** {@code onMessageReceived}: a text message to this user, outside any room. */
    record MessageReceived(String uid, String message) implements EngineCallback {
    }

    /** {@code onBinaryMessageReceived}: a binary message to this user; {@code message} is a read-only copy. */
    record BinaryMessageReceived(String uid, ByteBuffer message) implements EngineCallback {
        /** Copies the bytes from the buffer's position to its limit, without moving it. */
        public BinaryMessageReceived {
            message = CallbackText.copyOf(message);
        }

        /** A read-only view of the bytes received (a new view each call, so reading it moves nothing here). */
        @Override
        public ByteBuffer message() {
            return CallbackText.view(message);
        }
    }

    /** {@code onMessageSendResult}: the outcome of a {@code sendMessage} / {@code sendBinaryMessage}. */
    record MessageSendResult(long msgId, int error) implements EngineCallback {
    }

    /** {@code onServerParamsSetResult}: 200 on success. */
    record ServerParamsSetResult(int error) implements EngineCallback {
    }

    /**
     * {@code onServerMessageSendResult}: the outcome of a {@code sendServerMessage} and the app
     * server's reply; {@code reply} is a read-only copy, or null when the SDK passed null.
     */
    record ServerMessageSendResult(long msgId, int error, ByteBuffer reply) implements EngineCallback {
        /** Copies the reply's bytes from its position to its limit, without moving it. */
        public ServerMessageSendResult {
            reply = CallbackText.copyOf(reply);
        }

        /** A read-only view of the reply (a new view each call). */
        @Override
        public ByteBuffer reply() {
            return CallbackText.view(reply);
        }

        /** The reply read as UTF-8 text ({@code ""} for none). */
        public String replyText() {
            return reply == null ? "" : StandardCharsets.UTF_8.decode(reply.duplicate()).toString();
        }
    }

    /** {@code onGetPeerOnlineStatus}: the answer to {@code getPeerOnlineStatus}. */
    record PeerOnlineStatus(String peerUserId, int status) implements EngineCallback {
        @Override
        public String callbackName() {
            return "onGetPeerOnlineStatus";
        }
    }

    /** {@code onNetworkTypeChanged}: a {@code NetworkType} value. */
    record NetworkTypeChanged(int type) implements EngineCallback {
    }

    /** {@code onCreateRoomStateChanged}: why {@code createRoom} failed. */
    record CreateRoomStateChanged(String roomId, int errorCode) implements EngineCallback {
    }

    /** {@code onLocalProxyStateChanged}. */
    record LocalProxyStateChanged(LocalProxyType type, LocalProxyState state, LocalProxyError error)
            implements EngineCallback {
    }

    /** {@code onLogReport}; the log content is kept as its JSON text ({@code null} when none was passed). */
    record LogReport(String logType, String logContent) implements EngineCallback {
    }

    /** {@code onSysStats}: the figures, copied (each read of {@link #stats()} gives a fresh copy). */
    record SysStatsReport(SysStats stats) implements EngineCallback {
        /** Copies the figures. */
        public SysStatsReport {
            stats = CallbackText.copyOf(stats);
        }

        /** A copy of the figures reported. */
        @Override
        public SysStats stats() {
            return CallbackText.copyOf(stats);
        }

        @Override
        public String callbackName() {
            return "onSysStats";
        }
    }
}
