package dev.rtsfake.fake.junit;

import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.internal.diag.Diagnostics;
import dev.rtsfake.fake.diag.HandlerFailure;
import dev.rtsfake.fake.diag.Misuse;
import dev.rtsfake.fake.diag.MisuseError;
import dev.rtsfake.fake.trace.Trace;
import dev.rtsfake.fake.trace.TraceEvent;
import dev.rtsfake.fake.trace.TraceKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What fails a test at its end: misuse, handler failures, events never run, and a leaked installation. */
final class EndOfTestChecks {
    private EndOfTestChecks() {
    }

    /** The problems of one test, each a sentence; with the exceptions behind them, for their stack traces. */
    record Problems(List<String> sentences, List<Throwable> causes) {
        boolean any() {
            return !sentences.isEmpty();
        }

        /** One AssertionError listing every problem, with the report (if any) and the handlers' exceptions suppressed in it. */
        AssertionError toError(long seed, Throwable report) {
            AssertionError error = new AssertionError("rts-fake: the test ended with " + sentences.size()
                    + (sentences.size() == 1 ? " problem" : " problems") + " (seed " + seed + "):\n  "
                    + String.join("\n  ", sentences));
            if (report != null) {
                error.addSuppressed(report);
            }
            causes.forEach(error::addSuppressed);
            return error;
        }
    }

    /**
     * The problems of the test {@code run} belongs to. {@code testFailure} is how the test itself
     * failed, or null: events left pending are a problem only for a test that otherwise passed, and a
     * misuse the test already failed for (strictness FAIL_AT_CALL) is not listed again.
     */
    static Problems check(TestRun run, Throwable testFailure, String leak) {
        List<String> sentences = new ArrayList<>();
        List<Throwable> causes = new ArrayList<>();
        FakeRtsCloud cloud = run.cloud;
        if (run.plan.settings.strictness().records()) {
            List<Misuse> misuses = cloud.misuses();
            for (Misuse m : misuses.subList(Math.min(run.misusesBefore, misuses.size()), misuses.size())) {
                if (!(testFailure instanceof MisuseError asked && asked.misuse() == m)) {
                    sentences.add("misuse: " + m.message());
                }
            }
            if (misuses.size() == Diagnostics.KEEP) {
                sentences.add("(the cloud lists its first " + Diagnostics.KEEP + " misuses; the trace has the rest)");
            }
        }
        List<HandlerFailure> failures = cloud.handlerFailures();
        for (HandlerFailure f : failures.subList(Math.min(run.failuresBefore, failures.size()), failures.size())) {
            sentences.add("handler failure: " + f);
            causes.add(f.error());
        }
        if (leak != null) {
            sentences.add(leak);
        }
        if (testFailure == null && run.plan.settings.failOnPendingEvents() && !cloud.settings().realTime()) {
            String pending = pending(cloud);
            if (pending != null) {
                sentences.add(pending);
            }
        }
        return new Problems(sentences, causes);
    }

    /** "3 events pending at 0.060 s: the clock was not driven after the last SDK call ...", or null. */
    static String pending(FakeRtsCloud cloud) {
        int pending = cloud.pendingEvents();
        if (pending == 0) {
            return null;
        }
        Duration now = cloud.elapsed();
        TraceEvent lastCall = lastCall(cloud.trace());
        String why = lastCall != null && lastCall.time().equals(now)
                ? "the clock was not driven after the last SDK call (" + lastCall.actor() + "." + lastCall.name() + ")"
                : "the test drove the clock to " + seconds(now) + ", and these were still to come";
        return pending + (pending == 1 ? " event" : " events") + " pending at " + seconds(now) + ": " + why
                + ". Drive the clock before the test ends (cloud.runUntilIdle(), cloud.advance(...)), or opt out"
                + " with @RtsFakeTest(failOnPendingEvents = false)";
    }

    private static TraceEvent lastCall(Trace trace) {
        List<TraceEvent> events = trace.events();
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).kind() == TraceKind.CALL) {
                return events.get(i);
            }
        }
        return null;
    }

    /** A virtual instant as seconds with milliseconds: {@code 0.060 s}. */
    static String seconds(Duration d) {
        long millis = d.toMillis();
        String frac = Long.toString(1000 + millis % 1000).substring(1);
        return millis / 1000 + "." + frac + " s";
    }
}
