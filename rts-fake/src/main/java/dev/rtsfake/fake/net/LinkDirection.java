package dev.rtsfake.fake.net;

/** Which way of a link a fault applies to. */
public enum LinkDirection {
    /** Client to cloud. */
    UP,
    /** Cloud to client. */
    DOWN,
    /** Both ways. */
    BOTH
}
