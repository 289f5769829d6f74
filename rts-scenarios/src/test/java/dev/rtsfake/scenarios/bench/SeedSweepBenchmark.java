package dev.rtsfake.scenarios.bench;

import dev.rtsfake.scenarios.canned.CannedScenarios;
import dev.rtsfake.scenarios.model.Scenario;
import dev.rtsfake.scenarios.run.RunResult;
import dev.rtsfake.scenarios.run.ScenarioRunner;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Runs per second of a canned reconnect scenario on one thread, each with the next seed and no
 * trace, as a seed sweep runs them ({@code rts-sim run NAME --seeds}, {@code SeedSweep}); each run is
 * judged, and a failing seed fails the benchmark. A sweep on {@code --jobs} threads scales this by
 * the cores it gets.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SeedSweepBenchmark {
    @Param({"lift-outage-8s"})
    public String scenario;

    Scenario loaded;
    ScenarioRunner runner;
    long seed;

    @Setup
    public void setUp() {
        loaded = CannedScenarios.load(scenario).scenario();
        runner = new ScenarioRunner().keepTrace(false);
    }

    @Benchmark
    public RunResult run() {
        RunResult r = runner.run(loaded, ++seed);
        if (!r.passed()) {
            throw new IllegalStateException("seed " + seed + " failed: " + r.failures());
        }
        return r;
    }
}
