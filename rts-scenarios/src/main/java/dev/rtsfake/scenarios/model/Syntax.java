package dev.rtsfake.scenarios.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words scenario files use for each kind of action, expectation and condition, in the order
 * the documentation and the JSON Schema list them. Error paths ({@code steps[3].send.to}) use them
 * whether the scenario came from a file or from Java.
 */
public final class Syntax {
    /** The key of each action in a step: {@code send: {...}}. */
    public static final Map<Class<? extends Action>, String> ACTIONS = actions();
    /** The key of each expectation in {@code expect}: {@code received: {...}}. */
    public static final Map<Class<? extends Expectation>, String> EXPECTATIONS = expectations();
    /** The key of each condition inside {@code eventually}, {@code always} and {@code never}. */
    public static final Map<Class<? extends Condition>, String> CONDITIONS = conditions();

    private Syntax() {
    }

    /** The key of an action. */
    public static String key(Action a) {
        return ACTIONS.get(a.getClass());
    }

    /** The key of an expectation. */
    public static String key(Expectation e) {
        return EXPECTATIONS.get(e.getClass());
    }

    /** The key of a condition. */
    public static String key(Condition c) {
        return CONDITIONS.get(c.getClass());
    }

    /** The field that names the acting user: {@code from} for the sends, {@code user} otherwise. */
    public static String userField(Action.ClientAction a) {
        return a instanceof Action.Send || a instanceof Action.Broadcast || a instanceof Action.SendServer ? "from" : "user";
    }

    private static Map<Class<? extends Action>, String> actions() {
        Map<Class<? extends Action>, String> m = new LinkedHashMap<>();
        m.put(Action.Login.class, "login");
        m.put(Action.Logout.class, "logout");
        m.put(Action.Send.class, "send");
        m.put(Action.Broadcast.class, "broadcast");
        m.put(Action.SendServer.class, "sendServer");
        m.put(Action.Join.class, "join");
        m.put(Action.Leave.class, "leave");
        m.put(Action.ServerParams.class, "serverParams");
        m.put(Action.PeerStatus.class, "peerStatus");
        m.put(Action.RenewToken.class, "renewToken");
        m.put(Action.Destroy.class, "destroy");
        m.put(Action.Act.class, "act");
        m.put(Action.Disconnect.class, "disconnect");
        m.put(Action.Reconnect.class, "reconnect");
        m.put(Action.Cut.class, "cut");
        m.put(Action.Heal.class, "heal");
        m.put(Action.Hold.class, "hold");
        m.put(Action.Release.class, "release");
        m.put(Action.Latency.class, "latency");
        m.put(Action.Loss.class, "loss");
        m.put(Action.Outage.class, "outage");
        m.put(Action.Restore.class, "restore");
        m.put(Action.AddRule.class, "rule");
        m.put(Action.RemoveRule.class, "removeRule");
        m.put(Action.Push.class, "push");
        m.put(Action.InvalidateSession.class, "invalidateSession");
        m.put(Action.AppServerFailNext.class, "appServerFailNext");
        m.put(Action.AppServerDelayNext.class, "appServerDelayNext");
        m.put(Action.AppServerDown.class, "appServerDown");
        m.put(Action.AppServerUp.class, "appServerUp");
        m.put(Action.AppServerSlow.class, "appServerSlow");
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Map<Class<? extends Expectation>, String> expectations() {
        Map<Class<? extends Expectation>, String> m = new LinkedHashMap<>();
        m.put(Expectation.Received.class, "received");
        m.put(Expectation.NotReceived.class, "notReceived");
        m.put(Expectation.Observed.class, "observed");
        m.put(Expectation.NotObserved.class, "notObserved");
        m.put(Expectation.SendResult.class, "sendResult");
        m.put(Expectation.Returned.class, "returned");
        m.put(Expectation.States.class, "states");
        m.put(Expectation.Online.class, "online");
        m.put(Expectation.Eventually.class, "eventually");
        m.put(Expectation.Always.class, "always");
        m.put(Expectation.Never.class, "never");
        m.put(Expectation.Fired.class, "fired");
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Map<Class<? extends Condition>, String> conditions() {
        Map<Class<? extends Condition>, String> m = new LinkedHashMap<>();
        m.put(Condition.Connected.class, "connected");
        m.put(Condition.InState.class, "state");
        m.put(Condition.InRoom.class, "inRoom");
        m.put(Condition.Online.class, "online");
        m.put(Condition.Offline.class, "offline");
        m.put(Condition.Answered.class, "answered");
        m.put(Condition.Clean.class, "clean");
        m.put(Condition.InOrder.class, "inOrder");
        m.put(Condition.NoDuplicates.class, "noDuplicates");
        m.put(Condition.OneResultPerSend.class, "oneResultPerSend");
        return java.util.Collections.unmodifiableMap(m);
    }
}
