package dev.rtsfake.fake.soak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of the test class path in a JVM of its own with a small heap, so that a memory
 * bound is checked for real: the child fails with "OutOfMemoryError" (and exit code 3) when the heap
 * is exceeded. Every run has a deadline; output goes to a file, so a chatty child never blocks.
 */
final class ForkedJvm {
    /** What a child printed: its exit code, all of its output, and its {@code key=value} lines. */
    record Result(int exitCode, String output, Map<String, String> values) {
        String get(String key) {
            String v = values.get(key);
            if (v == null) {
                throw new AssertionError("the child printed no " + key + "=...; its output (exit " + exitCode + "):\n" + output);
            }
            return v;
        }

        long number(String key) {
            return Long.parseLong(get(key));
        }
    }

    private ForkedJvm() {
    }

    /** Runs {@code main} with {@code -Xmx<heap>} and waits at most {@code deadlineSeconds}. */
    static Result run(String heap, long deadlineSeconds, Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("rtsfake-forked-", ".out");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(deadlineSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError(main.getSimpleName() + " did not finish within " + deadlineSeconds
                        + " s; its output so far:\n" + Files.readString(out, StandardCharsets.UTF_8));
            }
            String output = Files.readString(out, StandardCharsets.UTF_8);
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : output.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0 && line.substring(0, eq).matches("[a-zA-Z0-9]+")) {
                    values.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            return new Result(p.exitValue(), output, values);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /**
     * The heap in use after full collections, in bytes (for a child to report): the least of three,
     * as the first collection may leave objects that only weak or phantom references still held.
     */
    static long heapAfterGc() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            least = Math.min(least, java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
