package dev.rtsfake.scenarios.model;

import dev.rtsfake.fake.net.Match;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a rule looks for, in RTS terms, with users named as in the scenario.
 *
 * @param kind what sort of send: {@code p2p}, {@code broadcast}, {@code serverMessage}, {@code login}
 *     or {@code anySend}
 * @param from the sending user, or null for any
 * @param to the receiving user (or room, for broadcasts), or null for any
 * @param nth 0 for every match, n for only the n-th (from 1)
 * @param after the virtual instant before which nothing matches, or null
 */
public record RuleMatch(String kind, String from, String to, int nth, Duration after) {
    /** The kinds of send a rule can look for. */
    public static final List<String> KINDS = List.of("p2p", "broadcast", "serverMessage", "login", "anySend");

    /** Checks the kind, nth and after. */
    public RuleMatch {
        Objects.requireNonNull(kind, "kind");
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("a rule matches one of " + KINDS + ", not '" + kind + "'");
        }
        if (nth < 0) {
            throw new IllegalArgumentException("nth counts from 1 (0: every match), was " + nth);
        }
        if (after != null) {
            Durations.requireNonNegative("after", after);
        }
        if (kind.equals("broadcast") && to == null) {
            throw new IllegalArgumentException("a broadcast rule needs 'to': the room");
        }
    }

    /** Matches every send of {@code kind} (for broadcasts, use {@link #broadcast(String)}). */
    public static RuleMatch of(String kind) {
        return new RuleMatch(kind, null, null, 0, null);
    }

    /** Matches every broadcast in {@code room}. */
    public static RuleMatch broadcast(String room) {
        return new RuleMatch("broadcast", null, room, 0, null);
    }

    /** Only sends by {@code user}. */
    public RuleMatch from(String user) {
        return new RuleMatch(kind, user, to, nth, after);
    }

    /** Only sends to {@code userOrRoom}. */
    public RuleMatch to(String userOrRoom) {
        return new RuleMatch(kind, from, userOrRoom, nth, after);
    }

    /** Only the n-th match. */
    public RuleMatch nth(int n) {
        return new RuleMatch(kind, from, to, n, after);
    }

    /** Only sends once {@code instant} has passed. */
    public RuleMatch after(Duration instant) {
        return new RuleMatch(kind, from, to, nth, instant);
    }

    /** The harness's match, with the users already turned into uids by {@code uidOf}. */
    public Match toMatch(java.util.function.UnaryOperator<String> uidOf) {
        Match m = switch (kind) {
            case "p2p" -> Match.p2p();
            case "broadcast" -> Match.broadcast(to);
            case "serverMessage" -> Match.serverMessage();
            case "login" -> Match.login();
            default -> Match.anySend();
        };
        if (from != null) {
            m = m.from(uidOf.apply(from));
        }
        if (to != null && !kind.equals("broadcast")) {
            m = m.to(uidOf.apply(to));
        }
        if (nth > 0) {
            m = m.nth(nth);
        }
        if (after != null) {
            m = m.after(after);
        }
        return m;
    }

    /** "the 3rd p2p from alice to bob after 10s". */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(nth > 0 ? "send #" + nth + " of " : "every ").append(kind);
        if (from != null) {
            sb.append(" from ").append(from);
        }
        if (to != null) {
            sb.append(kind.equals("broadcast") ? " in room " : " to ").append(to);
        }
        if (after != null) {
            sb.append(" after ").append(Durations.format(after));
        }
        return sb.toString();
    }
}
