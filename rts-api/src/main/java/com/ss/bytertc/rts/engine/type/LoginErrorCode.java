package com.ss.bytertc.rts.engine.type;

/**
 * The result codes of a login, delivered as {@code error_code} in
 * {@link com.ss.bytertc.rts.engine.handler.IRTSEventHandler#onLoginResult(String, int, int)}.
 */
public final class LoginErrorCode {

    private LoginErrorCode() {
    }

    /** The login succeeded. */
    public static final int LOGIN_ERROR_CODE_SUCCESS = 0;

    /** The token is invalid or has expired; get a new one and call {@code updateLoginToken}. */
    public static final int LOGIN_ERROR_CODE_INVALID_TOKEN = -1000;

    /** The login failed for an unknown reason; log in again. */
    public static final int LOGIN_ERROR_CODE_LOGIN_FAILED = -1001;

    /** The user id is invalid. */
    public static final int LOGIN_ERROR_CODE_INVALID_USER_ID = -1002;

    /** The server failed. */
    public static final int LOGIN_ERROR_CODE_SERVER_ERROR = -1003;
}
