package dev.rtsfake.fake.internal.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rtsfake.fake.internal.access.TimeAccess;
import dev.rtsfake.fake.time.TimeLimits;
import dev.rtsfake.fake.time.VirtualClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulerTest {
    private static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");
    private final VirtualClock clock = new VirtualClock(EPOCH);
    private final Scheduler scheduler = new Scheduler(clock, 1_000);
    private final List<String> ran = new ArrayList<>();

    private static long ms(long n) {
        return Duration.ofMillis(n).toNanos();
    }

    @Test
    void schedule_runsNothingUntilTheClockIsDriven() {
        scheduler.schedule(0, () -> ran.add("now"));
        assertThat(ran).isEmpty();
        assertThat(scheduler.runUntilIdle()).isEqualTo(1);
        assertThat(ran).containsExactly("now");
    }

    @Test
    void scheduleStep_stepsSharingAnEntry_runAsSeparateEventsInSchedulingOrder() {
        scheduler.scheduleStep(ms(10), () -> ran.add("s1@10"));
        scheduler.scheduleStep(ms(10), () -> ran.add("s2@10"));
        scheduler.schedule(ms(10), () -> ran.add("e@10"));
        scheduler.scheduleStep(ms(10), () -> ran.add("s3@10"));
        scheduler.scheduleStep(ms(5), () -> ran.add("s4@5"));
        scheduler.scheduleStep(ms(10), () -> ran.add("s5@10"));
        assertThat(scheduler.pendingCount()).isEqualTo(6);
        assertThat(scheduler.foregroundCount()).isEqualTo(6);
        assertThat(scheduler.nextEvents(10)).extracting(ScheduledEvent::dueNanos)
                .containsExactly(ms(5), ms(10), ms(10), ms(10), ms(10), ms(10));

        assertThat(scheduler.runUntilIdle()).isEqualTo(6);

        assertThat(ran).containsExactly("s4@5", "s1@10", "s2@10", "e@10", "s3@10", "s5@10");
        assertThat(scheduler.pendingCount()).isZero();
    }

    @Test
    void scheduleStep_aStepAddedWhileItsEntryRuns_runsAfterTheOthers_andNestedDrivesTakeOneStepAtATime() {
        scheduler.scheduleStep(0, () -> {
            ran.add("a");
            scheduler.scheduleStep(0, () -> ran.add("d"));
            scheduler.runUntil(() -> ran.contains("b"), Duration.ZERO);
            ran.add("a-done");
        });
        scheduler.scheduleStep(0, () -> ran.add("b"));
        scheduler.scheduleStep(0, () -> ran.add("c"));

        assertThat(scheduler.runUntilIdle()).isEqualTo(3);

        assertThat(ran).containsExactly("a", "b", "a-done", "c", "d");
    }

    @Test
    void events_runByDueTime_thenInSchedulingOrder() {
        scheduler.schedule(ms(20), () -> ran.add("b@20"));
        scheduler.schedule(ms(10), () -> ran.add("a@10"));
        scheduler.schedule(ms(20), () -> ran.add("c@20"));
        scheduler.schedule(ms(10), () -> ran.add("d@10"));
        scheduler.runUntilIdle();
        assertThat(ran).containsExactly("a@10", "d@10", "b@20", "c@20");
    }

    @Test
    void now_insideAnEvent_isItsDueTime() {
        List<Long> seen = new ArrayList<>();
        scheduler.schedule(ms(15), () -> seen.add(clock.nanos()));
        scheduler.schedule(ms(40), () -> seen.add(clock.nanos()));
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(seen).containsExactly(ms(15), ms(40));
        assertThat(clock.elapsed()).isEqualTo(Duration.ofSeconds(1));
        assertThat(clock.now()).isEqualTo(EPOCH.plusSeconds(1));
    }

    @Test
    void advance_runsOnlyWhatFallsDue_andSaysHowMany() {
        scheduler.schedule(ms(10), () -> ran.add("in"));
        scheduler.schedule(ms(100), () -> ran.add("out"));
        assertThat(scheduler.advance(Duration.ofMillis(50))).isEqualTo(1);
        assertThat(ran).containsExactly("in");
        assertThat(scheduler.advance(Duration.ofMillis(50))).isEqualTo(1);
        assertThat(ran).containsExactly("in", "out");
    }

    @Test
    void eventsScheduledByEvents_runInTheSameDrive() {
        scheduler.schedule(ms(10), () -> {
            ran.add("first");
            scheduler.schedule(0, () -> ran.add("same-instant"));
            scheduler.schedule(ms(5), () -> ran.add("later"));
        });
        assertThat(scheduler.runUntilIdle()).isEqualTo(3);
        assertThat(ran).containsExactly("first", "same-instant", "later");
        assertThat(clock.elapsed()).isEqualTo(Duration.ofMillis(15));
    }

    @Test
    void nestedDrive_fromInsideAnEvent_continuesTheSameQueue() {
        scheduler.schedule(ms(10), () -> {
            ran.add("outer");
            scheduler.advance(Duration.ofMillis(20));
            ran.add("outer-after-nested@" + clock.elapsed().toMillis());
        });
        scheduler.schedule(ms(20), () -> ran.add("inner"));
        scheduler.schedule(ms(50), () -> ran.add("last"));
        scheduler.runUntilIdle();
        assertThat(ran).containsExactly("outer", "inner", "outer-after-nested@30", "last");
    }

    @Test
    void background_events_runWhenTimePasses_butDoNotKeepRunUntilIdleGoing() {
        scheduler.scheduleBackground(ms(100), () -> ran.add("stats"));
        scheduler.schedule(ms(10), () -> ran.add("work"));
        assertThat(scheduler.runUntilIdle()).isEqualTo(1);
        assertThat(ran).containsExactly("work");
        scheduler.advance(Duration.ofMillis(200));
        assertThat(ran).containsExactly("work", "stats");
    }

    @Test
    void cancel_keepsAnEventFromRunning() {
        ScheduledEvent e = scheduler.schedule(ms(10), () -> ran.add("cancelled"));
        scheduler.cancel(e);
        assertThat(scheduler.runUntilIdle()).isZero();
        assertThat(ran).isEmpty();
        assertThat(e.isCancelled()).isTrue();
        assertThat(scheduler.hasForegroundWork()).isFalse();
    }

    @Test
    void runUntil_stopsWhenTheConditionHolds_orReportsMinusOneAtTheLimit() {
        scheduler.schedule(ms(10), () -> ran.add("a"));
        scheduler.schedule(ms(20), () -> ran.add("b"));
        assertThat(scheduler.runUntil(() -> ran.contains("a"), Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(scheduler.runUntil(() -> ran.contains("never"), Duration.ofMillis(500))).isEqualTo(-1);
        assertThat(clock.elapsed()).isEqualTo(Duration.ofMillis(510));
    }

    @Test
    void time_neverMovesBackwards() {
        scheduler.advance(Duration.ofSeconds(5));
        assertThatThrownBy(() -> scheduler.advance(Duration.ofSeconds(-1)))
                .hasMessageContaining("only moves forwards");
        assertThatThrownBy(() -> TimeAccess.get().moveTo(clock, 0)).hasMessageContaining("cannot move backwards")
                .hasMessageContaining("2025-01-01T00:00:05Z");
    }

    @Test
    void schedulingInThePast_runsAtTheCurrentTime() {
        scheduler.advance(Duration.ofSeconds(1));
        scheduler.scheduleAt(0, false, () -> ran.add("late@" + clock.elapsed().toMillis()));
        scheduler.runUntilIdle();
        assertThat(ran).containsExactly("late@1000");
    }

    @Test
    void runawayLoop_isStoppedWithAdvice() {
        Runnable[] again = new Runnable[1];
        again[0] = () -> scheduler.schedule(ms(1), again[0]);
        scheduler.schedule(0, again[0]);
        assertThatThrownBy(scheduler::runUntilIdle).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reschedules work forever").hasMessageContaining("advance(Duration)");
    }

    @Test
    void clockView_readsVirtualTime_inUtc() {
        Clock view = clock.asClock();
        scheduler.advance(Duration.ofMinutes(90));
        assertThat(view.instant()).isEqualTo(EPOCH.plus(Duration.ofMinutes(90)));
        assertThat(clock.epochSeconds()).isEqualTo(EPOCH.getEpochSecond() + 5400);
    }

    @Test
    void hugeDelay_isDueAtTheEndOfTheLongRange_notNow() {
        scheduler.advance(Duration.ofSeconds(1));
        ScheduledEvent e = scheduler.schedule(Long.MAX_VALUE, () -> ran.add("end"));
        assertThat(e.dueNanos()).isEqualTo(Long.MAX_VALUE);
        assertThat(scheduler.advance(Duration.ofDays(365))).isZero();
        assertThat(ran).isEmpty();
        assertThat(scheduler.nextDueNanos()).isEqualTo(Long.MAX_VALUE);
        assertThat(scheduler.scheduleBackground(Long.MAX_VALUE - 1, () -> { }).dueNanos()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void clock_stopsAtTheEndOfVirtualTime_andWhatIsDueLaterNeverRuns() {
        long end = TimeLimits.END_OF_TIME_NANOS;
        scheduler.schedule(end - 5, () -> ran.add("just before"));
        scheduler.schedule(end, () -> ran.add("at the end"));
        scheduler.schedule(end + 1, () -> ran.add("after the end"));
        scheduler.advance(Duration.ofSeconds(Long.MAX_VALUE));
        assertThat(clock.nanos()).isEqualTo(end);
        assertThat(ran).containsExactly("just before", "at the end");
        assertThat(scheduler.runUntil(() -> false, Duration.ofDays(1))).isEqualTo(-1);
        assertThat(scheduler.runUntilIdle()).isZero();
        assertThat(clock.nanos()).isEqualTo(end);
        assertThat(ran).containsExactly("just before", "at the end");
    }

    @Test
    void sameInstant_manyEvents_andEarlierOnesScheduledLater_keepTheOrder() {
        for (int i = 0; i < 5; i++) {
            int n = i;
            scheduler.schedule(ms(30), () -> ran.add("c" + n));
        }
        scheduler.schedule(ms(10), () -> {
            ran.add("a");
            scheduler.schedule(ms(20), () -> ran.add("c-late"));
            scheduler.schedule(0, () -> ran.add("a-now"));
            scheduler.schedule(ms(5), () -> ran.add("b"));
        });
        ScheduledEvent cancelled = scheduler.schedule(ms(30), () -> ran.add("cancelled"));
        scheduler.cancel(cancelled);
        assertThat(scheduler.pendingCount()).isEqualTo(6);
        assertThat(scheduler.runUntilIdle()).isEqualTo(9);
        assertThat(ran).containsExactly("a", "a-now", "b", "c0", "c1", "c2", "c3", "c4", "c-late");
        assertThat(scheduler.pendingCount()).isZero();
        assertThat(scheduler.nextDueNanos()).isEqualTo(-1);
    }

    @Test
    void drainedInstant_acceptsNewEventsAtThatInstant() {
        scheduler.schedule(ms(10), () -> ran.add("a"));
        scheduler.advance(Duration.ofMillis(10));
        scheduler.schedule(0, () -> ran.add("b"));
        scheduler.schedule(0, () -> ran.add("c"));
        assertThat(scheduler.runUntilIdle()).isEqualTo(2);
        assertThat(ran).containsExactly("a", "b", "c");
    }

    @Test
    void mixedDueTimes_withCancellations_runInExactlyDueThenSchedulingOrder() {
        // Against a reference: events at few and at many distinct due times, scheduled from the
        // harness and from inside events, some cancelled; the order must be (due, sequence) exactly.
        java.util.SplittableRandom random = new java.util.SplittableRandom(15);
        Scheduler s = new Scheduler(clock, 10_000_000);
        List<long[]> expected = new ArrayList<>(); // {due, seq}
        List<long[]> got = new ArrayList<>();
        long[] seq = {0};
        List<ScheduledEvent> cancellable = new ArrayList<>();
        Runnable[] spawn = new Runnable[1];
        spawn[0] = () -> {
            for (int k = 0; k < 3; k++) {
                long delay = random.nextInt(4) == 0 ? 0 : random.nextInt(3) * ms(5) + random.nextInt(2);
                long[] key = {clock.nanos() + delay, seq[0]++};
                boolean child = random.nextInt(3) == 0 && seq[0] < 20_000;
                ScheduledEvent e = s.schedule(delay, () -> {
                    got.add(key);
                    if (child) {
                        spawn[0].run();
                    }
                });
                if (random.nextInt(5) == 0) {
                    cancellable.add(e);
                } else {
                    expected.add(key);
                }
            }
        };
        for (int i = 0; i < 2_000; i++) {
            spawn[0].run();
        }
        cancellable.forEach(s::cancel);
        s.runUntilIdle();
        // Children were scheduled while running; those of cancelled parents never were.
        assertThat(got).isSortedAccordingTo((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        assertThat(got.stream().map(k -> k[1]).toList())
                .containsAll(expected.stream().filter(k -> k[1] < 6_000).map(k -> k[1]).toList());
        assertThat(s.pendingCount()).isZero();
    }

    @Test
    void cancelledTimers_millionsAtOneInstant_doNotPileUpInTheQueue() {
        // A link that flaps a million times at one instant sets and cancels a timer each time.
        Scheduler s = new Scheduler(clock, 10_000_000);
        s.schedule(ms(1), () -> ran.add("live"));
        int most = 0;
        for (int i = 0; i < 1_000_000; i++) {
            s.cancel(s.schedule(ms(5_000), () -> ran.add("cancelled")));
            most = Math.max(most, s.queuedCount());
        }
        assertThat(most).isLessThanOrEqualTo(Scheduler.COMPACT_AT + 2);
        assertThat(s.pendingCount()).isEqualTo(1);
        s.runUntilIdle();
        assertThat(ran).containsExactly("live");
    }
}
