package dev.rtsfake.scenarios.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The whole benchmark suite in one command, every figure printed beside its floor (measured in the
 * same run) and its target (issue 15): the JMH benchmarks of this package with the GC profiler,
 * then the probes that need a JVM of their own (GC pauses, the cold first test, logins at scale).
 *
 * <p>Run (docs/performance.md): {@code mvn -B -q -pl rts-scenarios -am test-compile exec:exec
 * -Pbench-suite} for the short mode (under 3 minutes on 2 cores: 1 fork, 2×1 s warm-up and 3×1 s
 * measurement a benchmark), {@code -Dbench.args=full} for 3×2 s and 5×2 s (and a million engines);
 * {@code -Dbench.args="jmh P2pBenchmark -prof gc"} hands the rest to JMH. Scores are the median
 * of the measurement iterations. The table at the end is Markdown.
 */
public final class BenchSuite {
    private BenchSuite() {
    }

    private record Row(String workload, String fake, String floor, String ratio, String target, String verdict) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Double> scores = new HashMap<>();
    private final Map<String, Double> allocation = new HashMap<>();

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("jmh")) {
            // Any of the suite's benchmarks by hand, with JMH's own options.
            org.openjdk.jmh.Main.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        boolean full = args.length > 0 && args[0].equals("full");
        new BenchSuite().run(full);
    }

    private void run(boolean full) throws RunnerException, IOException, InterruptedException {
        String loadBefore = load();
        long start = System.nanoTime();
        runJmh(full);
        String loadAfterJmh = load();
        String cp = System.getProperty("java.class.path");

        // The GC pause under a burst: default heap and collector.
        Map<String, String> gc = probe(cp, List.of(), GcPauseProbe.class, List.of());
        double[] cold = ColdStartProbe.measure(cp, full ? 7 : 5);
        Map<String, String> login100k = probe(cp, List.of(), LoginScaleProbe.class, List.of("100000"));
        // A million engines take minutes on a busy 2-core machine: the full mode only.
        Map<String, String> login1m = full ? probe(cp, List.of("-Xmx4g"), LoginScaleProbe.class, List.of("1000000")) : null;
        String loadEnd = load();

        p2pRows();
        fanOutRows();
        allocationRows();
        long maxPause = Long.parseLong(gc.get("max-ms"));
        rows.add(new Row("longest GC pause, " + GcPauseProbe.MESSAGES + " messages in flight at once (default heap, "
                + gc.get("max-heap-mib") + " MiB max; " + gc.get("collections") + " collections in " + gc.get("rounds") + " bursts)",
                maxPause + " ms", "—", "—", "≤ 50 ms", verdict(maxPause <= 50)));
        double coldMs = cold[1] - cold[0];
        rows.add(new Row("cold first test (fresh JVM to first green check, less an empty main's JVM)",
                String.format(Locale.ROOT, "%.0f ms (%.0f − %.0f)", coldMs, cold[1], cold[0]), "—", "—", "≤ 300 ms",
                verdict(coldMs <= 300)));
        Double perTest = scores.get("PerTestBenchmark.firstTest");
        rows.add(new Row("warm per-test overhead (cloud, 2 engines, 2 logins, 1 message, close)",
                perTest == null ? "—" : String.format(Locale.ROOT, "%.1f µs", perTest), "—", "—", "(issue: ~40 µs is good)", "—"));
        Double sweep = scores.get("SeedSweepBenchmark.run[lift-outage-8s]");
        rows.add(new Row("seed sweep: runs of lift-outage-8s per second, one thread, no trace (a sweep runs one a core)",
                sweep == null ? "—" : String.format(Locale.ROOT, "%,.0f runs/s, %,.0f a minute on 2 threads", sweep, sweep * 120),
                "—", "—", "5,000 seeds a minute on 2 cores (issue 13)", sweep == null ? "—" : verdict(sweep * 120 >= 5_000)));
        loginRow(login100k, 3_000);
        if (login1m != null) {
            loginRow(login1m, 30_000);
        } else {
            rows.add(new Row("1,000,000 engines logging in, trace off (-Xmx4g)", "full mode only (-Dbench.args=full)", "—", "—",
                    "≤ 30,000 ms in ≤ 4 GB", "—"));
        }

        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        System.out.println();
        System.out.println("## rts-fake benchmark suite (" + (full ? "full" : "short") + " mode)");
        System.out.println();
        System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + ", "
                + LocalDate.now() + ". Load average (1, 5, 15 min): " + loadBefore + " at the start, " + loadAfterJmh
                + " after JMH, " + loadEnd + " at the end. Suite took " + seconds + " s.");
        System.out.println();
        System.out.println("| workload | fake | floor | ratio | target | met |");
        System.out.println("|---|---|---|---|---|---|");
        for (Row r : rows) {
            System.out.println("| " + r.workload + " | " + r.fake + " | " + r.floor + " | " + r.ratio + " | " + r.target
                    + " | " + r.verdict + " |");
        }
    }

    private void runJmh(boolean full) throws RunnerException {
        String pkg = BenchSuite.class.getPackageName().replace(".", "\\.");
        ChainedOptionsBuilder o = new OptionsBuilder()
                .include(pkg + "\\.(P2pBenchmark|P2pFloorBenchmark|FanOutBenchmark|PerTestBenchmark|SeedSweepBenchmark)\\.")
                .forks(1)
                .warmupIterations(full ? 3 : 2).warmupTime(TimeValue.seconds(full ? 2 : 1))
                .measurementIterations(full ? 5 : 3).measurementTime(TimeValue.seconds(full ? 2 : 1))
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true);
        Collection<RunResult> results = new Runner(o.build()).run();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            List<String> params = new ArrayList<>();
            for (String key : r.getParams().getParamsKeys()) {
                params.add(r.getParams().getParam(key));
            }
            String key = params.isEmpty() ? name : name + params.toString().replace(" ", "");
            Result<?> primary = r.getPrimaryResult();
            scores.put(key, primary.getStatistics().getPercentile(50));
            for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
                if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                    allocation.put(key, e.getValue().getScore());
                }
            }
        }
    }

    private void p2pRows() {
        for (String pattern : List.of("burst", "paced")) {
            Double floor = scores.get("P2pFloorBenchmark.messages[" + pattern + "]");
            for (boolean trace : List.of(true, false)) {
                Double fake = scores.get("P2pBenchmark.messages[" + pattern + "," + trace + "]");
                String target = !trace ? "—" : pattern.equals("burst") ? "≥ 0.70" : "≥ 0.50";
                double need = pattern.equals("burst") ? 0.70 : 0.50;
                rows.add(new Row("P2P " + pattern + (pattern.equals("paced") ? " (1 ms apart, 10 ms jitter)" : " (one instant)")
                        + ", " + P2pWorld.USERS + " users, trace " + (trace ? "on" : "off"),
                        rate(fake, "msg/s"), rate(floor, "msg/s"), ratio(fake, floor), target,
                        trace && fake != null && floor != null ? verdict(fake / floor >= need) : "—"));
            }
            Double on = scores.get("P2pBenchmark.messages[" + pattern + ",true]");
            Double off = scores.get("P2pBenchmark.messages[" + pattern + ",false]");
            rows.add(new Row("P2P " + pattern + ": trace on against trace off", rate(on, "msg/s"), rate(off, "msg/s") + " (off)",
                    ratio(on, off), "≥ 0.60", on != null && off != null ? verdict(on / off >= 0.60) : "—"));
        }
    }

    private void fanOutRows() {
        for (int members : List.of(1_000, 10_000)) {
            Double fake = scores.get("FanOutBenchmark.broadcast[" + members + "]");
            Double floor = scores.get("FanOutBenchmark.floor[" + members + "]");
            Double fakeDeliveries = fake == null ? null : fake * (members - 1);
            Double floorDeliveries = floor == null ? null : floor * (members - 1);
            rows.add(new Row(String.format(Locale.ROOT, "room fan-out: one broadcast to %,d members, trace on", members),
                    rate(fakeDeliveries, "deliveries/s"), rate(floorDeliveries, "deliveries/s"), ratio(fake, floor),
                    members == 10_000 ? "≥ 5,000,000 deliveries/s" : "—",
                    members == 10_000 && fakeDeliveries != null ? verdict(fakeDeliveries >= 5_000_000) : "—"));
        }
    }

    private void allocationRows() {
        for (String pattern : List.of("burst", "paced")) {
            for (boolean trace : List.of(true, false)) {
                Double bytes = allocation.get("P2pBenchmark.messages[" + pattern + "," + trace + "]");
                Double floor = allocation.get("P2pFloorBenchmark.messages[" + pattern + "]");
                rows.add(new Row("allocation per P2P message, " + pattern + ", trace " + (trace ? "on" : "off"),
                        bytes == null ? "—" : String.format(Locale.ROOT, "%,.0f B", bytes),
                        floor == null ? "—" : String.format(Locale.ROOT, "%,.0f B", floor), "—",
                        trace ? "≤ 400 B" : "—", trace && bytes != null ? verdict(bytes <= 400) : "—"));
            }
        }
    }

    private void loginRow(Map<String, String> probe, long targetMs) {
        String engines = String.format(Locale.ROOT, "%,d", Long.parseLong(probe.get("engines")));
        long wall = Long.parseLong(probe.get("wall-ms"));
        rows.add(new Row(engines + " engines logging in, trace off (" + probe.get("max-heap-mib") + " MiB max heap, cold JVM)",
                String.format(Locale.ROOT, "%,d ms, %s B retained an engine", wall, probe.get("retained-bytes-per-engine")),
                "—", "—", String.format(Locale.ROOT, "≤ %,d ms", targetMs)
                + (targetMs == 30_000 ? " in ≤ 4 GB" : ""), verdict(wall <= targetMs)));
    }

    /** Runs {@code main} in a JVM of its own and parses its last line of {@code key=value} pairs. */
    private static Map<String, String> probe(String cp, List<String> jvmArgs, Class<?> main, List<String> args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBinary());
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(cp);
        cmd.add(main.getName());
        cmd.addAll(args);
        System.out.println("# probe: " + main.getSimpleName() + " " + String.join(" ", jvmArgs) + " " + String.join(" ", args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String last = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                System.out.println("#   " + line);
                last = line;
            }
        }
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0 || last == null) {
            p.destroyForcibly();
            throw new IllegalStateException(main.getSimpleName() + " failed; its output is above");
        }
        Map<String, String> values = new HashMap<>();
        for (String part : last.split(" ")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                values.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return values;
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String load() {
        try {
            String[] parts = java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String rate(Double value, String unit) {
        return value == null ? "—" : String.format(Locale.ROOT, "%,.0f %s", value, unit);
    }

    private static String ratio(Double a, Double b) {
        return a == null || b == null ? "—" : String.format(Locale.ROOT, "%.2f", a / b);
    }

    private static String verdict(boolean met) {
        return met ? "yes" : "**no**";
    }
}
