package dev.rtsfake.fake.cloud;

import dev.rtsfake.fake.net.Link;

/**
 * The cloud's view of one client engine: its link, and the entry points the cloud's answers and
 * pushes reach once they have crossed the link's down direction. Implemented by the engine.
 */
public interface ClientPort {
    /** The app the engine was created for. */
    String appId();

    /** The engine's name in the trace. */
    String traceName();

    /** The engine's link to the cloud. */
    Link link();

    /** The answer to a login (first or automatic re-login): 0 or a LoginErrorCode. */
    void loginResult(int code, boolean relogin);

    /** Another engine logged in with this uid; this one is logged out. */
    void kicked();

    /** The cloud declared the session invalid (connection state FAILED, no automatic reconnect). */
    void sessionInvalidated();

    /** The answer to setServerParams: 200 or a failure code. */
    void serverParamsResult(int code);

    /** The answer to getPeerOnlineStatus. */
    void peerStatus(String peer, int status);

    /** A P2P message (from a user or from the server push API). */
    void messageArrived(String from, Payload payload);

    /** The result of a P2P send. */
    void messageResult(long msgId, int code);

    /** The result of a P2Server send, with the app server's response body. */
    void serverMessageResult(long msgId, int code, byte[] body);

    /** Another member joined a room this engine is in. */
    void roomUserJoined(String roomId, String uid);

    /** Another member left a room this engine is in. */
    void roomUserLeft(String roomId, String uid, int reason);

    /** A room broadcast (from a member or from the server push API). */
    void roomMessageArrived(String roomId, String from, Payload payload);

    /** A room state change the cloud reports on its own (a warning, being removed). */
    void roomState(String roomId, int state, String extraInfo);
}
