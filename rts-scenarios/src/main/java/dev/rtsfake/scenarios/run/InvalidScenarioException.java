package dev.rtsfake.scenarios.run;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario that cannot run as written: every {@link Problem}, one a line. */
public final class InvalidScenarioException extends IllegalArgumentException {
    private final transient List<Problem> problems;

    /** One exception for all the problems of {@code scenarioName}. */
    public InvalidScenarioException(String scenarioName, List<Problem> problems) {
        super("the scenario '" + scenarioName + "' cannot run:\n  " + problems.stream().map(Problem::toString)
                .collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the order of the scenario. */
    public List<Problem> problems() {
        return problems;
    }
}
