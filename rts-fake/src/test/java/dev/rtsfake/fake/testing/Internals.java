package dev.rtsfake.fake.testing;

import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.internal.access.EngineAccess;
import dev.rtsfake.fake.internal.access.NetAccess;
import dev.rtsfake.fake.internal.core.CallbackTarget;
import dev.rtsfake.fake.internal.net.Link;
import dev.rtsfake.fake.net.Network;

/**
 * What tests inspect inside the harness, reached through the internal access hooks (the public API
 * does not show it): an engine's link, a network's link by name, an engine's callback target.
 */
public final class Internals {
    private Internals() {
    }

    /** The engine's link to the cloud. */
    public static Link link(FakeRTS engine) {
        return EngineAccess.get().link(engine);
    }

    /** The link of an engine, by engine name or uid; an unknown one throws as the network's verbs do. */
    public static Link link(Network network, String who) {
        return NetAccess.get().link(network, who);
    }

    /** What the simulation delivers the engine's callbacks to. */
    public static CallbackTarget callbacks(FakeRTS engine) {
        return EngineAccess.get().callbacks(engine);
    }
}
