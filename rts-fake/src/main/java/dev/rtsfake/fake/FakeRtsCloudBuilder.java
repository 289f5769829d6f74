package dev.rtsfake.fake;

import dev.rtsfake.fake.CloudSettings;
import dev.rtsfake.fake.diag.Strictness;
import dev.rtsfake.fake.time.TimeLimits;
import dev.rtsfake.fake.trace.TraceEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds a {@link FakeRtsCloud}. Every setting has a documented default (see {@link CloudSettings});
 * at least one app must be registered. Timing settings take at most 3,650 days and {@code startAt}
 * lies between 1970 and 2106 ({@link TimeLimits}); a value outside is refused at once with an
 * {@link IllegalArgumentException} that gives the allowed range.
 *
 * <pre>{@code
 * FakeRtsCloud cloud = FakeRtsCloud.builder()
 *         .seed(42)
 *         .app("rtsfake-demo-app-0000001", "demo-app-key")
 *         .latency(Duration.ofMillis(50))
 *         .build();
 * }</pre>
 */
public final class FakeRtsCloudBuilder {
    private final Map<String, String> apps = new LinkedHashMap<>();
    private long seed = CloudSettings.DEFAULT_SEED;
    private Instant epoch;
    private Duration latency;
    private Duration sysStatsInterval;
    private Integer offlinePeerResult;
    private Boolean emptyUidReturnsParameterError;
    private Boolean rateLimits;
    private Integer p2pPerSecond;
    private Integer roomPerSecond;
    private Integer serverApiPerSecond;
    private Integer roomNoticeLimit;
    private Strictness strictness;
    private String sdkVersion;
    private Long maxEventsPerDrive;
    private Duration heartbeatTimeout;
    private Duration disconnectedAfter;
    private Duration lostAfter;
    private Duration reconnectInterval;
    private Duration sessionGrace;
    private Duration messageTimeout;
    private Duration retransmitInterval;
    private double speed;
    private Integer traceKeepLast;
    private Path traceFile;
    private final List<Consumer<? super TraceEvent>> traceListeners = new ArrayList<>();

    FakeRtsCloudBuilder() {
    }

    /** Registers an app: its 24-character AppId (the token format stores exactly 24) and its app key. */
    public FakeRtsCloudBuilder app(String appId, String appKey) {
        if (appId == null || appId.length() != 24) {
            throw new IllegalArgumentException("an AppId must be exactly 24 characters (the \"001\" token format"
                    + " stores 24), was " + (appId == null ? "null" : "'" + appId + "' (" + appId.length() + ")")
                    + "; for tests use e.g. \"rtsfake-demo-app-0000001\"");
        }
        if (appKey == null || appKey.isEmpty()) {
            throw new IllegalArgumentException("the app key of '" + appId + "' is empty; tokens are signed with"
                    + " it, so pass any non-empty string");
        }
        if (apps.containsKey(appId)) {
            throw new IllegalArgumentException("app '" + appId + "' is registered twice; register each AppId once");
        }
        apps.put(appId, appKey);
        return this;
    }

    /** The seed every random choice derives from (default {@value CloudSettings#DEFAULT_SEED}). */
    public FakeRtsCloudBuilder seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * The wall-clock instant virtual time zero stands for (default 2025-01-01T00:00:00Z), from
     * 1970-01-01T00:00:00Z to 2106-02-07T06:28:15Z (the Unix seconds a login token carries).
     */
    public FakeRtsCloudBuilder startAt(Instant epoch) {
        this.epoch = TimeLimits.start(epoch);
        return this;
    }

    /** One-way latency of every new link, each direction (default 30 ms). */
    public FakeRtsCloudBuilder latency(Duration latency) {
        this.latency = nonNegative("latency", latency);
        return this;
    }

    /** Period of onSysStats (default 2 s); {@code Duration.ZERO} turns it off. */
    public FakeRtsCloudBuilder sysStatsInterval(Duration interval) {
        this.sysStatsInterval = nonNegative("sysStatsInterval", interval);
        return this;
    }

    /** Result code of a P2P send to a user who is not logged in: 4 NO_RELAY_PATH (default) or 3 NO_RECEIVER. */
    public FakeRtsCloudBuilder offlinePeerResult(int code) {
        if (code != 3 && code != 4) {
            throw new IllegalArgumentException("offlinePeerResult must be 3 (NO_RECEIVER) or 4 (NO_RELAY_PATH), was " + code);
        }
        this.offlinePeerResult = code;
        return this;
    }

