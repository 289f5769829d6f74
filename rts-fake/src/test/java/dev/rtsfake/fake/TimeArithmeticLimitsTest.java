package dev.rtsfake.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.appserver.AppServer;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.net.Fault;
import dev.rtsfake.fake.net.LinkDirection;
import dev.rtsfake.fake.net.Match;
import dev.rtsfake.fake.net.Network;
import dev.rtsfake.fake.net.Rule;
import dev.rtsfake.fake.net.RuleAction;
import dev.rtsfake.fake.testing.Internals;
import dev.rtsfake.fake.testing.RecordingHandler;
import dev.rtsfake.fake.time.TimeLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, item 8: a harness setting that would overflow the simulation's time arithmetic is refused
 * when it is given, with a message that says the allowed range, and nothing of it reaches the trace;
 * with every setting at its limit and the clock at the end of virtual time, no SDK call and no drive
 * throws.
 */
class TimeArithmeticLimitsTest {
    private static final String APP = "rtsfake-demo-app-0000001";
    /** Longer than a {@code long} of nanoseconds can count. */
    private static final Duration UNCOUNTABLE = Duration.ofSeconds(Long.MAX_VALUE);
    private static final Duration THOUSAND_YEARS = Duration.ofDays(365_000);
    private static final String SETTING_RANGE = "at most 3650 days";
    private static final String END_RANGE = "end of virtual time";

    private FakeRtsCloud cloud;

    @AfterEach
    void close() {
        if (cloud != null) {
            cloud.close();
        }
    }

    private static FakeRtsCloudBuilder builder() {
        return FakeRtsCloud.builder().seed(8).app(APP, "key");
    }

    private FakeRTS loggedIn(String uid) {
        return loggedIn(uid, new RecordingHandler());
    }

    private FakeRTS loggedIn(String uid, RecordingHandler handler) {
        FakeRTS rts = cloud.createRTS(APP, handler);
        assertThat(rts.login(cloud.tokens().issue(APP, uid, Duration.ofDays(365 * 50)), uid)).isZero();
        cloud.runUntilIdle();
        return rts;
    }

    private static void refused(ThrowingCallable call, String range) {
        assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(range);
    }

    @Test
    void builderTimingSettings_thatWouldOverflow_areRefusedWithTheAllowedRange() {
        List<Function<Duration, FakeRtsCloudBuilder>> settings = List.of(
                d -> builder().latency(d),
                d -> builder().sysStatsInterval(d),
                d -> builder().heartbeatTimeout(d),
                d -> builder().disconnectTimings(d, Duration.ofSeconds(1)),
                d -> builder().disconnectTimings(Duration.ofSeconds(1), d),
                d -> builder().reconnectInterval(d),
                d -> builder().sessionGrace(d),
                d -> builder().messageTimeout(d),
                d -> builder().retransmitInterval(d));
        for (Function<Duration, FakeRtsCloudBuilder> setting : settings) {
            refused(() -> setting.apply(UNCOUNTABLE), SETTING_RANGE);
            refused(() -> setting.apply(THOUSAND_YEARS), SETTING_RANGE);
            assertThatCode(() -> setting.apply(TimeLimits.MAX_SETTING)).doesNotThrowAnyException();
        }
        String startRange = "between 1970-01-01T00:00:00Z and 2106-02-07T06:28:15Z";
        refused(() -> builder().startAt(Instant.MAX), startRange);
        refused(() -> builder().startAt(Instant.parse("1969-12-31T23:59:59Z")), startRange);
        refused(() -> builder().startAt(null), startRange);
        assertThatCode(() -> builder().startAt(TimeLimits.LATEST_START).build().close()).doesNotThrowAnyException();
    }

    @Test
    void driving_pastTheEndOfVirtualTime_isRefusedWithTheLongestStretchLeft() {
        cloud = builder().build();
        refused(() -> cloud.advance(UNCOUNTABLE), END_RANGE);
        refused(() -> cloud.advance(TimeLimits.END_OF_TIME.plusNanos(1)), END_RANGE);
        refused(() -> cloud.runUntil(() -> false, THOUSAND_YEARS), END_RANGE);

        cloud.advance(TimeLimits.END_OF_TIME.minusDays(1));
        refused(() -> cloud.advance(Duration.ofDays(2)), "at most PT24H from now");
        cloud.advance(Duration.ofDays(1));
        assertThat(cloud.elapsed()).isEqualTo(TimeLimits.END_OF_TIME);
        refused(() -> cloud.advance(Duration.ofNanos(1)), END_RANGE);
        assertThat(cloud.advance(Duration.ZERO)).isZero();
    }

