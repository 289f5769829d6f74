package com.ss.bytertc.rts.engine.type;

/**
 * Room error codes: delivered as {@code state} in
 * {@link com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler#onRoomStateChanged(String, String, int, String)}
 * and as {@code errorCode} in
 * {@link com.ss.bytertc.rts.engine.handler.IRTSEventHandler#onCreateRoomStateChanged(String, int)}.
 * A state of 0 means joined.
 */
public final class ErrorCode {

    private ErrorCode() {
    }

    /** The token is invalid. */
    public static final int ERROR_CODE_INVALID_TOKEN = -1000;

    /** Joining the room failed for an unknown reason. */
    public static final int ERROR_CODE_JOIN_ROOM = -1001;

    /** The same user id joined this room from another client; this client was removed. */
    public static final int ERROR_CODE_DUPLICATE_LOGIN = -1004;

    /** The server removed this user from the room (server OpenAPI). */
    public static final int ERROR_CODE_KICKED_OUT = -1006;

    /** The room id is illegal; {@code createRoom} returned null. */
    public static final int ERROR_CODE_ROOM_ID_ILLEGAL = -1007;

    /** The token has expired. */
    public static final int ERROR_CODE_TOKEN_EXPIRED = -1009;

    /** The token given to update the login token is invalid. */
    public static final int ERROR_CODE_UPDATE_TOKEN_WITH_INVALID_TOKEN = -1010;

    /** The server dismissed the room and removed everyone (server OpenAPI). */
    public static final int ERROR_CODE_ROOM_DISMISS = -1011;

    /** This engine already has a room object with the same id; {@code createRoom} failed. */
    public static final int ERROR_CODE_ROOM_ALREADY_EXIST = -1013;

    /** One engine used different user ids in different rooms. */
    public static final int ERROR_CODE_USER_ID_DIFFERENT = -1014;

    /** The server is in an abnormal state; disconnected with no automatic reconnect. */
    public static final int ERROR_CODE_ABNORMAL_SERVER_STATUS = -1084;
}
