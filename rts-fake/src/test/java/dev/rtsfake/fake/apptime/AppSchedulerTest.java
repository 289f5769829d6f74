package dev.rtsfake.fake.apptime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.trace.TraceEvent;
import dev.rtsfake.fake.trace.TraceKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** cloud.scheduler(): delays are virtual time, tasks interleave with the cloud's events, each method keeps its contract. */
class AppSchedulerTest {
    static final String APP = "rtsfake-demo-app-0000001";
    final FakeRtsCloud cloud = FakeRtsCloud.builder().seed(3).app(APP, "key").sysStatsInterval(Duration.ZERO).build();
    final ScheduledExecutorService scheduler = cloud.scheduler();
    final List<String> ran = new ArrayList<>();

    @AfterEach
    void close() {
        cloud.close();
    }

    private Runnable note(String what) {
        return () -> ran.add(what + "@" + cloud.elapsed().toMillis());
    }

    private List<String> appTimerSteps() {
        List<String> out = new ArrayList<>();
        for (TraceEvent e : cloud.trace().ofKind(TraceKind.APP_TIMER)) {
            out.add(e.actor() + " " + e.name() + e.args());
        }
        return out;
    }

    @Test
    void schedule_runsNothingInsideTheCall_andRunsWhenTheClockReachesItsVirtualDelay() {
        scheduler.schedule(note("a"), 2, TimeUnit.SECONDS);

        assertThat(ran).isEmpty();
        cloud.advance(Duration.ofMillis(1999));
        assertThat(ran).isEmpty();
        cloud.advance(Duration.ofMillis(1));
        assertThat(ran).containsExactly("a@2000");
    }

    @Test
    void schedule_sameDueTime_runsInSchedulingOrder_andInterleavesWithTheCloudsEvents() {
        scheduler.schedule(note("late"), 50, TimeUnit.MILLISECONDS);
        scheduler.schedule(note("first"), 30, TimeUnit.MILLISECONDS);
        cloud.network().schedule(Duration.ofMillis(30), new dev.rtsfake.fake.net.Fault.Outage());
        scheduler.schedule(note("second"), 30, TimeUnit.MILLISECONDS);

        cloud.runUntilIdle();

        assertThat(ran).containsExactly("first@30", "second@30", "late@50");
        List<String> order = new ArrayList<>();
        for (TraceEvent e : cloud.trace().events()) {
            if (e.name().equals("run") || e.name().equals("outage")) {
                order.add(e.name() + e.args() + "@" + e.time().toMillis());
            }
        }
        assertThat(order).containsExactly("run[2]@30", "outage[]@30", "run[3]@30", "run[1]@50");
    }

    @Test
    void schedule_callable_futureHoldsItsResult_andTheClockReadsTheDueTimeInsideTheTask() throws Exception {
        Instant start = cloud.now();
        ScheduledFuture<Instant> f = scheduler.schedule(() -> cloud.clock().asClock().instant(), 1500, TimeUnit.MILLISECONDS);

        assertThat(f.isDone()).isFalse();
        cloud.runUntilIdle();

        assertThat(f.isDone()).isTrue();
        assertThat(f.get()).isEqualTo(start.plusMillis(1500));
        assertThat(f.get(0, TimeUnit.SECONDS)).isEqualTo(start.plusMillis(1500));
    }

    @Test
    void getDelay_countsDownInVirtualTime_agreeingWithTheCloudsClock() {
        ScheduledFuture<?> f = scheduler.schedule(note("a"), 5, TimeUnit.SECONDS);

        assertThat(f.getDelay(TimeUnit.MILLISECONDS)).isEqualTo(5000);
        cloud.advance(Duration.ofSeconds(2));
        assertThat(f.getDelay(TimeUnit.MILLISECONDS)).isEqualTo(3000);
        assertThat(cloud.clock().asClock().millis() - cloud.clock().epoch().toEpochMilli()).isEqualTo(2000);
        cloud.advance(Duration.ofSeconds(4));
        assertThat(f.getDelay(TimeUnit.MILLISECONDS)).isEqualTo(-1000);
    }

