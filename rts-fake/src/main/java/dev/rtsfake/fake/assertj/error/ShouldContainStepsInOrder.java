package dev.rtsfake.fake.assertj.error;

import dev.rtsfake.fake.trace.Trace;
import dev.rtsfake.fake.trace.TraceEvent;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The trace held the expected steps, but not all of them in the expected order. */
public final class ShouldContainStepsInOrder extends BasicErrorMessageFactory {

    /**
     * {@code Expecting the trace (seed 42) to contain these steps in this order: 1. ... 2. ... but
     * step 2 was not found after #12 (where step 1 matched); the steps matching it were: ...}.
     *
     * @param expected the step patterns, as {@code Step.toString()} writes them
     * @param missing the index (from 0) of the first pattern not found in order
     * @param after the step where pattern {@code missing - 1} matched, or null when {@code missing} is 0
     * @param matching every step matching pattern {@code missing}, wherever it is
     */
    public static ErrorMessageFactory shouldContainStepsInOrder(Trace trace, List<String> expected, int missing,
                                                                TraceEvent after, List<TraceEvent> matching) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < expected.size(); i++) {
            list.append(i > 0 ? Render.NL : "").append("  ").append(i + 1).append(". ").append(expected.get(i));
        }
        String where = after == null ? "in the trace" : "after #" + after.seq() + " (where step " + missing + " matched)";
        return new ShouldContainStepsInOrder(trace.seed(), list.toString(), missing + 1, where,
                Render.steps(matching), Render.dropped(trace));
    }

    private ShouldContainStepsInOrder(long seed, String list, int missing, String where, String matching,
                                      String dropped) {
        super("%nExpecting the trace (seed %s) to contain these steps in this order:%n%s%nbut step %s was not found %s;"
                + " the steps matching it were:%n%s%s", unquotedString(Long.toString(seed)), unquotedString(list),
                missing, unquotedString(where), unquotedString(matching), unquotedString(dropped));
    }
}
