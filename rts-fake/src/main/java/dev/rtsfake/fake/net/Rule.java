package dev.rtsfake.fake.net;

import java.time.Duration;
import java.util.Objects;

/**
 * A fault rule in RTS terms: when a client sends something that matches, the network does the
 * action instead of carrying it normally. The trace names the rule each time it acts.
 *
 * <pre>{@code
 * // the 3rd P2P message alice sends to bob is lost
 * cloud.network().addRule(Rule.when(Match.p2p().from("alice").to("bob").nth(3)).then(RuleAction.drop()));
 * // every broadcast in "lobby" after 10 s fails with EXCEED_QPS
 * cloud.network().addRule(Rule.when(Match.broadcast("lobby").after(Duration.ofSeconds(10)))
 *         .then(RuleAction.fail(5)));
 * }</pre>
 *
 * @param name the name the trace shows
 * @param match what the rule looks for
 * @param action what happens to what it matches
 */
public record Rule(String name, Match match, RuleAction action) {

    /** Checks the match and action; a blank name becomes one made from them. */
    public Rule {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(action, "action");
        if (name == null || name.isBlank()) {
            name = match + " -> " + action;
        }
    }

    /** Starts a rule for what {@code match} matches. */
    public static Builder when(Match match) {
        if (match == null) {
            throw new IllegalArgumentException("match is null: start from Match.p2p(), Match.broadcast(roomId),"
                    + " Match.serverMessage(), Match.login() or Match.anySend()");
        }
        return new Builder(match, null);
    }

    /** Half a rule: it still needs its action. */
    public static final class Builder {
        private final Match match;
        private final String name;

        private Builder(Match match, String name) {
            this.match = match;
            this.name = name;
        }

        /** Names the rule in the trace. */
        public Builder named(String ruleName) {
            return new Builder(match, ruleName);
        }

        /** Completes the rule. */
        public Rule then(RuleAction action) {
            if (action == null) {
                throw new IllegalArgumentException("action is null: use RuleAction.drop(), delay(d), hold() or fail(code)");
            }
            return new Rule(name, match, action);
        }
    }

    /** A rule with the same match and action whose {@code after} instant is shifted (for scheduling). */
    Rule withAfter(Duration after) {
        return new Rule(name, match.after(after), action);
    }
}
