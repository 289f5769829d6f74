package dev.rtsfake.scenarios.run;

import dev.rtsfake.fake.trace.Trace;
import dev.rtsfake.scenarios.model.Scenario;
import java.util.List;

/**
 * What one run of a scenario gave: a verdict per expectation, what each fault did, the steps as
 * they ran, what the clients observed, and the trace.
 *
 * @param scenario the scenario, with the seed it ran with
 * @param verdicts one per expectation, in order, then one per step that could not run
 * @param faults one per fault, rule or app-server failure step, in order (none when the runner
 *     recorded no trace: see {@link ScenarioRunner#keepTrace})
 * @param steps the steps as they ran, in order
 * @param observations what the clients observed, in order
 * @param trace the cloud's trace (its last {@code traceKeepLast} steps), or null when the runner kept none
 * @param endNanos the virtual instant the run ended at
 */
public record RunResult(Scenario scenario, List<Verdict> verdicts, List<FaultReport> faults, List<StepRecord> steps,
                        List<Observation> observations, Trace trace, long endNanos) {
    /** Copies the lists. */
    public RunResult {
        verdicts = List.copyOf(verdicts);
        faults = List.copyOf(faults);
        steps = List.copyOf(steps);
        observations = List.copyOf(observations);
    }

    /** The seed it ran with. */
    public long seed() {
        return scenario.seed();
    }

    /** Whether every expectation held and every step ran. */
    public boolean passed() {
        return verdicts.stream().allMatch(Verdict::passed);
    }

    /** The verdicts that failed. */
    public List<Verdict> failures() {
        return verdicts.stream().filter(v -> !v.passed()).toList();
    }

    /** The faults that never acted. */
    public List<FaultReport> neverFired() {
        return faults.stream().filter(FaultReport::neverFired).toList();
    }

    /** One line: {@code "PASSED: 3 expectations held (seed 42)"} or {@code "FAILED: 1 of 3 expectations ..."}. */
    public String summary() {
        long expectations = verdicts.stream().filter(v -> v.index() >= 0).count();
        List<Verdict> failed = failures();
        if (failed.isEmpty()) {
            return "PASSED: " + expectations + (expectations == 1 ? " expectation held" : " expectations held")
                    + " (seed " + seed() + ")";
        }
        long failedExpectations = failed.stream().filter(v -> v.index() >= 0).count();
        long badSteps = failed.size() - failedExpectations;
        return "FAILED: " + failedExpectations + " of " + expectations + (expectations == 1 ? " expectation" : " expectations")
                + " failed" + (badSteps == 0 ? "" : ", " + badSteps + (badSteps == 1 ? " step" : " steps") + " could not run")
                + " (seed " + seed() + ")";
    }
}
