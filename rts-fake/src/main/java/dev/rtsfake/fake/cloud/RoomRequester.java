package dev.rtsfake.fake.cloud;

/**
 * One room instance of a client, as the cloud answers it: the answers to its own join, leave and
 * broadcast requests go back to the very instance that asked (a room destroyed and created again
 * with the same id is another instance and hears none of the old one's answers).
 */
public interface RoomRequester {
    /** The answer to joinRoom: state 0 or an error code, and the join type (0 first join, 1 rejoin). */
    void joinAnswered(int state, int joinType);

    /** The answer to leaveRoom. */
    void leaveAnswered();

    /** The result of one broadcast. */
    void messageResult(long msgId, int code);
}
