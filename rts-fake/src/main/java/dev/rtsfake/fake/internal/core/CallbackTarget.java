package dev.rtsfake.fake.internal.core;



/** Something that receives callbacks: an engine (its rooms deliver through it). */
public interface CallbackTarget {
    /** False once destroyed: callbacks still queued for it are dropped. */
    boolean acceptsCallbacks();

    /** The name the trace shows for it ("alice", or "rts-1" before login). */
    String traceName();

    /** Whose callback thread this target's callbacks use in real-time mode (a room uses its engine's). */
    default CallbackTarget owner() {
        return this;
    }
}
