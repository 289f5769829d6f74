package com.ss.bytertc.rts.engine.type;

/**
 * The states of the engine's connection to the RTS server, delivered as {@code state} in
 * {@link com.ss.bytertc.rts.engine.handler.IRTSEventHandler#onConnectionStateChanged(int, int)}.
 */
public final class ConnectionState {

    private ConnectionState() {
    }

    /** Disconnected for more than 12 seconds; the SDK keeps trying to reconnect. */
    public static final int CONNECTION_STATE_DISCONNECTED = 1;

    /** The first connection attempt is in progress. */
    public static final int CONNECTION_STATE_CONNECTING = 2;

    /** The first connection succeeded. */
    public static final int CONNECTION_STATE_CONNECTED = 3;

    /** The first connection failed, or an established connection dropped; the SDK is reconnecting. */
    public static final int CONNECTION_STATE_RECONNECTING = 4;

    /** Connected again after a drop. */
    public static final int CONNECTION_STATE_RECONNECTED = 5;

    /** Disconnected for more than 10 seconds after {@link #CONNECTION_STATE_DISCONNECTED}; the SDK still retries. */
    public static final int CONNECTION_STATE_LOST = 6;

    /** The server reported an abnormal state; there is no automatic reconnect, so log in or join again. */
    public static final int CONNECTION_STATE_FAILED = 7;
}
