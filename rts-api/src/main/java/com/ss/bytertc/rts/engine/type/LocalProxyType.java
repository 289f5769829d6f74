package com.ss.bytertc.rts.engine.type;

/**
 * The kinds of local proxy; see {@link LocalProxyConfiguration}.
 */
public enum LocalProxyType {

    /** A SOCKS5 proxy. */
    SOCKS5(1),

    /** An HTTP tunnel proxy. */
    HTTP_TUNNEL(2);

    private final int value;

    LocalProxyType(int value) {
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
     * @return the matching constant, or {@code null} when no constant has that value
     */
    public static LocalProxyType fromId(int id) {
        for (LocalProxyType v : values()) {
            if (v.value == id) {
                return v;
            }
        }
        return null;
    }
}
