package dev.rtsfake.fake.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.engine.FakeRTS;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RealTimeModeTest {
    private static final String APP = "rtsfake-demo-app-0000001";

    /** Records callbacks with the name of the thread they arrived on. */
    static final class ThreadRecordingHandler extends IRTSEventHandler {
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();

        @Override
        public void onLoginResult(String uid, int errorCode, int elapsed) {
            record("onLoginResult(" + uid + "," + errorCode + ")");
        }

        @Override
        public void onMessageReceived(String uid, String message) {
            record("onMessageReceived(" + uid + "," + message + ")");
        }

        @Override
        public void onMessageSendResult(long msgid, int error) {
            record("onMessageSendResult(" + msgid + "," + error + ")");
        }

        private void record(String event) {
            events.add(event);
            threads.add(Thread.currentThread().getName());
        }
    }

    @RepeatedTest(20)
    void realTime_loginAndMessage_arriveOnNamedCallbackThreads() {
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").realTime()
                .latency(Duration.ofMillis(5)).build()) {
            ThreadRecordingHandler aliceEvents = new ThreadRecordingHandler();
            ThreadRecordingHandler bobEvents = new ThreadRecordingHandler();
            FakeRTS alice = cloud.createRTS(APP, aliceEvents);
            FakeRTS bob = cloud.createRTS(APP, bobEvents);
            assertThat(alice.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice")).isZero();
            assertThat(bob.login(cloud.tokens().issue(APP, "bob", Duration.ofHours(1)), "bob")).isZero();
            await().atMost(Duration.ofSeconds(5)).until(() -> aliceEvents.events.contains("onLoginResult(alice,0)")
                    && bobEvents.events.contains("onLoginResult(bob,0)"));

            long id = alice.sendMessage("bob", "hello", MessageConfig.RELIABLE_ORDERED);

            await().atMost(Duration.ofSeconds(5)).until(() -> bobEvents.events.contains("onMessageReceived(alice,hello)")
                    && aliceEvents.events.contains("onMessageSendResult(" + id + ",0)"));
            assertThat(aliceEvents.threads).allMatch(t -> t.startsWith("rts-callback-"));
            assertThat(bobEvents.threads).allMatch(t -> t.startsWith("rts-callback-"));
            assertThat(aliceEvents.threads).doesNotContain(Thread.currentThread().getName());
        }
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
