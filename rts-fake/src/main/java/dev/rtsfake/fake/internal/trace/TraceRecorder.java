package dev.rtsfake.fake.internal.trace;

import dev.rtsfake.fake.internal.access.TraceAccess;
import dev.rtsfake.fake.trace.ClippedText;
import dev.rtsfake.fake.trace.Trace;
import dev.rtsfake.fake.trace.TraceEvent;
import dev.rtsfake.fake.trace.TraceKind;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Appends steps to a simulation's trace. Thread-safe; cheap enough to leave on.
 *
 * <p>A step is stored compactly, not as an object of its own: its time in a {@code long[]} chunk and
 * its kind, actor, name, result and arguments in five slots of an {@code Object[]} chunk. Chunks are
 * only ever appended to, and a slot is never written again once a step is recorded, so a
 * {@link #snapshot()} is a view over the chunks up to the size at that moment: it costs one small
 * array copy, and {@link TraceEvent} objects are made only when a test reads them.
 *
 * <p>Bounded: the recorder keeps the last {@link #keep()} steps (whole chunks of older steps are let
 * go as new chunks start, so at most one chunk more is held), and a snapshot says how many earlier
 * steps it no longer holds ({@link Trace#dropped()}). A string argument of more than 256 chars is
 * kept as a {@link ClippedText}. Listeners ({@link #addListener}) are told of every step as it is
 * recorded, kept or not.
 *
 * <p>With recording off ({@link #setEnabled}), {@link #record} returns before doing anything.
 */
public final class TraceRecorder {
    private static final TraceAccess TRACE = TraceAccess.get();

    /** Steps per chunk; a power of two. */
    public static final int CHUNK_SHIFT = 12;
    public static final int CHUNK = 1 << CHUNK_SHIFT;
    public static final int MASK = CHUNK - 1;
    /** Object slots per step: kind, actor, name, result, args. */
    public static final int SLOTS = 5;
    public static final Object[] NO_ARGS = new Object[0];
    @SuppressWarnings("unchecked")
    private static final Consumer<TraceEvent>[] NO_LISTENERS = (Consumer<TraceEvent>[]) new Consumer<?>[0];
    /** The recorder whose listener this thread is running, if any. */
    private static final ThreadLocal<TraceRecorder> TELLING = new ThreadLocal<>();

    private final LongSupplier clockNanos;
    private final long seed;
    private final int keep;
    /** Slot k holds chunk number {@code firstChunk + k}; {@code chunks} slots are in use. */
    private long[][] times = new long[4][];
    private Object[][] refs = new Object[4][];
    private int chunks;
    private long firstChunk;
    private long[] timeChunk;
    private Object[] refChunk;
    /** Steps recorded so far, dropped ones included. */
    private long size;
    private volatile boolean enabled = true;
    private volatile Consumer<TraceEvent>[] listeners = NO_LISTENERS;

    /** A recorder stamping steps with {@code clockNanos} that keeps every step. */
    public TraceRecorder(LongSupplier clockNanos, long seed) {
        this(clockNanos, seed, Integer.MAX_VALUE);
    }

    /** A recorder stamping steps with {@code clockNanos} that keeps the last {@code keep} steps (zero or more). */
    public TraceRecorder(LongSupplier clockNanos, long seed, int keep) {
        if (keep < 0) {
            throw new IllegalArgumentException("a trace keeps zero or more steps, not " + keep);
        }
        this.clockNanos = clockNanos;
        this.seed = seed;
        this.keep = keep;
    }

    /** How many of the latest steps a snapshot holds at most. */
    public int keep() {
        return keep;
    }

    /** Turns recording on or off (on by default). */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Whether recording is on; a caller may check it to skip building the arguments of a step (a
     * hint only: {@link #record} checks it again).
     */
    public boolean enabled() {
        return enabled;
    }

    /**
     * Records one step; {@code args} is taken as is (a string longer than 256 chars in it is replaced
     * by its {@link ClippedText}), so pass immutable values only.
     */
    public void record(TraceKind kind, String actor, String name, Object result, Object... args) {
        if (!enabled) {
            return;
        }
        Object[] a = args == null || args.length == 0 ? NO_ARGS : args;
        for (int k = 0; k < a.length; k++) {
            if (a[k] instanceof String s && s.length() > TraceText.KEEP_CHARS) {
                a[k] = ClippedText.keep(s);
            }
        }
        Object res = result instanceof String s && s.length() > TraceText.KEEP_CHARS ? ClippedText.keep(s) : result;
        synchronized (this) {
            if (!enabled) {
                return;
            }
            long seq = size;
            int i = (int) seq & MASK;
            if (i == 0) {
                addChunk(seq);
            }
            long at = clockNanos.getAsLong();
            timeChunk[i] = at;
            Object[] r = refChunk;
            int b = i * SLOTS;
            r[b] = kind;
            r[b + 1] = actor;
            r[b + 2] = name;
            r[b + 3] = res;
            r[b + 4] = a;
            size = seq + 1;
            Consumer<TraceEvent>[] told = listeners;
            if (told.length > 0) {
                TraceEvent event = event(seq, at, r, b);
                for (Consumer<TraceEvent> l : told) {
                    tell(l, event);
                }
            }
        }
    }

    /** Tells a listener of one step; a listener that throws is removed and its failure recorded. */
    private void tell(Consumer<TraceEvent> l, TraceEvent event) {
        TraceRecorder outer = TELLING.get();
        TELLING.set(this);
        try {
            l.accept(event);
        } catch (RuntimeException | AssertionError failure) {
            removeListener(l);
            record(TraceKind.HARNESS, "harness", "trace-listener-failed", null, String.valueOf(failure));
        } finally {
            TELLING.set(outer);
        }
    }

    /**
     * For a listener, while it is being told of a step: records a step about the listener itself
     * (the SDK log file notes here that it could not write and has stopped), in the trace of the
     * recorder telling it. A listener must never throw into the call being recorded, so this is how
     * it reports. Outside a listener call it records nothing and returns false.
     */
    public static boolean recordFromListener(TraceKind kind, String actor, String name, Object... args) {
        TraceRecorder r = TELLING.get();
        if (r == null) {
            return false;
        }
        r.record(kind, actor, name, null, args);
        return true;
    }

    /** Starts the chunk of step {@code seq}, first letting go of chunks that hold only steps no longer kept. */
    private void addChunk(long seq) {
        long keptFrom = seq + 1 - keep;
        int drop = 0;
        while (drop < chunks && (firstChunk + drop + 1) << CHUNK_SHIFT <= keptFrom) {
            drop++;
        }
        if (drop > 0) {
            System.arraycopy(times, drop, times, 0, chunks - drop);
            System.arraycopy(refs, drop, refs, 0, chunks - drop);
            Arrays.fill(times, chunks - drop, chunks, null);
            Arrays.fill(refs, chunks - drop, chunks, null);
            chunks -= drop;
            firstChunk += drop;
        }
        if (chunks == 0) {
            firstChunk = seq >>> CHUNK_SHIFT;
        }
        if (chunks == times.length) {
            times = Arrays.copyOf(times, chunks * 2);
            refs = Arrays.copyOf(refs, chunks * 2);
        }
        timeChunk = new long[CHUNK];
        refChunk = new Object[CHUNK * SLOTS];
        times[chunks] = timeChunk;
        refs[chunks] = refChunk;
        chunks++;
    }

    public static TraceEvent event(long seq, long at, Object[] r, int b) {
        Object[] a = (Object[]) r[b + 4];
        return new TraceEvent(seq, at, (TraceKind) r[b], (String) r[b + 1], (String) r[b + 2],
                argList(a), r[b + 3]);
    }

    /**
     * Adds a listener told of every step as it is recorded (kept or not), on the thread recording
     * it, while the recorder's lock is held: it must be quick and must not call the simulation. A
     * listener that throws is removed, and a HARNESS step {@code trace-listener-failed} records why;
     * the call that was being recorded goes on.
     */
    public synchronized void addListener(Consumer<TraceEvent> listener) {
        if (listener == null) {
            throw new IllegalArgumentException("listener is null");
        }
        Consumer<TraceEvent>[] now = Arrays.copyOf(listeners, listeners.length + 1);
        now[now.length - 1] = listener;
        listeners = now;
    }

    /** Removes a listener added before (the same object); a no-op for one that is not there. */
    public synchronized void removeListener(Consumer<TraceEvent> listener) {
        Consumer<TraceEvent>[] now = listeners;
        for (int i = 0; i < now.length; i++) {
            if (now[i] == listener) {
                Consumer<TraceEvent>[] less = Arrays.copyOf(now, now.length - 1);
                System.arraycopy(now, i + 1, less, i, now.length - i - 1);
                listeners = less;
                return;
            }
        }
    }

    /** The latest steps recorded so far (at most {@link #keep()}), as an immutable trace; later steps do not appear in it. */
    public synchronized Trace snapshot() {
        long first = chunks == 0 ? size : Math.max(firstChunk << CHUNK_SHIFT, size - keep);
        int n = (int) (size - first);
        if (n == 0) {
            return TRACE.snapshot(new TraceSteps(new long[0][], new Object[0][], first, 0), seed);
        }
        int from = (int) ((first >>> CHUNK_SHIFT) - firstChunk);
        int to = (int) (((size - 1) >>> CHUNK_SHIFT) - firstChunk) + 1;
        return TRACE.snapshot(new TraceSteps(Arrays.copyOfRange(times, from, to), Arrays.copyOfRange(refs, from, to),
                first, n), seed);
    }

    /** Number of steps recorded so far, the ones no longer kept included. */
    public synchronized long recorded() {
        return size;
    }
    /** The arguments as the record holds them: an unmodifiable view of {@code args}, which is never changed. */
    private static List<Object> argList(Object[] args) {
        return args == null || args.length == 0 ? List.of() : Collections.unmodifiableList(Arrays.asList(args));
    }
}
