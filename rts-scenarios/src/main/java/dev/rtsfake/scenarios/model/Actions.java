package dev.rtsfake.scenarios.model;

import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.appserver.AppServerFailure;
import dev.rtsfake.fake.net.LinkDirection;
import dev.rtsfake.fake.net.LossModel;
import dev.rtsfake.fake.net.RuleAction;
import java.time.Duration;
import java.util.Map;

/**
 * Factories for {@link Action}s and durations, to import statically when writing scenarios in Java.
 *
 * <pre>{@code
 * .at(seconds(1), send("alice", "bob", "hi"))
 * .at(seconds(2), loss("bob", LossModel.independent(0.2))).lasting(seconds(10))
 * }</pre>
 */
public final class Actions {
    private Actions() {
    }

    /** {@code n} seconds. */
    public static Duration seconds(long n) {
        return Duration.ofSeconds(n);
    }

    /** {@code n} milliseconds. */
    public static Duration millis(long n) {
        return Duration.ofMillis(n);
    }

    /** The user logs in with a fresh token. */
    public static Action.Login login(String user) {
        return new Action.Login(user, null);
    }

    /** The user logs in with a token valid for {@code ttl}. */
    public static Action.Login login(String user, Duration ttl) {
        return new Action.Login(user, ttl);
    }

    /** The user logs out. */
    public static Action.Logout logout(String user) {
        return new Action.Logout(user);
    }

    /** A reliable P2P message. */
    public static Action.Send send(String from, String to, String text) {
        return new Action.Send(from, to, text, MessageConfig.RELIABLE_ORDERED, false, 1, Duration.ZERO);
    }

    /** A room message. */
    public static Action.Broadcast broadcast(String from, String room, String text) {
        return new Action.Broadcast(from, room, text, false, 1, Duration.ZERO);
    }

    /** A message to the app's server. */
    public static Action.SendServer sendServer(String from, String text) {
        return new Action.SendServer(from, text, false, 1, Duration.ZERO);
    }

    /** The user joins a room. */
    public static Action.Join join(String user, String room) {
        return new Action.Join(user, room);
    }

    /** The user leaves a room. */
    public static Action.Leave leave(String user, String room) {
        return new Action.Leave(user, room);
    }

    /** The user sets its server parameters. */
    public static Action.ServerParams serverParams(String user, String signature, String url) {
        return new Action.ServerParams(user, signature, url);
    }

    /** The user asks whether a peer is online. */
    public static Action.PeerStatus peerStatus(String user, String peer) {
        return new Action.PeerStatus(user, peer);
    }

    /** The user's client gets a fresh token. */
    public static Action.RenewToken renewToken(String user) {
        return new Action.RenewToken(user, null);
    }

    /** The user's engine is destroyed. */
    public static Action.Destroy destroy(String user) {
        return new Action.Destroy(user);
    }

    /** A named action of the team's client adapter. */
    public static Action.Act act(String user, String action, Map<String, String> args) {
        return new Action.Act(user, action, args);
    }

    /** The user's network drops. */
    public static Action.Disconnect disconnect(String user) {
        return new Action.Disconnect(user);
    }

    /** The user's network is back. */
    public static Action.Reconnect reconnect(String user) {
        return new Action.Reconnect(user);
    }

    /** One direction of the user's link stops. */
    public static Action.Cut cut(String user, LinkDirection direction) {
        return new Action.Cut(user, direction);
    }

    /** Packets wait on one direction of the user's link. */
    public static Action.Hold hold(String user, LinkDirection direction) {
        return new Action.Hold(user, direction);
    }

    /** Latency (and jitter) both ways on the user's link. */
    public static Action.Latency latency(String user, Duration base, Duration jitter) {
        return new Action.Latency(user, LinkDirection.BOTH, base, jitter);
    }

    /** Loss both ways on the user's link. */
    public static Action.Loss loss(String user, LossModel model) {
        return new Action.Loss(user, LinkDirection.BOTH, model);
    }

    /** The cloud is down for everyone. */
    public static Action.Outage outage() {
        return new Action.Outage();
    }

    /** The cloud is back. */
    public static Action.Restore restore() {
        return new Action.Restore();
    }

    /** A rule. */
    public static Action.AddRule rule(String name, RuleMatch match, RuleAction effect) {
        return new Action.AddRule(name, match, effect);
    }

    /** A push from the app's backend to one user. */
    public static Action.Push push(String from, String to, String text) {
        return new Action.Push(from, to, null, text);
    }

    /** A push from the app's backend to everyone in a room. */
    public static Action.Push pushToRoom(String from, String room, String text) {
        return new Action.Push(from, null, room, text);
    }

    /** The cloud invalidates the user's session. */
    public static Action.InvalidateSession invalidateSession(String user) {
        return new Action.InvalidateSession(user);
    }

    /** The app's server is down. */
    public static Action.AppServerDown appServerDown(AppServerFailure failure) {
        return new Action.AppServerDown(failure);
    }

    /** Every answer of the app's server comes late. */
    public static Action.AppServerSlow appServerSlow(Duration delay) {
        return new Action.AppServerSlow(delay);
    }

    /** The next answer of the app's server fails. */
    public static Action.AppServerFailNext appServerFailNext(AppServerFailure failure) {
        return new Action.AppServerFailNext(failure);
    }
}
