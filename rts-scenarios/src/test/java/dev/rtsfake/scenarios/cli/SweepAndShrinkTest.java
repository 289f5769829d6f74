package dev.rtsfake.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtsfake.scenarios.file.ScenarioFiles;
import dev.rtsfake.scenarios.model.Scenario;
import dev.rtsfake.scenarios.run.RunResult;
import dev.rtsfake.scenarios.run.ScenarioRunner;
import dev.rtsfake.scenarios.sweep.SeedRange;
import dev.rtsfake.scenarios.sweep.SeedSweep;
import dev.rtsfake.scenarios.sweep.Shard;
import dev.rtsfake.scenarios.sweep.SweepResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seed sweeps (the CLI and SeedSweep) and shrinking a seeded failure (the CLI and Shrinker). */
class SweepAndShrinkTest {
    /** Fails on the seeds where bob's lossy link drops alice's one unreliable message; the rest is noise to shrink away. */
    static final String LOSSY = """
            name: Alice's one unreliable message reaches bob over his lossy link
            description: Fails on some seeds, by design.
            users: [alice, bob, carol]
            steps:
              - at: 500ms
                latency: {user: carol, base: 80ms}
              - at: 1s
                loss: {user: bob, direction: down, probability: 0.4}
                label: lossy
              - at: 2s
                send: {from: carol, to: alice, text: noise, count: 4, every: 100ms}
              - at: 3s
                send: {from: alice, to: bob, text: only once, reliability: UNRELIABLE_UNORDERED}
                label: once
              - at: 4s
                disconnect: carol
                for: 2s
            expect:
              - sendResult: {send: once, code: 0}
              - received: {user: alice, from: carol, count: 4}
              - received: {user: bob, from: alice, text: only once}
            """;

    @TempDir
    Path dir;
    private Path lossy;

    @BeforeEach
    void write() throws IOException {
        lossy = dir.resolve("lossy.yaml");
        Files.writeString(lossy, LOSSY);
    }

    @Test
    void sweep_listsTheFailingSeedsInOrder_withPlainProgressLinesWhenNotOnATerminal() {
        Cli c = Cli.run("run", lossy.toString(), "--seeds", "1..50");

        assertThat(c.exit()).isEqualTo(RtsSim.FAILED);
        List<String> lines = c.outLines();
        assertThat(lines.get(0)).isEqualTo("rts-sim run: sweep of Alice's one unreliable message reaches bob over his lossy link");
        List<String> failing = lines.stream().filter(l -> l.startsWith("  seed ")).toList();
        assertThat(failing).isNotEmpty().hasSizeLessThan(50).allMatch(l -> l.endsWith(": FAILED  bob receives \"only once\" from alice: bob"
                + " received no such message in the run; what bob received: nothing"));
        List<Long> seeds = failing.stream().map(l -> Long.parseLong(l.substring(7, l.indexOf(':')))).toList();
        assertThat(seeds).isSorted();
        assertThat(c.out()).contains("FAILED: " + failing.size() + " of 50 seeds (",
                "  rerun one: rts-sim run " + lossy + " --seed " + seeds.get(0),
                "  shrink it: rts-sim shrink " + lossy + " --seed " + seeds.get(0));
        assertThat(c.errLines()).last().isEqualTo("rts-sim run: " + lossy + ": 50 of 50 seeds run");
        assertThat(c.errLines()).allMatch(l -> l.matches("rts-sim run: .*: \\d+ of 50 seeds run"));
    }

    @Test
    void sweep_ofACannedScenario_passesOnEverySeed() {
        Cli c = Cli.run("run", "lift-outage-8s", "--seeds", "1..50", "--jobs", "2");

        assertThat(c.exit()).isZero();
        assertThat(c.outLines().get(2)).startsWith("PASSED: all 50 seeds (");
    }

    @Test
    void shards_splitTheSeeds_andTogetherFindTheSameFailuresAsTheWholeSweep() throws IOException {
        Scenario s = ScenarioFiles.read(lossy).scenario();
        SeedSweep sweep = new SeedSweep(new ScenarioRunner(), 2);
        SweepResult whole = sweep.run(s, SeedRange.parse("1..30"), Shard.ALL, null);
        SweepResult first = sweep.run(s, SeedRange.parse("1..30"), Shard.parse("1/3"), null);
        SweepResult second = sweep.run(s, SeedRange.parse("1..30"), Shard.parse("2/3"), null);
        SweepResult third = sweep.run(s, SeedRange.parse("1..30"), Shard.parse("3/3"), null);

        assertThat(first.runs() + second.runs() + third.runs()).isEqualTo(30);
        assertThat(first.failing()).allMatch(f -> (f.seed() - 1) % 3 == 0);
        List<Long> union = new java.util.ArrayList<>();
        for (SweepResult r : List.of(first, second, third)) {
            r.failing().forEach(f -> union.add(f.seed()));
        }
        assertThat(union).containsExactlyInAnyOrderElementsOf(whole.failing().stream().map(SweepResult.Failure::seed).toList());

        Cli cli = Cli.run("run", lossy.toString(), "--seeds", "1..30", "--shard", "2/3", "--format", "jsonl");
        assertThat(cli.outLines().get(0)).contains("\"shard\":\"2/3\",\"runs\":10,\"failed\":" + second.failed());
    }

    @Test
    void shrink_cutsASeededFailureDownToASmallerScenarioThatStillFails() throws IOException {
        long seed = new SeedSweep(new ScenarioRunner(), 2).run(ScenarioFiles.read(lossy).scenario(),
                SeedRange.parse("1..50"), Shard.ALL, null).failing().get(0).seed();
        Path out = dir.resolve("small.yaml");

        Cli c = Cli.run("shrink", lossy.toString(), "--seed", Long.toString(seed), "--out", out.toString());

        assertThat(c.exit()).isZero();
        Scenario small = ScenarioFiles.parse(c.out(), "stdout.yaml", ScenarioFiles.Format.YAML).scenario();
        Scenario big = ScenarioFiles.read(lossy).scenario();
        assertThat(small.steps()).containsExactly(big.steps().get(1), big.steps().get(3));
        assertThat(small.expectations()).containsExactly(big.expectations().get(2));
        assertThat(small.users().size()).isLessThan(big.users().size());
        RunResult rerun = new ScenarioRunner().run(small, seed);
        assertThat(rerun.verdicts().get(0).passed()).isFalse();
        assertThat(ScenarioFiles.read(out).scenario()).isEqualTo(small);
        assertThat(c.errLines().get(0)).startsWith("rts-sim shrink: " + lossy + " with seed " + seed
                + ": from 5 steps, 3 expectations, 3 users to 2 steps, 1 expectation, 2 users in ");
        assertThat(c.errLines().get(1)).isEqualTo("  it still fails: FAILED  bob receives \"only once\" from alice: bob"
                + " received no such message in the run; what bob received: nothing");
    }

    @Test
    void shrink_ofASeedThatPasses_exits2_sayingHowToFindAFailingOne() {
        Cli c = Cli.run("shrink", "lift-outage-8s", "--seed", "3");

        assertThat(c.exit()).isEqualTo(RtsSim.USAGE);
        assertThat(c.errLines()).containsExactly("rts-sim shrink: the scenario passes with seed 3; shrink needs a seed it"
                + " fails with (find one with rts-sim run FILE --seeds 1..1000)");
    }
}
