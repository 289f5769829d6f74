package dev.rtsfake.fake.net;

import dev.rtsfake.fake.internal.access.NetAccess;
import dev.rtsfake.fake.internal.core.Simulation;
import dev.rtsfake.fake.internal.net.Direction;
import dev.rtsfake.fake.internal.net.Link;
import dev.rtsfake.fake.internal.net.RuleBook;
import dev.rtsfake.fake.time.TimeLimits;
import dev.rtsfake.fake.trace.TraceKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The simulated network between client engines and the cloud, and the verbs a test uses to break
 * it. Clients are named by uid once they have called login, or by engine name ("rts-1") at any
 * time. Verbs come in pairs: disconnect/reconnect, cut/heal, hold/release, outage/restore.
 *
 * <pre>{@code
 * cloud.network().disconnect("alice");
 * cloud.advance(Duration.ofSeconds(20));
 * cloud.network().reconnect("alice");
 * cloud.network().latency("bob", Duration.ofMillis(200), Duration.ofMillis(50));
 * cloud.network().loss("bob", LinkDirection.DOWN, LossModel.independent(0.2));
 * }</pre>
 *
 * <p>Typed faults ({@link Fault}) do the same as values that can be scheduled:
 * {@code cloud.network().schedule(Duration.ofSeconds(5), new Fault.Disconnect("alice"))}.
 *
 * <p>Latencies and jitters are at most 3,650 days, and a fault is scheduled no later than the end of
 * virtual time ({@link TimeLimits}); a verb given a value outside is refused with an
 * {@link IllegalArgumentException} before anything changes or reaches the trace. Once the cloud is
 * closed every verb throws {@link IllegalStateException}.
 */
public final class Network {
    static {
        NetAccess.install(new NetAccess() {
            @Override
            public Network newNetwork(Simulation sim) {
                return new Network(sim);
            }

            @Override
            public Link createLink(Network network, String engineName) {
                return network.createLink(engineName);
            }

            @Override
            public void nameByUid(Network network, String uid, Link link) {
                network.nameByUid(uid, link);
            }

            @Override
            public void retire(Network network, Link link, String uid) {
                network.retire(link, uid);
            }

            @Override
            public Link link(Network network, String who) {
                return network.link(who);
            }

            @Override
            public boolean inOutage(Network network) {
                return network.inOutage();
            }

            @Override
            public int outageEpoch(Network network) {
                return network.outageEpoch();
            }

            @Override
            public RuleBook ruleBook(Network network) {
                return network.ruleBook();
            }

            @Override
            public boolean matches(Match match, Packet packet, long nowNanos) {
                return match.matches(packet, nowNanos);
            }
        });
    }

    private final Simulation sim;
    private final Map<String, Link> byName = new LinkedHashMap<>();
    private final Map<String, Link> byUid = new LinkedHashMap<>();
    /** The uid each link is named by in {@link #byUid}, so renaming one touches no other. */
    private final Map<Link, String> uidOf = new IdentityHashMap<>();
    /** The links of the latest destroyed engines, oldest first, each with the uid it was named by (or null). */
    private final java.util.ArrayDeque<Map.Entry<Link, String>> retired = new java.util.ArrayDeque<>();
    /** Destroyed engines whose links stay nameable; older ones are forgotten, so engine churn has bounded memory. */
    public static final int RETIRED_KEPT = 1_000;
    /** How many known names an unknown-client error lists. */
    private static final int KNOWN_NAMES_SHOWN = 20;
    private long defaultLatencyNanos;
    private final RuleBook rules = new RuleBook();
    private boolean outage;
    private int outageEpoch;

    /** The network of one simulation. */
    Network(Simulation sim) {
        this.sim = sim;
        this.defaultLatencyNanos = sim.settings().latency().toNanos();
    }

    // ---- used by the simulation ----

    /** Creates the link of a new engine. */
    Link createLink(String engineName) {
        Link link = new Link(sim, this, engineName, defaultLatencyNanos, sim.randomFor("link:" + engineName));
        byName.put(engineName, link);
        return link;
    }

