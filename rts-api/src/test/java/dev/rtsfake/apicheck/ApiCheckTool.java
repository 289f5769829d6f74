package dev.rtsfake.apicheck;

import com.ss.bytertc.rts.engine.RTS;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the one copy of the API check tool, {@code rts-api/tools/ApiCheck.java}, with the JDK source
 * launcher of the running JVM, so tests exercise exactly what people run from the command line.
 */
final class ApiCheckTool {

    /** What a run produced. */
    static final class Result {
        final int exitCode;
        final String stdout;
        final String stderr;

        Result(int exitCode, String stdout, String stderr) {
            this.exitCode = exitCode;
            this.stdout = stdout;
            this.stderr = stderr;
        }

        List<String> lines() {
            List<String> lines = new ArrayList<>();
            for (String l : stdout.split("\\R")) {
                if (!l.isEmpty()) {
                    lines.add(l);
                }
            }
            return lines;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    private ApiCheckTool() {
    }

    /** The rts-api module folder: Maven's basedir property, else the working directory. */
    static Path moduleDir() {
        String basedir = System.getProperty("basedir");
        Path dir = basedir != null ? Paths.get(basedir) : Paths.get("").toAbsolutePath();
        if (!Files.exists(dir.resolve("tools/ApiCheck.java")) && Files.exists(dir.resolve("rts-api/tools/ApiCheck.java"))) {
            dir = dir.resolve("rts-api"); // run from the repository root, e.g. in an IDE
        }
        return dir;
    }

    static Path toolSource() {
        return moduleDir().resolve("tools/ApiCheck.java");
    }

    /** The folder (or jar) the rts-api main classes were loaded from. */
    static Path rtsApiClasses() {
        try {
            return Paths.get(RTS.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            throw new IllegalStateException("cannot locate the rts-api classes", e);
        }
    }

    /** Runs {@code java ApiCheck.java <args>} and waits for it. */
    static Result run(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add(toolSource().toString());
        command.addAll(Arrays.asList(args));
        try {
            Process process = new ProcessBuilder(command).start();
            process.getOutputStream().close();
            CompletableFuture<String> out = drain(process.getInputStream());
            CompletableFuture<String> err = drain(process.getErrorStream());
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("ApiCheck did not finish within 120 s: " + command);
            }
            return new Result(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (InputStream stream = in) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                stream.transferTo(buf);
                return buf.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
