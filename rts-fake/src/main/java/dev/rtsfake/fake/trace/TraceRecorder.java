package dev.rtsfake.fake.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Appends steps to a simulation's trace. Thread-safe; cheap enough to leave on: a step is one small
 * record appended to a list.
 */
public final class TraceRecorder {
    private final LongSupplier clockNanos;
    private final long seed;
    private final List<TraceEvent> events = new ArrayList<>(1024);
    private boolean enabled = true;
    private volatile java.util.function.Consumer<TraceEvent> listener;

    /** A recorder stamping steps with {@code clockNanos}. */
    public TraceRecorder(LongSupplier clockNanos, long seed) {
        this.clockNanos = clockNanos;
        this.seed = seed;
    }

    /** Turns recording on or off (on by default). */
    public synchronized void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Records one step; {@code args} is taken as is, so pass immutable values only. */
    public void record(TraceKind kind, String actor, String name, Object result, Object... args) {
        List<Object> list = args.length == 0 ? List.of() : Collections.unmodifiableList(Arrays.asList(args));
        synchronized (this) {
            if (enabled) {
                TraceEvent e = new TraceEvent(events.size(), clockNanos.getAsLong(), kind, actor, name, list, result);
                events.add(e);
                java.util.function.Consumer<TraceEvent> l = listener;
                if (l != null) {
                    l.accept(e);
                }
            }
        }
    }

    /** Sets the one listener told of every step as it is recorded (the SDK log file uses it); null removes it. */
    public void setListener(java.util.function.Consumer<TraceEvent> listener) {
        this.listener = listener;
    }

    /** A copy of everything recorded so far. */
    public synchronized Trace snapshot() {
        return new Trace(events, seed);
    }

    /** Number of steps recorded so far. */
    public synchronized int size() {
        return events.size();
    }
}
