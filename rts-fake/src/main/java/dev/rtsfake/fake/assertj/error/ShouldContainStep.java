package dev.rtsfake.fake.assertj.error;

import dev.rtsfake.fake.trace.Trace;
import dev.rtsfake.fake.trace.TraceEvent;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The trace held no step matching the one expected. */
public final class ShouldContainStep extends BasicErrorMessageFactory {

    /**
     * {@code Expecting the trace (seed 42) to contain a step CALLBACK bob onMessageReceived("alice",
     * "hi") but it had none; the steps of that kind by that actor were: ...}.
     *
     * @param expected the step pattern, as {@code Step.toString()} writes it
     * @param near the trace's steps of the same kind and actor (the closest candidates)
     */
    public static ErrorMessageFactory shouldContainStep(Trace trace, String expected, List<TraceEvent> near) {
        return new ShouldContainStep(trace.seed(), expected, Render.steps(near), Render.dropped(trace));
    }

    private ShouldContainStep(long seed, String expected, String near, String dropped) {
        super("%nExpecting the trace (seed %s) to contain a step%n  %s%nbut it had none; the steps of that kind"
                + " and actor were:%n%s%s", unquotedString(Long.toString(seed)), unquotedString(expected),
                unquotedString(near), unquotedString(dropped));
    }
}
