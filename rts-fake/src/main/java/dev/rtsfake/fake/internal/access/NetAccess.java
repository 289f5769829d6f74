package dev.rtsfake.fake.internal.access;

import dev.rtsfake.fake.internal.core.Simulation;
import dev.rtsfake.fake.internal.net.Link;
import dev.rtsfake.fake.internal.net.RuleBook;
import dev.rtsfake.fake.net.Match;
import dev.rtsfake.fake.net.Network;
import dev.rtsfake.fake.net.Packet;

/**
 * How the simulator reaches the hidden parts of {@code dev.rtsfake.fake.net}: making the network, its links and their registry, and matching packets against rules. Installed once by {@link Network}'s class initializer: the public class keeps these members
 * package-private, so they are not part of the harness API, and hands them to the simulator here.
 */
public abstract class NetAccess {
    private static volatile NetAccess instance;

    /** Only the public class makes one. */
    protected NetAccess() {
    }

    /** Installs the hook; called once, by {@link Network}. */
    public static void install(NetAccess access) {
        Hooks.requireUnset(instance, NetAccess.class);
        instance = access;
    }

    /** The hook, installing it first if {@link Network} was not initialized yet. */
    public static NetAccess get() {
        NetAccess access = instance;
        if (access == null) {
            Hooks.initialize(Network.class);
            access = instance;
        }
        return access;
    }

    /** A new network of one simulation. */
    public abstract Network newNetwork(Simulation sim);

    /** A new link for an engine, registered by its name. */
    public abstract Link createLink(Network network, String engineName);

    /** Registers (or moves) a link under the uid it logged in as. */
    public abstract void nameByUid(Network network, String uid, Link link);

    /** Forgets a destroyed engine's link (kept among the last retired ones). */
    public abstract void retire(Network network, Link link, String uid);

    /** The link of an engine, by engine name or uid. */
    public abstract Link link(Network network, String who);

    /** Whether the whole network is in an outage. */
    public abstract boolean inOutage(Network network);

    /** How many outages have started: part of every link's epoch. */
    public abstract int outageEpoch(Network network);

    /** The network's rules. */
    public abstract RuleBook ruleBook(Network network);

    /** Whether a packet sent at {@code nowNanos} matches. */
    public abstract boolean matches(Match match, Packet packet, long nowNanos);
}
