package com.ss.bytertc.rts.engine.type;

/**
 * Failure codes of {@link com.ss.bytertc.rts.engine.RTS#setBusinessId(String)}.
 */
public final class BusinessCheckCode {

    private BusinessCheckCode() {
    }

    /** The user is already in a room; set the business id before joining. */
    public static final int ERROR_ALREADY_IN_ROOM = -6001;

    /** The business id holds illegal characters (allowed: {@code a-zA-Z0-9 . - _ @}). */
    public static final int ERROR_INPUT_INVALIDATE = -6002;
}
