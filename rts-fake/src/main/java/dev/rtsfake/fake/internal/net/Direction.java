package dev.rtsfake.fake.internal.net;

import dev.rtsfake.fake.internal.core.Simulation;
import dev.rtsfake.fake.net.HeldPacket;
import dev.rtsfake.fake.net.LossModel;
import dev.rtsfake.fake.net.Packet;
import dev.rtsfake.fake.net.PacketKind;
import dev.rtsfake.fake.net.Rule;
import dev.rtsfake.fake.net.RuleAction;
import dev.rtsfake.fake.trace.Latency;
import dev.rtsfake.fake.trace.TraceKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * One direction of a client's link to the cloud (up: client to cloud; down: cloud to client).
 *
 * <p>Every packet pays the latency plus a random share of the jitter. A packet can be lost (by the
 * loss model, or because the direction is cut or drops while the packet is on the wire): a reliable
 * packet is then sent again every retransmit interval until its deadline, and the receiving side
 * puts reliable packets back in sending order, so each arrives exactly once and in order or not at
 * all. Unreliable packets are sent once. While the direction is held, arriving packets wait where
 * the test can see them until it releases, delivers or drops them.
 *
 * <p>All methods run under the simulation lock.
 */
public final class Direction {
    private final Simulation sim;
    private final String name;
    private final SplittableRandom random;
    private long latencyNanos;
    private long jitterNanos;
    private LossModel loss = LossModel.none();
    private final boolean[] lossState = new boolean[1];
    private boolean cut;
    private int epoch;
    private boolean held;
    private final List<InFlight> parked = new ArrayList<>();
    private long nextReliableSeq;
    private long expectedSeq;
    /** Reliable packets that arrived ahead of their turn, by sequence number; made on first use, as are the next two. */
    private TreeMap<Long, InFlight> reorder;
    private Set<Long> abandoned;
    private long nextUnreliableSeq;
    /** Per stream (sender to receiver), the newest UNRELIABLE_ORDERED packet delivered. */
    private java.util.Map<String, Long> lastUnreliableOrdered;
    private Link link;
    private final boolean upstream;
    /** Null while open; once closed, the only kinds of packet still delivered. */
    private Set<PacketKind> closedExcept;

    public Direction(Simulation sim, String name, long latencyNanos, SplittableRandom random) {
        this.sim = sim;
        this.name = name;
        this.upstream = name.endsWith("/up");
        this.latencyNanos = latencyNanos;
        this.random = random;
    }

    public void attach(Link link) {
        this.link = link;
    }

    /** "alice/up" or "alice/down". */
    public String name() {
        return name;
    }

    /**
     * Sends a packet. {@code onArrival} runs when it arrives; {@code onGiveUp} (may be null) runs if
     * a reliable packet is still not through at {@code deadlineNanos}.
     */
    public void send(Packet packet, Runnable onArrival, Runnable onGiveUp, long deadlineNanos) {
        send(packet, onArrival, onGiveUp, deadlineNanos, null);
    }

    /**
     * Sends a packet as {@link #send(Packet, Runnable, Runnable, long)} does; {@code onFail} (may be
     * null) gives the sender a result code when a {@link Rule} fails the send.
     */
    public void send(Packet packet, Runnable onArrival, Runnable onGiveUp, long deadlineNanos, IntConsumer onFail) {
        InFlight f = new InFlight(packet, onArrival, onGiveUp, deadlineNanos, sim.now());
        if (packet.delivery() == Packet.Delivery.RELIABLE) {
            f.seq = nextReliableSeq++;
        } else {
            f.seq = nextUnreliableSeq++;
        }
        Rule rule = upstream ? link.rules().decide(packet, sim.now()) : null;
        if (rule != null) {
            applyRule(rule, f, onFail);
            return;
        }
        attempt(f);
    }

    private void applyRule(Rule rule, InFlight f, IntConsumer onFail) {
        sim.trace().record(TraceKind.NET, name, "rule", null, f.packet, rule.name());
        RuleAction action = rule.action();
        if (action instanceof RuleAction.Delay delay) {
            sim.schedule(delay.extra().toNanos(), () -> attempt(f));
        } else if (action instanceof RuleAction.Hold) {
            park(f);
        } else if (action instanceof RuleAction.Fail fail && onFail != null) {
            abandon(f);
            int code = fail.resultCode();
            long roundTrip = latencyNanos + link.down().latency().toNanos();
            sim.schedule(roundTrip, () -> onFail.accept(code));
        } else {
            abandon(f);
            if (f.onGiveUp != null) {
                sim.scheduler().scheduleAt(Math.max(f.deadline, sim.now()), false, f.onGiveUp);
            }
        }
    }

