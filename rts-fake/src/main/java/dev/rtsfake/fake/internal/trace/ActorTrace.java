package dev.rtsfake.fake.internal.trace;

import dev.rtsfake.fake.trace.TraceKind;

/**
 * One actor's steps in the trace, of one kind: the cloud's {@code CLOUD} steps, for instance. The parts
 * of the simulator that write steps under a fixed name hold one of these instead of the recorder.
 */
public final class ActorTrace {
    private final TraceRecorder recorder;
    private final TraceKind kind;
    private final String actor;

    public ActorTrace(TraceRecorder recorder, TraceKind kind, String actor) {
        this.recorder = recorder;
        this.kind = kind;
        this.actor = actor;
    }

    /** Records one step of this actor (see {@link TraceRecorder#record}). */
    public void record(String what, Object result, Object... args) {
        recorder.record(kind, actor, what, result, args);
    }
}
