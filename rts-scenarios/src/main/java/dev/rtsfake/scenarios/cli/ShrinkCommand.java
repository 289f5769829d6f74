package dev.rtsfake.scenarios.cli;

import dev.rtsfake.scenarios.file.ScenarioFile;
import dev.rtsfake.scenarios.file.ScenarioFiles;
import dev.rtsfake.scenarios.run.ScenarioRunner;
import dev.rtsfake.scenarios.sweep.Shrinker;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code rts-sim shrink FILE --seed N}: cuts a scenario that fails with that seed down to a
 * smaller one that still fails the same way, and prints it as a scenario file.
 */
final class ShrinkCommand implements Command {
    private final ScenarioRunner runner;

    ShrinkCommand(ScenarioRunner runner) {
        this.runner = runner;
    }

    @Override
    public String name() {
        return "shrink";
    }

    @Override
    public String summary() {
        return "cuts a scenario that fails with a seed down to the smallest one that still fails";
    }

    @Override
    public void usage(PrintStream s) {
        s.println("usage: rts-sim shrink FILE|NAME --seed N [--out FILE] [--max-runs N]");
        s.println("Runs the scenario with the seed, takes its first failing expectation, and removes and shortens");
        s.println("what it can while that expectation still fails: the other expectations, steps, unused users, then");
        s.println("each step's 'for', delay and count. Prints the smallest scenario as YAML on standard output (the");
        s.println("report goes to standard error).");
        s.println("  --seed N        the seed it fails with (rts-sim run FILE --seeds 1..1000 finds one)");
        s.println("  --out FILE      also write the smaller scenario there (.yaml, .yml or .json)");
        s.println("  --max-runs N    stop after this many runs (default " + Shrinker.DEFAULT_MAX_RUNS + ")");
        s.println("Exit status: 0 a smaller (or the same) failing scenario was printed, 2 a usage error, a file");
        s.println("that cannot be read, or a seed the scenario passes with, 3 an internal error.");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            Options o = Options.parse(args, Set.of(), Set.of("--seed", "--out", "--max-runs"));
            if (o.has("--help")) {
                usage(out);
                return 0;
            }
            if (o.positional().size() != 1) {
                throw new Options.UsageException("give one scenario file or canned scenario to shrink");
            }
            if (!o.has("--seed")) {
                throw new Options.UsageException("give the seed it fails with: --seed N");
            }
            long seed = o.longValue("--seed", 0);
            long maxRuns = o.longValue("--max-runs", Shrinker.DEFAULT_MAX_RUNS);
            if (maxRuns < 1 || maxRuns > 1_000_000) {
                throw new Options.UsageException("--max-runs is 1 to 1000000, not " + maxRuns);
            }
            String source = o.positional().get(0);
            ScenarioFile file = Sources.read(source, runner);
            Shrinker.Result r;
            try {
                r = new Shrinker(runner, (int) maxRuns).shrink(file.scenario(), seed);
            } catch (IllegalArgumentException e) {
                err.println("rts-sim shrink: " + e.getMessage());
                return 2;
            }
            String yaml = ScenarioFiles.toYaml(r.shrunk());
            out.print(yaml);
            if (o.has("--out")) {
                ScenarioFiles.write(r.shrunk(), Path.of(o.value("--out")));
            }
            err.println("rts-sim shrink: " + source + " with seed " + seed + ": from " + Shrinker.size(r.original())
                    + " to " + Shrinker.size(r.shrunk()) + " in " + r.runs() + " runs"
                    + (r.exhausted() ? " (stopped at --max-runs; it may shrink further)" : ""));
            err.println("  it still fails: " + r.failure());
            if (o.has("--out")) {
                err.println("  written to " + o.value("--out") + "; rerun: rts-sim run " + o.value("--out") + " --seed " + seed);
            }
            return 0;
        } catch (Options.UsageException e) {
            return RtsSim.usageError(this, e.getMessage(), err);
        }
    }
}
