package dev.rtsfake.scenarios.run;

import dev.rtsfake.scenarios.model.Durations;

/**
 * One step as it ran.
 *
 * @param timeNanos when, in virtual time
 * @param step the index of the scenario step, or -1 for a user's own login at the start
 * @param describe how it reads ("alice sends "hi" to bob", "(undo) alice's network is back")
 * @param result what its call returned, or null
 * @param error why it could not run, or null
 * @param traceSeq the sequence number of the first trace step it caused (for placing it in the timeline)
 */
public record StepRecord(long timeNanos, int step, String describe, Object result, String error, long traceSeq) {
    /** {@code "  1.000s  steps[0]  alice sends "hi" to bob -> 1"}. */
    public String line() {
        String at = Durations.clock(timeNanos);
        return " ".repeat(Math.max(0, 11 - at.length())) + at + "  " + (step < 0 ? "start   " : pad("steps[" + step + "]"))
                + " " + describe + (result == null ? "" : " -> " + result) + (error == null ? "" : "  ERROR: " + error);
    }

    private static String pad(String s) {
        return s.length() >= 8 ? s : s + " ".repeat(8 - s.length());
    }
}
