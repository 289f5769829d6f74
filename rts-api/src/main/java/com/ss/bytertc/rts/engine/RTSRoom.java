package com.ss.bytertc.rts.engine;

import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;

/**
 * One RTS room, made by {@link RTS#createRoom(String)}. Join it to broadcast messages to the other
 * users in it and to receive theirs. The room uses the identity of the engine's logged-in user:
 * joining needs no token of its own. Room events go to the handler set with
 * {@link #setRTSRoomEventHandler}.
 */
public abstract class RTSRoom {

    /** For engine implementations only; apps obtain rooms from {@link RTS#createRoom(String)}. */
    public RTSRoom() {
    }

    /**
     * Leaves the room if joined and destroys this room object. Every later call on it fails.
     */
    public abstract void destroy();

    /**
     * Joins the room (creating it on the server if needed). Log in with
     * {@link RTS#login(String, String)} first. The outcome arrives in
     * {@link IRTSRoomEventHandler#onRoomStateChanged}: state 0 on success. If the network later
     * drops, the SDK reconnects and rejoins by itself and reports it with another
     * {@code onRoomStateChanged}.
     *
     * @return {@code 0} success; {@code -2} already in the room (joined and not left since);
     *     {@code -3} the room is null
     */
    public abstract int joinRoom();

    /**
     * Sets the object that receives this room's events.
     *
     * @param rtsRoomEventHandler the event receiver, see {@link IRTSRoomEventHandler}
     * @return {@code 0} success; below 0 failure, see
     *     {@link com.ss.bytertc.rts.engine.type.ReturnStatus}
     */
    public abstract int setRTSRoomEventHandler(IRTSRoomEventHandler rtsRoomEventHandler);

    /**
     * Leaves the room, ending real-time messaging in it and releasing its resources. Asynchronous:
     * the user has really left when {@link IRTSRoomEventHandler#onLeaveRoom} arrives. If the
     * engine is destroyed right after this call, that callback is not delivered. Harmless when not
     * in the room.
     *
     * @return {@code 0} success; below 0 failure, see
     *     {@link com.ss.bytertc.rts.engine.type.ReturnStatus}
     */
    public abstract int leaveRoom();

    /**
     * Broadcasts a text message to every other user in the room (not to the sender). Join the room
     * first. Exactly one {@link IRTSRoomEventHandler#onRoomMessageSendResult} follows (200 means
     * success); the others get {@link IRTSRoomEventHandler#onRoomMessageReceived}.
     *
     * @param messageStr the text, at most 64 KB
     * @return the message id, counting up from 1
     */
    public abstract long sendRoomMessage(String messageStr);

    /**
     * Broadcasts a binary message to every other user in the room (not to the sender). Join the
     * room first. Exactly one {@link IRTSRoomEventHandler#onRoomMessageSendResult} follows (200
     * means success); the others get {@link IRTSRoomEventHandler#onRoomBinaryMessageReceived}.
     *
     * @param buffer the bytes, at most 46 KB
     * @return the message id, counting up from 1
     */
    public abstract long sendRoomBinaryMessage(byte[] buffer);
}