    /**
     * Whether {@code sendMessage("", ...)} returns -2, as the vendor page says (default), or returns an
     * id followed by result 104 EMPTY_USER.
     */
    public FakeRtsCloudBuilder emptyUidReturnsParameterError(boolean minusTwo) {
        this.emptyUidReturnsParameterError = minusTwo;
        return this;
    }

    /** Turns the rate limits (EXCEED_QPS) on (default) or off. */
    public FakeRtsCloudBuilder rateLimits(boolean on) {
        this.rateLimits = on;
        return this;
    }

    /** Messages per second: P2P per client (default 100), per room (100), server API per app (500). */
    public FakeRtsCloudBuilder rateLimits(int p2pPerClient, int perRoom, int serverApiPerApp) {
        this.p2pPerSecond = positive("p2pPerClient", p2pPerClient);
        this.roomPerSecond = positive("perRoom", perRoom);
        this.serverApiPerSecond = positive("serverApiPerApp", serverApiPerApp);
        return this;
    }

    /** Members above which join/leave notices stop (default 500). */
    public FakeRtsCloudBuilder roomNoticeLimit(int members) {
        this.roomNoticeLimit = positive("roomNoticeLimit", members);
        return this;
    }

    /**
     * Whether strict mode records documented misuse (default on): {@code strict(true)} is
     * {@code strictness(Strictness.REPORT)}, {@code strict(false)} is {@code strictness(Strictness.OFF)}.
     */
    public FakeRtsCloudBuilder strict(boolean on) {
        return strictness(on ? Strictness.REPORT : Strictness.OFF);
    }

    /**
     * What strict mode does with documented misuse: {@link Strictness#REPORT} records it (the default;
     * {@code assertClean()} and the JUnit extension fail the test at its end), {@link Strictness#OFF}
     * ignores it, and {@link Strictness#FAIL_AT_CALL} makes the misused SDK method throw a
     * {@link dev.rtsfake.fake.diag.MisuseError} at once: the one case in which an SDK method throws.
     */
    public FakeRtsCloudBuilder strictness(Strictness level) {
        this.strictness = requireNonNull(level, "strictness");
        return this;
    }

    /** What RTS.getSdkVersion() returns. */
    public FakeRtsCloudBuilder sdkVersion(String version) {
        this.sdkVersion = requireNonNull(version, "sdkVersion");
        return this;
    }

    /** The most events one drive of the clock may run before it is judged a runaway loop (default 50 million). */
    public FakeRtsCloudBuilder maxEventsPerDrive(long events) {
        if (events < 1) {
            throw new IllegalArgumentException("maxEventsPerDrive must be at least 1, was " + events);
        }
        this.maxEventsPerDrive = events;
        return this;
    }

    /** How long after a link drops the engine notices and reports RECONNECTING (default 5 s). */
    public FakeRtsCloudBuilder heartbeatTimeout(Duration d) {
        this.heartbeatTimeout = positive("heartbeatTimeout", d);
        return this;
    }

    /** Time after the drop at which the state becomes DISCONNECTED (default 12 s), and LOST after that (default 10 s). */
    public FakeRtsCloudBuilder disconnectTimings(Duration disconnectedAfter, Duration lostAfter) {
        this.disconnectedAfter = positive("disconnectedAfter", disconnectedAfter);
        this.lostAfter = positive("lostAfter", lostAfter);
        return this;
    }

    /** How long a dropped engine waits between reconnect attempts (default 2 s). */
    public FakeRtsCloudBuilder reconnectInterval(Duration d) {
        this.reconnectInterval = positive("reconnectInterval", d);
        return this;
    }

    /** How long the cloud keeps a dropped session, peers seeing ONLINE (default 30 s). */
    public FakeRtsCloudBuilder sessionGrace(Duration d) {
        this.sessionGrace = nonNegative("sessionGrace", d);
        return this;
    }

    /** How long a message is retried before its result is TIMEOUT (default 10 s). */
    public FakeRtsCloudBuilder messageTimeout(Duration d) {
        this.messageTimeout = positive("messageTimeout", d);
        return this;
    }

    /** How long a lost reliable packet waits before it is sent again (default 300 ms). */
    public FakeRtsCloudBuilder retransmitInterval(Duration d) {
        this.retransmitInterval = positive("retransmitInterval", d);
        return this;
    }

    /**
     * Real-time mode: a driver thread moves virtual time with the wall clock, and callbacks arrive
     * on one named callback thread per engine, as with the real SDK. Tests wait with Awaitility
     * instead of driving the clock. Determinism is promised only in virtual time (the default).
     */
    public FakeRtsCloudBuilder realTime() {
        return speed(1.0);
    }

