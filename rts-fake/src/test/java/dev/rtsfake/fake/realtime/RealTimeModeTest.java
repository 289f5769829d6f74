package dev.rtsfake.fake.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.testing.Callback;
import dev.rtsfake.fake.testing.RecordingHandler;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RealTimeModeTest {
    private static final String APP = "rtsfake-demo-app-0000001";

    @RepeatedTest(20)
    void realTime_loginAndMessage_arriveOnNamedCallbackThreads() {
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").realTime()
                .latency(Duration.ofMillis(5)).build()) {
            RecordingHandler aliceEvents = new RecordingHandler();   // records each callback with its thread
            RecordingHandler bobEvents = new RecordingHandler();
            FakeRTS alice = cloud.createRTS(APP, aliceEvents);
            FakeRTS bob = cloud.createRTS(APP, bobEvents);
            assertThat(alice.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice")).isZero();
            assertThat(bob.login(cloud.tokens().issue(APP, "bob", Duration.ofHours(1)), "bob")).isZero();
            await().atMost(Duration.ofSeconds(5)).until(() -> loggedIn(aliceEvents, "alice") && loggedIn(bobEvents, "bob"));

            long id = alice.sendMessage("bob", "hello", MessageConfig.RELIABLE_ORDERED);

            await().atMost(Duration.ofSeconds(5)).until(() -> bobEvents.received().contains("hello")
                    && aliceEvents.resultsFor(id).contains(0));
            assertThat(threadNames(aliceEvents)).allMatch(t -> t.startsWith("rts-callback-"));
            assertThat(threadNames(bobEvents)).allMatch(t -> t.startsWith("rts-callback-"));
            assertThat(threadNames(aliceEvents)).doesNotContain(Thread.currentThread().getName());
        }
    }

    private static boolean loggedIn(RecordingHandler events, String uid) {
        return events.callbacksNamed("onLoginResult").stream().anyMatch(c -> c.arg(0).equals(uid) && c.intArg(1) == 0);
    }

    private static List<String> threadNames(RecordingHandler events) {
        return events.callbacks().stream().map(Callback::thread).toList();
    }

    @Test
    void speedFactor_movesVirtualTimeFasterThanTheWallClock() {
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").speed(100).build()) {
            await().atMost(Duration.ofSeconds(5)).until(() -> cloud.elapsed().compareTo(Duration.ofSeconds(10)) >= 0);
            assertThat(cloud.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(10));
        }
    }

    @Test
    void realTime_drivingTheClockByHand_isRejectedWithAdvice() {
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").realTime().build()) {
            assertThatThrownBy(cloud::runUntilIdle).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Awaitility");
            assertThatThrownBy(() -> cloud.advance(Duration.ofSeconds(1))).isInstanceOf(IllegalStateException.class);
        }
    }
}
