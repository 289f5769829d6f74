package dev.rtsfake.scenarios.run;

import dev.rtsfake.scenarios.model.Condition;
import dev.rtsfake.scenarios.model.ConnectionStates;
import dev.rtsfake.scenarios.model.Durations;

/** Whether a {@link Condition} holds now, and in words why not (or why it does, for "never"). */
final class Conditions {
    private Conditions() {
    }

    static boolean holds(Condition c, Probe p) {
        World w = p.world();
        if (c instanceof Condition.Connected x) {
            int s = w.state(x.user());
            return s == 3 || s == 5;
        } else if (c instanceof Condition.InState x) {
            return w.state(x.user()) == x.state();
        } else if (c instanceof Condition.InRoom x) {
            return p.roomMembers(x.room()).contains(w.uid(x.user()));
        } else if (c instanceof Condition.Online x) {
            return p.onlineUids().contains(w.uid(x.user()));
        } else if (c instanceof Condition.Offline x) {
            return !p.onlineUids().contains(w.uid(x.user()));
        } else if (c instanceof Condition.Answered) {
            return w.unanswered() == null;
        } else if (c instanceof Condition.Clean) {
            return p.firstProblem() == null;
        } else if (c instanceof Condition.InOrder) {
            return w.firstOutOfOrder() == null;
        } else if (c instanceof Condition.NoDuplicates) {
            return w.firstDuplicate() == null;
        }
        return w.firstDoubleResult() == null;
    }

    /** What the world looks like as far as {@code c} is concerned: "alice's latest state was RECONNECTING". */
    static String state(Condition c, Probe p) {
        World w = p.world();
        if (c instanceof Condition.Connected x) {
            return stateOf(x.user(), w);
        } else if (c instanceof Condition.InState x) {
            return stateOf(x.user(), w);
        } else if (c instanceof Condition.InRoom x) {
            return "the cloud's members of room " + x.room() + ": " + p.roomMembers(x.room());
        } else if (c instanceof Condition.Online || c instanceof Condition.Offline) {
            return "the cloud's online users: " + p.onlineUids();
        } else if (c instanceof Condition.Answered) {
            World.Sent s = w.unanswered();
            return s == null ? "every send had its result" : "no result yet for " + s.describe() + " (id " + s.id()
                    + ", sent at " + Durations.clock(s.sentNanos()) + ")";
        } else if (c instanceof Condition.Clean) {
            String problem = p.firstProblem();
            return problem == null ? "no misuse, no handler failure" : problem;
        } else if (c instanceof Condition.InOrder) {
            return orElse(w.firstOutOfOrder(), "every reliable message in order");
        } else if (c instanceof Condition.NoDuplicates) {
            return orElse(w.firstDuplicate(), "no duplicate");
        }
        return orElse(w.firstDoubleResult(), "one result per send");
    }

    private static String stateOf(String user, World w) {
        int s = w.state(user);
        return s < 0 ? user + " reported no connection state (a client adapter reports them as 'connectionState')"
                : user + "'s latest connection state was " + ConnectionStates.name(s);
    }

    private static String orElse(String a, String b) {
        return a == null ? b : a;
    }
}
