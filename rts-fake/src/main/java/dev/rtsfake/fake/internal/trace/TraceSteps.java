package dev.rtsfake.fake.internal.trace;

import dev.rtsfake.fake.trace.TraceEvent;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The steps of a snapshot: a read-only list over the recorder's chunks, from step {@code first}
 * for {@code size} steps. The slots it reads were all written before the snapshot was taken (under
 * the recorder's monitor) and are never written again, so reading them needs no lock. Each
 * {@link TraceEvent} is made on first access and kept.
 */
public final class TraceSteps extends AbstractList<TraceEvent> implements RandomAccess {
    private final long[][] times;
    private final Object[][] refs;
    private final long first;
    private final int size;
    private volatile TraceEvent[] made;

    /** The steps {@code first, first + size)}; {@code times[0]} and {@code refs[0]} hold the chunk of step {@code first}. */
    public TraceSteps(long[][] times, Object[][] refs, long first, int size) {
        this.times = times;
        this.refs = refs;
        this.first = first;
        this.size = size;
    }

    /** Sequence number of the first step (the number of earlier steps not held). */
    public long first() {
        return first;
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
            long seq = first + index;
            int c = (int) ((seq >>> TraceRecorder.CHUNK_SHIFT) - (first >>> TraceRecorder.CHUNK_SHIFT));
            int i = (int) seq & TraceRecorder.MASK;
            e = TraceRecorder.event(seq, times[c][i], refs[c], i * TraceRecorder.SLOTS);
            cache[index] = e;
        }
        return e;
    }

    @Override
    public int size() {
        return size;
    }
}
