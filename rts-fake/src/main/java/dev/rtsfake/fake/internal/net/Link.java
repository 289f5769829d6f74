package dev.rtsfake.fake.internal.net;

import dev.rtsfake.fake.internal.access.NetAccess;
import dev.rtsfake.fake.internal.core.Simulation;
import dev.rtsfake.fake.net.Network;
import dev.rtsfake.fake.net.PacketKind;
import java.util.SplittableRandom;

/**
 * One client engine's connection to the cloud: a direction each way, plus the state they share
 * (disconnected, or cut off by a cloud-wide outage).
 */
public final class Link {
    private static final NetAccess NET = NetAccess.get();

    /** Told when a link's reachability may have changed. */
    public interface Observer {
        /** Called under the simulation lock after a fault or repair touched this link. */
        void reachabilityChanged(Link link);
    }

    private final String owner;
    private final Direction up;
    private final Direction down;
    private final Network network;
    private boolean disconnected;
    private int epoch;
    private Observer observer;

    public Link(Simulation sim, Network network, String owner, long latencyNanos, SplittableRandom random) {
        this.owner = owner;
        this.network = network;
        this.up = new Direction(sim, owner + "/up", latencyNanos, random.split());
        this.down = new Direction(sim, owner + "/down", latencyNanos, random.split());
        up.attach(this);
        down.attach(this);
    }

    /** The engine this link belongs to ("rts-1"). */
    public String owner() {
        return owner;
    }

    /** Client to cloud. */
    public Direction up() {
        return up;
    }

    /** Cloud to client. */
    public Direction down() {
        return down;
    }

    /** Sets who hears about reachability changes (the engine). */
    public void observe(Observer observer) {
        this.observer = observer;
    }

    /** Whether the link is disconnected or the cloud is in an outage. */
    public boolean isDown() {
        return disconnected || NET.inOutage(network);
    }

    /** Whether a request could reach the cloud and its answer come back right now. */
    public boolean canReachCloud() {
        return !isDown() && !up.isCut() && !down.isCut();
    }

    /** Whether the test disconnected this link. */
    public boolean isDisconnected() {
        return disconnected;
    }

    /**
     * Closes the up direction for good, as when its engine is destroyed: packets still on their way
     * (sent, retransmitting, held or waiting to be put back in order) are dropped when they would
     * reach the cloud, except those of the kinds in {@code stillCarried} (the engine's goodbyes).
     */
    public void closeUp(java.util.Set<PacketKind> stillCarried) {
        up.close(stillCarried);
    }

    public RuleBook rules() {
        return NET.ruleBook(network);
    }

    public int epoch() {
        return epoch + NET.outageEpoch(network);
    }

    public void disconnect() {
        if (!disconnected) {
            disconnected = true;
            epoch++;
        }
        changed();
    }

    public void reconnect() {
        disconnected = false;
        changed();
    }

    public void changed() {
        if (observer != null) {
            observer.reachabilityChanged(this);
        }
    }
}
