package dev.rtsfake.scenarios.model;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a run is judged by: each expectation gets its own verdict. Make them with {@link
 * Expectations}; the {@code within}/{@code after} methods narrow their window.
 */
public sealed interface Expectation {

    /** How it reads in a report: {@code bob receives "hi" from alice within 12s}. */
    String describe();

    /**
     * The user's client receives a message (P2P, in a room, or pushed) in the window.
     *
     * @param user the receiver
     * @param from the sender's uid (or a push's sender name), or null for anyone
     * @param text the message, or null for any
     * @param room the room it arrives in, or null for any (P2P included)
     * @param window when
     * @param count how many such messages, or null for at least one
     */
    record Received(String user, String from, String text, String room, Window window, Integer count)
            implements Expectation {
        /** Checks the fields. */
        public Received {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(window, "window");
            requireCount(count);
        }

        public String describe() {
            return user + " receives " + message(text, count) + fromIn(from, room) + window.describe();
        }

        /** The same, within {@code d} of the anchor. */
        public Received within(Duration d) {
            return new Received(user, from, text, room, window.within(d), count);
        }

        /** The same, from the step labelled {@code label}. */
        public Received after(String label) {
            return new Received(user, from, text, room, window.after(Anchor.step(label)), count);
        }

        /** The same, from the given anchor. */
        public Received after(Anchor anchor) {
            return new Received(user, from, text, room, window.after(anchor), count);
        }

        /** The same, in a room. */
        public Received inRoom(String roomId) {
            return new Received(user, from, text, roomId, window, count);
        }

        /** The same, exactly {@code n} times. */
        public Received times(int n) {
            return new Received(user, from, text, room, window, n);
        }
    }

    /**
     * The user's client receives no such message in the window.
     *
     * @param user the receiver
     * @param from the sender, or null for anyone
     * @param text the message, or null for any
     * @param room the room, or null for any
     * @param window when
     */
    record NotReceived(String user, String from, String text, String room, Window window) implements Expectation {
        /** Checks the fields. */
        public NotReceived {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(window, "window");
        }

        public String describe() {
            return user + " receives no " + (text == null ? "message" : Texts.quote(text)) + fromIn(from, room)
                    + window.describe();
        }

        /** The same, within {@code d} of the anchor. */
        public NotReceived within(Duration d) {
            return new NotReceived(user, from, text, room, window.within(d));
        }

        /** The same, from the step labelled {@code label}. */
        public NotReceived after(String label) {
            return new NotReceived(user, from, text, room, window.after(Anchor.step(label)));
        }

        /** The same, from the given anchor. */
        public NotReceived after(Anchor anchor) {
            return new NotReceived(user, from, text, room, window.after(anchor));
        }
    }

    /**
     * The user's client observes something by name: an SDK callback ({@code onLogout} with
     * {@code reason: 1}) or what the team's adapter reports.
     *
     * @param user whose client
     * @param name the callback or observation
     * @param args arguments that must have these values (the others may have any)
     * @param window when
     * @param count how many, or null for at least one
     */
    record Observed(String user, String name, Map<String, String> args, Window window, Integer count)
            implements Expectation {
        /** Checks the fields and copies the arguments. */
        public Observed {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(window, "window");
            args = args == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
            requireCount(count);
        }

        public String describe() {
            return user + " observes " + call(name, args) + (count == null ? "" : " " + count + " times") + window.describe();
        }

        /** The same, within {@code d} of the anchor. */
        public Observed within(Duration d) {
            return new Observed(user, name, args, window.within(d), count);
        }

        /** The same, from the given anchor. */
        public Observed after(Anchor anchor) {
            return new Observed(user, name, args, window.after(anchor), count);
        }

        /** The same, with one more argument value. */
        public Observed with(String arg, Object value) {
            Map<String, String> more = new LinkedHashMap<>(args);
            more.put(arg, String.valueOf(value));
            return new Observed(user, name, more, window, count);
        }
    }

    /**
     * The user's client observes nothing of the sort in the window.
     *
     * @param user whose client
     * @param name the callback or observation
     * @param args arguments that must have these values
     * @param window when
     */
    record NotObserved(String user, String name, Map<String, String> args, Window window) implements Expectation {
        /** Checks the fields and copies the arguments. */
        public NotObserved {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(window, "window");
            args = args == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
        }

        public String describe() {
            return user + " never observes " + call(name, args) + window.describe();
        }

        /** The same, with one more argument value. */
        public NotObserved with(String arg, Object value) {
            Map<String, String> more = new LinkedHashMap<>(args);
            more.put(arg, String.valueOf(value));
            return new NotObserved(user, name, more, window);
        }
    }

    /**
     * The messages a labelled send step sent get this result code.
     *
     * @param send the label of a send, broadcast or sendServer step
     * @param code the result code (0 success for P2P and server messages, 200 for room messages)
     * @param count how many of them, or null for every one
     * @param within how long after the send each may take, or null for by the end
     */
    record SendResult(String send, int code, Integer count, Duration within) implements Expectation {
        /** Checks the fields. */
        public SendResult {
            Objects.requireNonNull(send, "send");
            requireCount(count);
        }

