package dev.rtsfake.fake.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/** Runs a fixture class through the Jupiter engine (the engine test kit) and reads how its tests ended. */
final class TestKit {
    private TestKit() {
    }

    static EngineExecutionResults run(Class<?> fixture) {
        return run(fixture, Map.of());
    }

    static EngineExecutionResults run(Class<?> fixture, Map<String, String> parameters) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(fixture))
                .configurationParameters(parameters)
                .execute();
    }

    /** The failure of the one test named {@code method}; fails if it did not fail. */
    static Throwable failureOf(EngineExecutionResults results, String method) {
        return finished(results, method).getThrowable()
                .orElseThrow(() -> new AssertionError(method + " did not fail"));
    }

    /** How the test named {@code method} ended. */
    static TestExecutionResult finished(EngineExecutionResults results, String method) {
        List<Event> ends = results.testEvents().finished().stream()
                .filter(e -> e.getTestDescriptor().getDisplayName().startsWith(method + "("))
                .collect(Collectors.toList());
        if (ends.size() != 1) {
            throw new AssertionError("expected one run of " + method + ", found " + ends.size() + " among "
                    + results.testEvents().finished().stream().map(e -> e.getTestDescriptor().getDisplayName())
                    .collect(Collectors.toList()));
        }
        return ends.get(0).getRequiredPayload(TestExecutionResult.class);
    }

    /** The one failure of the run, of a test or of the class (a misconfiguration found before any test). */
    static Throwable onlyFailure(EngineExecutionResults results) {
        List<Throwable> failures = results.allEvents().stream()
                .filter(e -> e.getType() == EventType.FINISHED)
                .map(e -> e.getRequiredPayload(TestExecutionResult.class))
                .map(TestExecutionResult::getThrowable)
                .flatMap(Optional::stream)
                .collect(Collectors.toList());
        if (failures.size() != 1) {
            throw new AssertionError("expected one failure, found " + failures);
        }
        return failures.get(0);
    }

    /** The failure report the extension added to {@code failure}. */
    static String reportOf(Throwable failure) {
        for (Throwable s : failure.getSuppressed()) {
            if (s instanceof FailureReport) {
                return s.getMessage();
            }
        }
        throw new AssertionError("no rts-fake report on " + failure);
    }
}
