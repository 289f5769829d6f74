package dev.rtsfake.fake.apptime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rtsfake.fake.AutoAdvance;
import dev.rtsfake.fake.FakeRtsCloud;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Waiting on cloud.scheduler() in virtual time: outside an auto-advance block a wait that needs the
 * clock to move fails at once (it would never end); inside one it drives the clock. Plus shutdown
 * and the closed cloud.
 */
class SchedulerWaitsTest {
    static final String APP = "rtsfake-demo-app-0000001";
    final FakeRtsCloud cloud = FakeRtsCloud.builder().seed(5).app(APP, "key").build();
    final ScheduledExecutorService scheduler = cloud.scheduler();
    final List<String> ran = new ArrayList<>();

    @AfterEach
    void close() {
        cloud.close();
    }

    private Callable<String> answer(String value) {
        return () -> {
            ran.add(value + "@" + cloud.elapsed().toMillis());
            return value;
        };
    }

    @Test
    void get_onAFrozenClock_failsAtOnce_sayingToDriveOrAutoAdvance() {
        ScheduledFuture<String> f = scheduler.schedule(answer("pong"), 2, TimeUnit.SECONDS);

        assertThatThrownBy(f::get).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("get() on app-timer #1 (Callable$Lambda), due at 2.000 s would wait for virtual"
                        + " time (now 0.000 s), but the clock moves only when the test drives it")
                .hasMessageContaining("cloud.autoAdvance()");
        assertThatThrownBy(() -> f.get(1, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class);
        assertThat(cloud.elapsed()).isZero();
        assertThat(ran).isEmpty();
    }

    @Test
    void get_ofAFinishedTask_returnsWithoutAutoAdvance() throws Exception {
        ScheduledFuture<String> f = scheduler.schedule(answer("pong"), 2, TimeUnit.SECONDS);
        cloud.advance(Duration.ofSeconds(2));

        assertThat(f.get()).isEqualTo("pong");
    }

    @Test
    void get_insideAutoAdvance_drivesTheClockToTheTask_runningWhatComesBeforeIt() throws Exception {
        scheduler.schedule(answer("before"), 1, TimeUnit.SECONDS);
        ScheduledFuture<String> f = scheduler.schedule(answer("pong"), 2, TimeUnit.SECONDS);
        scheduler.schedule(answer("after"), 3, TimeUnit.SECONDS);

        try (AutoAdvance auto = cloud.autoAdvance()) {
            assertThat(f.get()).isEqualTo("pong");
        }

        assertThat(ran).containsExactly("before@1000", "pong@2000");
        assertThat(cloud.elapsed()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void getWithTimeout_insideAutoAdvance_throwsTimeoutException_afterThatMuchVirtualTime() {
        ScheduledFuture<String> f = scheduler.schedule(answer("pong"), 5, TimeUnit.SECONDS);

        try (AutoAdvance auto = cloud.autoAdvance()) {
            assertThatThrownBy(() -> f.get(2, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class)
                    .hasMessage("app-timer #1 (Callable$Lambda) did not finish within 2 SECONDS of virtual time (now 2.000 s)");
        }
        assertThat(cloud.elapsed()).isEqualTo(Duration.ofSeconds(2));
        assertThat(ran).isEmpty();
    }

    @Test
    void autoAdvance_endsWithItsBlock() {
        ScheduledFuture<String> f = scheduler.schedule(answer("pong"), 5, TimeUnit.SECONDS);
        AutoAdvance auto = cloud.autoAdvance();
        auto.close();
        auto.close();                                   // a second close does nothing

        assertThatThrownBy(f::get).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void autoAdvance_blocksNest() throws Exception {
        ScheduledFuture<String> f = scheduler.schedule(answer("pong"), 5, TimeUnit.SECONDS);
        try (AutoAdvance outer = cloud.autoAdvance()) {
            try (AutoAdvance inner = cloud.autoAdvance()) {
                scheduler.schedule(answer("x"), 1, TimeUnit.SECONDS).get();
            }
            assertThat(f.get()).as("the outer block is still open").isEqualTo("pong");
        }
    }

    @Test
    void get_fromInsideTheTaskItself_failsInsteadOfDeadlocking() {
        List<Throwable> seen = new ArrayList<>();
        @SuppressWarnings("unchecked") ScheduledFuture<?>[] self = new ScheduledFuture<?>[1];
        self[0] = scheduler.schedule(() -> {
            try {
                self[0].get();
            } catch (Exception | Error e) {
                seen.add(e);
            }
        }, 1, TimeUnit.SECONDS);

        try (AutoAdvance auto = cloud.autoAdvance()) {
            cloud.advance(Duration.ofSeconds(1));
        }
        assertThat(seen).singleElement().asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.THROWABLE)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("a task cannot wait for its own end");
    }

    @Test
    void get_onAPeriodicTask_failsAtOnce_withoutATimeout() {
        ScheduledFuture<?> f = scheduler.scheduleAtFixedRate(() -> { }, 0, 1, TimeUnit.SECONDS);

        try (AutoAdvance auto = cloud.autoAdvance()) {
            assertThatThrownBy(f::get).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("periodic").hasMessageContaining("would wait forever");
        }
    }

    @Test
    void get_ofATaskDueAfterTheEndOfVirtualTime_failsAtOnce_insteadOfRunningACentury() {
        ScheduledFuture<?> f = scheduler.schedule(() -> { }, Long.MAX_VALUE, TimeUnit.NANOSECONDS);

        try (AutoAdvance auto = cloud.autoAdvance()) {
            assertThatThrownBy(f::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("never runs");
        }
        assertThat(cloud.elapsed()).isZero();
    }

    @Test
    void invokeAll_outsideAutoAdvance_failsBeforeSubmittingAnything() {
        assertThatThrownBy(() -> scheduler.invokeAll(List.of(answer("a"))))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("invokeAll would wait for virtual time");
        cloud.runUntilIdle();
        assertThat(ran).isEmpty();
    }

    @Test
    void invokeAll_insideAutoAdvance_runsEveryTask_inOrder_andReturnsTheirFinishedFutures() throws Exception {
        try (AutoAdvance auto = cloud.autoAdvance()) {
            List<Future<String>> fs = scheduler.invokeAll(List.of(answer("a"), answer("b"), () -> {
                throw new IllegalStateException("c fails");
            }));

            assertThat(fs).allMatch(Future::isDone);
            assertThat(fs.get(0).get()).isEqualTo("a");
            assertThat(fs.get(1).get()).isEqualTo("b");
            assertThatThrownBy(() -> fs.get(2).get()).isInstanceOf(ExecutionException.class);
        }
        assertThat(ran).containsExactly("a@0", "b@0");
        assertThat(cloud.handlerFailures()).hasSize(1);
    }

    @Test
    void invokeAllWithTimeout_cancelsTasksThatDidNotFinishInTime() throws Exception {
        Callable<String> slow = () -> {
            cloud.advance(Duration.ofSeconds(3));       // this task takes 3 s of virtual time
            return "slow";
        };
        try (AutoAdvance auto = cloud.autoAdvance()) {
            List<Future<String>> fs = scheduler.invokeAll(List.of(answer("a"), slow, answer("late")), 1, TimeUnit.SECONDS);

            assertThat(fs.get(0).get()).isEqualTo("a");
            assertThat(fs.get(1).get()).as("it was running, and finished in its own drive").isEqualTo("slow");
            assertThat(fs).allMatch(Future::isDone);
        }
    }

    @Test
    void invokeAny_returnsTheFirstTaskToSucceed_andCancelsTheRest() throws Exception {
        try (AutoAdvance auto = cloud.autoAdvance()) {
            String first = scheduler.invokeAny(List.of(() -> {
                throw new IllegalStateException("a fails");
            }, answer("b"), answer("c")));

            assertThat(first).isEqualTo("b");
        }
        assertThat(ran).containsExactly("b@0");
    }

    @Test
    void invokeAny_allFail_throwsExecutionException() {
        try (AutoAdvance auto = cloud.autoAdvance()) {
            assertThatThrownBy(() -> scheduler.invokeAny(List.<Callable<String>>of(() -> {
                throw new IllegalStateException("only one");
            }))).isInstanceOf(ExecutionException.class).hasRootCauseMessage("only one");
        }
    }

    @Test
    void invokeAny_emptyOrOutsideAutoAdvance_isRefused() {
        assertThatThrownBy(() -> scheduler.invokeAny(List.<Callable<String>>of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scheduler.invokeAny(List.of(answer("a")))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shutdown_refusesNewTasks_letsDelayedOnesRun_cancelsPeriodicOnes() throws Exception {
        ScheduledFuture<String> delayed = scheduler.schedule(answer("delayed"), 2, TimeUnit.SECONDS);
        ScheduledFuture<?> periodic = scheduler.scheduleAtFixedRate(() -> ran.add("tick"), 1, 1, TimeUnit.SECONDS);

        scheduler.shutdown();

        assertThat(scheduler.isShutdown()).isTrue();
        assertThat(scheduler.isTerminated()).isFalse();
        assertThat(periodic.isCancelled()).isTrue();
        assertThatThrownBy(() -> scheduler.execute(() -> { })).isInstanceOf(RejectedExecutionException.class)
                .hasMessageContaining("shut down");
        try (AutoAdvance auto = cloud.autoAdvance()) {
            assertThat(scheduler.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(ran).containsExactly("delayed@2000");
        assertThat(delayed.get()).isEqualTo("delayed");
        assertThat(scheduler.isTerminated()).isTrue();
    }

    @Test
    void awaitTermination_outsideAutoAdvance_isTrueWhenTerminated_andFailsWhenItWouldWait() throws Exception {
        scheduler.schedule(answer("delayed"), 2, TimeUnit.SECONDS);
        scheduler.shutdown();

        assertThatThrownBy(() -> scheduler.awaitTermination(1, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("awaitTermination would wait for virtual time");
        cloud.advance(Duration.ofSeconds(2));
        assertThat(scheduler.awaitTermination(1, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void awaitTermination_insideAutoAdvance_isFalse_whenTheTimeoutPassesFirst() throws Exception {
        scheduler.schedule(answer("delayed"), 5, TimeUnit.SECONDS);
        scheduler.shutdown();

        try (AutoAdvance auto = cloud.autoAdvance()) {
            assertThat(scheduler.awaitTermination(1, TimeUnit.SECONDS)).isFalse();
        }
        assertThat(cloud.elapsed()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void shutdownNow_cancelsEverything_andReturnsTheTasksThatNeverRan_asGiven() {
        Runnable never = () -> ran.add("never");
        ScheduledFuture<?> f = scheduler.schedule(never, 2, TimeUnit.SECONDS);
        ScheduledFuture<?> ticking = scheduler.scheduleAtFixedRate(() -> ran.add("tick"), 0, 1, TimeUnit.SECONDS);
        cloud.advance(Duration.ofMillis(500));

        List<Runnable> left = scheduler.shutdownNow();

        assertThat(left).containsExactly(never);
        assertThat(f.isCancelled()).isTrue();
        assertThat(ticking.isCancelled()).isTrue();
        assertThat(scheduler.isTerminated()).isTrue();
        cloud.advance(Duration.ofSeconds(5));
        assertThat(ran).containsExactly("tick");
    }

    @Test
    void closingTheCloud_cancelsUnfinishedTasks_andRefusesNewOnes() {
        ScheduledFuture<String> f = scheduler.schedule(answer("pong"), 2, TimeUnit.SECONDS);

        cloud.close();

        assertThat(f.isCancelled()).isTrue();
        assertThatThrownBy(f::get).isInstanceOf(CancellationException.class);
        assertThat(scheduler.isShutdown()).isTrue();
        assertThat(scheduler.isTerminated()).isTrue();
        assertThat(scheduler.shutdownNow()).isEmpty();
        assertThatThrownBy(() -> scheduler.schedule(() -> { }, 1, TimeUnit.SECONDS))
                .isInstanceOf(RejectedExecutionException.class).hasMessageContaining("this FakeRtsCloud is closed");
        assertThatThrownBy(() -> cloud.mainThread().execute(() -> { }))
                .isInstanceOf(RejectedExecutionException.class).hasMessageContaining("this FakeRtsCloud is closed");
        assertThatThrownBy(cloud::autoAdvance).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(cloud::await).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void getFromAnotherThread_whileTheTestDrives_isRefusedByTheOneDriverRule() throws Exception {
        ScheduledFuture<String> f = scheduler.schedule(answer("pong"), 2, TimeUnit.SECONDS);
        Throwable[] seen = new Throwable[1];
        scheduler.schedule(() -> {
            Thread other = new Thread(() -> {
                try {
                    f.get();
                } catch (Throwable t) {
                    seen[0] = t;
                }
            });
            other.start();
            try {
                other.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, 1, TimeUnit.SECONDS);

        try (AutoAdvance auto = cloud.autoAdvance()) {
            cloud.advance(Duration.ofSeconds(1));
        }
        assertThat(seen[0]).isInstanceOf(IllegalStateException.class).hasMessageContaining("is driving this simulation's clock");
    }
}
