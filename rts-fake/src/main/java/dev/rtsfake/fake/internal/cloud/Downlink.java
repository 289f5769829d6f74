package dev.rtsfake.fake.internal.cloud;

import dev.rtsfake.fake.internal.core.Simulation;
import dev.rtsfake.fake.internal.trace.ActorTrace;
import dev.rtsfake.fake.net.Packet;
import dev.rtsfake.fake.net.PacketKind;
import dev.rtsfake.fake.trace.TraceKind;

/**
 * What the cloud sends a client over its down link: answers to the client's requests, and notices it
 * sends a session on its own, stamped with the session's number. Also the cloud's steps in the trace.
 */
final class Downlink {
    /** The cloud's name in the trace and as the sender of its own packets. */
    static final String CLOUD = "cloud";

    private final Simulation sim;
    private final ActorTrace steps;

    Downlink(Simulation sim) {
        this.sim = sim;
        this.steps = new ActorTrace(sim.trace(), TraceKind.CLOUD, CLOUD);
    }

    /** The cloud's steps in the trace. */
    ActorTrace steps() {
        return steps;
    }

    /** A packet to a client, reliable, with no deadline. */
    void down(ClientPort port, Packet packet, Runnable onArrival) {
        port.link().down().send(packet, onArrival);
    }

    /**
     * The answer to a client's request, back over its down link. The client gives up at the
     * request's deadline and then ignores the answer, so the link stops trying then too.
     */
    void answer(ClientPort port, PacketKind kind, String uid, long deadline, Runnable onArrival) {
        port.link().down().send(Packet.reliable(kind, CLOUD, uid, 0), onArrival, null, Math.max(deadline, sim.now()));
    }

    /** The session is told it was kicked (another login) or invalidated ({@code invalidated}). */
    void kick(Session s, boolean invalidated) {
        ClientPort port = s.port;
        int stamp = s.generation;
        down(port, Packet.reliable(PacketKind.KICK, CLOUD, s.uid, 0),
                invalidated ? () -> port.sessionInvalidated(stamp) : () -> port.kicked(stamp));
    }

    /** Something the cloud tells a session on its own about a room, stamped with the session's number. */
    void notice(Session to, String from, Notice notice) {
        ClientPort p = to.port;
        int stamp = to.generation;
        down(p, Packet.reliable(PacketKind.ROOM_NOTICE, from, to.uid, 0), () -> notice.deliver(p, stamp));
    }

    /** A room notice to one session. */
    interface Notice {
        void deliver(ClientPort port, int stamp);
    }
}
