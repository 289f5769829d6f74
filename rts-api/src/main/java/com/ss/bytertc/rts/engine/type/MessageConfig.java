package com.ss.bytertc.rts.engine.type;

/**
 * How a message is delivered: reliability and ordering. Passed to
 * {@code RTS.sendMessage} and {@code RTS.sendBinaryMessage}.
 */
public enum MessageConfig {

    /** Low latency; every message arrives, in order. */
    RELIABLE_ORDERED(0),

    /** Very low latency; messages arrive in order but may be lost. */
    UNRELIABLE_ORDERED(1),

    /** Very low latency; messages may be lost or arrive out of order. */
    UNRELIABLE_UNORDERED(2);

    private final int value;

    MessageConfig(int value) {
        this.value = value;
    }

    /**
     * Returns the numeric value the SDK uses for this constant.
     *
     * @return the numeric value
     */
    public int value() {
        return value;
    }

    /**
     * Finds the constant with a numeric value.
     *
     * @param id the numeric value
     * @return the matching constant, or {@link #RELIABLE_ORDERED} when no constant has that value
     */
    public static MessageConfig fromId(int id) {
        for (MessageConfig v : values()) {
            if (v.value == id) {
                return v;
            }
        }
        return RELIABLE_ORDERED;
    }
}
