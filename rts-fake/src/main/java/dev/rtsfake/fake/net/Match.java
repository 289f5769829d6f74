package dev.rtsfake.fake.net;

import dev.rtsfake.fake.time.TimeLimits;
import java.time.Duration;
import java.util.Set;

/**
 * What a {@link Rule} looks for, in RTS terms: a kind of send, optionally narrowed to a sender, a
 * receiver or room, its n-th occurrence, or sends after an instant of virtual time.
 *
 * @param kinds the kinds of packet that match
 * @param from the sending uid, or null for any
 * @param to the receiving uid or room id, or null for any
 * @param nth 0 to match every occurrence, n to match only the n-th (counted from 1, from when the rule was added)
 * @param after virtual time since the start before which nothing matches, or null
 */
public record Match(Set<PacketKind> kinds, String from, String to, int nth, Duration after) {
    private static final Set<PacketKind> SENDS = Set.of(PacketKind.LOGIN, PacketKind.LOGOUT,
            PacketKind.SERVER_PARAMS, PacketKind.PEER_QUERY, PacketKind.P2P, PacketKind.TO_SERVER,
            PacketKind.JOIN, PacketKind.LEAVE, PacketKind.BROADCAST);

    /** Checks the kinds (client sends only), nth and after. */
    public Match {
        kinds = Set.copyOf(kinds);
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("a match needs at least one kind of send");
        }
        for (PacketKind kind : kinds) {
            if (!SENDS.contains(kind)) {
                throw new IllegalArgumentException("rules act on what a client sends, and " + kind
                        + " is not a client send; match what a client sends (Match.login(), p2p(),"
                        + " broadcast(roomId), serverMessage(), anySend(), or a set of LOGIN, LOGOUT, JOIN, LEAVE,"
                        + " SERVER_PARAMS, PEER_QUERY...), and break the cloud's side with the network verbs"
                        + " (hold, cut, loss) instead");
            }
        }
        if (nth < 0) {
            throw new IllegalArgumentException("nth counts from 1 (0 means every occurrence), was " + nth);
        }
        if (after != null) {
            TimeLimits.sinceStart("after", after);
        }
    }

    /** Login requests (first logins and automatic re-logins). */
    public static Match login() {
        return new Match(Set.of(PacketKind.LOGIN), null, null, 0, null);
    }

    /** Point-to-point messages (sendMessage, sendBinaryMessage). */
    public static Match p2p() {
        return new Match(Set.of(PacketKind.P2P), null, null, 0, null);
    }

    /** Room broadcasts in one room (sendRoomMessage, sendRoomBinaryMessage). */
    public static Match broadcast(String roomId) {
        return new Match(Set.of(PacketKind.BROADCAST), null, roomId, 0, null);
    }

    /** Messages to the app server (sendServerMessage, sendServerBinaryMessage). */
    public static Match serverMessage() {
        return new Match(Set.of(PacketKind.TO_SERVER), null, null, 0, null);
    }

    /** Any message send: P2P, broadcast or to the app server. */
    public static Match anySend() {
        return new Match(Set.of(PacketKind.P2P, PacketKind.BROADCAST, PacketKind.TO_SERVER), null, null, 0, null);
    }

    /** Only sends by {@code uid}. */
    public Match from(String uid) {
        return new Match(kinds, uid, to, nth, after);
    }

    /** Only sends to {@code uidOrRoom}. */
    public Match to(String uidOrRoom) {
        return new Match(kinds, from, uidOrRoom, nth, after);
    }

    /** Only the n-th matching send (from 1). */
    public Match nth(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("nth counts from 1, was " + n);
        }
        return new Match(kinds, from, to, n, after);
    }

    /** Only sends made once {@code elapsed} of virtual time has passed since the start. */
    public Match after(Duration elapsed) {
        return new Match(kinds, from, to, nth, elapsed);
    }

    boolean matches(Packet p, long nowNanos) {
        return kinds.contains(p.kind())
                && (from == null || from.equals(p.from()))
                && (to == null || to.equals(p.to()))
                && (after == null || nowNanos >= after.toNanos());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(kinds.size() == 1 ? kinds.iterator().next().name().toLowerCase(java.util.Locale.ROOT) : "send");
        if (from != null) {
            sb.append(" from ").append(from);
        }
        if (to != null) {
            sb.append(" to ").append(to);
        }
        if (nth > 0) {
            sb.append(" #").append(nth);
        }
        if (after != null) {
            sb.append(" after ").append(after);
        }
        return sb.toString();
    }
}
