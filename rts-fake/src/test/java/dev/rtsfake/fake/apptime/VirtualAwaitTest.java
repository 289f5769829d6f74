package dev.rtsfake.fake.apptime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.VirtualTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** cloud.await(): drives the clock until a condition holds, and says what was pending when it does not. */
class VirtualAwaitTest {
    static final String APP = "rtsfake-demo-app-0000001";
    final FakeRtsCloud cloud = FakeRtsCloud.builder().seed(21).app(APP, "key").build();
    final List<String> states = new ArrayList<>();

    @AfterEach
    void close() {
        cloud.close();
    }

    private RTS alice() {
        return cloud.createRTS(APP, new IRTSEventHandler() {
            @Override public void onConnectionStateChanged(int state, int reason) {
                states.add(state + "@" + cloud.elapsed().toMillis());
            }
        });
    }

    @Test
    void until_drivesTheClock_andStopsAtTheEventAfterWhichTheConditionHolds() {
        alice().login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice");

        Duration took = cloud.await().atMost(Duration.ofSeconds(5)).until(() -> states.contains("3@60"));

        assertThat(took).isEqualTo(Duration.ofMillis(60));
        assertThat(cloud.elapsed()).isEqualTo(Duration.ofMillis(60));
        assertThat(states).containsExactly("2@0", "3@60");
    }

    @Test
    void until_aConditionAlreadyTrue_runsNothing() {
        cloud.scheduler().schedule(() -> { }, 1, TimeUnit.SECONDS);

        assertThat(cloud.await().until(() -> true)).isZero();
        assertThat(cloud.scheduler().toString()).contains("1 unfinished tasks");
    }

    @Test
    void until_runsTheAppsTimers_interleavedWithTheClouds() {
        AtomicInteger fired = new AtomicInteger();
        cloud.scheduler().schedule(fired::incrementAndGet, 3, TimeUnit.SECONDS);

        cloud.await().until(() -> fired.get() == 1);

        assertThat(cloud.elapsed()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void until_nothingPending_failsAtOnce_withoutMovingTheClock_sayingTheClockIsFrozen() {
        cloud.advance(Duration.ofMillis(1030));

        assertThatThrownBy(() -> cloud.await().atMost(Duration.ofSeconds(5)).until(() -> false))
                .isInstanceOf(VirtualTimeoutException.class)
                .hasMessage("Expecting the condition to hold within 5.000 s of virtual time, but it was false at 1.030 s"
                        + " and nothing is pending: no event is left that could make it true, and the clock would not"
                        + " move (it is frozen). Did the app make the call it waits for, and is the condition about what"
                        + " that call brings?\nSeed 21 reproduces this run.");
        assertThat(cloud.elapsed()).isEqualTo(Duration.ofMillis(1030));
    }

    @Test
    void until_theQueueRunsDry_failsWhenTheLastEventHasRun_notAtTheDeadline() {
        cloud.scheduler().schedule(() -> { }, 2, TimeUnit.SECONDS);

        assertThatThrownBy(() -> cloud.await().atMost(Duration.ofSeconds(60)).until(() -> false))
                .isInstanceOf(VirtualTimeoutException.class).hasMessageContaining("but it was false at 2.000 s and nothing is pending");
        assertThat(cloud.elapsed()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void until_timeRunsOut_failsNamingTheVirtualTimeAndTheNextPendingEvents() {
        alice().login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice");
        cloud.advance(Duration.ofMillis(100));
        cloud.scheduler().schedule(() -> { }, 7, TimeUnit.SECONDS);
        cloud.scheduler().scheduleAtFixedRate(() -> { }, 9, 1, TimeUnit.SECONDS);

        assertThatThrownBy(() -> cloud.await().atMost(Duration.ofSeconds(5)).alias("alice is reconnecting")
                .until(() -> states.contains("4")))
                .isInstanceOf(VirtualTimeoutException.class)
                .hasMessage("Expecting 'alice is reconnecting' to hold within 5.000 s of virtual time (from 0.100 s to"
                        + " 5.100 s), but it did not. At 5.100 s, 3 events are pending:"
                        + "\n  6.000 s  a background step of the cloud (statistics, retries)"
                        + "\n  7.100 s  app-timer #1 (Runnable$Lambda)"
                        + "\n  9.100 s  app-timer #2 (Runnable$Lambda)"
                        + "\nSeed 21 reproduces this run.");
        assertThat(cloud.elapsed()).isEqualTo(Duration.ofMillis(5100));
    }

    @Test
    void until_manyPending_listsTheFirstFive() {
        for (int i = 1; i <= 7; i++) {
            cloud.scheduler().schedule(() -> { }, 10 + i, TimeUnit.SECONDS);
        }

        assertThatThrownBy(() -> cloud.await().atMost(Duration.ofSeconds(1)).until(() -> false))
                .hasMessageContaining("7 events are pending; the next 5:\n  11.000 s  app-timer #1")
                .hasMessageContaining("15.000 s  app-timer #5").hasMessageNotContaining("app-timer #6");
    }

    @Test
    void untilAsserted_retriesUntilTheAssertionPasses() {
        alice().login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice");

        cloud.await().untilAsserted(() -> assertThat(states).contains("3@60"));

        assertThat(cloud.elapsed()).isEqualTo(Duration.ofMillis(60));
    }

    @Test
    void untilAsserted_failure_carriesTheLastAssertionError() {
        cloud.scheduler().schedule(() -> { }, 1, TimeUnit.SECONDS);

        assertThatThrownBy(() -> cloud.await().untilAsserted(() -> assertThat(states).contains("3")))
                .isInstanceOf(VirtualTimeoutException.class)
                .hasMessageContaining("\nThe last assertion error: \nExpecting ArrayList:")
                .hasCauseInstanceOf(AssertionError.class);
    }

    @Test
    void await_defaultsToTenSecondsOfVirtualTime() {
        cloud.scheduler().scheduleAtFixedRate(() -> { }, 1, 1, TimeUnit.SECONDS);

        assertThatThrownBy(() -> cloud.await().until(() -> false)).hasMessageContaining("within 10.000 s");
        assertThat(cloud.elapsed()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void await_refusesNegativeAndPastTheEndOfTime() {
        assertThatThrownBy(() -> cloud.await().atMost(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cloud.await().atMost(Duration.ofDays(40_000)).until(() -> false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end of virtual time");
    }

    @Test
    void await_inRealTimeMode_isRefused_pointingToAwaitility() {
        try (FakeRtsCloud real = FakeRtsCloud.builder().app(APP, "key").realTime().build()) {
            assertThatThrownBy(real::await).isInstanceOf(IllegalStateException.class).hasMessageContaining("Awaitility");
            assertThatThrownBy(real::autoAdvance).isInstanceOf(IllegalStateException.class).hasMessageContaining("real-time");
        }
    }

    @Test
    void await_fromACallback_joinsTheRunningDrive() {
        AtomicInteger fired = new AtomicInteger();
        List<Duration> waited = new ArrayList<>();
        cloud.scheduler().schedule(() -> {
            cloud.scheduler().schedule(fired::incrementAndGet, 2, TimeUnit.SECONDS);
            waited.add(cloud.await().until(() -> fired.get() == 1));
        }, 1, TimeUnit.SECONDS);

        cloud.runUntilIdle();

        assertThat(waited).containsExactly(Duration.ofSeconds(2));
        assertThat(cloud.elapsed()).isEqualTo(Duration.ofSeconds(3));
    }
}