    @Test
    void compareTo_ordersByDueTime_thenBySchedulingOrder() {
        ScheduledFuture<?> late = scheduler.schedule(note("a"), 2, TimeUnit.SECONDS);
        ScheduledFuture<?> early = scheduler.schedule(note("b"), 1, TimeUnit.SECONDS);
        ScheduledFuture<?> alsoEarly = scheduler.schedule(note("c"), 1, TimeUnit.SECONDS);

        assertThat(early.compareTo(late)).isNegative();
        assertThat(early.compareTo(alsoEarly)).isNegative();
        assertThat(alsoEarly.compareTo(early)).isPositive();
        assertThat(early.compareTo(early)).isZero();
    }

    @Test
    void schedule_negativeDelay_runsNow_atTheNextDrive() {
        scheduler.schedule(note("a"), -5, TimeUnit.SECONDS);

        cloud.advance(Duration.ZERO);

        assertThat(ran).containsExactly("a@0");
    }

    @Test
    void cancel_beforeItRuns_stopsIt_andReportsCancelled() {
        ScheduledFuture<?> f = scheduler.schedule(note("a"), 1, TimeUnit.SECONDS);

        assertThat(f.cancel(false)).isTrue();
        cloud.advance(Duration.ofSeconds(2));

        assertThat(ran).isEmpty();
        assertThat(f.isCancelled()).isTrue();
        assertThat(f.isDone()).isTrue();
        assertThat(f.cancel(false)).as("a second cancel").isFalse();
        assertThatThrownBy(f::get).isInstanceOf(CancellationException.class).hasMessageContaining("app-timer #1");
        assertThat(appTimerSteps()).containsExactly("app-timer schedule[1, AppSchedulerTest$$Lambda, PT1S]"
                .replace("AppSchedulerTest$$Lambda", "Runnable$Lambda"), "app-timer cancel[1]");
    }

    @Test
    void cancel_afterItRan_returnsFalse() throws Exception {
        ScheduledFuture<?> f = scheduler.schedule(note("a"), 1, TimeUnit.SECONDS);
        cloud.runUntilIdle();

        assertThat(f.cancel(true)).isFalse();
        assertThat(f.isCancelled()).isFalse();
        assertThat(f.get()).isNull();
    }

    @Test
    void scheduleAtFixedRate_runsEveryPeriod_fromTheFirstDueTime_untilCancelled() {
        ScheduledFuture<?> f = scheduler.scheduleAtFixedRate(note("tick"), 100, 1000, TimeUnit.MILLISECONDS);

        cloud.advance(Duration.ofMillis(3200));
        f.cancel(false);
        cloud.advance(Duration.ofSeconds(5));

        assertThat(ran).containsExactly("tick@100", "tick@1100", "tick@2100", "tick@3100");
        assertThat(f.isCancelled()).isTrue();
    }

    @Test
    void scheduleAtFixedRate_aTaskThatTakesLongerThanItsPeriod_runsAgainAtOnce_neverTwiceAtATime() {
        int[] depth = {0};
        scheduler.scheduleAtFixedRate(() -> {
            depth[0]++;
            assertThat(depth[0]).isEqualTo(1);
            ran.add("tick@" + cloud.elapsed().toMillis());
            if (ran.size() == 1) {
                cloud.advance(Duration.ofMillis(2500));     // the task itself takes 2.5 s of virtual time
            }
            depth[0]--;
        }, 0, 1, TimeUnit.SECONDS);

        cloud.advance(Duration.ofMillis(3500));

        // Nominal times 0, 1000, 2000, 3000: the two that fell behind run at once, one after the other.
        assertThat(ran).containsExactly("tick@0", "tick@2500", "tick@2500", "tick@3000");
        cloud.assertClean();
    }

