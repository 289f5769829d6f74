package dev.rtsfake.fake.net;

/** What a {@link Packet} carries. Client sends go up; the cloud's answers and pushes come down. */
public enum PacketKind {
    /** A login or automatic re-login request (up). */
    LOGIN,
    /** The cloud's answer to a login (down). */
    LOGIN_RESULT,
    /** A logout, or a destroyed engine's goodbye (up). */
    LOGOUT,
    /** The cloud logging an engine out: duplicate login or invalidated session (down). */
    KICK,
    /** A setServerParams request (up). */
    SERVER_PARAMS,
    /** The answer to setServerParams (down). */
    SERVER_PARAMS_RESULT,
    /** A getPeerOnlineStatus request (up). */
    PEER_QUERY,
    /** The answer to getPeerOnlineStatus (down). */
    PEER_STATUS,
    /** A point-to-point message: up from the sender, down to the receiver. */
    P2P,
    /** The result of a P2P send (down). */
    P2P_RESULT,
    /** A message to the app's own server (up). */
    TO_SERVER,
    /** The result of a message to the app's server, with its answer body (down). */
    TO_SERVER_RESULT,
    /** A joinRoom request, or an automatic rejoin (up). */
    JOIN,
    /** The answer to joinRoom (down). */
    JOIN_RESULT,
    /** A leaveRoom request, or a room's goodbye (up). */
    LEAVE,
    /** The answer to leaveRoom (down). */
    LEAVE_RESULT,
    /** A room notice: a member joined or left, or a room warning (down). */
    ROOM_NOTICE,
    /** A room broadcast: up from the sender, down to every other member. */
    BROADCAST,
    /** The result of a room broadcast (down). */
    BROADCAST_RESULT,
    /** A message from the app's server through the push API (down). */
    PUSH
}
