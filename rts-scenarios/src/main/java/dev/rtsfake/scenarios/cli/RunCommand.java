package dev.rtsfake.scenarios.cli;

import dev.rtsfake.scenarios.file.ScenarioFile;
import dev.rtsfake.scenarios.report.RunReport;
import dev.rtsfake.scenarios.report.TraceFiles;
import dev.rtsfake.scenarios.report.TraceFormat;
import dev.rtsfake.scenarios.run.RunResult;
import dev.rtsfake.scenarios.run.ScenarioRunner;
import dev.rtsfake.scenarios.sweep.SeedRange;
import dev.rtsfake.scenarios.sweep.SeedSweep;
import dev.rtsfake.scenarios.sweep.Shard;
import dev.rtsfake.scenarios.sweep.SweepResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code rts-sim run FILE|NAME...}: runs scenarios and prints each one's timeline, verdicts and
 * faults, writing its trace files; with {@code --seeds FIRST..LAST}, a sweep of each over the seeds.
 */
final class RunCommand implements Command {
    private static final Set<String> FLAGS = union(OutputOptions.FLAGS, Set.of());
    private static final Set<String> VALUED = union(OutputOptions.VALUED, Set.of("--seed", "--seeds", "--shard", "--jobs"));

    private final ScenarioRunner runner;

    RunCommand(ScenarioRunner runner) {
        this.runner = runner;
    }

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String summary() {
        return "runs scenario files or canned scenarios: timeline, verdicts, trace files; --seeds for a sweep";
    }

    @Override
    public void usage(PrintStream s) {
        s.println("usage: rts-sim run FILE|NAME... [--seed N] [OUTPUT OPTIONS]");
        s.println("       rts-sim run FILE|NAME... --seeds FIRST..LAST [--shard K/N] [--jobs N] [--format text|jsonl]");
        s.println("Runs each scenario (a .yaml, .yml or .json file, or the name of a canned scenario: rts-sim list)");
        s.println("against a fresh simulated cloud in virtual time, and prints what happened (the steps and what the");
        s.println("apps saw), a verdict per expectation, and what each fault did; writes the trace to --out.");
        s.println("  --seed N                run with this seed instead of the scenario's own");
        s.println("  --seeds FIRST..LAST     a sweep: run each scenario with every seed of the range, on every core,");
        s.println("                          and list the seeds that fail (no timeline, no trace files)");
        s.println("  --shard K/N             run the K-th of N equal parts of the sweep (for a CI matrix: 1/4 ... 4/4)");
        s.println("  --jobs N                threads for a sweep (default: the number of cores)");
        OutputOptions.describe(s);
        s.println("Exit status: 0 every expectation held, 1 one failed (or a seed of the sweep did),");
        s.println("2 a usage error or a scenario file that cannot be read, 3 an internal error.");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options o;
        OutputOptions output;
        List<ScenarioFile> files = new ArrayList<>();
        try {
            o = Options.parse(args, FLAGS, VALUED);
            if (o.has("--help")) {
                usage(out);
                return 0;
            }
            output = new OutputOptions(o);
            if (o.positional().isEmpty()) {
                throw new Options.UsageException("give a scenario file or the name of a canned scenario (rts-sim list)");
            }
            if (o.has("--seed") && o.has("--seeds")) {
                throw new Options.UsageException("--seed runs one seed and --seeds a range; give one of them");
            }
            if ((o.has("--shard") || o.has("--jobs")) && !o.has("--seeds")) {
                throw new Options.UsageException("--shard and --jobs are for a sweep: add --seeds FIRST..LAST");
            }
            for (String arg : o.positional()) {
                files.add(Sources.read(arg, runner));
            }
            if (o.has("--seeds")) {
                return sweep(o, output, files, out, err);
            }
            Long seed = o.has("--seed") ? o.longValue("--seed", 0) : null;
            boolean allPassed = true;
            for (int i = 0; i < files.size(); i++) {
                if (i > 0 && !output.jsonl && !output.quiet) {
                    out.println();
                }
                allPassed &= runOne(o.positional().get(i), files.get(i), seed, output, out);
            }
            return allPassed ? 0 : 1;
        } catch (Options.UsageException e) {
            return RtsSim.usageError(this, e.getMessage(), err);
        }
    }

