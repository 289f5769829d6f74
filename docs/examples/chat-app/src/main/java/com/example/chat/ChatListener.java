package com.example.chat;

/** What the chat client tells the app's screens. Every method is optional. */
public interface ChatListener {

    /** Logged in (again): messages flow. */
    default void onOnline() {
    }

    /** The connection is gone for now; the client keeps trying. */
    default void onOffline() {
    }

    /** Login was refused for good (no token to be had), or the session was ended by the cloud. */
    default void onSignedOut(String why) {
    }

    /** A direct message from {@code from}. */
    default void onMessage(String from, String text) {
    }

    /** The message the app sent as {@code localId} reached its receiver. */
    default void onDelivered(long localId) {
    }

    /** The message {@code localId} could not be delivered after every retry. */
    default void onUndeliverable(long localId, int lastResult) {
    }

    /** A message in the room {@code roomId}. */
    default void onRoomMessage(String roomId, String from, String text) {
    }
}
