package dev.rtsfake.fake;

import dev.rtsfake.fake.diag.Strictness;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Every setting of a simulated cloud, fixed when it is built. Read it back with
 * {@code cloud.settings()}; change it with the builder ({@code FakeRtsCloud.builder()}).
 *
 * @param seed the seed every random choice derives from
 * @param epoch the wall-clock instant virtual time zero stands for (token times are checked against it)
 * @param latency one-way latency of every new link, each direction
 * @param sysStatsInterval period of {@code onSysStats}; zero turns it off
 * @param offlinePeerResult result code of a P2P send to a user who is not logged in (4 NO_RELAY_PATH, or 3 NO_RECEIVER)
 * @param emptyUidReturnsParameterError whether {@code sendMessage("", ...)} returns -2 (the vendor page) rather than an id and result 104
 * @param rateLimits whether the per-client, per-room and per-app rate limits apply
 * @param p2pPerSecond P2P messages one client may send per second
 * @param roomPerSecond messages one room may carry per second
 * @param serverApiPerSecond server-push API calls one app may make per second
 * @param roomNoticeLimit members above which join/leave notices stop (warning -2013)
 * @param strictness what strict mode does with documented misuse: nothing, record it (the default), or fail the call
 * @param sdkVersion what {@code RTS.getSdkVersion()} returns
 * @param maxEventsPerDrive the most events one drive of the clock may run before it is judged a runaway loop
 * @param heartbeatTimeout how long after a link drops the engine notices (connection state RECONNECTING)
 * @param disconnectedAfter how long after the drop the state becomes DISCONNECTED
 * @param lostAfter how long after DISCONNECTED the state becomes LOST
 * @param reconnectInterval how often a dropped engine tries to reconnect
 * @param sessionGrace how long the cloud keeps a dropped session (peers see ONLINE meanwhile)
 * @param messageTimeout how long a reliable message is retried before TIMEOUT (1)
 * @param retransmitInterval how long a reliable message waits for an acknowledgement before it is sent again
 * @param speed 0 for virtual time driven by the test (the default, deterministic); otherwise real-time
 *     mode, where a driver thread moves virtual time at {@code speed} times the wall clock
 * @param traceKeepLast how many of the latest steps {@code cloud.trace()} holds ({@link #DEFAULT_TRACE_KEEP_LAST}
 *     by default; {@code Integer.MAX_VALUE} keeps every step)
 * @param traceFile the file every step is streamed to as JSON lines while it is recorded, or null for none
 */
public record CloudSettings(
        long seed,
        Instant epoch,
        Duration latency,
        Duration sysStatsInterval,
        int offlinePeerResult,
        boolean emptyUidReturnsParameterError,
        boolean rateLimits,
        int p2pPerSecond,
        int roomPerSecond,
        int serverApiPerSecond,
        int roomNoticeLimit,
        Strictness strictness,
        String sdkVersion,
        long maxEventsPerDrive,
        Duration heartbeatTimeout,
        Duration disconnectedAfter,
        Duration lostAfter,
        Duration reconnectInterval,
        Duration sessionGrace,
        Duration messageTimeout,
        Duration retransmitInterval,
        double speed,
        int traceKeepLast,
        Path traceFile) {

    /** The default seed: runs are reproducible even when a test never picks one. */
    public static final long DEFAULT_SEED = 20_240_101L;

    /** What RTS.getSdkVersion() reports unless the builder says otherwise. */
    public static final String DEFAULT_SDK_VERSION = "3.58.1-rts-fake";

    /**
     * How many of the latest steps the in-memory trace keeps unless the builder says otherwise: about
     * an hour of a busy ten-user chat, every step of an ordinary test, some ten megabytes.
     */
    public static final int DEFAULT_TRACE_KEEP_LAST = 100_000;

    /** Whether strict mode records documented misuse (strictness is not {@link Strictness#OFF}). */
    public boolean strict() {
        return strictness.records();
    }

    /** Whether a driver thread moves time by the wall clock (real-time or accelerated mode). */
    public boolean realTime() {
        return speed > 0;
    }

    /** The settings a plain {@code FakeRtsCloud.builder().build()} uses. */
    public static CloudSettings defaults() {
        return new CloudSettings(
                DEFAULT_SEED,
                Instant.parse("2025-01-01T00:00:00Z"),
                Duration.ofMillis(30),
                Duration.ofSeconds(2),
                4,
                true,
                true,
                100,
                100,
                500,
                500,
                Strictness.REPORT,
                DEFAULT_SDK_VERSION,
                50_000_000L,
                Duration.ofSeconds(5),
                Duration.ofSeconds(12),
                Duration.ofSeconds(10),
                Duration.ofSeconds(2),
                Duration.ofSeconds(30),
                Duration.ofSeconds(10),
                Duration.ofMillis(300),
                0.0,
                DEFAULT_TRACE_KEEP_LAST,
                null);
    }
}
