package dev.rtsfake.fake.engine;

/** Where an {@link FakeRTSRoom} is, as the fake tracks it. */
public enum RoomState {
    /** Created, or left: not in the room. */
    IDLE,
    /** joinRoom was called and the answer has not arrived. */
    JOINING,
    /** In the room. */
    JOINED,
    /** Was in the room when the connection dropped; rejoins after the engine reconnects. */
    REJOIN_PENDING,
    /** leaveRoom was called and the answer has not arrived. */
    LEAVING,
    /** Destroyed: every method fails and nothing calls back. */
    DESTROYED
}
