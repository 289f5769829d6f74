package dev.rtsfake.scenarios.run;

/**
 * The judgement of one expectation (or of a step that could not run).
 *
 * @param index the expectation's place in the scenario's {@code expect} list, or -1 for a step's error
 * @param expectation how the expectation reads
 * @param passed whether it held
 * @param reason why: for a failure what happened instead, for a pass when it held
 */
public record Verdict(int index, String expectation, boolean passed, String reason) {
    /** {@code "PASSED  bob receives "hi" (at 2.030s)"} or {@code "FAILED  ...: reason"}. */
    public String line() {
        return (passed ? "PASSED  " : "FAILED  ") + expectation + (reason == null || reason.isEmpty() ? ""
                : passed ? " (" + reason + ")" : ": " + reason);
    }
}
