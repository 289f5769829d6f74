package dev.rtsfake.scenarios.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Factories for {@link Expectation}s and {@link Condition}s, to import statically.
 *
 * <pre>{@code
 * .expect(received("bob", "alice", "hi").within(seconds(2)).after("hi"))
 * .expect(eventually(connected("alice"), Anchor.HEAL, seconds(10)))
 * .expect(always(inOrder()))
 * }</pre>
 */
public final class Expectations {
    private Expectations() {
    }

    /** {@code user} receives {@code text} from {@code from} at some time in the run. */
    public static Expectation.Received received(String user, String from, String text) {
        return new Expectation.Received(user, from, text, null, Window.WHOLE_RUN, null);
    }

    /** {@code user} never receives {@code text} from {@code from}. */
    public static Expectation.NotReceived notReceived(String user, String from, String text) {
        return new Expectation.NotReceived(user, from, text, null, Window.WHOLE_RUN);
    }

    /** {@code user}'s client observes {@code name} (an SDK callback, or an adapter's observation). */
    public static Expectation.Observed observed(String user, String name) {
        return new Expectation.Observed(user, name, Map.of(), Window.WHOLE_RUN, null);
    }

    /** {@code user}'s client never observes {@code name}. */
    public static Expectation.NotObserved notObserved(String user, String name) {
        return new Expectation.NotObserved(user, name, Map.of(), Window.WHOLE_RUN);
    }

    /** Every message of the labelled send step gets {@code code}. */
    public static Expectation.SendResult sendResult(String sendLabel, int code) {
        return new Expectation.SendResult(sendLabel, code, null, null);
    }

    /** The labelled step's call returns {@code value}. */
    public static Expectation.Returned returned(String stepLabel, long value) {
        return new Expectation.Returned(stepLabel, value);
    }

    /** {@code user}'s connection states are exactly these (see {@link ConnectionStates}). */
    public static Expectation.States states(String user, Integer... states) {
        return new Expectation.States(user, List.of(states), true);
    }

    /** {@code user}'s connection states include these, in this order. */
    public static Expectation.States statesInclude(String user, Integer... states) {
        return new Expectation.States(user, List.of(states), false);
    }

    /** The cloud has a session for {@code user} at {@code at}. */
    public static Expectation.Online onlineAt(String user, Duration at) {
        return new Expectation.Online(user, true, at);
    }

    /** The cloud has no session for {@code user} at {@code at}. */
    public static Expectation.Online offlineAt(String user, Duration at) {
        return new Expectation.Online(user, false, at);
    }

    /** The condition comes to hold within {@code within} of {@code after}. */
    public static Expectation.Eventually eventually(Condition condition, Anchor after, Duration within) {
        return new Expectation.Eventually(condition, after, within);
    }

    /** The condition holds all the run. */
    public static Expectation.Always always(Condition condition) {
        return new Expectation.Always(condition, Window.WHOLE_RUN);
    }

    /** The condition holds at no time of the run. */
    public static Expectation.Never never(Condition condition) {
        return new Expectation.Never(condition, Window.WHOLE_RUN);
    }

    /** The labelled fault acts at least once. */
    public static Expectation.Fired fired(String stepLabel) {
        return new Expectation.Fired(stepLabel, 1);
    }

    /** {@code user} is connected. */
    public static Condition connected(String user) {
        return new Condition.Connected(user);
    }

    /** {@code user}'s connection state is {@code state}. */
    public static Condition inState(String user, int state) {
        return new Condition.InState(user, state);
    }

    /** The cloud has {@code user} in {@code room}. */
    public static Condition inRoom(String user, String room) {
        return new Condition.InRoom(user, room);
    }

    /** The cloud has a session for {@code user}. */
    public static Condition online(String user) {
        return new Condition.Online(user);
    }

    /** The cloud has no session for {@code user}. */
    public static Condition offline(String user) {
        return new Condition.Offline(user);
    }

    /** Every send so far has its result. */
    public static Condition answered() {
        return new Condition.Answered();
    }

    /** No misuse or handler failure so far. */
    public static Condition clean() {
        return new Condition.Clean();
    }

    /** Reliable messages arrived in sending order so far. */
    public static Condition inOrder() {
        return new Condition.InOrder();
    }

    /** No message arrived twice so far. */
    public static Condition noDuplicates() {
        return new Condition.NoDuplicates();
    }

    /** No send got two results so far. */
    public static Condition oneResultPerSend() {
        return new Condition.OneResultPerSend();
    }
}
