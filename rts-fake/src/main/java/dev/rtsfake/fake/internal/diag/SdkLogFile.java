package dev.rtsfake.fake.internal.diag;

import com.ss.bytertc.rts.engine.type.LocalLogLevel;
import com.ss.bytertc.rts.engine.type.RTCLogConfig;
import dev.rtsfake.fake.internal.core.Identifiers;
import dev.rtsfake.fake.internal.trace.TraceRecorder;
import dev.rtsfake.fake.trace.TraceEvent;
import dev.rtsfake.fake.trace.TraceKind;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The SDK's local log, as {@code RTS.setLogConfig} asks for it: real files in {@code logPath} named
 * {@code <prefix>_<yyyy-MM-dd_HHmmss>_rtclog.log} (virtual time), holding the simulation's trace
 * lines at or above the configured level, at most 2 MB a file and {@code logFileSize} MB in all.
 *
 * <p>Writes are buffered: the file is flushed every {@value #FLUSH_EVERY} lines, when it rolls over,
 * when {@link #files()} is asked and on {@link #close()}. The log never throws into the SDK call
 * whose step it is writing: when the disk fails it stops writing, keeps the error
 * ({@link #failure()}) and records a HARNESS step {@code sdk-log-failed} in the trace.
 */
public final class SdkLogFile implements AutoCloseable {
    private static final Pattern PREFIX = Identifiers.ID;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final long FILE_BYTES = 2L * 1024 * 1024;
    /** Lines written between two flushes. */
    static final int FLUSH_EVERY = 256;

    private final Path dir;
    private final String prefix;
    private final LocalLogLevel level;
    private final long budgetBytes;
    private final Supplier<Instant> now;
    private final List<Path> files = new ArrayList<>();
    private final StringBuilder line = new StringBuilder(128);
    private Writer out;
    private long fileBytes;
    private long totalBytes;
    private int unflushed;
    private IOException failure;

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

    /** The files written so far (what was written to them is flushed first). */
    public synchronized List<Path> files() {
        if (out != null) {
            try {
                flush();
            } catch (IOException ex) {
                fail(ex);
            }
        }
        return List.copyOf(files);
    }

    /** The error that stopped the log, or null while it is writing (or was closed normally). */
    public synchronized IOException failure() {
        return failure;
    }

    /** Writes one trace step if its level is high enough; never throws. */
    public synchronized void accept(TraceEvent e) {
        if (out == null || !wanted(e.kind())) {
            return;
        }
        StringBuilder sb = line;
        sb.setLength(0);
        sb.append(levelOf(e.kind())).append(' ').append(e.format()).append('\n');
        long size = utf8Length(sb);
        if (totalBytes + size > budgetBytes) {
            return;
        }
        try {
            if (fileBytes + size > FILE_BYTES) {
                roll();
            }
            out.append(sb);
            fileBytes += size;
            totalBytes += size;
            if (++unflushed >= FLUSH_EVERY) {
                flush();
            }
        } catch (IOException | RuntimeException ex) {
            fail(ex instanceof IOException io ? io : new IOException(ex));
        }
    }

    /** Stops writing after an I/O error and says so in the trace; the SDK call goes on. */
    private void fail(IOException ex) {
        failure = ex;
        Writer w = out;
        out = null;
        if (w != null) {
            try {
                w.close();
            } catch (IOException | RuntimeException ignored) {
                // the log is already broken; the first error is the one kept
            }
        }
        TraceRecorder.recordFromListener(TraceKind.HARNESS, "sdk", "sdk-log-failed",
                "could not write the SDK log in " + dir + ", it is off from here: " + ex);
    }

    private void flush() throws IOException {
        unflushed = 0;
        out.flush();
    }

    private static long utf8Length(CharSequence s) {
        long n = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3; // a lone surrogate is written as '?' by the encoder, but counting 3 only errs on the safe side
            }
        }
        return n;
    }

    private boolean wanted(TraceKind kind) {
        return switch (level) {
            case INFO -> true;
            case WARNING -> kind == TraceKind.MISUSE || kind == TraceKind.HANDLER_ERROR;
            case ERROR -> kind == TraceKind.HANDLER_ERROR;
            case NONE -> false;
        };
    }

    private static char levelOf(TraceKind kind) {
        return kind == TraceKind.HANDLER_ERROR ? 'E' : kind == TraceKind.MISUSE ? 'W' : 'I';
    }

    private void roll() throws IOException {
        if (out != null) {
            Writer w = out;
            out = null;
            w.close();
        }
        String base = prefix + "_" + STAMP.format(now.get()) + "_rtclog";
        Path file = dir.resolve(base + ".log");
        for (int i = 1; Files.exists(file) || files.contains(file); i++) {
            file = dir.resolve(base + "." + i + ".log");
        }
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        files.add(file);
        fileBytes = 0;
        unflushed = 0;
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