    private boolean runOne(String source, ScenarioFile file, Long seed, OutputOptions output, PrintStream out) {
        RunResult r = seed == null ? runner.run(file.scenario()) : runner.run(file.scenario(), seed);
        List<Path> traces = output.traceFiles
                ? TraceFiles.write(r.trace(), output.out, TraceFiles.baseName(source, r.seed()), EnumSet.allOf(TraceFormat.class))
                : List.of();
        List<String> lines = output.jsonl ? RunReport.jsonl(r, source, output.report(), traces)
                : RunReport.text(r, source, output.report(), traces);
        lines.forEach(out::println);
        return r.passed();
    }

    private int sweep(Options o, OutputOptions output, List<ScenarioFile> files, PrintStream out, PrintStream err)
            throws Options.UsageException {
        SeedRange seeds;
        Shard shard;
        try {
            seeds = SeedRange.parse(o.value("--seeds"));
            shard = o.has("--shard") ? Shard.parse(o.value("--shard")) : Shard.ALL;
        } catch (IllegalArgumentException e) {
            throw new Options.UsageException(e.getMessage());
        }
        long jobs = o.longValue("--jobs", Runtime.getRuntime().availableProcessors());
        if (jobs < 1 || jobs > 1024) {
            throw new Options.UsageException("--jobs is 1 to 1024, not " + jobs);
        }
        boolean allPassed = true;
        for (int i = 0; i < files.size(); i++) {
            String source = o.positional().get(i);
            ScenarioFile file = files.get(i);
            long count = shard.sizeOf(seeds.size());
            Progress progress = new Progress(source, count, err, RtsSim.interactive());
            long started = System.nanoTime();
            SweepResult r = new SeedSweep(runner, (int) jobs).run(file.scenario(), seeds, shard, progress::done);
            progress.finish();
            double seconds = (System.nanoTime() - started) / 1e9;
            allPassed &= r.passed();
            if (output.jsonl) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("type", "sweep");
                m.put("scenario", file.scenario().name());
                m.put("source", source);
                m.put("seeds", seeds.toString());
                m.put("shard", shard.toString());
                m.put("runs", r.runs());
                m.put("failed", r.failed());
                m.put("wallSeconds", Math.round(seconds * 1000) / 1000.0);
                out.println(Json.line(m));
                for (SweepResult.Failure f : r.failing()) {
                    Map<String, Object> fm = new LinkedHashMap<>();
                    fm.put("type", "failure");
                    fm.put("seed", f.seed());
                    fm.put("reason", f.reason());
                    fm.put("rerun", "rts-sim run " + source + " --seed " + f.seed());
                    out.println(Json.line(fm));
                }
                continue;
            }
            out.println("rts-sim run: sweep of " + file.scenario().name());
            out.println("  (" + source + ", seeds " + seeds + (shard.equals(Shard.ALL) ? "" : ", shard " + shard) + ", "
                    + jobs + (jobs == 1 ? " thread" : " threads") + ")");
            for (SweepResult.Failure f : r.failing()) {
                out.println("  seed " + f.seed() + ": " + f.reason());
            }
            if (r.failed() > r.failing().size()) {
                out.println("  ... and " + (r.failed() - r.failing().size()) + " more failing seeds");
            }
            out.println((r.passed() ? "PASSED: all " + r.runs() + " seeds" : "FAILED: " + r.failed() + " of " + r.runs()
                    + " seeds") + String.format(java.util.Locale.ROOT, " (%.1f s of wall time)", seconds));
            if (!r.passed()) {
                long first = r.failing().get(0).seed();
                out.println("  rerun one: rts-sim run " + source + " --seed " + first);
                out.println("  shrink it: rts-sim shrink " + source + " --seed " + first);
            }
        }
        return allPassed ? 0 : 1;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
