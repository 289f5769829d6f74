package dev.rtsfake.fake.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of the test class path in a new JVM, with JVM options of its own, and waits for
 * it up to a deadline (then kills it). Output goes to files, so a chatty child never blocks on a pipe.
 *
 * <pre>{@code
 * ForkedJvm.Run run = ForkedJvm.start(MyMain.class, List.of("-Xmx64m"), List.of("arg"), dir);
 * ForkedJvm.Result r = run.await(Duration.ofSeconds(20));
 * assertThat(r.exited()).as(r.describe()).isTrue();
 * }</pre>
 */
public final class ForkedJvm {
    private ForkedJvm() {
    }

    /** What a child run by {@link #runWithHeap} printed: its exit code, all of its output, and its {@code key=value} lines. */
    public record Printed(int exitCode, String output, Map<String, String> values) {
        public String get(String key) {
            String v = values.get(key);
            if (v == null) {
                throw new AssertionError("the child printed no " + key + "=...; its output (exit " + exitCode + "):\n" + output);
            }
            return v;
        }

        public long number(String key) {
            return Long.parseLong(get(key));
        }
    }

    /**
     * Runs {@code main} with {@code -Xmx<heap>} (serial GC, exit on OutOfMemoryError: the child fails
     * with "OutOfMemoryError" and exit code 3 when the heap is exceeded, so a memory bound is checked
     * for real) and waits at most {@code deadlineSeconds}; its output (stdout and stderr) is kept.
     */
    public static Printed runWithHeap(String heap, long deadlineSeconds, Class<?> main, String... args) throws IOException, InterruptedException {
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
            return new Printed(p.exitValue(), output, values);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /**
     * The heap in use after full collections, in bytes (for a child to report): the least of three,
     * as the first collection may leave objects that only weak or phantom references still held.
     */
    public static long heapAfterGc() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            least = Math.min(least, java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    /** How a forked JVM ended: whether it exited by itself before the deadline, its code and output. */
    public record Result(boolean exited, int exitCode, String stdout, String stderr) {
        /** For assertion messages. */
        public String describe() {
            return (exited ? "exit code " + exitCode : "did not exit before the deadline (killed)")
                    + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }

    /** A running child JVM. */
    public static final class Run {
        private final Process process;
        private final Path out;
        private final Path err;

        private Run(Process process, Path out, Path err) {
            this.process = process;
            this.out = out;
            this.err = err;
        }

        /** Waits until it exits or {@code deadline} passes (then kills it and its children). */
        public Result await(Duration deadline) throws IOException, InterruptedException {
            boolean exited = process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS);
            if (!exited) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            return new Result(exited, exited ? process.exitValue() : -1,
                    Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        }
    }

    /** Starts {@code main} with {@code jvmOptions} and {@code args}; output files go to {@code dir}. */
    public static Run start(Class<?> main, List<String> jvmOptions, List<String> args, Path dir) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath());
        command.add(main.getName());
        command.addAll(args);
        Files.createDirectories(dir);
        String name = main.getSimpleName() + "-" + Integer.toHexString(command.hashCode());
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        return new Run(pb.start(), out, err);
    }

    /** The test class path: surefire's own record of it when run by Maven, else this JVM's. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
