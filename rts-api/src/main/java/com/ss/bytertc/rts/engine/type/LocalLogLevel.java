package com.ss.bytertc.rts.engine.type;

/**
 * The least severe level the SDK writes to its local log; see {@link RTCLogConfig}.
 */
public enum LocalLogLevel {

    /** Write information, warnings and errors. */
    INFO(0),

    /** Write warnings and errors (the default). */
    WARNING(1),

    /** Write errors only. */
    ERROR(2),

    /** Write nothing. */
    NONE(3);

    private final int value;

    LocalLogLevel(int value) {
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
     * Returns this level's numeric value; the same as {@link #value()} (SDK versions differ in
     * which of the two they offer, so both exist).
     *
     * @return the numeric value
     */
    public int getValue() {
        return value;
    }

    /**
     * Finds the constant with a numeric value.
     *
     * @param id the numeric value
     * @return the matching constant, or {@link #WARNING} when no constant has that value
     */
    public static LocalLogLevel fromId(int id) {
        for (LocalLogLevel v : values()) {
            if (v.value == id) {
                return v;
            }
        }
        return WARNING;
    }
}
