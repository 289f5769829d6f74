package dev.rtsfake.fake.trace;

import dev.rtsfake.fake.internal.trace.TraceRecorder;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The whole trace streamed to a file as JSON lines while it is recorded (the builder's
 * {@code traceFile(path)}): one line per step, the same lines {@link Trace#writeJsonLines} writes,
 * every step included, however many the in-memory trace keeps. A trace listener: add it with
 * {@link TraceRecorder#addListener}.
 *
 * <p>Buffered, flushed every {@value #FLUSH_EVERY} lines and on {@link #close()}. It never throws
 * into the call whose step it writes: when the disk fails it stops writing, keeps the error
 * ({@link #failure()}) and records a HARNESS step {@code trace-file-failed}.
 */
public final class TraceFile implements Consumer<TraceEvent>, AutoCloseable {
    /** Lines written between two flushes. */
    static final int FLUSH_EVERY = 256;

    private final Path file;
    private final StringBuilder line = new StringBuilder(160);
    private Writer out;
    private int unflushed;
    private IOException failure;

    private TraceFile(Path file, Writer out) {
        this.file = file;
        this.out = out;
    }

    /** Creates (or empties) {@code file}, and the folders above it. */
    public static TraceFile open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new TraceFile(file, Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    /** The file written. */
    public Path path() {
        return file;
    }

    /** Writes one step; never throws. */
    @Override
    public synchronized void accept(TraceEvent e) {
        if (out == null) {
            return;
        }
        StringBuilder sb = line;
        sb.setLength(0);
        JsonLines.append(sb, e);
        sb.append('\n');
        try {
            out.append(sb);
            if (++unflushed >= FLUSH_EVERY) {
                unflushed = 0;
                out.flush();
            }
        } catch (IOException | RuntimeException ex) {
            fail(ex instanceof IOException io ? io : new IOException(ex));
        }
    }

    /** Writes what is buffered to the file. */
    public synchronized void flush() {
        if (out != null) {
            try {
                unflushed = 0;
                out.flush();
            } catch (IOException | RuntimeException ex) {
                fail(ex instanceof IOException io ? io : new IOException(ex));
            }
        }
    }

    /** The error that stopped the file, or null while it is writing (or was closed normally). */
    public synchronized IOException failure() {
        return failure;
    }

    private void fail(IOException ex) {
        failure = ex;
        Writer w = out;
        out = null;
        try {
            w.close();
        } catch (IOException | RuntimeException ignored) {
            // already broken; the first error is the one kept
        }
        TraceRecorder.recordFromListener(TraceKind.HARNESS, "harness", "trace-file-failed",
                "could not write the trace file " + file + ", it stops here: " + ex);
    }

    /** Flushes and closes the file; steps recorded afterwards are not written. */
    @Override
    public synchronized void close() {
        Writer w = out;
        out = null;
        if (w != null) {
            try {
                w.close();
            } catch (IOException ex) {
                failure = ex;
            }
        }
    }
}
