package com.ss.bytertc.rts.engine.type;

/**
 * Why a local proxy failed, delivered in
 * {@link com.ss.bytertc.rts.engine.handler.IRTSEventHandler#onLocalProxyStateChanged}.
 */
public enum LocalProxyError {

    /** No error. */
    OK(0),

    /** The SOCKS5 server answered with an unsupported version. */
    SOCKS5_VERSION_ERROR(1),

    /** The SOCKS5 server's answer is malformed. */
    SOCKS5_FORMAT_ERROR(2),

    /** The SOCKS5 server's answer holds an invalid value. */
    SOCKS5_INVALID_VALUE(3),

    /** The SOCKS5 server needs a user name and password, and none were given. */
    SOCKS5_USER_PASS_NOT_GIVEN(4),

    /** The TCP connection to the SOCKS5 server closed. */
    SOCKS5_TCP_CLOSED(5),

    /** The HTTP tunnel proxy failed. */
    HTTP_TUNNEL_FAILED(6);

    private final int value;

    LocalProxyError(int value) {
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
    public static LocalProxyError fromId(int id) {
        for (LocalProxyError v : values()) {
            if (v.value == id) {
                return v;
            }
        }
        return null;
    }
}