    /** Takes a packet out of the sending order for good, so later reliable packets are not held up. */
    private void abandon(InFlight f) {
        if (f.packet.delivery() != Packet.Delivery.RELIABLE) {
            return;
        }
        if (f.seq == expectedSeq) {
            expectedSeq++;
            flushInOrder();
        } else {
            abandoned().add(f.seq);
        }
    }

    /** Sends a reliable packet whose deadline is one message timeout from now. */
    public void send(Packet packet, Runnable onArrival) {
        send(packet, onArrival, null, sim.now() + sim.settings().messageTimeout().toNanos());
    }

    private void attempt(InFlight f) {
        if (cut || link.isDown() || LossModel.draw(loss, random, lossState)) {
            failed(f, cut || link.isDown() ? "link down" : "lost");
            return;
        }
        long delay = latencyNanos + (jitterNanos > 0 ? random.nextLong(jitterNanos + 1) : 0);
        f.attemptAt = sim.now();
        f.sentEpoch = epoch + link.epoch();
        // The packet is its own arrival step: no capturing lambda a hop.
        sim.schedule(delay, f);
    }

    private void arrive(InFlight f) {
        if (f.sentEpoch != epoch + link.epoch()) {
            failed(f, "link dropped in flight");
            return;
        }
        if (held) {
            park(f);
            return;
        }
        accept(f);
    }

    private void park(InFlight f) {
        parked.add(f);
        f.heldAt = sim.now();
        sim.trace().record(TraceKind.NET, name, "held", null, f.packet);
        // A packet still held at its deadline expires, so its sender hears TIMEOUT then (as after
        // any loss) rather than never. Background: a held packet does not keep runUntilIdle going.
        sim.scheduler().scheduleAt(Math.max(f.deadline, sim.now()), true, () -> expireHeld(f));
    }

    private void expireHeld(InFlight f) {
        if (!parked.remove(f)) {
            return;
        }
        sim.trace().record(TraceKind.NET, name, "expired-held", null, f.packet);
        if (f.packet.delivery() == Packet.Delivery.RELIABLE) {
            giveUp(f, "held past its deadline");
        } else if (f.onGiveUp != null) {
            f.onGiveUp.run();
        }
    }

    private void accept(InFlight f) {
        switch (f.packet.delivery()) {
            case RELIABLE -> {
                if (f.seq == expectedSeq) {
                    deliver(f);
                    expectedSeq++;
                    flushInOrder();
                } else if (f.seq > expectedSeq) {
                    if (reorder == null) {
                        reorder = new TreeMap<>();
                    }
                    reorder.put(f.seq, f);
                }
            }
            case UNRELIABLE_ORDERED -> {
                String stream = f.packet.from() + "->" + f.packet.to();
                if (lastUnreliableOrdered == null) {
                    lastUnreliableOrdered = new java.util.HashMap<>();
                }
                if (f.seq > lastUnreliableOrdered.getOrDefault(stream, -1L)) {
                    lastUnreliableOrdered.put(stream, f.seq);
                    deliver(f);
                } else {
                    sim.trace().record(TraceKind.NET, name, "discarded-stale", null, f.packet);
                    if (f.onGiveUp != null) {
                        // Discarded as good as lost: the sender hears TIMEOUT at its deadline.
                        sim.scheduler().scheduleAt(Math.max(f.deadline, sim.now()), false, f.onGiveUp);
                    }
                }
            }
            case UNRELIABLE_UNORDERED -> deliver(f);
        }
    }

    private Set<Long> abandoned() {
        if (abandoned == null) {
            abandoned = new HashSet<>();
        }
        return abandoned;
    }

    private void flushInOrder() {
        // Most deliveries come in order with nothing waiting: no boxing, no lookups then.
        while ((abandoned != null && !abandoned.isEmpty()) || (reorder != null && !reorder.isEmpty())) {
            if (abandoned != null && abandoned.remove(expectedSeq)) {
                expectedSeq++;
                continue;
            }
            InFlight next = reorder == null ? null : reorder.remove(expectedSeq);
            if (next == null) {
                return;
            }
            deliver(next);
            expectedSeq++;
        }
    }

    private void deliver(InFlight f) {
        if (closedExcept != null && !closedExcept.contains(f.packet.kind())) {
            sim.trace().record(TraceKind.NET, name, "discarded", null, f.packet, "sender destroyed");
            return;
        }
        if (sim.trace().enabled()) {
            // Checked first so that with the trace off a delivery builds no Latency nor argument array.
            sim.trace().record(TraceKind.NET, name, "deliver", null, f.packet, new Latency(sim.now() - f.attemptAt));
        }
        f.onArrival.run();
    }

    /**
     * Closes this direction for good: from now on a packet that would be delivered is dropped instead,
     * unless its kind is in {@code stillCarried}. Sequence numbers are consumed as usual, so the
     * packets still carried are not held up behind the dropped ones.
     */
    public void close(Set<PacketKind> stillCarried) {
        closedExcept = stillCarried.isEmpty() ? java.util.EnumSet.noneOf(PacketKind.class)
                : java.util.EnumSet.copyOf(stillCarried);
        sim.trace().record(TraceKind.NET, name, "closed", null, closedExcept);
    }

