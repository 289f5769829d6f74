package dev.rtsfake.fake.trace;

import java.util.Arrays;
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
 * <p>With recording off ({@link #setEnabled}), {@link #record} returns before doing anything.
 */
public final class TraceRecorder {
    /** Steps per chunk; a power of two. */
    static final int CHUNK_SHIFT = 12;
    static final int CHUNK = 1 << CHUNK_SHIFT;
    static final int MASK = CHUNK - 1;
    /** Object slots per step: kind, actor, name, result, args. */
    static final int SLOTS = 5;
    static final Object[] NO_ARGS = new Object[0];
    /** The recorder whose listener this thread is running, if any. */
    private static final ThreadLocal<TraceRecorder> TELLING = new ThreadLocal<>();

    private final LongSupplier clockNanos;
    private final long seed;
    private long[][] times = new long[4][];
    private Object[][] refs = new Object[4][];
    private long[] timeChunk;
    private Object[] refChunk;
    private int size;
    private volatile boolean enabled = true;
    private volatile Consumer<TraceEvent> listener;

    /** A recorder stamping steps with {@code clockNanos}. */
    public TraceRecorder(LongSupplier clockNanos, long seed) {
        this.clockNanos = clockNanos;
        this.seed = seed;
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

    /** Records one step; {@code args} is taken as is, so pass immutable values only. */
    public void record(TraceKind kind, String actor, String name, Object result, Object... args) {
        if (!enabled) {
            return;
        }
        synchronized (this) {
            if (!enabled) {
                return;
            }
            int seq = size;
            int i = seq & MASK;
            if (i == 0) {
                addChunk(seq >>> CHUNK_SHIFT);
            }
            long at = clockNanos.getAsLong();
            timeChunk[i] = at;
            Object[] r = refChunk;
            int b = i * SLOTS;
            Object[] a = args == null || args.length == 0 ? NO_ARGS : args;
            r[b] = kind;
            r[b + 1] = actor;
            r[b + 2] = name;
            r[b + 3] = result;
            r[b + 4] = a;
            size = seq + 1;
            Consumer<TraceEvent> l = listener;
            if (l != null) {
                tell(l, event(seq, at, r, b));
            }
        }
    }

    /** Tells the listener of one step; a listener that throws is removed and its failure recorded. */
    private void tell(Consumer<TraceEvent> l, TraceEvent event) {
        TraceRecorder outer = TELLING.get();
        TELLING.set(this);
        try {
            l.accept(event);
        } catch (RuntimeException | AssertionError failure) {
            if (listener == l) {
                listener = null;
            }
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

    private void addChunk(int index) {
        if (index == times.length) {
            times = Arrays.copyOf(times, index * 2);
            refs = Arrays.copyOf(refs, index * 2);
        }
        timeChunk = new long[CHUNK];
        refChunk = new Object[CHUNK * SLOTS];
        times[index] = timeChunk;
        refs[index] = refChunk;
    }

    static TraceEvent event(int seq, long at, Object[] r, int b) {
        Object[] a = (Object[]) r[b + 4];
        return new TraceEvent(seq, at, (TraceKind) r[b], (String) r[b + 1], (String) r[b + 2],
                TraceEvent.argList(a), r[b + 3]);
    }

    /**
     * Sets the one listener told of every step as it is recorded (the SDK log file uses it); null
     * removes it. A listener that throws is removed, and a HARNESS step {@code trace-listener-failed}
     * records why; the call that was being recorded goes on.
     */
    public void setListener(Consumer<TraceEvent> listener) {
        this.listener = listener;
    }

    /** Everything recorded so far, as an immutable trace; later steps do not appear in it. */
    public synchronized Trace snapshot() {
        int chunks = (size + MASK) >>> CHUNK_SHIFT;
        return new Trace(new Steps(Arrays.copyOf(times, chunks), Arrays.copyOf(refs, chunks), size), seed);
    }

    /** Number of steps recorded so far. */
    public synchronized int size() {
        return size;
    }

    /**
     * The steps of a snapshot: a read-only list over the recorder's chunks up to a fixed size. The
     * slots it reads were all written before the snapshot was taken (under the recorder's monitor)
     * and are never written again, so reading them needs no lock. Each {@link TraceEvent} is made on
     * first access and kept.
     */
    static final class Steps extends java.util.AbstractList<TraceEvent> implements java.util.RandomAccess {
        private final long[][] times;
        private final Object[][] refs;
        private final int size;
        private volatile TraceEvent[] made;

        Steps(long[][] times, Object[][] refs, int size) {
            this.times = times;
            this.refs = refs;
            this.size = size;
        }

        @Override
        public TraceEvent get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("step " + index + " of a trace of " + size);
            }
            TraceEvent[] cache = made;
            if (cache == null) {
                cache = new TraceEvent[size];
                made = cache;
            }
            TraceEvent e = cache[index];
            if (e == null) {
                int c = index >>> CHUNK_SHIFT;
                int i = index & MASK;
                e = event(index, times[c][i], refs[c], i * SLOTS);
                cache[index] = e;
            }
            return e;
        }

        @Override
        public int size() {
            return size;
        }
    }
}