    /** Lets tests name a link by the uid its engine logged in with. */
    void nameByUid(String uid, Link link) {
        // An engine that logs in as someone else is no longer named by its earlier uid.
        String before = uidOf.put(link, uid);
        if (before != null && byUid.get(before) == link) {
            byUid.remove(before);
        }
        // The uid now names this link; the link it named before has no uid name any more.
        Link previous = byUid.put(uid, link);
        if (previous != null && previous != link) {
            uidOf.remove(previous);
        }
    }

    /**
     * Notes that the engine of {@code link} (named by {@code uid}, or null) was destroyed. Its link
     * stays nameable (a test may still act on it, and its last packets are still on the way) until
     * {@value #RETIRED_KEPT} more engines have been destroyed; then its names are forgotten, so that a
     * long run that creates and destroys engines does not keep them all.
     */
    void retire(Link link, String uid) {
        retired.addLast(Map.entry(link, uid == null ? "" : uid));
        if (retired.size() > RETIRED_KEPT) {
            Map.Entry<Link, String> old = retired.removeFirst();
            byName.remove(old.getKey().owner(), old.getKey());
            byUid.remove(old.getValue(), old.getKey());
            uidOf.remove(old.getKey());
        }
    }

    boolean inOutage() {
        return outage;
    }

    int outageEpoch() {
        return outageEpoch;
    }

    // ---- verbs ----

    /** Sets the one-way latency of both directions of a client's link (no jitter). */
    public void latency(String who, Duration latency) {
        latency(who, latency, Duration.ZERO);
    }

    /** Sets the one-way latency and jitter of both directions of a client's link. */
    public void latency(String who, Duration base, Duration jitter) {
        latency(who, LinkDirection.BOTH, base, jitter);
    }

    /** Sets the latency and jitter of one or both directions of a client's link. */
    public void latency(String who, LinkDirection direction, Duration base, Duration jitter) {
        TimeLimits.setting("latency", base, true);
        TimeLimits.setting("jitter", jitter, true);
        onDirections(who, direction, "latency", d -> d.latency(base, jitter), base, jitter);
    }

    /** Sets the latency links created from now on start with. */
    public void defaultLatency(Duration latency) {
        TimeLimits.setting("latency", latency, true);
        locked(() -> {
            defaultLatencyNanos = latency.toNanos();
            sim.trace().record(TraceKind.HARNESS, "network", "defaultLatency", null, latency);
        });
    }

    /** Sets the loss model of both directions of a client's link. */
    public void loss(String who, LossModel model) {
        loss(who, LinkDirection.BOTH, model);
    }

    /** Sets the loss model of one or both directions of a client's link. */
    public void loss(String who, LinkDirection direction, LossModel model) {
        if (model == null) {
            throw new IllegalArgumentException("loss model is null: pass LossModel.none() to stop losing packets");
        }
        onDirections(who, direction, "loss", d -> d.loss(model), model);
    }

    /** Disconnects a client: nothing crosses its link either way until {@link #reconnect}. */
    public void disconnect(String who) {
        onLink(who, "disconnect", Link::disconnect);
    }

    /** Reconnects a client disconnected with {@link #disconnect}. */
    public void reconnect(String who) {
        onLink(who, "reconnect", Link::reconnect);
    }

    /** Cuts one direction (or both) of a client's link, leaving the link itself up. */
    public void cut(String who, LinkDirection direction) {
        onDirections(who, direction, "cut", Direction::cut);
        locked(() -> link(who).changed());
    }

    /** Heals a direction cut with {@link #cut}. */
    public void heal(String who, LinkDirection direction) {
        onDirections(who, direction, "heal", Direction::heal);
        locked(() -> link(who).changed());
    }

    /** Holds packets arriving on a direction of a client's link until released. */
    public void hold(String who, LinkDirection direction) {
        onDirections(who, direction, "hold", Direction::hold);
    }

    /** Releases held packets, in the order they arrived; returns how many were released. */
    public int release(String who, LinkDirection direction) {
        int[] count = new int[1];
        onDirections(who, direction, "release", d -> count[0] += d.release());
        return count[0];
    }

