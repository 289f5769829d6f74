package dev.rtsfake.fake.internal.access;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.internal.core.CallbackTarget;
import dev.rtsfake.fake.internal.engine.EngineHost;
import dev.rtsfake.fake.internal.net.Link;
import org.json.JSONObject;

/**
 * How the simulator reaches the hidden parts of {@code dev.rtsfake.fake.engine}: making an engine, its link, and what receives its callbacks. Installed once by {@link FakeRTS}'s class initializer: the public class keeps these members
 * package-private, so they are not part of the harness API, and hands them to the simulator here.
 */
public abstract class EngineAccess {
    private static volatile EngineAccess instance;

    /** Only the public class makes one. */
    protected EngineAccess() {
    }

    /** Installs the hook; called once, by {@link FakeRTS}. */
    public static void install(EngineAccess access) {
        Hooks.requireUnset(instance, EngineAccess.class);
        instance = access;
    }

    /** The hook, installing it first if {@link FakeRTS} was not initialized yet. */
    public static EngineAccess get() {
        EngineAccess access = instance;
        if (access == null) {
            Hooks.initialize(FakeRTS.class);
            access = instance;
        }
        return access;
    }

    /** A new engine of the host's cloud. */
    public abstract FakeRTS newEngine(EngineHost host, String name, String appId, IRTSEventHandler handler,
            JSONObject parameters);

    /** The engine's link to the cloud. */
    public abstract Link link(FakeRTS engine);

    /** What the simulation delivers the engine's callbacks to (its rooms' too, through it). */
    public abstract CallbackTarget callbacks(FakeRTS engine);
}
