package dev.rtsfake.fake.trace;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * Which steps of a trace to show, for {@link Trace#format(TraceFilter)}: by user, room and kind,
 * with repeated steps folded into one line. Immutable; each {@code only...} method returns a new
 * filter. An empty set keeps everything of its sort; the sorts combine with "and", the values of
 * one sort with "or".
 *
 * <pre>{@code
 * System.out.println(trace.format(TraceFilter.all().onlyUsers("bob").onlyKinds(TraceKind.NET, TraceKind.CALLBACK)));
 * }</pre>
 *
 * <p>A step is about a user when that user's engine acted (its calls, callbacks and states, and the
 * packets on its links, the ones before login included), or when an argument names the user: a
 * uid, its engine ({@code "rts-1"}), or a packet from or to it. A step is about a room when an
 * argument names it: the room id of a room step, a room handle ({@code room:lobby}), or a packet
 * from or to it.
 *
 * <p>Repeats: a step with the same kind, actor, name, arguments and result as the step its actor
 * made just before (in the whole trace) is folded into that one, which reads
 * {@code … ×24 (to 8.900000s, #58)}: a reliable packet lost and sent again every 300 ms is one line.
 */
public final class TraceFilter {
    private static final TraceFilter ALL = new TraceFilter(Set.of(), Set.of(), Set.of(), true);

    private final Set<String> users;
    private final Set<String> rooms;
    private final Set<TraceKind> kinds;
    private final boolean collapse;

    private TraceFilter(Set<String> users, Set<String> rooms, Set<TraceKind> kinds, boolean collapse) {
        this.users = users;
        this.rooms = rooms;
        this.kinds = kinds;
        this.collapse = collapse;
    }

    /** Every step, repeats folded. */
    public static TraceFilter all() {
        return ALL;
    }

    /** Keeps only the steps about one of these users (uids, or {@code rts-N} for an engine that never logged in). */
    public TraceFilter onlyUsers(String... uids) {
        return new TraceFilter(names(uids, "user"), rooms, kinds, collapse);
    }

    /** Keeps only the steps about one of these rooms. */
    public TraceFilter onlyRooms(String... roomIds) {
        return new TraceFilter(users, names(roomIds, "room"), kinds, collapse);
    }

    /** Keeps only the steps of these kinds. */
    public TraceFilter onlyKinds(TraceKind... kept) {
        Objects.requireNonNull(kept, "kinds");
        EnumSet<TraceKind> set = EnumSet.noneOf(TraceKind.class);
        for (TraceKind k : kept) {
            set.add(Objects.requireNonNull(k, "a kind is null: name TraceKind constants"));
        }
        return new TraceFilter(users, rooms, Collections.unmodifiableSet(set), collapse);
    }

    /** Folds repeats (the default) or shows every step on a line of its own. */
    public TraceFilter collapsingRepeats(boolean fold) {
        return new TraceFilter(users, rooms, kinds, fold);
    }

    /** The users kept, sorted; empty for all. */
    public Set<String> users() {
        return users;
    }

    /** The rooms kept, sorted; empty for all. */
    public Set<String> rooms() {
        return rooms;
    }

    /** The kinds kept; empty for all. */
    public Set<TraceKind> kinds() {
        return kinds;
    }

    /** Whether repeats are folded. */
    public boolean collapsesRepeats() {
        return collapse;
    }

    /** Whether step {@code i} of an indexed trace is kept (repeats aside). */
    boolean admits(TraceIndex index, int i) {
        if (!kinds.isEmpty() && !kinds.contains(index.events.get(i).kind())) {
            return false;
        }
        return matches(users, index.users, index.stepUsers[i]) && matches(rooms, index.rooms, index.stepRooms[i]);
    }

    private static boolean matches(Set<String> wanted, java.util.List<String> names, int[] named) {
        if (wanted.isEmpty()) {
            return true;
        }
        for (int k : named) {
            if (wanted.contains(names.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> names(String[] given, String what) {
        Objects.requireNonNull(given, what + "s");
        TreeSet<String> set = new TreeSet<>();
        for (String s : given) {
            if (s == null || s.isEmpty()) {
                throw new IllegalArgumentException("a " + what + " to keep is " + (s == null ? "null" : "empty")
                        + ": give its id, such as \"" + (what.equals("user") ? "alice" : "lobby") + "\"");
            }
            set.add(s);
        }
        return Collections.unmodifiableSet(set);
    }

    /** {@code users alice, bob; kinds NET; repeats folded}, or {@code every step; repeats folded}. */
    @Override
    public String toString() {
        StringJoiner j = new StringJoiner("; ");
        if (!users.isEmpty()) {
            j.add((users.size() == 1 ? "user " : "users ") + String.join(", ", users));
        }
        if (!rooms.isEmpty()) {
            j.add((rooms.size() == 1 ? "room " : "rooms ") + String.join(", ", rooms));
        }
        if (!kinds.isEmpty()) {
            j.add((kinds.size() == 1 ? "kind " : "kinds ") + String.join(", ",
                    kinds.stream().map(Enum::name).toArray(String[]::new)));
        }
        if (j.length() == 0) {
            j.add("every step");
        }
        j.add(collapse ? "repeats folded" : "every repeat shown");
        return j.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TraceFilter f && f.users.equals(users) && f.rooms.equals(rooms) && f.kinds.equals(kinds)
                && f.collapse == collapse;
    }

    @Override
    public int hashCode() {
        return Objects.hash(users, rooms, kinds, collapse);
    }
}
