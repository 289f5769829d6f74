package dev.rtsfake.scenarios.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which trace steps to show: by kind, actor, name, time and text, without {@code onSysStats}, and
 * with a reliable packet's repeated retransmissions shown once. Immutable; {@link #apply} filters
 * a whole trace (the retransmission rule needs what came before).
 *
 * @param kinds the kinds to keep, or empty for all
 * @param actors the actors to keep (a prefix matches too: {@code alice} keeps {@code alice}, and
 *     {@code rts-1} keeps {@code rts-1/up}), or empty for all
 * @param names the step names to keep ({@code onMessage*} keeps every name that starts so), or empty for all
 * @param fromNanos the first virtual instant kept
 * @param toNanos the last virtual instant kept
 * @param grep text a kept line must contain, or null
 * @param hideSysStats leave out {@code onSysStats}
 * @param hideRetransmissions show a reliable packet's first loss only, not each time it is sent again
 */
public record TraceFilter(Set<String> kinds, Set<String> actors, Set<String> names, long fromNanos, long toNanos,
                          String grep, boolean hideSysStats, boolean hideRetransmissions) {
    /** Everything. */
    public static final TraceFilter ALL = new TraceFilter(Set.of(), Set.of(), Set.of(), 0, Long.MAX_VALUE, null, false, false);

    /** Copies the sets. */
    public TraceFilter {
        kinds = Set.copyOf(kinds);
        actors = Set.copyOf(actors);
        names = Set.copyOf(names);
    }

    /** The same filter, hiding onSysStats or not. */
    public TraceFilter hidingSysStats(boolean hide) {
        return new TraceFilter(kinds, actors, names, fromNanos, toNanos, grep, hide, hideRetransmissions);
    }

    /** The same filter, hiding repeated retransmissions or not. */
    public TraceFilter hidingRetransmissions(boolean hide) {
        return new TraceFilter(kinds, actors, names, fromNanos, toNanos, grep, hideSysStats, hide);
    }

    /** The same filter, keeping only these kinds. */
    public TraceFilter onlyKinds(Set<String> kept) {
        Set<String> upper = new HashSet<>();
        kept.forEach(k -> upper.add(k.toUpperCase(Locale.ROOT)));
        return new TraceFilter(upper, actors, names, fromNanos, toNanos, grep, hideSysStats, hideRetransmissions);
    }

    /** The lines kept, in order; {@code hidden} (may be null) counts the retransmissions left out. */
    public List<TraceLine> apply(List<TraceLine> lines, int[] hidden) {
        List<TraceLine> kept = new ArrayList<>();
        Pass pass = pass();
        for (TraceLine l : lines) {
            if (pass.admits(l)) {
                kept.add(l);
            }
        }
        if (hidden != null) {
            hidden[0] += pass.hidden();
        }
        return kept;
    }

    /** A pass over one trace, line by line (for a trace file read as it streams). */
    public Pass pass() {
        return new Pass();
    }

    /** One pass over a trace: remembers which packets were lost once already. */
    public final class Pass {
        private final Set<String> lostOnce = new HashSet<>();
        private long hiddenCount;

        /** Whether {@code l} is shown. */
        public boolean admits(TraceLine l) {
            if (!keeps(l)) {
                return false;
            }
            if (hideRetransmissions && l.isRetransmission() && !lostOnce.add(l.packetKey())) {
                hiddenCount++;
                return false;
            }
            return true;
        }

        /** How many retransmissions it left out. */
        public int hidden() {
            return (int) Math.min(Integer.MAX_VALUE, hiddenCount);
        }
    }

    /** Whether one line passes every test but the retransmission rule. */
    public boolean keeps(TraceLine l) {
        if (l.timeNanos() < fromNanos || l.timeNanos() > toNanos) {
            return false;
        }
        if (!kinds.isEmpty() && !kinds.contains(l.kind())) {
            return false;
        }
        if (!actors.isEmpty() && actors.stream().noneMatch(a -> l.actor().equals(a) || l.actor().startsWith(a + "/"))) {
            return false;
        }
        if (!names.isEmpty() && names.stream().noneMatch(n -> n.endsWith("*") ? l.name().startsWith(n.substring(0, n.length() - 1))
                : l.name().equals(n))) {
            return false;
        }
        if (hideSysStats && l.name().equals("onSysStats")) {
            return false;
        }
        return grep == null || l.text().contains(grep);
    }
}
