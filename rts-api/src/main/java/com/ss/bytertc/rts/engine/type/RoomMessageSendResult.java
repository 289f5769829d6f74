package com.ss.bytertc.rts.engine.type;

/**
 * The outcome of a room broadcast, delivered as {@code error} in
 * {@link com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler#onRoomMessageSendResult(long, int)}.
 * Note that success is 200, not 0.
 */
public final class RoomMessageSendResult {

    private RoomMessageSendResult() {
    }

    /** The message was sent (200, not 0). */
    public static final int ROOM_MESSAGE_SEND_RESULT_SUCCESS = 200;

    /** Sending timed out. */
    public static final int ROOM_MESSAGE_SEND_RESULT_TIMEOUT = 1;

    /** The network was disconnected; the message was not sent. */
    public static final int ROOM_MESSAGE_SEND_RESULT_NETWORK_DISCONNECTED = 2;

    /** The room's message rate limit was exceeded. */
    public static final int ROOM_MESSAGE_SEND_RESULT_EXCEED_QPS = 5;

    /** The sender is not in the room. */
    public static final int ROOM_MESSAGE_SEND_RESULT_NOT_JOIN = 100;

    /** The connection is not initialised yet. */
    public static final int ROOM_MESSAGE_SEND_RESULT_INIT = 101;

    /** There is no transport connection. */
    public static final int ROOM_MESSAGE_SEND_RESULT_NO_CONNECTION = 102;

    /** The message is longer than allowed (64 KB text, 46 KB binary). */
    public static final int ROOM_MESSAGE_SEND_RESULT_EXCEED_MAX_LENGTH = 103;

    /** An unknown failure. */
    public static final int ROOM_MESSAGE_SEND_RESULT_UNKNOWN = 1000;
}