    /** The packets held on one direction ({@code UP} or {@code DOWN}) of a client's link. */
    public List<HeldPacket> heldPackets(String who, LinkDirection direction) {
        sim.lock().lock();
        try {
            List<HeldPacket> out = new ArrayList<>();
            for (Direction d : directions(link(who), direction)) {
                out.addAll(d.heldPackets());
            }
            return out;
        } finally {
            sim.lock().unlock();
        }
    }

    /** Delivers one held packet now (by its index in {@link #heldPackets}). */
    public void deliverHeld(String who, LinkDirection direction, int index) {
        onDirections(who, single(direction), "deliverHeld", d -> d.deliverHeld(index), index);
    }

    /** Drops one held packet (a reliable one is then sent again, as after any loss). */
    public void dropHeld(String who, LinkDirection direction, int index) {
        onDirections(who, single(direction), "dropHeld", d -> d.dropHeld(index), index);
    }

    /** Takes the whole cloud down: no client can reach it until {@link #restore}. */
    public void outage() {
        locked(() -> {
            if (!outage) {
                outage = true;
                outageEpoch++;
            }
            sim.trace().record(TraceKind.HARNESS, "network", "outage", null);
            byName.values().forEach(Link::changed);
        });
    }

    /** Ends an {@link #outage}. */
    public void restore() {
        locked(() -> {
            outage = false;
            sim.trace().record(TraceKind.HARNESS, "network", "restore", null);
            byName.values().forEach(Link::changed);
        });
    }

    /** Whether the cloud is in an outage. */
    public boolean isInOutage() {
        return outage;
    }

    // ---- rules in RTS terms ----

    /** A rule in force; {@link #remove()} takes it out. */
    public final class RuleHandle {
        private final RuleBook.Entry entry;

        private RuleHandle(RuleBook.Entry entry) {
            this.entry = entry;
        }

        /** The rule. */
        public Rule rule() {
            return entry.rule;
        }

        /** How many sends it has matched so far. */
        public int matched() {
            return entry.seen;
        }

        /** Takes the rule out; sends from now on are carried normally. */
        public void remove() {
            locked(() -> {
                rules.remove(entry);
                sim.trace().record(TraceKind.HARNESS, "network", "removeRule", null, entry.rule.name());
            });
        }
    }

    /** Puts a rule in force for sends from now on; see {@link Rule}. */
    public RuleHandle addRule(Rule rule) {
        if (rule == null) {
            throw new IllegalArgumentException("rule is null: build one with Rule.when(match).then(action)");
        }
        RuleHandle[] handle = new RuleHandle[1];
        locked(() -> {
            handle[0] = new RuleHandle(rules.add(rule));
            sim.trace().record(TraceKind.HARNESS, "network", "addRule", null, rule.name());
        });
        return handle[0];
    }

    /** The rules in force, in the order they were added. */
    public List<Rule> rules() {
        sim.lock().lock();
        try {
            return rules.rules();
        } finally {
            sim.lock().unlock();
        }
    }

    RuleBook ruleBook() {
        return rules;
    }

    /** Applies a typed fault now. */
    public void apply(Fault fault) {
        fault.applyTo(this);
    }

    /**
     * Applies a fault after {@code delay} of virtual time.
     *
     * @throws IllegalArgumentException if the fault is null or {@code delay} would pass the end of virtual time
     */
    public void schedule(Duration delay, Fault fault) {
        requireFault(fault);
        locked(() -> {
            TimeLimits.untilEnd("delay", delay, sim.now());
            sim.trace().record(TraceKind.HARNESS, "network", "schedule", null, delay, fault);
            sim.scheduler().schedule(delay.toNanos(), () -> fault.applyTo(this));
        });
    }

    /**
     * Applies a fault at an instant of virtual time, given as time since the start of the
     * simulation ({@code cloud.elapsed()} reads the same scale).
     *
     * @throws IllegalArgumentException if that instant has already passed
     */
    public void scheduleAt(Duration sinceStart, Fault fault) {
        TimeLimits.sinceStart("sinceStart", sinceStart);
        requireFault(fault);
        long delay = sinceStart.toNanos() - sim.now();
        if (delay < 0) {
            throw new IllegalArgumentException("virtual time " + sinceStart + " has passed (it is "
                    + Duration.ofNanos(sim.now()) + " now); schedule faults for now or later, or use"
                    + " schedule(delay, fault) for a time relative to now");
        }
        schedule(Duration.ofNanos(delay), fault);
    }

