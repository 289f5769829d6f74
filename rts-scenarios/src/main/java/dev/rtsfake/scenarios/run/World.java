package dev.rtsfake.scenarios.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one run's clients observed and sent, kept in order, with the few derived facts the
 * conditions ask for at every instant (latest connection state, results per send, order and
 * duplicate checks). Bounded: past {@value #MAX_OBSERVATIONS} observations it keeps counting but
 * stops keeping them, and the run fails saying so.
 */
final class World {
    static final int MAX_OBSERVATIONS = 1_000_000;

    /**
     * One message a step sent.
     *
     * @param step the scenario step's index
     * @param user the sender's scenario name
     * @param channel where its result comes back: {@code p2p}, {@code server}, {@code room:R}, or {@code any}
     * @param id the id the send returned
     * @param sentNanos when
     * @param text the message
     * @param describe how it reads
     */
    record Sent(int step, String user, String channel, long id, long sentNanos, String text, String describe) {
        String key() {
            return user + "|" + channel + "|" + id;
        }
    }

    /**
     * A send's result.
     *
     * @param code the result code
     * @param timeNanos when it arrived
     */
    record Result(int code, long timeNanos) {
    }

    private final Map<String, String> uids;
    private final List<Observation> observations = new ArrayList<>();
    private long observed;
    private final Map<String, List<Observation>> byUser = new HashMap<>();
    private final Map<String, Integer> latestState = new HashMap<>();
    private final List<Sent> sends = new ArrayList<>();
    private final Map<String, List<Result>> results = new HashMap<>();
    /** Per ordered stream (sender -> receiver or room), the texts sent reliably, in order. */
    private final Map<String, List<String>> streams = new HashMap<>();
    /** Per receiver and stream, the index in the stream of the last text that arrived. */
    private final Map<String, Integer> progress = new HashMap<>();
    /** Per stream and text, how often it was sent; per receiver, stream and text, how often it arrived. */
    private final Map<String, Integer> sentCount = new HashMap<>();
    private final Map<String, Integer> arrivedCount = new HashMap<>();
    private String firstOutOfOrder;
    private String firstDuplicate;
    private String firstDoubleResult;

    /** @param uids each user's uid, by scenario name */
    World(Map<String, String> uids) {
        this.uids = uids;
    }

    // ------------------------------------------------------------------ recording

    void observe(Observation o) {
        observed++;
        if (observations.size() < MAX_OBSERVATIONS) {
            observations.add(o);
            byUser.computeIfAbsent(o.user(), u -> new ArrayList<>()).add(o);
        }
        int state = o.connectionState();
        if (state > 0) {
            latestState.put(o.user(), state);
        }
        Observation.Receipt r = o.receipt();
        if (r != null) {
            arrived(o.user(), r);
        }
        resultOf(o);
    }

    private void arrived(String user, Observation.Receipt r) {
        String stream = r.from() + (r.room() == null ? "->" + uids.getOrDefault(user, user) : "->room:" + r.room());
        String copies = user + "|" + stream + "|" + r.text();
        int arrived = arrivedCount.merge(copies, 1, Integer::sum);
        Integer sent = sentCount.get(stream + "|" + r.text());
        if (sent != null && arrived > sent && firstDuplicate == null) {
            firstDuplicate = user + " got " + r.describe() + " for the " + ordinal(arrived) + " time, sent " + sent
                    + (sent == 1 ? " time" : " times");
        }
        List<String> texts = streams.get(stream);
        if (texts == null) {
            return;
        }
        String at = user + "|" + stream;
        int last = progress.getOrDefault(at, -1);
        int next = indexOf(texts, r.text(), last + 1);
        if (next >= 0) {
            progress.put(at, next);
        } else if (firstOutOfOrder == null && texts.indexOf(r.text()) >= 0 && texts.indexOf(r.text()) < last) {
            firstOutOfOrder = user + " got " + r.describe() + " after \"" + texts.get(last) + "\", which was sent after it";
        }
    }

    private static int indexOf(List<String> texts, String text, int from) {
        for (int i = from; i < texts.size(); i++) {
            if (texts.get(i).equals(text)) {
                return i;
            }
        }
        return -1;
    }

    private void resultOf(Observation o) {
        String key;
        String code;
        switch (o.name()) {
            case "onMessageSendResult" -> {
                key = o.user() + "|p2p|" + o.arg("msgid");
                code = o.arg("error");
            }
            case "onServerMessageSendResult" -> {
                key = o.user() + "|server|" + o.arg("msgid");
                code = o.arg("error");
            }
            case "onRoomMessageSendResult" -> {
                key = o.user() + "|room:" + o.arg("room") + "|" + o.arg("msgid");
                code = o.arg("error");
            }
            case "sendResult" -> {
                key = o.user() + "|any|" + o.arg("id");
                code = o.arg("code");
            }
            default -> {
                return;
            }
        }
        int c;
        try {
            c = Integer.parseInt(code);
        } catch (NumberFormatException e) {
            return;
        }
        List<Result> list = results.computeIfAbsent(key, k -> new ArrayList<>());
        list.add(new Result(c, o.timeNanos()));
        if (list.size() == 2 && firstDoubleResult == null) {
            firstDoubleResult = o.user() + "'s message " + key.substring(key.lastIndexOf('|') + 1) + " got a second result, "
                    + c + ", at " + dev.rtsfake.scenarios.model.Durations.clock(o.timeNanos()) + " (the first: "
                    + list.get(0).code() + ")";
        }
    }

    /**
     * A message a step sent. {@code stream} (sender uid, then "->" and the receiver's uid or
     * "room:" and the room) is null for messages to the app's server; {@code ordered} says whether
     * it must arrive after the ones sent on the stream before it.
     */
    void sent(Sent s, String stream, boolean ordered) {
        sends.add(s);
        if (stream == null) {
            return;
        }
        sentCount.merge(stream + "|" + s.text(), 1, Integer::sum);
        if (ordered) {
            streams.computeIfAbsent(stream, k -> new ArrayList<>()).add(s.text());
        }
    }

    /** A push from the app's backend on {@code stream}: it counts for duplicates, and has no result. */
    void pushed(String stream, String text) {
        sentCount.merge(stream + "|" + text, 1, Integer::sum);
    }

    // ------------------------------------------------------------------ reading

    List<Observation> observations() {
        return observations;
    }

    List<Observation> of(String user) {
        return byUser.getOrDefault(user, List.of());
    }

    boolean overflowed() {
        return observed > observations.size();
    }

    long observedCount() {
        return observed;
    }

    /** The user's latest connection state, or -1 when it reported none. */
    int state(String user) {
        return latestState.getOrDefault(user, -1);
    }

    List<Sent> sends() {
        return sends;
    }

    List<Result> results(Sent s) {
        return results.getOrDefault(s.key(), List.of());
    }

    /** The first send with no result yet, or null. */
    Sent unanswered() {
        for (Sent s : sends) {
            if (!results.containsKey(s.key())) {
                return s;
            }
        }
        return null;
    }

    String firstOutOfOrder() {
        return firstOutOfOrder;
    }

    String firstDuplicate() {
        return firstDuplicate;
    }

    String firstDoubleResult() {
        return firstDoubleResult;
    }

    String uid(String user) {
        return uids.getOrDefault(user, user);
    }

    Map<String, String> uids() {
        return new LinkedHashMap<>(uids);
    }

    private static String ordinal(int n) {
        return n == 2 ? "2nd" : n == 3 ? "3rd" : n + "th";
    }
}
