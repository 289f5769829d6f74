package dev.rtsfake.scenarios.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A cold first test: the wall time of a fresh JVM that runs {@link FirstTest} (class loading, the
 * cloud, two logins, one message, its check) less that of a fresh JVM running {@link EmptyMain},
 * started the same way with the same class path. Runs alternate, and the medians are compared.
 */
final class ColdStartProbe {
    private ColdStartProbe() {
    }

    /** Median wall milliseconds of {@code runs} JVMs each: {emptyMain, firstTest}. */
    static double[] measure(String classPath, int runs) throws IOException, InterruptedException {
        double[] empty = new double[runs];
        double[] first = new double[runs];
        for (int i = 0; i < runs; i++) {
            empty[i] = wallMillis(classPath, EmptyMain.class.getName());
            first[i] = wallMillis(classPath, FirstTest.class.getName());
        }
        return new double[] {median(empty), median(first)};
    }

    private static double wallMillis(String classPath, String main) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(BenchSuite.javaBinary(), "-cp", classPath, main));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(main + " did not finish within 60 s");
        }
        long nanos = System.nanoTime() - start;
        if (p.exitValue() != 0) {
            throw new IllegalStateException(main + " exited with " + p.exitValue());
        }
        return nanos / 1e6;
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
