package dev.rtsfake.fake.net;

import java.util.ArrayList;
import java.util.List;

/** The rules in force on a network, with how often each has matched. Used under the simulation lock. */
final class RuleBook {
    private final List<Entry> entries = new ArrayList<>();

    static final class Entry {
        final Rule rule;
        int seen;
        boolean removed;

        Entry(Rule rule) {
            this.rule = rule;
        }
    }

    Entry add(Rule rule) {
        Entry e = new Entry(rule);
        entries.add(e);
        return e;
    }

    void remove(Entry e) {
        e.removed = true;
        entries.remove(e);
    }

    List<Rule> rules() {
        List<Rule> out = new ArrayList<>();
        for (Entry e : entries) {
            out.add(e.rule);
        }
        return out;
    }

    /** The first rule that acts on this send, counting occurrences for every rule that matches. */
    Rule decide(Packet p, long nowNanos) {
        if (entries.isEmpty()) {
            return null;
        }
        Rule acting = null;
        for (Entry e : entries) {
            if (e.rule.match().matches(p, nowNanos)) {
                e.seen++;
                int nth = e.rule.match().nth();
                if (acting == null && (nth == 0 || nth == e.seen)) {
                    acting = e.rule;
                }
            }
        }
        return acting;
    }
}
