package dev.rtsfake.scenarios.run;

/**
 * How often a fault, rule or app-server failure acted: packets it stopped, lost, held or carried
 * late, drops its clients noticed, sends a rule matched, requests the app server failed.
 *
 * @param step the step's index in the scenario
 * @param label the step's label, or null
 * @param describe how the step reads
 * @param fired how often it acted; 0 means it never did (the report says so)
 */
public record FaultReport(int step, String label, String describe, long fired) {
    /** Whether it never acted. */
    public boolean neverFired() {
        return fired == 0;
    }

    /** {@code "steps[2] alice's network drops for 8s: acted 14 times"}. */
    public String line() {
        return "steps[" + step + "]" + (label == null ? "" : " (" + label + ")") + " " + describe + ": "
                + (fired == 0 ? "NEVER ACTED" : "acted " + fired + (fired == 1 ? " time" : " times"));
    }
}
