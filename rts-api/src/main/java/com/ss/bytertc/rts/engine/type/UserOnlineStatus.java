package com.ss.bytertc.rts.engine.type;

/**
 * A user's login status, delivered as {@code status} in
 * {@link com.ss.bytertc.rts.engine.handler.IRTSEventHandler#onGetPeerOnlineStatus(String, int)}.
 */
public final class UserOnlineStatus {

    private UserOnlineStatus() {
    }

    /** The user has logged out or never logged in. */
    public static final int USER_ONLINE_STATUS_OFFLINE = 0;

    /** The user is logged in and connected. */
    public static final int USER_ONLINE_STATUS_ONLINE = 1;

    /** The status could not be obtained (a relay error or an abnormal state). */
    public static final int USER_ONLINE_STATUS_UNREACHABLE = 2;
}
