package dev.rtsfake.fake.internal.net;

import dev.rtsfake.fake.internal.access.NetAccess;
import dev.rtsfake.fake.net.Packet;
import dev.rtsfake.fake.net.Rule;
import java.util.ArrayList;
import java.util.List;

/** The rules in force on a network, with how often each has matched. Used under the simulation lock. */
public final class RuleBook {
    private static final NetAccess NET = NetAccess.get();

    private final List<Entry> entries = new ArrayList<>();

    public static final class Entry {
        public final Rule rule;
        public int seen;
        boolean removed;

        Entry(Rule rule) {
            this.rule = rule;
        }
    }

    public Entry add(Rule rule) {
        Entry e = new Entry(rule);
        entries.add(e);
        return e;
    }

    public void remove(Entry e) {
        e.removed = true;
        entries.remove(e);
    }

    public List<Rule> rules() {
        List<Rule> out = new ArrayList<>();
        for (Entry e : entries) {
            out.add(e.rule);
        }
        return out;
    }

    /** The first rule that acts on this send, counting occurrences for every rule that matches. */
    public Rule decide(Packet p, long nowNanos) {
        if (entries.isEmpty()) {
            return null;
        }
        Rule acting = null;
        for (Entry e : entries) {
            if (NET.matches(e.rule.match(), p, nowNanos)) {
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
