package com.ss.bytertc.rts.engine.type;

/**
 * Return values of engine and room methods: 0 for success, negative for the reason a call
 * failed.
 */
public enum ReturnStatus {

    /** The call succeeded. */
    RETURN_STATUS_SUCCESS(0),

    /** The call failed. */
    RETURN_STATUS_FAILURE(-1),

    /** An argument is invalid. */
    RETURN_STATUS_PARAMETER_ERR(-2),

    /** The call is not allowed in the current state. */
    RETURN_STATUS_WRONG_STATE(-3),

    /** Already in the room. */
    RETURN_STATUS_HAS_IN_ROOM(-4),

    /** Already logged in. */
    RETURN_STATUS_HAS_IN_LOGIN(-5),

    /** An echo test is running (RTC only). */
    RETURN_STATUS_HAS_IN_ECHO_TEST(-6),

    /** Neither audio nor video is enabled (RTC only). */
    RETURN_STATUS_NEITHER_VIDEO_NOR_AUDIO(-7),

    /** The room id is already in use. */
    RETURN_STATUS_ROOMID_IN_USE(-8),

    /** Screen sharing is not supported (RTC only). */
    RETURN_STATUS_SCREEN_NOT_SUPPORT(-9),

    /** The call is not supported. */
    RETURN_STATUS_NOT_SUPPORT(-10),

    /** A resource limit was reached. */
    RETURN_STATUS_RESOURCE_OVERFLOW(-11),

    /** Video is not supported (RTC only). */
    RETURN_STATUS_VIDEO_NOT_SUPPORT(-12),

    /** No audio frame (RTC only). */
    RETURN_STATUS_AUDIO_NO_FRAME(-101),

    /** The audio device process does not exist (RTC only). */
    RETURN_STATUS_AUDIO_DEVICE_PROCESS_NOT_EXIST(-110),

    /** The native engine behind the object is gone, for example after it was destroyed. */
    RETURN_STATUS_NATIVE_IN_VALID(-201),

    /** Video timestamps are out of order (RTC only). */
    RETURN_STATUS_VIDEO_TIMESTAMP_WARNING(-202);

    private final int value;

    ReturnStatus(int value) {
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
     * @return the matching constant, or {@link #RETURN_STATUS_FAILURE} when no constant has that value
     */
    public static ReturnStatus fromId(int id) {
        for (ReturnStatus v : values()) {
            if (v.value == id) {
                return v;
            }
        }
        return RETURN_STATUS_FAILURE;
    }
}
