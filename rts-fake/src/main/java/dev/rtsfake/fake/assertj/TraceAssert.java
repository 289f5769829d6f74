package dev.rtsfake.fake.assertj;

import static dev.rtsfake.fake.assertj.error.ShouldContainStep.shouldContainStep;
import static dev.rtsfake.fake.assertj.error.ShouldContainStepsInOrder.shouldContainStepsInOrder;

import dev.rtsfake.fake.trace.Trace;
import dev.rtsfake.fake.trace.TraceEvent;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Trace} (a copy from {@code cloud.trace()}), by {@link Step} patterns.
 * Get one with {@link RtsFakeAssertions#assertThat(Trace)}.
 *
 * <pre>{@code
 * assertThat(cloud.trace())
 *         .containsStep(Step.of(TraceKind.CALLBACK, "bob", "onMessageReceived").withArgs("alice", "hi"))
 *         .containsStepsInOrder(Step.of(TraceKind.CALL, "alice", "sendMessage"),
 *                               Step.of(TraceKind.CALLBACK, "bob", "onMessageReceived"),
 *                               Step.of(TraceKind.CALLBACK, "alice", "onMessageSendResult"));
 * }</pre>
 */
public class TraceAssert extends AbstractAssert<TraceAssert, Trace> {

    /** Prefer {@link RtsFakeAssertions#assertThat(Trace)}. */
    protected TraceAssert(Trace actual) {
        super(actual, TraceAssert.class);
    }

    /**
     * Checks that some step matches {@code step}.
     *
     * @throws AssertionError if none does, listing the steps of the same kind and actor
     */
    public TraceAssert containsStep(Step step) {
        isNotNull();
        requireSteps(step);
        if (actual.events().stream().noneMatch(step::matches)) {
            throwAssertionError(shouldContainStep(actual, step.toString(), near(step)));
        }
        return myself;
    }

    /**
     * Checks that steps matching {@code steps} appear in this order (other steps may come between).
     *
     * @throws AssertionError if one is not found after the previous one's match, naming it and
     *     where the previous one matched, and listing every step that matches it
     */
    public TraceAssert containsStepsInOrder(Step... steps) {
        isNotNull();
        requireSteps(steps);
        List<TraceEvent> events = actual.events();
        int from = 0;
        TraceEvent previous = null;
        for (int i = 0; i < steps.length; i++) {
            int found = -1;
            for (int j = from; j < events.size(); j++) {
                if (steps[i].matches(events.get(j))) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                Step missing = steps[i];
                throwAssertionError(shouldContainStepsInOrder(actual, Arrays.stream(steps).map(Step::toString).toList(),
                        i, previous, events.stream().filter(missing::matches).toList()));
            }
            previous = events.get(found);
            from = found + 1;
        }
        return myself;
    }

    private List<TraceEvent> near(Step step) {
        return actual.events().stream()
                .filter(e -> e.kind() == step.kind() && (step.actor() == null || e.actor().equals(step.actor())))
                .toList();
    }

    private static void requireSteps(Step... steps) {
        if (steps == null || steps.length == 0 || Arrays.asList(steps).contains(null)) {
            throw new IllegalArgumentException("pass one or more steps, e.g. Step.of(TraceKind.CALLBACK, \"bob\","
                    + " \"onMessageReceived\")");
        }
    }
}
