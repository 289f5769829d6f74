package com.ss.bytertc.rts.engine.type;

/**
 * Why a user was logged out, delivered as {@code reason} in
 * {@link com.ss.bytertc.rts.engine.handler.IRTSEventHandler#onLogout(int)}.
 */
public final class LogoutReason {

    private LogoutReason() {
    }

    /** The app called {@code logout} (or destroyed the engine). */
    public static final int LOGOUT_REASON_LOGOUT = 0;

    /** Another client logged in with the same user id. */
    public static final int LOGOUT_REASON_DUPLICATE_LOGIN = 1;
}