    /**
     * Accelerated real-time mode: virtual time runs {@code factor} times faster than the wall clock
     * (e.g. 60: a virtual minute per wall second). See {@link #realTime()}.
     */
    public FakeRtsCloudBuilder speed(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("speed must be a finite factor above 0 (1 = real time), was " + factor
                    + "; leave it unset for virtual time driven by the test");
        }
        this.speed = factor;
        return this;
    }

    /**
     * How many of the latest steps {@code cloud.trace()} keeps in memory (default
     * {@value CloudSettings#DEFAULT_TRACE_KEEP_LAST}); earlier ones are dropped, and the trace says how
     * many ({@code Trace.dropped()} and the header of {@code format()}). Zero keeps none in memory
     * (for a run that only streams its trace with {@link #traceFile} or {@link #traceListener}).
     */
    public FakeRtsCloudBuilder traceKeepLast(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("traceKeepLast must be zero or more steps, was " + steps
                    + "; use traceKeepAll() to keep every step");
        }
        this.traceKeepLast = steps;
        return this;
    }

    /**
     * Keeps every step in memory (up to {@code Integer.MAX_VALUE}, the most a list holds). Memory then
     * grows with the run: about 100 bytes a step, some 10 MiB a virtual hour of a busy ten-user chat.
     */
    public FakeRtsCloudBuilder traceKeepAll() {
        this.traceKeepLast = Integer.MAX_VALUE;
        return this;
    }

    /**
     * Streams every step, kept in memory or not, to {@code file} as JSON lines while it is recorded
     * (the lines {@code Trace.writeJsonLines} writes). The file and its folders are created when the
     * cloud is built (an existing file is replaced) and closed with the cloud. A write that fails
     * stops the file and records a HARNESS step {@code trace-file-failed}; the run goes on.
     */
    public FakeRtsCloudBuilder traceFile(Path file) {
        this.traceFile = requireNonNull(file, "traceFile");
        return this;
    }

    /**
     * Tells {@code listener} of every step as it is recorded (kept in memory or not), on the thread
     * recording it, while the trace is locked: it must be quick and must not call the cloud or the
     * SDK. One that throws is removed, and a HARNESS step {@code trace-listener-failed} records why.
     * May be called more than once; listeners are told in the order they were added.
     */
    public FakeRtsCloudBuilder traceListener(Consumer<? super TraceEvent> listener) {
        traceListeners.add(requireNonNull(listener, "traceListener"));
        return this;
    }

    /** Builds the cloud. */
    public FakeRtsCloud build() {
        if (apps.isEmpty()) {
            throw new IllegalStateException("a FakeRtsCloud needs at least one app: call"
                    + " .app(\"rtsfake-demo-app-0000001\", \"demo-app-key\") on the builder");
        }
        CloudSettings d = CloudSettings.defaults();
        CloudSettings s = new CloudSettings(
                seed,
                or(epoch, d.epoch()),
                or(latency, d.latency()),
                or(sysStatsInterval, d.sysStatsInterval()),
                or(offlinePeerResult, d.offlinePeerResult()),
                or(emptyUidReturnsParameterError, d.emptyUidReturnsParameterError()),
                or(rateLimits, d.rateLimits()),
                or(p2pPerSecond, d.p2pPerSecond()),
                or(roomPerSecond, d.roomPerSecond()),
                or(serverApiPerSecond, d.serverApiPerSecond()),
                or(roomNoticeLimit, d.roomNoticeLimit()),
                or(strictness, d.strictness()),
                or(sdkVersion, d.sdkVersion()),
                or(maxEventsPerDrive, d.maxEventsPerDrive()),
                or(heartbeatTimeout, d.heartbeatTimeout()),
                or(disconnectedAfter, d.disconnectedAfter()),
                or(lostAfter, d.lostAfter()),
                or(reconnectInterval, d.reconnectInterval()),
                or(sessionGrace, d.sessionGrace()),
                or(messageTimeout, d.messageTimeout()),
                or(retransmitInterval, d.retransmitInterval()),
                speed,
                or(traceKeepLast, d.traceKeepLast()),
                traceFile);
        return new FakeRtsCloud(s, apps, List.copyOf(traceListeners));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static <T> T requireNonNull(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is null");
        }
        return value;
    }

    private static Duration nonNegative(String what, Duration d) {
        return TimeLimits.setting(what, d, true);
    }

    private static Duration positive(String what, Duration d) {
        return TimeLimits.setting(what, d, false);
    }

    private static int positive(String what, int n) {
        if (n < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, was " + n);
        }
        return n;
    }
}
