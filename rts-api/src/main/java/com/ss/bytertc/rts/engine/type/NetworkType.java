package com.ss.bytertc.rts.engine.type;

/**
 * The network types delivered as {@code type} in
 * {@link com.ss.bytertc.rts.engine.handler.IRTSEventHandler#onNetworkTypeChanged(int)}.
 */
public final class NetworkType {

    private NetworkType() {
    }

    /** The network type is unknown. */
    public static final int NETWORK_TYPE_UNKNOWN = -1;

    /** There is no network. */
    public static final int NETWORK_TYPE_DISCONNECTED = 0;

    /** A wired LAN. */
    public static final int NETWORK_TYPE_LAN = 1;

    /** Wi-Fi, hotspots included. */
    public static final int NETWORK_TYPE_WIFI = 2;

    /** A 2G mobile network. */
    public static final int NETWORK_TYPE_MOBILE_2G = 3;

    /** A 3G mobile network. */
    public static final int NETWORK_TYPE_MOBILE_3G = 4;

    /** A 4G mobile network. */
    public static final int NETWORK_TYPE_MOBILE_4G = 5;

    /** A 5G mobile network. */
    public static final int NETWORK_TYPE_MOBILE_5G = 6;
}
