package dev.rtsfake.fake.apptime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.rtsfake.fake.FakeRtsCloud;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** In real-time mode the app's tasks run on rts-callback-app, and waits on them are real waits. */
class RealTimeSchedulerTest {
    static final String APP = "rtsfake-demo-app-0000001";

    @Test
    void realTime_timersAndMainThreadTasks_runOnRtsCallbackApp_andGetWaitsForThem() throws Exception {
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").speed(20).build()) {
            List<String> threads = new CopyOnWriteArrayList<>();
            ScheduledFuture<String> f = cloud.scheduler().schedule(() -> {
                threads.add(Thread.currentThread().getName());
                return "pong";
            }, 200, TimeUnit.MILLISECONDS);                        // 10 ms of wall time at speed 20
            cloud.mainThread().execute(() -> threads.add(Thread.currentThread().getName()));

            assertThat(f.get(5, TimeUnit.SECONDS)).isEqualTo("pong");
            await().atMost(Duration.ofSeconds(5)).until(() -> threads.size() == 2);
            assertThat(threads).containsOnly("rts-callback-app");
        }
    }

    @Test
    void realTime_getWithTimeout_throwsTimeoutException_inWallTime() {
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").realTime().build()) {
            ScheduledFuture<?> f = cloud.scheduler().schedule(() -> { }, 1, TimeUnit.HOURS);

            assertThatThrownBy(() -> f.get(30, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        }
    }

    @Test
    void realTime_waitingOnTheAppThreadForAnotherTask_failsInsteadOfDeadlocking() throws Exception {
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").speed(50).build()) {
            Future<Throwable> outcome = cloud.scheduler().submit(() -> {
                try {
                    cloud.scheduler().schedule(() -> { }, 1, TimeUnit.SECONDS).get();
                    return null;
                } catch (IllegalStateException e) {
                    return e;
                }
            });

            assertThat(outcome.get(5, TimeUnit.SECONDS)).hasMessageContaining("waiting there for a task would wait forever");
        }
    }

    @Test
    void realTime_aFailingTaskIsRecorded_andClosingCancelsTheRest() throws Exception {
        FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").speed(20).build();
        Future<?> failing = cloud.scheduler().submit(() -> {
            throw new IllegalStateException("boom");
        });
        ScheduledFuture<?> later = cloud.scheduler().schedule(() -> { }, 1, TimeUnit.HOURS);

        assertThatThrownBy(() -> failing.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        await().atMost(Duration.ofSeconds(5)).until(() -> cloud.handlerFailures().size() == 1);
        cloud.close();

        assertThat(later.isCancelled()).isTrue();
        assertThat(cloud.scheduler().awaitTermination(1, TimeUnit.SECONDS)).isTrue();
    }
}