    @Test
    void scheduleWithFixedDelay_waitsTheDelayAfterEachRunEnds() {
        scheduler.scheduleWithFixedDelay(() -> {
            ran.add("tick@" + cloud.elapsed().toMillis());
            if (ran.size() == 1) {
                cloud.advance(Duration.ofMillis(300));       // the first run takes 300 ms
            }
        }, 0, 1, TimeUnit.SECONDS);

        cloud.advance(Duration.ofMillis(2400));

        assertThat(ran).containsExactly("tick@0", "tick@1300", "tick@2300");
    }

    @Test
    void periodic_withoutAPositivePeriod_isRefused() {
        assertThatThrownBy(() -> scheduler.scheduleAtFixedRate(note("a"), 0, 0, TimeUnit.SECONDS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than zero");
        assertThatThrownBy(() -> scheduler.scheduleWithFixedDelay(note("a"), 0, -1, TimeUnit.SECONDS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than zero");
    }

    @Test
    void periodicTasks_areBackgroundWork_oneShotsKeepRunUntilIdleGoing() {
        scheduler.scheduleAtFixedRate(note("keep-alive"), 1, 1, TimeUnit.SECONDS);
        scheduler.schedule(note("timeout"), 3, TimeUnit.SECONDS);

        cloud.runUntilIdle();

        // The keep-alive's 3 s run was scheduled (at 2 s) after the timeout (at 0 s): it comes second,
        // and runUntilIdle stops before it, as only background work is left.
        assertThat(ran).containsExactly("keep-alive@1000", "keep-alive@2000", "timeout@3000");
        assertThat(cloud.elapsed()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void execute_andSubmit_runAtTheCurrentInstant_inOrder_atTheNextDrive() throws Exception {
        cloud.advance(Duration.ofMillis(700));
        scheduler.execute(note("execute"));
        Future<?> plain = scheduler.submit(note("submit"));
        Future<String> withResult = scheduler.submit(note("submit-result"), "given");
        Future<Integer> callable = scheduler.submit(() -> 42);

        assertThat(ran).isEmpty();
        cloud.advance(Duration.ZERO);

        assertThat(ran).containsExactly("execute@700", "submit@700", "submit-result@700");
        assertThat(plain.get()).isNull();
        assertThat(withResult.get()).isEqualTo("given");
        assertThat(callable.get()).isEqualTo(42);
    }

    @Test
    void aTaskThatThrows_isKeptInItsFuture_andRecordedAsAHandlerFailure() {
        Future<Object> f = scheduler.submit(() -> {
            throw new IllegalStateException("boom");
        });
        scheduler.execute(() -> {
            throw new IllegalArgumentException("lost in execute");
        });
        cloud.runUntilIdle();

        assertThatThrownBy(f::get).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(IllegalStateException.class)
                .hasMessageContaining("app-timer #1");
        assertThat(cloud.handlerFailures()).extracting(h -> h.engine() + " " + h.callback() + " " + h.error().getMessage())
                .containsExactly("app-timer task #1 boom", "app-timer task #2 lost in execute");
        assertThatThrownBy(cloud::assertClean).isInstanceOf(AssertionError.class).hasMessageContaining("app-timer.task #2");
    }

    @Test
    void aPeriodicTaskThatThrows_runsNoMore_andItsFutureHoldsTheError() {
        ScheduledFuture<?> f = scheduler.scheduleAtFixedRate(() -> {
            ran.add("tick");
            if (ran.size() == 2) {
                throw new IllegalStateException("second tick fails");
            }
        }, 0, 1, TimeUnit.SECONDS);

        cloud.advance(Duration.ofSeconds(5));

        assertThat(ran).hasSize(2);
        assertThat(f.isDone()).isTrue();
        assertThatThrownBy(f::get).isInstanceOf(ExecutionException.class).hasRootCauseMessage("second tick fails");
        assertThat(cloud.handlerFailures()).hasSize(1);
    }

    @Test
    void tasksAppearInTheTrace_asAppTimerSteps() {
        scheduler.schedule(note("a"), 250, TimeUnit.MILLISECONDS);
        scheduler.scheduleAtFixedRate(note("b"), 0, 1, TimeUnit.SECONDS);
        cloud.advance(Duration.ofMillis(300));

        assertThat(cloud.trace().ofKind(TraceKind.APP_TIMER)).extracting(TraceEvent::format).containsExactly(
                "   0.000000s #0 APP_TIMER      app-timer schedule(1, \"Runnable$Lambda\", \"PT0.25S\")",
                "   0.000000s #1 APP_TIMER      app-timer scheduleAtFixedRate(2, \"Runnable$Lambda\", \"PT0S\", \"PT1S\")",
                "   0.000000s #2 APP_TIMER      app-timer run(2)",
                "   0.250000s #3 APP_TIMER      app-timer run(1)");
    }

    @Test
    void sameSeedSameCalls_giveTheSameTrace() {
        List<String> first = run(11);
        List<String> second = run(11);

        assertThat(second).isEqualTo(first).isNotEmpty();
    }

    private static List<String> run(long seed) {
        try (FakeRtsCloud c = FakeRtsCloud.builder().seed(seed).app(APP, "key").build()) {
            c.scheduler().scheduleWithFixedDelay(() -> c.scheduler().schedule(() -> { }, 150, TimeUnit.MILLISECONDS),
                    10, 700, TimeUnit.MILLISECONDS);
            c.createRTS(APP, new com.ss.bytertc.rts.engine.handler.IRTSEventHandler() { })
                    .login(c.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice");
            c.advance(Duration.ofSeconds(5));
            return c.trace().lines();
        }
    }

    @Test
    void pendingTasks_areCapped_withAClearRefusal() {
        cloud.traceEnabled(false);
        for (int i = 0; i < dev.rtsfake.fake.core.AppTasks.MAX_PENDING; i++) {
            scheduler.schedule(() -> { }, 1, TimeUnit.SECONDS);
        }

        assertThatThrownBy(() -> scheduler.schedule(() -> { }, 1, TimeUnit.SECONDS))
                .isInstanceOf(RejectedExecutionException.class)
                .hasMessageContaining("already holds 100000 tasks that have not finished");
        cloud.advance(Duration.ofSeconds(1));
        scheduler.schedule(() -> { }, 1, TimeUnit.SECONDS);     // room again once they ran
    }

    @Test
    void nullArguments_areRefused_asTheJdkDoes() {
        assertThatThrownBy(() -> scheduler.schedule((Runnable) null, 1, TimeUnit.SECONDS)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> scheduler.schedule(note("a"), 1, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> scheduler.execute(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> scheduler.invokeAll(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aTaskMayCallTheSdk_andScheduleMore_likeAppCode() {
        com.ss.bytertc.rts.engine.RTS alice = cloud.createRTS(APP, new com.ss.bytertc.rts.engine.handler.IRTSEventHandler() {
            @Override public void onLoginResult(String uid, int code, int elapsed) {
                ran.add("login " + code + "@" + cloud.elapsed().toMillis());
            }
        });
        scheduler.schedule(() -> {
            alice.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice");
            scheduler.schedule(note("after-login"), 100, TimeUnit.MILLISECONDS);
        }, 1, TimeUnit.SECONDS);

        cloud.runUntilIdle();

        assertThat(ran).containsExactly("login 0@1060", "after-login@1100");
        cloud.assertClean();
    }

    @Test
    void theSameSchedulerEveryCall() {
        assertThat(cloud.scheduler()).isSameAs(scheduler);
        assertThat(cloud.mainThread()).isSameAs(cloud.mainThread());
    }
}