    @Test
    void networkVerbsAndRules_thatWouldOverflow_areRefused_andNothingReachesTheTrace() {
        cloud = builder().build();
        loggedIn("alice");
        Network net = cloud.network();
        int traced = cloud.trace().size();
        int pending = pendingEvents();

        refused(() -> net.latency("alice", UNCOUNTABLE), SETTING_RANGE);
        refused(() -> net.latency("alice", Duration.ofMillis(10), THOUSAND_YEARS), SETTING_RANGE);
        refused(() -> net.defaultLatency(UNCOUNTABLE), SETTING_RANGE);
        refused(() -> net.schedule(UNCOUNTABLE, new Fault.Disconnect("alice")), END_RANGE);
        refused(() -> net.schedule(TimeLimits.END_OF_TIME.plusSeconds(1), new Fault.Outage()), END_RANGE);
        refused(() -> net.scheduleAt(UNCOUNTABLE, new Fault.Outage()), END_RANGE);
        refused(() -> net.during(THOUSAND_YEARS, new Fault.Disconnect("alice")), END_RANGE);
        refused(() -> net.timeline(List.of(Fault.at(Duration.ofSeconds(1), new Fault.Disconnect("alice")),
                Fault.at(UNCOUNTABLE, new Fault.Reconnect("alice")))), END_RANGE);
        refused(() -> new Fault.Latency("alice", LinkDirection.BOTH, UNCOUNTABLE, Duration.ZERO), SETTING_RANGE);
        refused(() -> RuleAction.delay(UNCOUNTABLE), SETTING_RANGE);
        refused(() -> new RuleAction.Delay(THOUSAND_YEARS), SETTING_RANGE);
        refused(() -> Match.p2p().after(UNCOUNTABLE), END_RANGE);
        refused(() -> net.schedule(Duration.ofSeconds(1), null), "fault is null");

        assertThat(cloud.trace().size()).as("trace steps").isEqualTo(traced);
        assertThat(pendingEvents()).as("events scheduled").isEqualTo(pending);
        assertThat(Internals.link(net, "alice").isDisconnected()).as("during() applied nothing").isFalse();
        assertThat(Internals.link(net, "alice").up().latency()).isEqualTo(Duration.ofMillis(30));
    }

    private int pendingEvents() {
        return cloud.simulation().scheduler().pendingCount();
    }

    @Test
    void appServerTimings_thatWouldOverflow_areRefused() {
        cloud = builder().build();
        AppServer server = cloud.appServer(APP);
        refused(() -> server.timeout(UNCOUNTABLE), SETTING_RANGE);
        refused(() -> server.httpTimeout(UNCOUNTABLE), SETTING_RANGE);
        refused(() -> server.httpLatency(THOUSAND_YEARS), SETTING_RANGE);
        refused(() -> server.delayNext(UNCOUNTABLE), SETTING_RANGE);
    }

    @Test
    void sdkCalls_withEverySettingAtItsLimit_atTheEndOfVirtualTime_neverThrow() {
        Duration max = TimeLimits.MAX_SETTING;
        cloud = builder().heartbeatTimeout(max).disconnectTimings(max, max).reconnectInterval(max)
                .sessionGrace(max).messageTimeout(max).retransmitInterval(max).sysStatsInterval(max).build();
        RecordingHandler aliceHandler = new RecordingHandler();
        FakeRTS alice = loggedIn("alice", aliceHandler);
        FakeRTS bob = loggedIn("bob");
        RTSRoom room = alice.createRoom("lobby");
        room.joinRoom();
        cloud.runUntilIdle();
        cloud.network().latency("bob", LinkDirection.DOWN, max, max);
        cloud.network().addRule(Rule.when(Match.p2p().from("alice").after(TimeLimits.END_OF_TIME))
                .then(RuleAction.delay(max)));
        cloud.advance(TimeLimits.END_OF_TIME.minus(cloud.elapsed()).minusSeconds(1));

        assertThatCode(() -> {
            long p2p = alice.sendMessage("bob", "late", MessageConfig.RELIABLE_ORDERED);
            long toRoom = room.sendRoomMessage("late");
            assertThat(p2p).isPositive();
            assertThat(toRoom).isPositive();
            alice.getPeerOnlineStatus("bob");
            cloud.runUntilIdle();
            bob.logout();
            cloud.network().disconnect("alice");
            cloud.runUntilIdle();
            cloud.advance(TimeLimits.END_OF_TIME.minus(cloud.elapsed()));
            cloud.network().reconnect("alice");
            cloud.runUntilIdle();
        }).doesNotThrowAnyException();
        assertThat(cloud.elapsed()).isEqualTo(TimeLimits.END_OF_TIME);
        assertThat(aliceHandler.named("onMessageSendResult")).hasSize(1);
        assertThat(cloud.handlerFailures()).isEmpty();
    }
}
