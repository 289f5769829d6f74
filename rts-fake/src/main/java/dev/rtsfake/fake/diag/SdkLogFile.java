package dev.rtsfake.fake.diag;

import com.ss.bytertc.rts.engine.type.LocalLogLevel;
import com.ss.bytertc.rts.engine.type.RTCLogConfig;
import dev.rtsfake.fake.trace.TraceEvent;
import dev.rtsfake.fake.trace.TraceKind;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The SDK's local log, as {@code RTS.setLogConfig} asks for it: real files in {@code logPath} named
 * {@code <prefix>_<yyyy-MM-dd_HHmmss>_rtclog.log} (virtual time), holding the simulation's trace
 * lines at or above the configured level, at most 2 MB a file and {@code logFileSize} MB in all.
 */
public final class SdkLogFile implements AutoCloseable {
    private static final Pattern PREFIX = Pattern.compile("[a-zA-Z0-9_@\\-.]{1,128}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss").withZone(ZoneOffset.UTC);
    private static final long FILE_BYTES = 2L * 1024 * 1024;

    private final Path dir;
    private final String prefix;
    private final LocalLogLevel level;
    private final long budgetBytes;
    private final Supplier<Instant> now;
    private final List<Path> files = new ArrayList<>();
    private BufferedWriter out;
    private long fileBytes;
    private long totalBytes;

    private SdkLogFile(Path dir, String prefix, LocalLogLevel level, int sizeMb, Supplier<Instant> now) {
        this.dir = dir;
        this.prefix = prefix;
        this.level = level;
        this.budgetBytes = (long) Math.max(1, Math.min(100, sizeMb)) * 1024 * 1024;
        this.now = now;
    }

    /** Whether a configuration is acceptable (the -2 check of setLogConfig). */
    public static boolean valid(RTCLogConfig c) {
        return c != null && c.logPath != null && !c.logPath.isBlank() && c.logLevel != null
                && (c.logFilenamePrefix == null || c.logFilenamePrefix.isEmpty() || PREFIX.matcher(c.logFilenamePrefix).matches());
    }

    /** Opens the log for a valid configuration; null when the folder cannot be made. */
    public static SdkLogFile open(RTCLogConfig c, Supplier<Instant> now) {
        try {
            Path dir = Path.of(c.logPath);
            Files.createDirectories(dir);
            String prefix = c.logFilenamePrefix == null || c.logFilenamePrefix.isEmpty() ? "rts" : c.logFilenamePrefix;
            SdkLogFile log = new SdkLogFile(dir, prefix, c.logLevel, c.logFileSize, now);
            if (c.logLevel != LocalLogLevel.NONE) {
                log.roll();
            }
            return log;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The files written so far. */
    public synchronized List<Path> files() {
        return List.copyOf(files);
    }

    /** Writes one trace step if its level is high enough. */
    public synchronized void accept(TraceEvent e) {
        if (out == null || !wanted(e.kind())) {
            return;
        }
        String line = levelOf(e.kind()) + " " + e.format() + "\n";
        long size = line.getBytes(StandardCharsets.UTF_8).length;
        if (totalBytes + size > budgetBytes) {
            return;
        }
        try {
            if (fileBytes + size > FILE_BYTES) {
                roll();
            }
            out.write(line);
            out.flush();
            fileBytes += size;
            totalBytes += size;
        } catch (IOException ex) {
            throw new UncheckedIOException("could not write the SDK log in " + dir, ex);
        }
    }

    private boolean wanted(TraceKind kind) {
        return switch (level) {
            case INFO -> true;
            case WARNING -> kind == TraceKind.MISUSE || kind == TraceKind.HANDLER_ERROR;
            case ERROR -> kind == TraceKind.HANDLER_ERROR;
            case NONE -> false;
        };
    }

    private static String levelOf(TraceKind kind) {
        return kind == TraceKind.HANDLER_ERROR ? "E" : kind == TraceKind.MISUSE ? "W" : "I";
    }

    private void roll() throws IOException {
        if (out != null) {
            out.close();
        }
        String base = prefix + "_" + STAMP.format(now.get()) + "_rtclog";
        Path file = dir.resolve(base + ".log");
        for (int i = 1; Files.exists(file) || files.contains(file); i++) {
            file = dir.resolve(base + "." + i + ".log");
        }
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        files.add(file);
        fileBytes = 0;
    }

    @Override
    public synchronized void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // closing a log at the end of a test: nothing useful to do
            }
            out = null;
        }
    }
}