    private void failed(InFlight f, String why) {
        if (f.packet.delivery() != Packet.Delivery.RELIABLE) {
            sim.trace().record(TraceKind.NET, name, "dropped", null, f.packet, why);
            if (f.onGiveUp != null) {
                // The sender cannot know: it hears nothing until its own timeout.
                sim.scheduler().scheduleAt(Math.max(f.deadline, sim.now()), false, f.onGiveUp);
            }
            return;
        }
        long retryIn = sim.settings().retransmitInterval().toNanos();
        if (sim.now() + retryIn <= f.deadline) {
            sim.trace().record(TraceKind.NET, name, "lost", null, f.packet, why);
            sim.schedule(retryIn, () -> attempt(f));
        } else if (sim.now() < f.deadline) {
            // No time for another try: the sender still waits until its deadline to give up.
            sim.trace().record(TraceKind.NET, name, "lost", null, f.packet, why);
            sim.scheduler().scheduleAt(f.deadline, false, () -> giveUp(f, why));
        } else {
            giveUp(f, why);
        }
    }

    private void giveUp(InFlight f, String why) {
        sim.trace().record(TraceKind.NET, name, "gave-up", null, f.packet, why);
        if (f.seq == expectedSeq) {
            expectedSeq++;
            flushInOrder();
        } else {
            abandoned().add(f.seq);
        }
        if (f.onGiveUp != null) {
            f.onGiveUp.run();
        }
    }

    // ---- controls (the Network harness calls these) ----

    /** One-way latency of this direction. */
    public Duration latency() {
        return Duration.ofNanos(latencyNanos);
    }

    public void latency(Duration base, Duration jitter) {
        this.latencyNanos = base.toNanos();
        this.jitterNanos = jitter.toNanos();
    }

    /** The jitter: each packet waits a uniformly random extra share of it. */
    public Duration jitter() {
        return Duration.ofNanos(jitterNanos);
    }

    public void loss(LossModel model) {
        this.loss = model;
        this.lossState[0] = false;
    }

    /** The loss model in force. */
    public LossModel loss() {
        return loss;
    }

    /** Whether this direction alone is cut. */
    public boolean isCut() {
        return cut;
    }

    public void cut() {
        if (!cut) {
            cut = true;
            epoch++;
        }
    }

    public void heal() {
        cut = false;
    }

    /** Whether arriving packets are being held. */
    public boolean isHeld() {
        return held;
    }

    public void hold() {
        held = true;
    }

    public int release() {
        held = false;
        List<InFlight> all = new ArrayList<>(parked);
        parked.clear();
        for (InFlight f : all) {
            sim.trace().record(TraceKind.NET, name, "released", null, f.packet);
            accept(f);
        }
        return all.size();
    }

    /** The packets waiting while held, oldest first. */
    public List<HeldPacket> heldPackets() {
        List<HeldPacket> out = new ArrayList<>(parked.size());
        for (int i = 0; i < parked.size(); i++) {
            InFlight f = parked.get(i);
            out.add(new HeldPacket(name, i, f.packet, Duration.ofNanos(f.heldAt)));
        }
        return out;
    }

    public void deliverHeld(int index) {
        InFlight f = takeParked(index);
        sim.trace().record(TraceKind.NET, name, "released", null, f.packet);
        accept(f);
    }

    public void dropHeld(int index) {
        InFlight f = takeParked(index);
        failed(f, "dropped by the test");
    }

    private InFlight takeParked(int index) {
        if (index < 0 || index >= parked.size()) {
            throw new IllegalArgumentException("no held packet at index " + index + " on " + name
                    + ": " + parked.size() + " packet(s) are held; list them with heldPackets()");
        }
        return parked.remove(index);
    }

    /** A packet on its way; run as a step, it arrives (one attempt is on the wire at a time). */
    private final class InFlight implements Runnable {
        final Packet packet;
        final Runnable onArrival;
        final Runnable onGiveUp;
        final long deadline;
        final long sentAt;
        long seq;
        long heldAt;
        /** When the attempt now on the wire was sent. */
        long attemptAt;
        /** The direction's and link's epochs added, when the attempt on the wire was sent. */
        int sentEpoch;

        InFlight(Packet packet, Runnable onArrival, Runnable onGiveUp, long deadline, long sentAt) {
            this.packet = packet;
            this.onArrival = onArrival;
            this.onGiveUp = onGiveUp;
            this.deadline = deadline;
            this.sentAt = sentAt;
            this.attemptAt = sentAt;
        }

        @Override
        public void run() {
            arrive(this);
        }
    }
}
