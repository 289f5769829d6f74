package dev.rtsfake.scenarios.run;

import dev.rtsfake.scenarios.model.Action;
import dev.rtsfake.scenarios.model.CloudAction;
import dev.rtsfake.scenarios.model.NetworkAction;
import dev.rtsfake.scenarios.model.ClientAction;
import dev.rtsfake.scenarios.model.Scenario;
import dev.rtsfake.scenarios.model.Step;
import dev.rtsfake.scenarios.model.Timing;
import dev.rtsfake.scenarios.model.UserSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A scenario's steps at their instants: {@code after} made absolute, repeated sends spread out,
 * each lasting fault's undo added, and the users' own logins first. Also where each labelled step
 * is, and when the network is healed (the last time no fault was left in force).
 */
final class Timeline {

    /** What an entry does. */
    enum Kind { LOGIN, STEP, UNDO }

    /**
     * One thing to do at an instant.
     *
     * @param atNanos when
     * @param kind what sort
     * @param step the index of its step in the scenario, or -1 for a user's own login
     * @param action what to do
     * @param repeat for a repeated send, which one (0 for the first)
     */
    record Entry(long atNanos, Kind kind, int step, Action action, int repeat) {
    }

    private final List<Entry> entries;
    private final Map<String, Long> labels;
    private final Map<Integer, Long> stepInstants;
    private final Map<Integer, Long> undoInstants;
    private final Long healNanos;
    private final String unhealed;

    private Timeline(List<Entry> entries, Map<String, Long> labels, Map<Integer, Long> stepInstants,
                     Map<Integer, Long> undoInstants, Long healNanos, String unhealed) {
        this.entries = entries;
        this.labels = labels;
        this.stepInstants = stepInstants;
        this.undoInstants = undoInstants;
        this.healNanos = healNanos;
        this.unhealed = unhealed;
    }

    static Timeline of(Scenario scenario) {
        List<Entry> entries = new ArrayList<>();
        for (UserSpec u : scenario.users()) {
            if (u.login()) {
                entries.add(new Entry(0, Kind.LOGIN, -1, new ClientAction.Login(u.name(), null), 0));
            }
        }
        Map<String, Long> labels = new HashMap<>();
        Map<Integer, Long> stepInstants = new HashMap<>();
        Map<Integer, Long> undoInstants = new HashMap<>();
        long previous = 0;
        for (int i = 0; i < scenario.steps().size(); i++) {
            Step step = scenario.steps().get(i);
            long at = step.timing() instanceof Timing.At a ? a.instant().toNanos()
                    : previous + ((Timing.After) step.timing()).delay().toNanos();
            previous = at;
            stepInstants.put(i, at);
            if (step.label() != null) {
                labels.put(step.label(), at);
            }
            int count = repeatCount(step.action());
            long every = repeatEvery(step.action());
            for (int r = 0; r < count; r++) {
                entries.add(new Entry(at + r * every, Kind.STEP, i, step.action(), r));
            }
            if (step.lasting() != null) {
                long undoAt = at + step.lasting().toNanos();
                undoInstants.put(i, undoAt);
                entries.add(new Entry(undoAt, Kind.UNDO, i, step.action().undo(), 0));
            }
        }
        // Stable: equal instants keep the order they were made in (a lasting fault's undo before later steps).
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingLong(Entry::atNanos));
        Long[] heal = new Long[1];
        String[] left = new String[1];
        healOf(sorted, heal, left);
        return new Timeline(List.copyOf(sorted), labels, stepInstants, undoInstants, heal[0], left[0]);
    }

    private static int repeatCount(Action a) {
        if (a instanceof ClientAction.Send s) {
            return s.count();
        }
        if (a instanceof ClientAction.Broadcast b) {
            return b.count();
        }
        return a instanceof ClientAction.SendServer s ? s.count() : 1;
    }

    private static long repeatEvery(Action a) {
        if (a instanceof ClientAction.Send s) {
            return s.every().toNanos();
        }
        if (a instanceof ClientAction.Broadcast b) {
            return b.every().toNanos();
        }
        return a instanceof ClientAction.SendServer s ? s.every().toNanos() : 0;
    }

    /** Replays the faults in time order: heal is the last instant the set of faults in force became empty. */
    private static void healOf(List<Entry> sorted, Long[] heal, String[] unhealed) {
        Map<String, String> inForce = new LinkedHashMap<>();
        for (Entry e : sorted) {
            boolean before = !inForce.isEmpty();
            for (String key : keys(e.action())) {
                if (e.action().isFault()) {
                    inForce.put(key, e.action().describe());
                } else {
                    inForce.remove(key);
                }
            }
            if (before && inForce.isEmpty()) {
                heal[0] = e.atNanos();
            }
        }
        unhealed[0] = inForce.isEmpty() ? null : inForce.values().iterator().next();
        if (!inForce.isEmpty()) {
            heal[0] = null;
        }
    }

    /** What each fault puts in force (and its undo takes out), one key per link direction. */
    static Set<String> keys(Action a) {
        Set<String> keys = new LinkedHashSet<>();
        if (a instanceof NetworkAction.Disconnect d) {
            keys.add("link:" + d.user());
        } else if (a instanceof NetworkAction.Reconnect r) {
            keys.add("link:" + r.user());
        } else if (a instanceof NetworkAction.Cut c) {
            directions(keys, "cut:" + c.user(), c.direction());
        } else if (a instanceof NetworkAction.Heal h) {
            directions(keys, "cut:" + h.user(), h.direction());
        } else if (a instanceof NetworkAction.Hold h) {
            directions(keys, "hold:" + h.user(), h.direction());
        } else if (a instanceof NetworkAction.Release r) {
            directions(keys, "hold:" + r.user(), r.direction());
        } else if (a instanceof NetworkAction.Latency l) {
            directions(keys, "latency:" + l.user(), l.direction());
        } else if (a instanceof NetworkAction.Loss l) {
            directions(keys, "loss:" + l.user(), l.direction());
        } else if (a instanceof NetworkAction.Outage || a instanceof NetworkAction.Restore) {
            keys.add("outage");
        } else if (a instanceof NetworkAction.AddRule r) {
            keys.add("rule:" + r.name());
        } else if (a instanceof NetworkAction.RemoveRule r) {
            keys.add("rule:" + r.name());
        } else if (a instanceof CloudAction.AppServerDown || a instanceof CloudAction.AppServerUp) {
            keys.add("app-server-down");
        } else if (a instanceof CloudAction.AppServerSlow) {
            keys.add("app-server-slow");
        }
        return keys;
    }

    private static void directions(Set<String> keys, String prefix, dev.rtsfake.fake.net.LinkDirection d) {
        if (d != dev.rtsfake.fake.net.LinkDirection.DOWN) {
            keys.add(prefix + "/up");
        }
        if (d != dev.rtsfake.fake.net.LinkDirection.UP) {
            keys.add(prefix + "/down");
        }
    }

    List<Entry> entries() {
        return entries;
    }

    /** The instant of a labelled step, or null. */
    Long labelNanos(String label) {
        return labels.get(label);
    }

    /** The instant of step {@code index}. */
    long stepNanos(int index) {
        return stepInstants.get(index);
    }

    /** When step {@code index}'s {@code for} ends, or null. */
    Long undoNanos(int index) {
        return undoInstants.get(index);
    }

    /** When the faults were last all undone, or null when one is left in force (or there were none). */
    Long healNanos() {
        return healNanos;
    }

    /** A fault still in force at the end, or null. */
    String unhealed() {
        return unhealed;
    }

    /** The instant of the last entry. */
    long lastNanos() {
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).atNanos();
    }
}
