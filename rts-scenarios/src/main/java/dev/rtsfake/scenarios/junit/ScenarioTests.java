package dev.rtsfake.scenarios.junit;

import dev.rtsfake.scenarios.canned.CannedScenarios;
import dev.rtsfake.scenarios.client.ClientAdapterFactory;
import dev.rtsfake.scenarios.file.ScenarioFile;
import dev.rtsfake.scenarios.file.ScenarioFiles;
import dev.rtsfake.scenarios.model.Scenario;
import dev.rtsfake.scenarios.run.FaultReport;
import dev.rtsfake.scenarios.run.Problem;
import dev.rtsfake.scenarios.run.RunResult;
import dev.rtsfake.scenarios.run.ScenarioRunner;
import dev.rtsfake.scenarios.run.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Scenario files as dynamic tests, one per file (and per seed, when given seeds):
 *
 * <pre>{@code
 * class NetworkScenariosTest {
 *     @TestFactory
 *     Stream<DynamicNode> scenarios() {
 *         return ScenarioTests.inFolder(Path.of("src/test/scenarios"))
 *                 .withClient(new MyChatClientAdapter.Factory())
 *                 .tests();
 *     }
 * }
 * }</pre>
 *
 * <p>A test passes when every expectation of its scenario holds. A failing one says which did
 * not and why, with the seed and the command that reruns it; a file that cannot be read fails with
 * its line, column and field.
 */
public final class ScenarioTests {
    private final List<Source> sources;
    private final ScenarioRunner runner;
    private final long[] seeds;

    /** One scenario to turn into a test: its name, where it came from, and how to read it. */
    private record Source(String displayName, String rerunPath, URI uri, Supplier<ScenarioFile> read) {
    }

    private ScenarioTests(List<Source> sources, ScenarioRunner runner, long[] seeds) {
        this.sources = sources;
        this.runner = runner;
        this.seeds = seeds;
    }

    /** Every {@code .yaml}, {@code .yml} and {@code .json} file in {@code folder} and below, by path. */
    public static ScenarioTests inFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder.toAbsolutePath() + " is not a folder; give the folder that holds"
                    + " your scenario files (relative paths start at the working directory, usually the module's)");
        }
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder, 16)) {
            files.filter(p -> Files.isRegularFile(p) && ScenarioFiles.Format.of(p.toString()) != null).sorted()
                    .forEach(p -> sources.add(new Source(folder.relativize(p).toString(), p.toString(), p.toUri(),
                            () -> ScenarioFiles.read(p))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException(folder.toAbsolutePath() + " holds no .yaml, .yml or .json file");
        }
        return new ScenarioTests(List.copyOf(sources), new ScenarioRunner(), null);
    }

    /** The canned scenarios that ship with rts-scenarios. */
    public static ScenarioTests canned() {
        List<Source> sources = new ArrayList<>();
        for (String name : CannedScenarios.names()) {
            sources.add(new Source(name, name, null, () -> CannedScenarios.load(name)));
        }
        return new ScenarioTests(List.copyOf(sources), new ScenarioRunner(), null);
    }

    /** The same tests, run by {@code scenarioRunner} (its client adapters, its settings). */
    public ScenarioTests runner(ScenarioRunner scenarioRunner) {
        return new ScenarioTests(sources, scenarioRunner, seeds);
    }

    /** The same tests, with one more client adapter. */
    public ScenarioTests withClient(ClientAdapterFactory factory) {
        return new ScenarioTests(sources, runner.withClient(factory), seeds);
    }

    /** Each scenario once per seed from {@code first} to {@code last}, instead of once with its own seed. */
    public ScenarioTests seeds(long first, long last) {
        if (last < first || last - first >= 100_000) {
            throw new IllegalArgumentException("seeds from " + first + " to " + last + ": give 1 to 100,000 seeds, first"
                    + " to last; for more, run a sweep (rts-sim run FILE --seeds " + first + ".." + last + ")");
        }
        long[] all = new long[(int) (last - first + 1)];
        for (int i = 0; i < all.length; i++) {
            all[i] = first + i;
        }
        return new ScenarioTests(sources, runner, all);
    }

    /** The dynamic tests, for a {@code @TestFactory}. */
    public Stream<DynamicNode> tests() {
        return sources.stream().map(this::node);
    }

    private DynamicNode node(Source source) {
        if (seeds == null) {
            return DynamicTest.dynamicTest(source.displayName(), source.uri(), () -> run(source, null));
        }
        List<DynamicTest> perSeed = new ArrayList<>();
        for (long seed : seeds) {
            perSeed.add(DynamicTest.dynamicTest("seed " + seed, source.uri(), () -> run(source, seed)));
        }
        return DynamicContainer.dynamicContainer(source.displayName(), source.uri(), perSeed.stream());
    }

    private void run(Source source, Long seed) {
        ScenarioFile file = source.read().get();
        Scenario scenario = seed == null ? file.scenario() : file.scenario().withSeed(seed);
        List<Problem> problems = runner.problems(scenario);
        if (!problems.isEmpty()) {
            throw file.locate(problems);
        }
        RunResult result = runner.run(scenario);
        if (!result.passed()) {
            throw new AssertionError(failureMessage(source.rerunPath(), result));
        }
    }

    /**
     * What a failed run says: the scenario, the seed, each verdict, the faults that never acted, and
     * the command that reruns it.
     */
    public static String failureMessage(String fileOrName, RunResult result) {
        StringBuilder sb = new StringBuilder();
        sb.append("scenario '").append(result.scenario().name()).append("' (").append(fileOrName).append(") failed with seed ")
                .append(result.seed()).append(":\n");
        for (Verdict v : result.verdicts()) {
            sb.append("  ").append(v.line()).append('\n');
        }
        for (FaultReport f : result.neverFired()) {
            sb.append("  note: ").append(f.line()).append('\n');
        }
        sb.append("rerun: rts-sim run ").append(fileOrName).append(" --seed ").append(result.seed());
        return sb.toString();
    }
}
