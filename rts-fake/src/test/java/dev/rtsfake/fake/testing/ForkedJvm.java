package dev.rtsfake.fake.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
