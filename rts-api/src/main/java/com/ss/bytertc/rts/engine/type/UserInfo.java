package com.ss.bytertc.rts.engine.type;

/**
 * A user in a room: its id and optional extra information. Delivered in
 * {@link com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler#onUserJoined(UserInfo, int)}.
 */
public class UserInfo {

    private String uid;
    private String extraInfo;

    /** Creates an empty record (no user id, no extra information). */
    public UserInfo() {
    }

    /**
     * Creates a record for a user.
     *
     * @param uid       the user id
     * @param extraInfo extra information about the user, or {@code null}
     */
    public UserInfo(String uid, String extraInfo) {
        this.uid = uid;
        this.extraInfo = extraInfo;
    }

    /**
     * Returns the user id.
     *
     * @return the user id, or {@code null} when not set
     */
    public String getUid() {
        return uid;
    }

    /**
     * Returns the extra information about the user.
     *
     * @return the extra information, or {@code null} when there is none
     */
    public String getExtraInfo() {
        return extraInfo;
    }

    /** Returns the record as readable text. */
    @Override
    public String toString() {
        return "UserInfo{uid='" + uid + "', extraInfo='" + extraInfo + "'}";
    }
}
