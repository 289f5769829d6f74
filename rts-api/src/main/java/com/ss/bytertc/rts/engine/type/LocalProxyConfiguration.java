package com.ss.bytertc.rts.engine.type;

/**
 * One local proxy to use, passed in the list given to
 * {@link com.ss.bytertc.rts.engine.RTS#setLocalProxy(java.util.List)}.
 */
public class LocalProxyConfiguration {

    /** The kind of proxy: SOCKS5 or HTTP tunnel. */
    public LocalProxyType localProxyType;

    /** The proxy's IP address. */
    public String localProxyIp;

    /** The proxy's port. */
    public int localProxyPort;

    /** The user name for the proxy, or {@code null} when it needs none. */
    public String localProxyUsername;

    /** The password for the proxy, or {@code null} when it needs none. */
    public String localProxyPassword;

    /**
     * Creates a proxy configuration.
     *
     * @param localProxyType     the kind of proxy
     * @param localProxyIp       its IP address
     * @param localProxyPort     its port
     * @param localProxyUsername the user name, or {@code null}
     * @param localProxyPassword the password, or {@code null}
     */
    public LocalProxyConfiguration(LocalProxyType localProxyType, String localProxyIp, int localProxyPort,
            String localProxyUsername, String localProxyPassword) {
        this.localProxyType = localProxyType;
        this.localProxyIp = localProxyIp;
        this.localProxyPort = localProxyPort;
        this.localProxyUsername = localProxyUsername;
        this.localProxyPassword = localProxyPassword;
    }

    /** Returns the configuration as readable text, with the password masked. */
    @Override
    public String toString() {
        return "LocalProxyConfiguration{localProxyType=" + localProxyType + ", localProxyIp='" + localProxyIp
                + "', localProxyPort=" + localProxyPort + ", localProxyUsername='" + localProxyUsername
                + "', localProxyPassword=" + (localProxyPassword == null ? "null" : "'***'") + "}";
    }
}
