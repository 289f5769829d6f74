package com.ss.bytertc.rts.engine.type;

/**
 * Figures for one stay in a room, delivered in
 * {@link com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler#onLeaveRoom(RTCRoomStats)}.
 */
public class RTCRoomStats {

    /** How long the user was in the room, in seconds. */
    public int totalDuration;

    /** Bytes sent while in the room. */
    public int txBytes;

    /** Bytes received while in the room. */
    public int rxBytes;

    /** The average sending rate, in kbit/s. */
    public int txKBitRate;

    /** The average receiving rate, in kbit/s. */
    public int rxKBitRate;

    /** The number of users in the room. */
    public int users;

    /** Creates a record with every figure at zero. */
    public RTCRoomStats() {
    }

    /** Returns the figures as readable text. */
    @Override
    public String toString() {
        return "RTCRoomStats{totalDuration=" + totalDuration + ", txBytes=" + txBytes + ", rxBytes="
                + rxBytes + ", txKBitRate=" + txKBitRate + ", rxKBitRate=" + rxKBitRate + ", users="
                + users + "}";
    }
}
