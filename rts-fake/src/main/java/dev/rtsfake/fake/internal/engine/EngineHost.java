package dev.rtsfake.fake.internal.engine;

import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.internal.cloud.CloudService;
import dev.rtsfake.fake.internal.core.Simulation;
import dev.rtsfake.fake.net.Network;

/**
 * What an engine needs from the simulated cloud that owns it: the simulation, the service, the
 * network, and a way to leave the cloud's list of live engines.
 */
public interface EngineHost {
    /** The shared simulation. */
    Simulation simulation();

    /** The cloud's service side. */
    CloudService service();

    /** The simulated network. */
    Network network();

    /**
     * Called under the simulation lock when an engine starts a login as {@code engine.uid()};
     * {@code previousUid} is the uid of its login before (null for its first).
     */
    void engineLoggedIn(FakeRTS engine, String previousUid);

    /** Called once when an engine is destroyed. */
    void engineDestroyed(FakeRTS engine);
}
