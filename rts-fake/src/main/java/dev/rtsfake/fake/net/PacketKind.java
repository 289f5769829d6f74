package dev.rtsfake.fake.net;

/** What a {@link Packet} carries. */
public enum PacketKind {
    LOGIN,
    LOGIN_RESULT,
    LOGOUT,
    KICK,
    SERVER_PARAMS,
    SERVER_PARAMS_RESULT,
    PEER_QUERY,
    PEER_STATUS,
    P2P,
    P2P_RESULT,
    TO_SERVER,
    TO_SERVER_RESULT,
    JOIN,
    JOIN_RESULT,
    LEAVE,
    LEAVE_RESULT,
    ROOM_NOTICE,
    BROADCAST,
    BROADCAST_RESULT,
    PUSH
}
