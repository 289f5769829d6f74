package dev.rtsfake.fake.internal.diag;

import dev.rtsfake.fake.diag.MisuseError;
import dev.rtsfake.fake.diag.Strictness;
import dev.rtsfake.fake.diag.HandlerFailure;
import dev.rtsfake.fake.diag.Misuse;
import dev.rtsfake.fake.diag.MisuseRule;
import dev.rtsfake.fake.internal.trace.TraceRecorder;
import dev.rtsfake.fake.trace.TraceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects strict-mode misuses and handler failures of one simulation. Thread-safe. Bounded: it
 * keeps the first {@value #KEEP} of each (the first is the one to fix; a handler that throws on
 * every message of a long run would otherwise hold a stack trace per message) and counts the rest.
 * Every one is in the trace.
 */
public final class Diagnostics {
    /** Misuses, and handler failures, kept in the lists. */
    public static final int KEEP = 1_000;

    private final Strictness strictness;
    private final TraceRecorder trace;
    private final Supplier<java.time.Duration> now;
    private final List<Misuse> misuses = new ArrayList<>();
    private final List<HandlerFailure> failures = new ArrayList<>();
    private long misusesNotKept;
    private long failuresNotKept;
    /** The rule muted on each thread (withRuleMuted is about one SDK call, on the thread making it). */
    private final ThreadLocal<MisuseRule> muted = new ThreadLocal<>();

    /** Diagnostics that record misuses only when {@code strict} ({@link Strictness#REPORT}, or {@link Strictness#OFF}). */
    public Diagnostics(boolean strict, TraceRecorder trace, Supplier<java.time.Duration> now) {
        this(strict ? Strictness.REPORT : Strictness.OFF, trace, now);
    }

    /** Diagnostics that treat misuse as {@code strictness} says. */
    public Diagnostics(Strictness strictness, TraceRecorder trace, Supplier<java.time.Duration> now) {
        this.strictness = strictness;
        this.trace = trace;
        this.now = now;
    }

    /** Whether strict mode is on (misuse is recorded). */
    public boolean strict() {
        return strictness.records();
    }

    /** What is done with a misuse. */
    public Strictness strictness() {
        return strictness;
    }

    /**
     * Records a misuse (unless strictness is {@link Strictness#OFF}) in the list and the trace.
     *
     * @throws MisuseError after recording it, when strictness is {@link Strictness#FAIL_AT_CALL}
     */
    public void misuse(String engine, String call, MisuseRule rule) {
        if (!strictness.records() || rule == muted.get()) {
            return;
        }
        Misuse misuse = new Misuse(now.get(), engine, call, rule);
        synchronized (this) {
            if (misuses.size() < KEEP) {
                misuses.add(misuse);
            } else {
                misusesNotKept++;
            }
        }
        trace.record(TraceKind.MISUSE, engine, call, null, rule.name());
        if (strictness == Strictness.FAIL_AT_CALL) {
            throw new MisuseError(misuse);
        }
    }

    /**
     * Runs {@code action} without recording {@code rule} (one SDK call that breaks a rule once, such
     * as destroyRTS from a callback, is reported once, not again for each engine it destroys). The
     * rule is muted only on the calling thread: the same misuse made meanwhile on another thread is
     * still recorded.
     */
    public void withRuleMuted(MisuseRule rule, Runnable action) {
        MisuseRule before = muted.get();
        muted.set(rule);
        try {
            action.run();
        } finally {
            if (before == null) {
                muted.remove();
            } else {
                muted.set(before);
            }
        }
    }

    /** Records an exception thrown by a handler. */
    public void handlerFailed(String engine, String callback, Throwable error) {
        synchronized (this) {
            if (failures.size() < KEEP) {
                failures.add(new HandlerFailure(now.get(), engine, callback, error));
            } else {
                failuresNotKept++;
            }
        }
        trace.record(TraceKind.HANDLER_ERROR, engine, callback, null, error.toString());
    }

    /** A copy of the misuses so far (the first {@value #KEEP}). */
    public synchronized List<Misuse> misuses() {
        return List.copyOf(misuses);
    }

    /** A copy of the handler failures so far (the first {@value #KEEP}). */
    public synchronized List<HandlerFailure> handlerFailures() {
        return List.copyOf(failures);
    }

    /** Misuses seen after the first {@value #KEEP}, counted but not listed. */
    public synchronized long misusesNotKept() {
        return misusesNotKept;
    }

    /** Handler failures seen after the first {@value #KEEP}, counted but not listed. */
    public synchronized long handlerFailuresNotKept() {
        return failuresNotKept;
    }
}
