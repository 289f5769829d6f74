package com.ss.bytertc.rts.engine.type;

/**
 * The outcome of a message sent to a user or to the app server, delivered as {@code error} in
 * {@code onMessageSendResult}, {@code onServerMessageSendResult} and (for failures)
 * {@code onServerParamsSetResult} of
 * {@link com.ss.bytertc.rts.engine.handler.IRTSEventHandler}.
 */
public final class UserMessageSendResult {

    private UserMessageSendResult() {
    }

    /** The message was delivered. */
    public static final int USER_MESSAGE_SEND_RESULT_SUCCESS = 0;

    /** Sending timed out. */
    public static final int USER_MESSAGE_SEND_RESULT_TIMEOUT = 1;

    /** The channel was disconnected; the message was not sent. */
    public static final int USER_MESSAGE_SEND_RESULT_BROKEN = 2;

    /** The receiver could not be found. */
    public static final int USER_MESSAGE_SEND_RESULT_NO_RECEIVER = 3;

    /** The receiver is not logged in (or not in the room), so no path reaches it. */
    public static final int USER_MESSAGE_SEND_RESULT_NO_RELAY_PATH = 4;

    /** The sender exceeded the message rate limit. */
    public static final int USER_MESSAGE_SEND_RESULT_EXCEED_QPS = 5;

    /** The app server did not receive the message (newer SDK versions). */
    public static final int USER_MESSAGE_SEND_RESULT_E2BS_SEND_FAILED = 17;

    /** The app server received the message but its response failed (newer SDK versions). */
    public static final int USER_MESSAGE_SEND_RESULT_E2BS_RETURN_FAILED = 18;

    /** The sender is not in the room. */
    public static final int USER_MESSAGE_SEND_RESULT_NOT_JOIN = 100;

    /** The connection is not initialised yet. */
    public static final int USER_MESSAGE_SEND_RESULT_INIT = 101;

    /** There is no transport connection. */
    public static final int USER_MESSAGE_SEND_RESULT_NO_CONNECTION = 102;

    /** The message is longer than allowed (64 KB text, 46 KB binary). */
    public static final int USER_MESSAGE_SEND_RESULT_EXCEED_MAX_LENGTH = 103;

    /** The receiver's user id is empty. */
    public static final int USER_MESSAGE_SEND_RESULT_EMPTY_USER = 104;

    /** The sender is not logged in. */
    public static final int USER_MESSAGE_SEND_RESULT_NOT_LOGIN = 105;

    /** {@code setServerParams} was not done before sending to the app server. */
    public static final int USER_MESSAGE_SEND_RESULT_SERVER_PARAMS_NOT_SET = 106;

    /** An unknown failure. */
    public static final int USER_MESSAGE_SEND_RESULT_UNKNOWN = 1000;
}
