package com.ss.bytertc.rts.engine.handler;

import com.ss.bytertc.rts.engine.type.RTCRoomStats;
import com.ss.bytertc.rts.engine.type.UserInfo;
import java.nio.ByteBuffer;

/**
 * Receives the events of one {@link com.ss.bytertc.rts.engine.RTSRoom}.
 *
 * <p>Every method does nothing by default: subclass this class and override only the events you
 * need. Events arrive on an SDK callback thread, not the Android main thread; do not block in them
 * and do not touch the UI from them directly.
 */
public abstract class IRTSRoomEventHandler {

    /** Creates a handler that ignores every event. */
    public IRTSRoomEventHandler() {
    }

    /**
     * Fires when this user's state in the room changes: after {@code joinRoom}, after an automatic
     * rejoin following a network drop, and when the user is removed from the room.
     *
     * @param roomId    the room
     * @param uid       this user's id
     * @param state     0 joined (also after a rejoin); otherwise an
     *                  {@link com.ss.bytertc.rts.engine.type.ErrorCode} value (for example -1004
     *                  the same user joined elsewhere, -1006 kicked out, -1011 room dismissed) or
     *                  a {@link com.ss.bytertc.rts.engine.type.WarningCode} value
     * @param extraInfo a JSON text such as {@code {"elapsed":120,"join_type":0}}: elapsed is the
     *                  milliseconds the join took, join_type is 0 for a first join and 1 for a
     *                  rejoin after reconnecting
     */
    public void onRoomStateChanged(String roomId, String uid, int state, String extraInfo) {
    }

    /**
     * Fires once when {@link com.ss.bytertc.rts.engine.RTSRoom#leaveRoom()} has completed. Not
     * delivered when the engine or room is destroyed right after {@code leaveRoom}.
     *
     * <p>The engine calls {@link #onLeaveRoom(RTCRoomStats)}, whose default body calls this
     * method: override either one (not both) and it runs exactly once per leave.
     */
    public void onLeaveRoom() {
    }

    /**
     * Fires once when leaving the room has completed, with statistics for the stay. The default
     * body calls {@link #onLeaveRoom()}; an override of this method replaces that call.
     *
     * @param stats figures for the time in the room, see {@link RTCRoomStats}
     */
    public void onLeaveRoom(RTCRoomStats stats) {
        onLeaveRoom();
    }

    /**
     * Fires when another user joins the room (also when it rejoins after a network drop). Not
     * delivered any more to existing members once the room has more than 500 users.
     *
     * <p>The engine calls {@link #onUserJoined(UserInfo, int)}, whose default body calls this
     * method: override either one (not both) and it runs exactly once per join.
     *
     * @param uid     the user that joined
     * @param elapsed not meaningful; 0
     */
    public void onUserJoined(String uid, int elapsed) {
    }

    /**
     * Fires when another user joins the room, with the user's details. The default body calls
     * {@link #onUserJoined(String, int)} with the user's id ({@code null} when {@code userInfo} is
     * {@code null}); an override of this method replaces that call.
     *
     * @param userInfo the user that joined
     * @param elapsed  not meaningful; 0
     */
    public void onUserJoined(UserInfo userInfo, int elapsed) {
        onUserJoined(userInfo == null ? null : userInfo.getUid(), elapsed);
    }

    /**
     * Fires when another user leaves the room. Not delivered any more to existing members once the
     * room has more than 500 users.
     *
     * @param uid    the user that left
     * @param reason a {@link com.ss.bytertc.rts.engine.type.UserOfflineReason} value: 0 it called
     *               {@code leaveRoom}, 1 it dropped off the network, 2 it switched to invisible,
     *               3 it was removed by the server
     */
    public void onUserLeave(String uid, int reason) {
    }

    /**
     * Fires when another user in the room broadcasts a text message (the sender itself is not
     * told).
     *
     * @param uid     the sender's user id
     * @param message the text
     */
    public void onRoomMessageReceived(String uid, String message) {
    }

    /**
     * Fires when another user in the room broadcasts a binary message.
     *
     * @param uid     the sender's user id
     * @param message the bytes
     */
    public void onRoomBinaryMessageReceived(String uid, ByteBuffer message) {
    }

    /**
     * Fires exactly once for each {@code sendRoomMessage} / {@code sendRoomBinaryMessage} call
     * that returned an id, with that call's outcome.
     *
     * @param msgid the id the send call returned
     * @param error a {@link com.ss.bytertc.rts.engine.type.RoomMessageSendResult} value: 200
     *              success (not 0); otherwise for example 5 over the rate limit, 100 not in the
     *              room, 103 too long
     */
    public void onRoomMessageSendResult(long msgid, int error) {
    }
}