    /** Applies a fault now and its opposite (reconnect for disconnect, ...) after {@code duration}. */
    public void during(Duration duration, Fault fault) {
        requireFault(fault);
        Fault undo = fault.inverse();
        if (undo == null) {
            throw new IllegalArgumentException(fault + " has no opposite to apply afterwards; schedule"
                    + " the faults one by one with schedule(delay, fault)");
        }
        TimeLimits.untilEnd("duration", duration, sim.now());
        apply(fault);
        schedule(duration, undo);
    }

    /** Applies each fault of a timeline at its offset from now; a timeline with a bad step is refused whole. */
    public void timeline(List<Fault.At> steps) {
        if (steps == null) {
            throw new IllegalArgumentException("timeline is null: pass a list of Fault.at(offset, fault)");
        }
        long now = sim.now();
        for (Fault.At step : steps) {
            if (step == null) {
                throw new IllegalArgumentException("a timeline step is null: build each with Fault.at(offset, fault)");
            }
            requireFault(step.fault());
            TimeLimits.untilEnd("the offset of " + step.fault(), step.offset(), now);
        }
        for (Fault.At step : steps) {
            schedule(step.offset(), step.fault());
        }
    }

    /** The link of a client, by uid or engine name. */
    Link link(String who) {
        Link l = who == null ? null : byUid.getOrDefault(who, byName.get(who));
        if (l == null) {
            throw new IllegalArgumentException("no client named '" + who + "' on this network; clients are"
                    + " named by the uid they logged in with or by engine name (of the destroyed engines, only the"
                    + " last " + RETIRED_KEPT + " are): " + knownNames());
        }
        return l;
    }

    /** Some of the names known, for an error message: the first few, then how many more. */
    private String knownNames() {
        List<String> names = new ArrayList<>();
        for (Map<String, Link> m : List.of(byUid, byName)) {
            for (String name : m.keySet()) {
                if (names.size() == KNOWN_NAMES_SHOWN) {
                    break;
                }
                names.add(name);
            }
        }
        int more = byUid.size() + byName.size() - names.size();
        return more > 0 ? names + " and " + more + " more" : names.toString();
    }

    private void onLink(String who, String verb, Consumer<Link> action) {
        locked(() -> {
            Link l = link(who);
            sim.trace().record(TraceKind.HARNESS, "network", verb, null, who);
            action.accept(l);
        });
    }

    private void onDirections(String who, LinkDirection direction, String verb, Consumer<Direction> action,
                              Object... details) {
        if (direction == null) {
            throw new IllegalArgumentException("direction is null: pass LinkDirection.UP, DOWN or BOTH");
        }
        locked(() -> {
            Link l = link(who);
            Object[] args = new Object[details.length + 2];
            args[0] = who;
            args[1] = direction;
            System.arraycopy(details, 0, args, 2, details.length);
            sim.trace().record(TraceKind.HARNESS, "network", verb, null, args);
            for (Direction d : directions(l, direction)) {
                action.accept(d);
            }
        });
    }

    private static List<Direction> directions(Link l, LinkDirection direction) {
        return switch (direction) {
            case UP -> List.of(l.up());
            case DOWN -> List.of(l.down());
            case BOTH -> List.of(l.up(), l.down());
        };
    }

    private static LinkDirection single(LinkDirection direction) {
        if (direction == LinkDirection.BOTH) {
            throw new IllegalArgumentException("held packets are per direction: pass LinkDirection.UP or DOWN");
        }
        return direction;
    }

    /** Runs a verb under the lock; refused once the cloud is closed. */
    private void locked(Runnable r) {
        sim.requireOpen("a network verb");
        sim.lock().lock();
        try {
            r.run();
        } finally {
            sim.lock().unlock();
        }
    }

    private static void requireFault(Fault fault) {
        if (fault == null) {
            throw new IllegalArgumentException("fault is null: pass one of the Fault records, e.g. new Fault.Disconnect(\"alice\")");
        }
    }
}
