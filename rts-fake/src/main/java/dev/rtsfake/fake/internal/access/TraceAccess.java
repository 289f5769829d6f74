package dev.rtsfake.fake.internal.access;

import dev.rtsfake.fake.internal.trace.TraceSteps;
import dev.rtsfake.fake.trace.Trace;

/**
 * How the trace recorder makes the public {@link dev.rtsfake.fake.trace.Trace} snapshot over its steps. Installed once by {@link Trace}'s class initializer: the public class keeps these members
 * package-private, so they are not part of the harness API, and hands them to the simulator here.
 */
public abstract class TraceAccess {
    private static volatile TraceAccess instance;

    /** Only the public class makes one. */
    protected TraceAccess() {
    }

    /** Installs the hook; called once, by {@link Trace}. */
    public static void install(TraceAccess access) {
        Hooks.requireUnset(instance, TraceAccess.class);
        instance = access;
    }

    /** The hook, installing it first if {@link Trace} was not initialized yet. */
    public static TraceAccess get() {
        TraceAccess access = instance;
        if (access == null) {
            Hooks.initialize(Trace.class);
            access = instance;
        }
        return access;
    }

    /** A trace over steps the recorder made read-only already (no copy). */
    public abstract Trace snapshot(TraceSteps steps, long seed);
}
