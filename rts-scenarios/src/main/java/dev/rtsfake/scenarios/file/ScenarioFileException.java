package dev.rtsfake.scenarios.file;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario file that cannot be read: its problems, one a line, each with its place. */
public final class ScenarioFileException extends IllegalArgumentException {
    private final transient List<FileProblem> problems;

    /** An exception listing {@code problems}. */
    public ScenarioFileException(List<FileProblem> problems) {
        super(problems.stream().map(FileProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** An exception for one problem. */
    public ScenarioFileException(FileProblem problem) {
        this(List.of(problem));
    }

    /** The problems, in file order. */
    public List<FileProblem> problems() {
        return problems;
    }
}
