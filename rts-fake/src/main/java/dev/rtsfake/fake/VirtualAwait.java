package dev.rtsfake.fake;

import dev.rtsfake.fake.core.AppThread;
import dev.rtsfake.fake.core.Simulation;
import dev.rtsfake.fake.time.ScheduledEvent;
import dev.rtsfake.fake.time.Scheduler;
import dev.rtsfake.fake.time.TimeLimits;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Waiting that understands virtual time, from {@link FakeRtsCloud#await()}: drives the clock event by
 * event, checking the condition before each, until it holds or the allowed virtual time is over.
 * Shaped like Awaitility's {@code await()}, which is what to use in real-time mode.
 *
 * <pre>{@code
 * cloud.await().atMost(Duration.ofSeconds(5)).until(() -> client.isConnected());
 * cloud.await().alias("bob got the message").untilAsserted(() -> assertThat(inbox).contains("hi"));
 * }</pre>
 *
 * <p>It never spins on a frozen clock: when the condition is false and nothing at all is pending,
 * no event is left that could make it true, and it fails at once, saying so. When the time allowed
 * runs out it fails naming the virtual time and the next events that were pending. Either failure is
 * a {@link VirtualTimeoutException} whose message names the seed.
 *
 * <p>Immutable: {@link #atMost} and {@link #alias} return a new wait.
 */
public final class VirtualAwait {
    /** How long a wait may take when {@link #atMost} is not given: 10 s of virtual time. */
    public static final Duration DEFAULT_AT_MOST = Duration.ofSeconds(10);
    /** How many of the pending events a failure lists. */
    public static final int EVENTS_SHOWN = 5;

    private final FakeRtsCloud cloud;
    private final Duration atMost;
    private final String alias;

    VirtualAwait(FakeRtsCloud cloud, Duration atMost, String alias) {
        this.cloud = cloud;
        this.atMost = atMost;
        this.alias = alias;
    }

    /** A wait that allows at most {@code virtual} of virtual time (zero or more). */
    public VirtualAwait atMost(Duration virtual) {
        if (virtual == null || virtual.isNegative()) {
            throw new IllegalArgumentException("atMost needs a virtual duration of zero or more, was " + virtual);
        }
        return new VirtualAwait(cloud, virtual, alias);
    }

    /** A wait whose failure names the condition {@code description} ("bob got the message"). */
    public VirtualAwait alias(String description) {
        return new VirtualAwait(cloud, atMost, Objects.requireNonNull(description, "description"));
    }

    /**
     * Drives the clock until {@code condition} holds (checked first, and before each event).
     *
     * @return the virtual time the wait took
     * @throws VirtualTimeoutException when the time allowed ran out, or at once when nothing is pending
     * @throws IllegalStateException in real-time mode, on a closed cloud, or while another thread drives
     */
    public Duration until(BooleanSupplier condition) {
        Objects.requireNonNull(condition, "condition");
        return wait(condition, null);
    }

    /**
     * Drives the clock until {@code assertion} passes (does not throw an {@link AssertionError});
     * a failure carries the last assertion error as its cause.
     */
    public Duration untilAsserted(Runnable assertion) {
        Objects.requireNonNull(assertion, "assertion");
        AssertionError[] last = new AssertionError[1];
        return wait(() -> {
            try {
                assertion.run();
                return true;
            } catch (AssertionError e) {
                last[0] = e;
                return false;
            }
        }, last);
    }

    private Duration wait(BooleanSupplier condition, AssertionError[] lastError) {
        Simulation sim = cloud.simulation();
        cloud.requireDrivable("await()");
        TimeLimits.untilEnd("await's atMost", atMost, sim.now());
        Scheduler scheduler = sim.scheduler();
        long start = sim.now();
        boolean[] held = new boolean[1];
        // Stops when the condition holds, or when no event is left that could make it hold.
        int ran = scheduler.runUntil(() -> (held[0] = condition.getAsBoolean()) || scheduler.pendingCount() == 0,
                atMost);
        if (held[0]) {
            return Duration.ofNanos(sim.now() - start);
        }
        String what = alias == null ? "the condition" : "'" + alias + "'";
        StringBuilder m = new StringBuilder("Expecting ").append(what).append(" to hold within ")
                .append(AppThread.seconds(atMost.toNanos())).append(" of virtual time");
        if (ran >= 0) {
            m.append(", but it was false at ").append(AppThread.seconds(sim.now()))
                    .append(" and nothing is pending: no event is left that could make it true, and the clock"
                            + " would not move (it is frozen). Did the app make the call it waits for, and is the"
                            + " condition about what that call brings?");
        } else {
            m.append(" (from ").append(AppThread.seconds(start)).append(" to ").append(AppThread.seconds(sim.now()))
                    .append("), but it did not");
            appendPending(m, sim);
        }
        AssertionError cause = lastError == null ? null : lastError[0];
        if (cause != null) {
            m.append("\nThe last assertion error: ").append(cause.getMessage());
        }
        m.append("\nSeed ").append(cloud.seed()).append(" reproduces this run.");
        VirtualTimeoutException e = new VirtualTimeoutException(m.toString());
        if (cause != null) {
            e.initCause(cause);
        }
        throw e;
    }

    private void appendPending(StringBuilder m, Simulation sim) {
        int count = sim.scheduler().pendingCount();
        List<ScheduledEvent> next = sim.scheduler().nextEvents(EVENTS_SHOWN);
        m.append(". At ").append(AppThread.seconds(sim.now())).append(", ").append(count)
                .append(count == 1 ? " event is" : " events are").append(" pending");
        m.append(count > next.size() ? "; the next " + next.size() + ":" : ":");
        AppThread app = cloud.appThread();
        for (ScheduledEvent e : next) {
            m.append("\n  ").append(AppThread.seconds(e.dueNanos())).append("  ").append(app.describe(e));
        }
    }

    @Override
    public String toString() {
        return "await(atMost " + atMost + (alias == null ? "" : ", " + alias) + ")";
    }
}
