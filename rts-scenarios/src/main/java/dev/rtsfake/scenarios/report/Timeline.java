package dev.rtsfake.scenarios.report;

import dev.rtsfake.fake.trace.TraceEvent;
import dev.rtsfake.scenarios.model.Durations;
import dev.rtsfake.scenarios.run.RunResult;
import dev.rtsfake.scenarios.run.StepRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A run as it reads in time order: each step, and after it what followed in the trace. By default
 * what follows is what the apps saw (callbacks, misuse, handler failures); verbose, every trace step.
 *
 * <pre>
 *      1.000s  steps[0] alice's network drops
 *      2.000s  steps[1] alice sends "sent in the lift" to bob -&gt; 1
 *      6.000s           alice onConnectionStateChanged(4, 0)
 * </pre>
 */
public final class Timeline {
    /** What the timeline shows when not verbose. */
    public static final Set<String> APP_KINDS = Set.of("CALLBACK", "MISUSE", "HANDLER_ERROR");

    private Timeline() {
    }

    /**
     * The timeline's lines.
     *
     * @param filter which trace steps to show (the kinds are narrowed to {@link #APP_KINDS} unless {@code verbose})
     * @param verbose show every trace step, as the trace writes it
     * @param hidden counts the retransmissions the filter left out (may be null)
     */
    public static List<String> lines(RunResult result, TraceFilter filter, boolean verbose, int[] hidden) {
        List<TraceLine> trace = new ArrayList<>();
        if (result.trace() != null) {
            for (TraceEvent e : result.trace().events()) {
                trace.add(TraceLine.of(e));
            }
        }
        TraceFilter f = verbose || !filter.kinds().isEmpty() ? filter : filter.onlyKinds(APP_KINDS);
        List<TraceLine> shown = f.apply(trace, hidden);
        List<String> out = new ArrayList<>();
        int next = 0;
        for (StepRecord step : result.steps()) {
            while (next < shown.size() && shown.get(next).seq() < step.traceSeq()) {
                out.add(line(shown.get(next++), verbose));
            }
            out.add(step.line());
        }
        while (next < shown.size()) {
            out.add(line(shown.get(next++), verbose));
        }
        return out;
    }

    private static String line(TraceLine l, boolean verbose) {
        if (verbose) {
            return l.text();
        }
        String at = Durations.clock(l.timeNanos());
        return " ".repeat(Math.max(0, 11 - at.length())) + at + "  " + " ".repeat(9) + l.body();
    }
}
