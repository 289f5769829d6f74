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
    public static String userField(ClientAction a) {
        return a instanceof ClientAction.Send || a instanceof ClientAction.Broadcast || a instanceof ClientAction.SendServer ? "from" : "user";
    }

    private static Map<Class<? extends Action>, String> actions() {
        Map<Class<? extends Action>, String> m = new LinkedHashMap<>();
        m.put(ClientAction.Login.class, "login");
        m.put(ClientAction.Logout.class, "logout");
        m.put(ClientAction.Send.class, "send");
        m.put(ClientAction.Broadcast.class, "broadcast");
        m.put(ClientAction.SendServer.class, "sendServer");
        m.put(ClientAction.Join.class, "join");
        m.put(ClientAction.Leave.class, "leave");
        m.put(ClientAction.ServerParams.class, "serverParams");
        m.put(ClientAction.PeerStatus.class, "peerStatus");
        m.put(ClientAction.RenewToken.class, "renewToken");
        m.put(ClientAction.Destroy.class, "destroy");
        m.put(ClientAction.Act.class, "act");
        m.put(NetworkAction.Disconnect.class, "disconnect");
        m.put(NetworkAction.Reconnect.class, "reconnect");
        m.put(NetworkAction.Cut.class, "cut");
        m.put(NetworkAction.Heal.class, "heal");
        m.put(NetworkAction.Hold.class, "hold");
        m.put(NetworkAction.Release.class, "release");
        m.put(NetworkAction.Latency.class, "latency");
        m.put(NetworkAction.Loss.class, "loss");
        m.put(NetworkAction.Outage.class, "outage");
        m.put(NetworkAction.Restore.class, "restore");
        m.put(NetworkAction.AddRule.class, "rule");
        m.put(NetworkAction.RemoveRule.class, "removeRule");
        m.put(CloudAction.Push.class, "push");
        m.put(CloudAction.InvalidateSession.class, "invalidateSession");
        m.put(CloudAction.AppServerFailNext.class, "appServerFailNext");
        m.put(CloudAction.AppServerDelayNext.class, "appServerDelayNext");
        m.put(CloudAction.AppServerDown.class, "appServerDown");
        m.put(CloudAction.AppServerUp.class, "appServerUp");
        m.put(CloudAction.AppServerSlow.class, "appServerSlow");
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