        public String describe() {
            return (count == null ? "the send " + send : count + " of the sends " + send) + " get"
                    + (count == null || count == 1 ? "s" : "") + " result " + code
                    + (within == null ? "" : " within " + Durations.format(within));
        }

        /** The same, for {@code n} of them. */
        public SendResult times(int n) {
            return new SendResult(send, code, n, within);
        }

        /** The same, each within {@code d}. */
        public SendResult within(Duration d) {
            return new SendResult(send, code, count, d);
        }
    }

    /**
     * A labelled step's call returns this value (a login 0, a send its id, a push 0 when accepted).
     *
     * @param step the step's label
     * @param value what the call returned (for several sends, the first)
     */
    record Returned(String step, long value) implements Expectation {
        /** Checks the label. */
        public Returned {
            Objects.requireNonNull(step, "step");
        }

        public String describe() {
            return "step " + step + " returns " + value;
        }
    }

    /**
     * The user's connection states over the whole run.
     *
     * @param user the user
     * @param states the states, in order
     * @param exact true: exactly these; false: these in this order, others allowed between
     */
    record States(String user, List<Integer> states, boolean exact) implements Expectation {
        /** Checks the fields and copies the states. */
        public States {
            Objects.requireNonNull(user, "user");
            states = List.copyOf(states);
            states.forEach(ConnectionStates::require);
        }

        public String describe() {
            return user + "'s connection states " + (exact ? "are " : "include, in order, ")
                    + states.stream().map(ConnectionStates::name).collect(Collectors.joining(", "));
        }
    }

    /**
     * At an instant, the cloud has (or has no) session for the user.
     *
     * @param user the user
     * @param online whether peers see it ONLINE then
     * @param at the instant
     */
    record Online(String user, boolean online, Duration at) implements Expectation {
        /** Checks the fields. */
        public Online {
            Objects.requireNonNull(user, "user");
            Durations.requireNonNegative("at", at);
        }

        public String describe() {
            return user + " is " + (online ? "online" : "offline") + " at " + Durations.format(at);
        }
    }

    /**
     * Liveness: from an anchor, the condition comes to hold within a time.
     *
     * @param condition what must come to hold
     * @param after when the wait starts (the heal, for "eventually after heal")
     * @param within how long it may take
     */
    record Eventually(Condition condition, Anchor after, Duration within) implements Expectation {
        /** Checks the fields. */
        public Eventually {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(after, "after");
            Durations.requireNonNegative("within", within);
        }

        public String describe() {
            return "eventually " + condition.describe() + ", within " + Durations.format(within) + " after "
                    + after.describe();
        }
    }

    /**
     * Safety: the condition holds throughout the window.
     *
     * @param condition what must hold
     * @param window when
     */
    record Always(Condition condition, Window window) implements Expectation {
        /** Checks the fields. */
        public Always {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(window, "window");
        }

        public String describe() {
            return "always: " + condition.describe() + window.describe();
        }

        /** The same, for {@code d} from the anchor. */
        public Always within(Duration d) {
            return new Always(condition, window.within(d));
        }

        /** The same, from {@code anchor}. */
        public Always after(Anchor anchor) {
            return new Always(condition, window.after(anchor));
        }
    }

    /**
     * Safety: the condition never holds in the window.
     *
     * @param condition what must not hold
     * @param window when
     */
    record Never(Condition condition, Window window) implements Expectation {
        /** Checks the fields. */
        public Never {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(window, "window");
        }

        public String describe() {
            return "never: " + condition.describe() + window.describe();
        }

        /** The same, for {@code d} from the anchor. */
        public Never within(Duration d) {
            return new Never(condition, window.within(d));
        }

        /** The same, from {@code anchor}. */
        public Never after(Anchor anchor) {
            return new Never(condition, window.after(anchor));
        }
    }

    /**
     * A labelled fault, rule or app-server failure acts at least this often.
     *
     * @param step the step's label
     * @param atLeast the least number of times
     */
    record Fired(String step, int atLeast) implements Expectation {
        /** Checks the fields. */
        public Fired {
            Objects.requireNonNull(step, "step");
            if (atLeast < 1) {
                throw new IllegalArgumentException("atLeast is 1 or more, was " + atLeast);
            }
        }

        public String describe() {
            return "the fault " + step + " acts at least " + (atLeast == 1 ? "once" : atLeast + " times");
        }
    }

    private static void requireCount(Integer count) {
        if (count != null && count < 0) {
            throw new IllegalArgumentException("count is 0 or more, was " + count);
        }
    }

    private static String message(String text, Integer count) {
        String what = text == null ? "a message" : Texts.quote(text);
        return count == null ? what : (text == null ? count + " messages" : what + " " + count + " times");
    }

    private static String fromIn(String from, String room) {
        return (from == null ? "" : " from " + from) + (room == null ? "" : " in room " + room);
    }

    private static String call(String name, Map<String, String> args) {
        if (args.isEmpty()) {
            return name;
        }
        return name + args.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
