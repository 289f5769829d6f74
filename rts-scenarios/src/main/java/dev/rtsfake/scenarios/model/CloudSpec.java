package dev.rtsfake.scenarios.model;

import java.time.Duration;

/**
 * The simulated cloud a scenario runs against: its one app and the timings and limits that differ
 * from the fake's defaults (a null component keeps the default; the user guide's §4 lists them).
 *
 * @param appId the app's id (24 characters)
 * @param appKey the key its tokens are signed with
 * @param latency the one-way latency of every link (default 30 ms)
 * @param sysStatsInterval how often {@code onSysStats} arrives (default 2 s; zero: never)
 * @param heartbeatTimeout how long a silent link takes to be noticed (default 5 s)
 * @param disconnectTimings when DISCONNECTED (1) and LOST (6) come, or null for 12 s and 10 s after that
 * @param reconnectInterval how often a client tries to reconnect (default 2 s)
 * @param sessionGrace how long the cloud keeps a dropped session (default 30 s)
 * @param messageTimeout when an unanswered send gives TIMEOUT (default 10 s)
 * @param retransmitInterval how often a lost reliable packet is sent again (default 300 ms)
 * @param rateLimits the rate limits, or null for the defaults (100/s P2P, 100/s room, 500/s server API)
 * @param offlinePeerResult the result of a send to a user who is not logged in: 4 (default) or 3
 * @param strict whether strict mode records SDK misuse (default true)
 */
public record CloudSpec(String appId, String appKey, Duration latency, Duration sysStatsInterval,
                        Duration heartbeatTimeout, DisconnectTimings disconnectTimings, Duration reconnectInterval,
                        Duration sessionGrace, Duration messageTimeout, Duration retransmitInterval,
                        RateLimits rateLimits, Integer offlinePeerResult, Boolean strict) {
    /** The app every scenario has unless it names another. */
    public static final String DEFAULT_APP_ID = "rtsfake-scenario-app-001";
    /** Its key. */
    public static final String DEFAULT_APP_KEY = "scenario-app-key";
    /** The fake's default one-way latency; a latency fault's undo goes back to the cloud's latency. */
    public static final Duration DEFAULT_LATENCY = Duration.ofMillis(30);
    /** The cloud with every default. */
    public static final CloudSpec DEFAULTS = new CloudSpec(null, null, null, null, null, null, null, null, null,
            null, null, null, null);

    /** Fills in the app, checks the app id's length and the durations. */
    public CloudSpec {
        appId = appId == null ? DEFAULT_APP_ID : appId;
        appKey = appKey == null ? DEFAULT_APP_KEY : appKey;
        if (appId.length() != 24) {
            throw new IllegalArgumentException("an app id has 24 characters, '" + appId + "' has " + appId.length());
        }
        check("latency", latency, true);
        check("sysStatsInterval", sysStatsInterval, true);
        check("heartbeatTimeout", heartbeatTimeout, false);
        check("reconnectInterval", reconnectInterval, false);
        check("sessionGrace", sessionGrace, true);
        check("messageTimeout", messageTimeout, false);
        check("retransmitInterval", retransmitInterval, false);
        if (offlinePeerResult != null && offlinePeerResult != 3 && offlinePeerResult != 4) {
            throw new IllegalArgumentException("offlinePeerResult is 3 (NO_RECEIVER) or 4 (NO_RELAY_PATH), was "
                    + offlinePeerResult);
        }
    }

    private static void check(String what, Duration d, boolean zeroAllowed) {
        if (d != null) {
            if (zeroAllowed) {
                Durations.requireNonNegative(what, d);
            } else {
                Durations.requirePositive(what, d);
            }
        }
    }

    /** The latency links have when nothing changed it. */
    public Duration latencyOrDefault() {
        return latency == null ? DEFAULT_LATENCY : latency;
    }

    /** A copy with another latency. */
    public CloudSpec withLatency(Duration d) {
        return new CloudSpec(appId, appKey, d, sysStatsInterval, heartbeatTimeout, disconnectTimings,
                reconnectInterval, sessionGrace, messageTimeout, retransmitInterval, rateLimits, offlinePeerResult, strict);
    }

    /**
     * When a client whose link went down reports DISCONNECTED (1), and LOST (6) after that.
     *
     * @param disconnectedAfter time from the link going down to DISCONNECTED
     * @param lostAfter time from DISCONNECTED to LOST
     */
    public record DisconnectTimings(Duration disconnectedAfter, Duration lostAfter) {
        /** Checks both. */
        public DisconnectTimings {
            Durations.requirePositive("disconnectedAfter", disconnectedAfter);
            Durations.requirePositive("lostAfter", lostAfter);
        }
    }

    /**
     * Rate limits, per second.
     *
     * @param on false turns them off (the numbers are then ignored)
     * @param p2pPerClient point-to-point sends per client
     * @param perRoom broadcasts per room
     * @param serverApiPerApp server-push calls per app
     */
    public record RateLimits(boolean on, int p2pPerClient, int perRoom, int serverApiPerApp) {
        /** Checks the numbers when on. */
        public RateLimits {
            if (on && (p2pPerClient < 1 || perRoom < 1 || serverApiPerApp < 1)) {
                throw new IllegalArgumentException("rate limits are 1 or more per second");
            }
        }

        /** No rate limits. */
        public static RateLimits off() {
            return new RateLimits(false, 0, 0, 0);
        }
    }
}
