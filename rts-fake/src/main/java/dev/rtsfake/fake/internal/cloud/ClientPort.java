package dev.rtsfake.fake.internal.cloud;

import dev.rtsfake.fake.internal.net.Link;

/**
 * The cloud's view of one client engine: its link, and the entry points the cloud's messages and
 * notices reach once they have crossed the link's down direction. Implemented by the engine.
 *
 * <p>Answers to the client's own requests (login, join, leave, setServerParams, peer queries) do not
 * come through here: each request passes the cloud the callback its answer goes to. What the cloud
 * sends to a session on its own carries {@code session}, the number the client sent with the login
 * of that session; the client drops it unless that session is still its current one.
 */
public interface ClientPort {
    /** The app the engine was created for. */
    String appId();

    /** The engine's name in the trace. */
    String traceName();

    /** The engine's link to the cloud. */
    Link link();

    /** Another engine logged in with this uid; this one is logged out. */
    void kicked(int session);

    /** The cloud declared the session invalid (connection state FAILED, no automatic reconnect). */
    void sessionInvalidated(int session);

    /** A P2P message (from a user or from the server push API). */
    void messageArrived(int session, String from, Payload payload);

    /** The result of a P2P send (it reaches the engine whatever its session is now). */
    void messageResult(long msgId, int code);

    /** The result of a P2Server send, with the app server's response body. */
    void serverMessageResult(long msgId, int code, byte[] body);

    /** Another member joined a room this engine is in. */
    void roomUserJoined(int session, String roomId, String uid);

    /** Another member left a room this engine is in. */
    void roomUserLeft(int session, String roomId, String uid, int reason);

    /** A room broadcast (from a member or from the server push API). */
    void roomMessageArrived(int session, String roomId, String from, Payload payload);

    /** A room state change the cloud reports on its own (a warning, being removed). */
    void roomState(int session, String roomId, int state, String extraInfo);
}
