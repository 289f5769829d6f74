package dev.rtsfake.fake.engine;

import dev.rtsfake.fake.internal.core.Simulation;
import dev.rtsfake.fake.internal.time.ScheduledEvent;
import java.util.Set;

/**
 * One request of an engine waiting for its answer (join, leave, setServerParams, a peer query).
 * Whatever happens on the way, it ends exactly once: by its real answer, or by giving up at its
 * deadline (one message timeout after the call, covering the request and the answer); whichever
 * comes second is ignored. Runs under the simulation lock.
 */
final class PendingRequest {
    private final Simulation sim;
    private final Set<PendingRequest> open;
    private ScheduledEvent giveUp;
    private boolean settled;

    /** A request of an engine; {@code open} is the engine's set of requests still waiting. */
    PendingRequest(Simulation sim, Set<PendingRequest> open) {
        this.sim = sim;
        this.open = open;
        open.add(this);
    }

    /** {@code onGiveUp} runs at {@code deadline} unless the request is settled first. */
    void giveUpAt(long deadline, Runnable onGiveUp) {
        giveUp = sim.scheduler().scheduleAt(Math.max(deadline, sim.now()), false, () -> {
            giveUp = null;
            if (settle()) {
                onGiveUp.run();
            }
        });
    }

    /** Ends the request; true the first time only (the caller then acts on the answer). */
    boolean settle() {
        if (settled) {
            return false;
        }
        settled = true;
        open.remove(this);
        if (giveUp != null) {
            sim.scheduler().cancel(giveUp);
            giveUp = null;
        }
        return true;
    }

    /** Whether neither the answer nor the give-up has come yet. */
    boolean isOpen() {
        return !settled;
    }
}
