package dev.rtsfake.scenarios.cli;

import dev.rtsfake.scenarios.canned.CannedScenarios;
import dev.rtsfake.scenarios.file.ScenarioFile;
import dev.rtsfake.scenarios.file.ScenarioFiles;
import dev.rtsfake.scenarios.model.Suggest;
import dev.rtsfake.scenarios.run.Problem;
import dev.rtsfake.scenarios.run.ScenarioRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Turns a command-line argument into a scenario: a file, or the name of a canned scenario. */
final class Sources {
    private Sources() {
    }

    /**
     * The scenario {@code arg} names, checked against {@code runner}'s client adapters.
     *
     * @throws Options.UsageException when it is neither a file nor a canned scenario
     * @throws dev.rtsfake.scenarios.file.ScenarioFileException when the file is wrong
     */
    static ScenarioFile read(String arg, ScenarioRunner runner) throws Options.UsageException {
        ScenarioFile file;
        Path path = Path.of(arg);
        if (Files.isRegularFile(path)) {
            file = ScenarioFiles.read(path);
        } else if (CannedScenarios.exists(arg)) {
            file = CannedScenarios.load(arg);
        } else if (ScenarioFiles.Format.of(arg) != null) {
            throw new Options.UsageException("no file " + arg);
        } else {
            throw new Options.UsageException("'" + arg + "' is neither a scenario file nor a canned scenario"
                    + Suggest.didYouMean(arg, CannedScenarios.names()) + " ('rts-sim list' shows the canned ones)");
        }
        List<Problem> problems = runner.problems(file.scenario());
        if (!problems.isEmpty()) {
            throw file.locate(problems);
        }
        return file;
    }
}
