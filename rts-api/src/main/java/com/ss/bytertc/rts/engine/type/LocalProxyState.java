package com.ss.bytertc.rts.engine.type;

/**
 * The connection state of a local proxy, delivered in
 * {@link com.ss.bytertc.rts.engine.handler.IRTSEventHandler#onLocalProxyStateChanged}.
 */
public enum LocalProxyState {

    /** The TCP connection to the proxy server is established. */
    INITED(0),

    /** The proxy is connected. */
    CONNECTED(1),

    /** The proxy failed; see {@link LocalProxyError}. */
    ERROR(2);

    private final int value;

    LocalProxyState(int value) {
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
    public static LocalProxyState fromId(int id) {
        for (LocalProxyState v : values()) {
            if (v.value == id) {
                return v;
            }
        }
        return null;
    }
}
