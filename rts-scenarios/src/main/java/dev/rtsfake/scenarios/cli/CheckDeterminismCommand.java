package dev.rtsfake.scenarios.cli;

import dev.rtsfake.scenarios.file.ScenarioFile;
import dev.rtsfake.scenarios.run.RunResult;
import dev.rtsfake.scenarios.run.ScenarioRunner;
import dev.rtsfake.scenarios.run.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * {@code rts-sim check-determinism FILE}: runs a scenario twice with the same seed, each streaming
 * its whole trace to a file, and compares the two files byte for byte (and the verdicts).
 */
final class CheckDeterminismCommand implements Command {
    private final ScenarioRunner runner;

    CheckDeterminismCommand(ScenarioRunner runner) {
        this.runner = runner;
    }

    @Override
    public String name() {
        return "check-determinism";
    }

    @Override
    public String summary() {
        return "runs a scenario twice and compares the two traces byte for byte";
    }

    @Override
    public void usage(PrintStream s) {
        s.println("usage: rts-sim check-determinism FILE|NAME [--seed N] [--out DIR]");
        s.println("Runs the scenario twice with the same seed, each streaming every trace step to a JSON-lines file,");
        s.println("and compares the files byte for byte, and the verdicts; prints the first line that differs.");
        s.println("  --seed N   the seed (default: the scenario's)");
        s.println("  --out DIR  keep the two trace files there (default: a temporary folder, deleted afterwards)");
        s.println("Exit status: 0 the runs are the same, 1 they differ, 2 a usage or file error, 3 an internal error.");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            Options o = Options.parse(args, Set.of(), Set.of("--seed", "--out"));
            if (o.has("--help")) {
                usage(out);
                return 0;
            }
            if (o.positional().size() != 1) {
                throw new Options.UsageException("give one scenario file or canned scenario");
            }
            String source = o.positional().get(0);
            ScenarioFile file = Sources.read(source, runner);
            long seed = o.longValue("--seed", file.scenario().seed());
            boolean keep = o.has("--out");
            Path dir = keep ? Path.of(o.value("--out")) : Files.createTempDirectory("rts-sim-determinism");
            Files.createDirectories(dir);
            try {
                Path first = dir.resolve("run-1.trace.jsonl");
                Path second = dir.resolve("run-2.trace.jsonl");
                RunResult a = runner.keepTrace(false).traceFile(first).run(file.scenario(), seed);
                RunResult b = runner.keepTrace(false).traceFile(second).run(file.scenario(), seed);
                byte[] x = Files.readAllBytes(first);
                byte[] y = Files.readAllBytes(second);
                List<String> va = a.verdicts().stream().map(Verdict::line).toList();
                List<String> vb = b.verdicts().stream().map(Verdict::line).toList();
                out.println("rts-sim check-determinism: " + file.scenario().name() + " (" + source + ", seed " + seed + ")");
                if (java.util.Arrays.equals(x, y) && va.equals(vb)) {
                    long steps = x.length == 0 ? 0 : new String(x, StandardCharsets.UTF_8).lines().count();
                    out.println("SAME: two runs gave the same trace, " + steps + " steps, " + x.length + " bytes (sha256 "
                            + sha256(x).substring(0, 16) + "), and the same verdicts (" + a.summary() + ")");
                    return 0;
                }
                out.println("DIFFERENT: " + firstDifference(x, y, va, vb));
                out.println("  the traces: " + first + ", " + second + (keep ? "" : " (rerun with --out DIR to keep them)"));
                return 1;
            } finally {
                if (!keep) {
                    deleteQuietly(dir);
                }
            }
        } catch (Options.UsageException e) {
            return RtsSim.usageError(this, e.getMessage(), err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstDifference(byte[] x, byte[] y, List<String> va, List<String> vb) {
        List<String> a = new String(x, StandardCharsets.UTF_8).lines().toList();
        List<String> b = new String(y, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String l = i < a.size() ? a.get(i) : "(the trace ends)";
            String r = i < b.size() ? b.get(i) : "(the trace ends)";
            if (!l.equals(r)) {
                return "the traces differ first at step " + (i + 1) + ":\n  run 1: " + l + "\n  run 2: " + r;
            }
        }
        return "the verdicts differ:\n  run 1: " + va + "\n  run 2: " + vb;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
