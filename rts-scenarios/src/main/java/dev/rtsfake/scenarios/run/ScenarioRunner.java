package dev.rtsfake.scenarios.run;

import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.scenarios.client.ClientAdapterFactory;
import dev.rtsfake.scenarios.model.Scenario;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs scenarios against a fresh simulated cloud each, in virtual time, and judges them.
 *
 * <pre>{@code
 * RunResult result = new ScenarioRunner().run(scenario);
 * result.verdicts().forEach(v -> System.out.println(v.line()));
 * assertThat(result.passed()).as(result.summary()).isTrue();
 * }</pre>
 *
 * <p>A runner is an immutable value: the {@code with...} methods return a changed copy, and one
 * runner may run many scenarios, on many threads at once (each run has its own cloud). The client
 * adapters it knows are those listed in {@code META-INF/services} plus those given to
 * {@link #withClient}.
 */
public final class ScenarioRunner {
    /** How often the checks look at a run between its steps, unless told otherwise. */
    public static final Duration DEFAULT_CHECK_EVERY = Duration.ofMillis(100);

    private final RunnerSettings settings;

    /** A runner in virtual time that keeps each run's trace, with the class path's client adapters. */
    public ScenarioRunner() {
        this(new RunnerSettings(serviceClients(), true, DEFAULT_CHECK_EVERY, 0, null, null));
    }

    private ScenarioRunner(RunnerSettings settings) {
        this.settings = settings;
    }

    private static Map<String, ClientAdapterFactory> serviceClients() {
        Map<String, ClientAdapterFactory> found = new LinkedHashMap<>();
        for (ClientAdapterFactory f : ServiceLoader.load(ClientAdapterFactory.class)) {
            found.putIfAbsent(f.name(), f);
        }
        return found;
    }

    /** The same runner, also knowing {@code factory}'s client adapter (it replaces one of the same name). */
    public ScenarioRunner withClient(ClientAdapterFactory factory) {
        Map<String, ClientAdapterFactory> clients = new LinkedHashMap<>(settings.clients());
        clients.put(factory.name(), factory);
        return new ScenarioRunner(new RunnerSettings(Map.copyOf(clients), settings.keepTrace(), settings.checkEvery(),
                settings.speed(), settings.onStart(), settings.traceFile()));
    }

    /**
     * The same runner, keeping each run's trace in its result or not (a sweep of thousands keeps
     * none). Keeping none and streaming none ({@link #traceFile}), a run records no trace at all,
     * unless a {@code fired} expectation needs to count what a fault did: its result then has no
     * fault reports either.
     */
    public ScenarioRunner keepTrace(boolean keep) {
        return new ScenarioRunner(new RunnerSettings(settings.clients(), keep, settings.checkEvery(), settings.speed(),
                settings.onStart(), settings.traceFile()));
    }

    /** The same runner, with its checks looking at the run every {@code interval} of virtual time between steps. */
    public ScenarioRunner checkEvery(Duration interval) {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("checkEvery must be a positive duration, was " + interval);
        }
        return new ScenarioRunner(new RunnerSettings(settings.clients(), settings.keepTrace(), interval, settings.speed(),
                settings.onStart(), settings.traceFile()));
    }

    /**
     * The same runner in real time: virtual time follows the wall clock times {@code speed} (1 is
     * real time), for {@code rts-sim serve}, where a real backend talks to the cloud. Runs are then
     * not deterministic.
     */
    public ScenarioRunner realTime(double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be more than 0, was " + speed);
        }
        return new ScenarioRunner(new RunnerSettings(settings.clients(), settings.keepTrace(), settings.checkEvery(), speed,
                settings.onStart(), settings.traceFile()));
    }

    /** The same runner, telling {@code hook} of each run's cloud before the first step (to listen, or forward). */
    public ScenarioRunner onStart(Consumer<FakeRtsCloud> hook) {
        return new ScenarioRunner(new RunnerSettings(settings.clients(), settings.keepTrace(), settings.checkEvery(),
                settings.speed(), hook, settings.traceFile()));
    }

    /**
     * The same runner, streaming every trace step of a run to {@code file} as JSON lines while it
     * is recorded (the file is replaced; null: no file). For one run at a time: runs at once would
     * share the file.
     */
    public ScenarioRunner traceFile(java.nio.file.Path file) {
        return new ScenarioRunner(new RunnerSettings(settings.clients(), settings.keepTrace(), settings.checkEvery(),
                settings.speed(), settings.onStart(), file));
    }

    /** The names of the client adapters this runner knows. */
    public Set<String> clientNames() {
        return settings.clients().keySet();
    }

    /** What stops {@code scenario} from running, in order; empty when it can run. */
    public List<Problem> problems(Scenario scenario) {
        Map<String, Set<String>> actions = new LinkedHashMap<>();
        settings.clients().forEach((name, factory) -> actions.put(name, Set.copyOf(factory.create().actions())));
        return new ScenarioValidator(actions).problems(scenario);
    }

    /**
     * Runs {@code scenario} with its own seed.
     *
     * @throws InvalidScenarioException if it refers to users, labels, adapters or a heal it lacks
     */
    public RunResult run(Scenario scenario) {
        List<Problem> problems = problems(scenario);
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(scenario.name(), problems);
        }
        return new Run(scenario, settings).execute();
    }

    /** Runs {@code scenario} with another seed. */
    public RunResult run(Scenario scenario, long seed) {
        return run(scenario.withSeed(seed));
    }
}
