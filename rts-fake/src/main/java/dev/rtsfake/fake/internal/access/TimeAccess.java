package dev.rtsfake.fake.internal.access;

import dev.rtsfake.fake.time.VirtualClock;

/**
 * How the scheduler moves the public {@link dev.rtsfake.fake.time.VirtualClock}.
 * Installed once by {@link VirtualClock}'s class initializer: the public class keeps these members
 * package-private, so they are not part of the harness API, and hands them to the simulator here.
 */
public abstract class TimeAccess {
    private static volatile TimeAccess instance;

    /** Only the public class makes one. */
    protected TimeAccess() {
    }

    /** Installs the hook; called once, by {@link VirtualClock}. */
    public static void install(TimeAccess access) {
        Hooks.requireUnset(instance, TimeAccess.class);
        instance = access;
    }

    /** The hook, installing it first if {@link VirtualClock} was not initialized yet. */
    public static TimeAccess get() {
        TimeAccess access = instance;
        if (access == null) {
            Hooks.initialize(VirtualClock.class);
            access = instance;
        }
        return access;
    }

    /** Moves the clock forward to {@code targetNanos}; backwards is refused. */
    public abstract void moveTo(VirtualClock clock, long targetNanos);
}
