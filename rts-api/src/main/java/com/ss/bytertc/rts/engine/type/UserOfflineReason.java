package com.ss.bytertc.rts.engine.type;

/**
 * Why another user left a room, delivered as {@code reason} in
 * {@link com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler#onUserLeave(String, int)}.
 */
public final class UserOfflineReason {

    private UserOfflineReason() {
    }

    /** The user called {@code leaveRoom}. */
    public static final int USER_OFFLINE_REASON_QUIT = 0;

    /** The user dropped off the network. */
    public static final int USER_OFFLINE_REASON_DROPPED = 1;

    /** The user switched to invisible. */
    public static final int USER_OFFLINE_REASON_SWITCH_TO_INVISIBLE = 2;

    /** The server removed the user (server OpenAPI). */
    public static final int USER_OFFLINE_REASON_KICKED_BY_ADMIN = 3;
}
