package com.ss.bytertc.rts.engine.type;

/**
 * Room warning codes, which can also arrive as {@code state} in
 * {@link com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler#onRoomStateChanged(String, String, int, String)}.
 */
public final class WarningCode {

    private WarningCode() {
    }

    /** Joining failed because of a server error; the SDK retries. */
    public static final int WARNING_CODE_JOIN_ROOM_FAILED = -2001;

    /** Publishing a stream failed (not used by RTS). */
    public static final int WARNING_CODE_PUBLISH_STREAM_FAILED = -2002;

    /** A custom broadcast failed because the user is not in the room. */
    public static final int WARNING_CODE_SEND_CUSTOM_MESSAGE = -2011;

    /** The room has more than 500 users: existing members no longer get {@code onUserJoined} / {@code onUserLeave}. */
    public static final int WARNING_CODE_USER_NOTIFY_STOP = -2013;

    /** An older room object with the same id was replaced. */
    public static final int WARNING_CODE_OLD_ROOM_BE_REPLACED = -2016;
}
