package dev.rtsfake.fake.trace;

import dev.rtsfake.fake.internal.trace.TraceText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each step of a trace is about, worked out once for the filter, the collapsing of repeats and
 * the trace page: the lane it belongs to (an engine, the cloud, an app server), the users and rooms
 * it names, the arrow it draws, and which earlier steps it repeats.
 *
 * <p>It reads values as text ({@code String.valueOf}), exactly as a JSON-lines file holds them, so a
 * trace read back from a file is understood as the trace it was written from:
 * <ul>
 *   <li>an engine is named by its uid once logged in, and by {@code rts-N} before; its links are
 *       {@code rts-N/up} and {@code rts-N/down}. The user behind {@code rts-N} is learnt from the
 *       packets on its links (the sender on the way up, the receiver on the way down), so the steps
 *       of {@code rts-1} before login and of its links go to the lane of the user it logged in as;
 *   <li>a packet reads {@code KIND from->to}, with {@code #msgId} and a delivery mode after;
 *   <li>a room is an id named by the first argument of a room step ({@code createRoom},
 *       {@code joinRoom}, {@code room-join}, {@code onRoomStateChanged} and the like), by a room
 *       handle ({@code room:lobby}), a room object ({@code FakeRTSRoom[lobby, JOINED]}) or the
 *       receiver of a JOIN or LEAVE packet.
 * </ul>
 */
final class TraceIndex {
    /** What a lane stands for. */
    enum LaneKind { ENGINE, CLOUD, SERVER }

    /** How a step is drawn. */
    enum Mark {
        /** A box on its lane. */
        NOTE,
        /** A packet delivered: an arrow between two lanes. */
        ARROW,
        /** A packet lost, dropped or given up: an arrow that stops half way. */
        LOSS,
        /** A rule acted on a packet. */
        RULE,
        /** A packet held, released or expired while held. */
        HOLD,
        /** A connection state: the lane's line takes its colour from here on. */
        STATE,
        /** Something the harness did to everyone: a note across every lane. */
        BANNER
    }

    private static final Pattern PACKET = Pattern.compile("([A-Z][A-Z0-9_]*) (\\S+)->(\\S+?)(?: #(\\d+))?(?: [A-Z_]+)?");
    private static final Pattern MILLIS = Pattern.compile("\\d+(?:\\.\\d+)?ms");
    private static final Set<String> ROOM_STEPS = Set.of("createRoom", "joinRoom", "leaveRoom", "destroyRoom",
            "setRTSRoomEventHandler", "room-join", "room-leave", "room-join-repeated", "room-rejoin-pending",
            "join-gave-up", "onRoomStateChanged");
    private static final Set<String> LOSSES = Set.of("lost", "dropped", "gave-up", "discarded", "discarded-stale");
    private static final Set<String> HOLDS = Set.of("held", "released", "expired-held");

    final List<TraceEvent> events;
    /** Lane names, in the order the page draws them. */
    final List<String> lanes = new ArrayList<>();
    final List<LaneKind> laneKinds = new ArrayList<>();
    /** The users (engine lanes), in the order they first appear. */
    final List<String> users = new ArrayList<>();
    final List<String> rooms = new ArrayList<>();
    final int[] lane;
    final int[] from;
    final int[] to;
    final long[] latency;
    final Mark[] mark;
    final int[][] stepUsers;
    final int[][] stepRooms;
    /**
     * The first step of the run of repeats each step belongs to: itself, unless it has the same
     * kind, actor, name, arguments and result as the step its actor made just before, whose run it
     * then joins. The steps of one run are alike in everything a filter looks at, so a filter keeps
     * a run whole or not at all.
     */
    final int[] run;

    private final Map<String, String> engineUser = new HashMap<>();

    TraceIndex(List<TraceEvent> events) {
        this.events = events;
        int n = events.size();
        lane = new int[n];
        from = new int[n];
        to = new int[n];
        latency = new long[n];
        mark = new Mark[n];
        stepUsers = new int[n][];
        stepRooms = new int[n][];
        run = new int[n];
        Set<String> engineNames = new LinkedHashSet<>();
        Set<String> servers = new LinkedHashSet<>();
        Set<String> roomIds = new LinkedHashSet<>();
        for (TraceEvent e : events) {
            learn(e, engineNames, servers, roomIds);
        }
        Set<String> userNames = new LinkedHashSet<>();
        for (String name : engineNames) {
            userNames.add(userOf(name));
        }
        users.addAll(userNames);
        rooms.addAll(roomIds);
        int half = (users.size() + 1) / 2;
        for (int i = 0; i < users.size(); i++) {
            if (i == half) {
                addLane("cloud", LaneKind.CLOUD);
            }
            addLane(users.get(i), LaneKind.ENGINE);
        }
        if (users.size() == half) {
            addLane("cloud", LaneKind.CLOUD);
        }
        for (String s : servers) {
            addLane(s, LaneKind.SERVER);
        }
        Map<String, Integer> laneOf = new HashMap<>();
        for (int i = 0; i < lanes.size(); i++) {
            laneOf.put(lanes.get(i), i);
        }
        Map<String, Integer> userIndex = new HashMap<>();
        for (int i = 0; i < users.size(); i++) {
            userIndex.put(users.get(i), i);
        }
        Map<String, Integer> roomIndex = new HashMap<>();
        for (int i = 0; i < rooms.size(); i++) {
            roomIndex.put(rooms.get(i), i);
        }
        Map<String, String> lastKey = new HashMap<>();
        Map<String, Integer> lastRun = new HashMap<>();
        StringBuilder sb = new StringBuilder(128);
        for (int i = 0; i < n; i++) {
            TraceEvent e = events.get(i);
            classify(i, e, laneOf, userIndex, roomIndex);
            sb.setLength(0);
            sb.append(e.kind().ordinal()).append(' ');
            TraceText.appendPlain(sb, e.actor());
            sb.append(' ');
            TraceText.appendPlain(sb, e.name());
            sb.append('(');
            for (Object a : e.args()) {
                TraceText.appendValue(sb, a);
                sb.append(", ");
            }
            sb.append(") -> ");
            TraceText.appendValue(sb, e.result());
            String k = sb.toString();
            String previous = lastKey.put(e.actor(), k);
            if (k.equals(previous)) {
                run[i] = lastRun.get(e.actor());
            } else {
                run[i] = i;
                lastRun.put(e.actor(), i);
            }
        }
    }

    private void addLane(String name, LaneKind kind) {
        lanes.add(name);
        laneKinds.add(kind);
    }

    /** First pass: the engines, app servers and rooms, and which user each engine logged in as. */
    private void learn(TraceEvent e, Set<String> engineNames, Set<String> servers, Set<String> roomIds) {
        String actor = e.actor();
        int slash = actor.indexOf('/');
        if (slash > 0 && e.kind() == TraceKind.NET) {
            String engine = actor.substring(0, slash);
            engineNames.add(engine);
            Matcher m = packet(arg(e, 0));
            if (m != null) {
                String user = actor.endsWith("/up") ? m.group(2) : m.group(3);
                if (!user.equals("cloud") && !user.equals("server")) {
                    engineUser.putIfAbsent(engine, user);
                }
                if (m.group(1).equals("JOIN") || m.group(1).equals("LEAVE")) {
                    roomIds.add(m.group(3));
                }
            }
        } else if (server(actor) != null) {
            servers.add(server(actor));
        } else if (engineActor(e) && e.kind() != TraceKind.HARNESS && e.kind() != TraceKind.CLOUD
                && e.kind() != TraceKind.APP_TIMER) {
            engineNames.add(actor);
        }
        if (ROOM_STEPS.contains(e.name()) && !e.args().isEmpty() && e.args().get(0) != null) {
            roomIds.add(String.valueOf(e.args().get(0)));
        }
        for (Object a : e.args()) {
            String room = roomHandle(String.valueOf(a));
            if (room != null) {
                roomIds.add(room);
            }
        }
        String room = roomHandle(String.valueOf(e.result()));
        if (room != null) {
            roomIds.add(room);
        }
    }

    /** Second pass: the lane, the arrow, and the users and rooms one step names. */
    private void classify(int i, TraceEvent e, Map<String, Integer> laneOf, Map<String, Integer> userIndex,
                          Map<String, Integer> roomIndex) {
        from[i] = -1;
        to[i] = -1;
        latency[i] = -1;
        mark[i] = e.kind() == TraceKind.STATE && e.name().equals("connection") ? Mark.STATE : Mark.NOTE;
        Set<Integer> us = new java.util.TreeSet<>();
        Set<Integer> rs = new java.util.TreeSet<>();
        String actor = e.actor();
        int slash = actor.indexOf('/');
        int cloud = laneOf.get("cloud");
        if (slash > 0 && e.kind() == TraceKind.NET) {
            boolean up = actor.endsWith("/up");
            String engine = actor.substring(0, slash);
            Matcher m = packet(arg(e, 0));
            String user = m != null && !(up ? m.group(2) : m.group(3)).equals("cloud") ? (up ? m.group(2) : m.group(3))
                    : userOf(engine);
            Integer engineLane = laneOf.get(user);
            int here = engineLane == null ? laneOf.getOrDefault(userOf(engine), cloud) : engineLane;
            lane[i] = here;
            String name = e.name();
            if (name.equals("deliver")) {
                mark[i] = Mark.ARROW;
                latency[i] = latencyOf(e);
            } else if (LOSSES.contains(name)) {
                mark[i] = Mark.LOSS;
            } else if (name.equals("rule")) {
                mark[i] = Mark.RULE;
            } else if (HOLDS.contains(name)) {
                mark[i] = Mark.HOLD;
            }
            if (mark[i] != Mark.NOTE) {
                from[i] = up ? here : cloud;
                to[i] = up ? cloud : here;
            }
            if (m != null) {
                addName(m.group(2), userIndex, roomIndex, us, rs);
                addName(m.group(3), userIndex, roomIndex, us, rs);
            }
        } else if (server(actor) != null) {
            lane[i] = laneOf.get(server(actor));
            if (e.name().equals("app-server-received")) {
                mark[i] = Mark.ARROW;
                from[i] = cloud;
                to[i] = lane[i];
            } else if (actor.startsWith("server-api:") && e.kind() == TraceKind.CLOUD) {
                mark[i] = Mark.ARROW;
                from[i] = lane[i];
                to[i] = cloud;
            }
        } else if (engineActor(e) && laneOf.containsKey(userOf(actor))) {
            lane[i] = laneOf.get(userOf(actor));
        } else if (actor.equals("cloud") || e.kind() == TraceKind.CLOUD) {
            lane[i] = cloud;
            if (e.name().equals("app-server-answer") && laneKinds.lastIndexOf(LaneKind.SERVER) >= 0
                    && laneKinds.indexOf(LaneKind.SERVER) == laneKinds.lastIndexOf(LaneKind.SERVER)) {
                mark[i] = Mark.ARROW;
                from[i] = laneKinds.indexOf(LaneKind.SERVER);
                to[i] = cloud;
            }
        } else {
            lane[i] = -1;
            mark[i] = Mark.BANNER;
        }
        if (lane[i] >= 0 && laneKinds.get(lane[i]) == LaneKind.ENGINE) {
            us.add(userIndex.get(lanes.get(lane[i])));
        }
        for (Object a : e.args()) {
            addValue(a, userIndex, roomIndex, us, rs);
        }
        if (e.result() != null) {
            addValue(e.result(), userIndex, roomIndex, us, rs);
        }
        stepUsers[i] = toArray(us);
        stepRooms[i] = toArray(rs);
    }

    private void addValue(Object v, Map<String, Integer> userIndex, Map<String, Integer> roomIndex, Set<Integer> us,
                          Set<Integer> rs) {
        if (v instanceof Collection<?> list) {
            for (Object o : list) {
                addValue(o, userIndex, roomIndex, us, rs);
            }
            return;
        }
        if (v instanceof Object[] array) {
            addValue(Arrays.asList(array), userIndex, roomIndex, us, rs);
            return;
        }
        String text = String.valueOf(v);
        if (text.length() > 2 && text.startsWith("[") && text.endsWith("]")) {
            for (String part : text.substring(1, text.length() - 1).split(", ")) {
                addName(unquote(part), userIndex, roomIndex, us, rs);
            }
            return;
        }
        String room = roomHandle(text);
        if (room != null) {
            addName(room, userIndex, roomIndex, us, rs);
            return;
        }
        Matcher m = packet(text);
        if (m != null) {
            addName(m.group(2), userIndex, roomIndex, us, rs);
            addName(m.group(3), userIndex, roomIndex, us, rs);
            return;
        }
        addName(text, userIndex, roomIndex, us, rs);
    }

    private void addName(String name, Map<String, Integer> userIndex, Map<String, Integer> roomIndex, Set<Integer> us,
                         Set<Integer> rs) {
        Integer u = userIndex.get(userOf(name));
        if (u != null) {
            us.add(u);
        }
        Integer r = roomIndex.get(name);
        if (r != null) {
            rs.add(r);
        }
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** The user an engine name ({@code rts-1}) stands for, or the name itself. */
    String userOf(String name) {
        return engineUser.getOrDefault(name, name);
    }

    /** The engine names each user was seen under, for the page's legend: {@code alice: rts-1, rts-2}. */
    Map<String, List<String>> devices() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String u : users) {
            out.put(u, new ArrayList<>());
        }
        engineUser.entrySet().stream().sorted(Map.Entry.comparingByKey(TraceIndex::naturalOrder))
                .forEach(en -> out.computeIfAbsent(en.getValue(), k -> new ArrayList<>()).add(en.getKey()));
        return out;
    }

    /** rts-2 before rts-10. */
    private static int naturalOrder(String a, String b) {
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    private static int[] toArray(Set<Integer> set) {
        int[] out = new int[set.size()];
        int k = 0;
        for (int v : set) {
            out[k++] = v;
        }
        return out;
    }

    private static boolean engineActor(TraceEvent e) {
        String a = e.actor();
        return !a.equals("cloud") && !a.equals("harness") && a.indexOf('/') < 0 && server(a) == null;
    }

    /** The app-server lane of an {@code app-server:APP} or {@code server-api:APP} actor, or null. */
    private static String server(String actor) {
        if (actor.startsWith("app-server:")) {
            return actor;
        }
        if (actor.startsWith("server-api:")) {
            return "app-server:" + actor.substring("server-api:".length());
        }
        return null;
    }

    /** The room of {@code room:lobby} or {@code FakeRTSRoom[lobby, JOINED]}, or null. */
    private static String roomHandle(String text) {
        if (text.startsWith("room:") && text.length() > 5) {
            return text.substring(5);
        }
        if (text.startsWith("FakeRTSRoom[")) {
            int end = text.indexOf(',');
            return end > 12 ? text.substring(12, end) : null;
        }
        return null;
    }

    private static String arg(TraceEvent e, int i) {
        return e.args().size() > i ? String.valueOf(e.args().get(i)) : "";
    }

    private static Matcher packet(String text) {
        Matcher m = PACKET.matcher(text);
        return m.matches() ? m : null;
    }

    /** The latency of a deliver step (its last argument), or -1 when it has none. */
    private static long latencyOf(TraceEvent e) {
        if (e.args().isEmpty()) {
            return -1;
        }
        Object last = e.args().get(e.args().size() - 1);
        if (last instanceof Latency l) {
            return l.nanos();
        }
        String text = String.valueOf(last);
        if (MILLIS.matcher(text).matches()) {
            return new java.math.BigDecimal(text.substring(0, text.length() - 2)).movePointRight(6).longValue();
        }
        return -1;
    }
}
