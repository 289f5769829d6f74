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
    public static ClientAction.Login login(String user) {
        return new ClientAction.Login(user, null);
    }

    /** The user logs in with a token valid for {@code ttl}. */
    public static ClientAction.Login login(String user, Duration ttl) {
        return new ClientAction.Login(user, ttl);
    }

    /** The user logs out. */
    public static ClientAction.Logout logout(String user) {
        return new ClientAction.Logout(user);
    }

    /** A reliable P2P message. */
    public static ClientAction.Send send(String from, String to, String text) {
        return new ClientAction.Send(from, to, text, MessageConfig.RELIABLE_ORDERED, false, 1, Duration.ZERO);
    }

    /** A room message. */
    public static ClientAction.Broadcast broadcast(String from, String room, String text) {
        return new ClientAction.Broadcast(from, room, text, false, 1, Duration.ZERO);
    }

    /** A message to the app's server. */
    public static ClientAction.SendServer sendServer(String from, String text) {
        return new ClientAction.SendServer(from, text, false, 1, Duration.ZERO);
    }

    /** The user joins a room. */
    public static ClientAction.Join join(String user, String room) {
        return new ClientAction.Join(user, room);
    }

    /** The user leaves a room. */
    public static ClientAction.Leave leave(String user, String room) {
        return new ClientAction.Leave(user, room);
    }

    /** The user sets its server parameters. */
    public static ClientAction.ServerParams serverParams(String user, String signature, String url) {
        return new ClientAction.ServerParams(user, signature, url);
    }

    /** The user asks whether a peer is online. */
    public static ClientAction.PeerStatus peerStatus(String user, String peer) {
        return new ClientAction.PeerStatus(user, peer);
    }

    /** The user's client gets a fresh token. */
    public static ClientAction.RenewToken renewToken(String user) {
        return new ClientAction.RenewToken(user, null);
    }

    /** The user's engine is destroyed. */
    public static ClientAction.Destroy destroy(String user) {
        return new ClientAction.Destroy(user);
    }

    /** A named action of the team's client adapter. */
    public static ClientAction.Act act(String user, String action, Map<String, String> args) {
        return new ClientAction.Act(user, action, args);
    }

    /** The user's network drops. */
    public static NetworkAction.Disconnect disconnect(String user) {
        return new NetworkAction.Disconnect(user);
    }

    /** The user's network is back. */
    public static NetworkAction.Reconnect reconnect(String user) {
        return new NetworkAction.Reconnect(user);
    }

    /** One direction of the user's link stops. */
    public static NetworkAction.Cut cut(String user, LinkDirection direction) {
        return new NetworkAction.Cut(user, direction);
    }

    /** Packets wait on one direction of the user's link. */
    public static NetworkAction.Hold hold(String user, LinkDirection direction) {
        return new NetworkAction.Hold(user, direction);
    }

    /** Latency (and jitter) both ways on the user's link. */
    public static NetworkAction.Latency latency(String user, Duration base, Duration jitter) {
        return new NetworkAction.Latency(user, LinkDirection.BOTH, base, jitter);
    }

    /** Loss both ways on the user's link. */
    public static NetworkAction.Loss loss(String user, LossModel model) {
        return new NetworkAction.Loss(user, LinkDirection.BOTH, model);
    }

    /** The cloud is down for everyone. */
    public static NetworkAction.Outage outage() {
        return new NetworkAction.Outage();
    }

    /** The cloud is back. */
    public static NetworkAction.Restore restore() {
        return new NetworkAction.Restore();
    }

    /** A rule. */
    public static NetworkAction.AddRule rule(String name, RuleMatch match, RuleAction effect) {
        return new NetworkAction.AddRule(name, match, effect);
    }

    /** A push from the app's backend to one user. */
    public static CloudAction.Push push(String from, String to, String text) {
        return new CloudAction.Push(from, to, null, text);
    }

    /** A push from the app's backend to everyone in a room. */
    public static CloudAction.Push pushToRoom(String from, String room, String text) {
        return new CloudAction.Push(from, null, room, text);
    }

    /** The cloud invalidates the user's session. */
    public static CloudAction.InvalidateSession invalidateSession(String user) {
        return new CloudAction.InvalidateSession(user);
    }

    /** The app's server is down. */
    public static CloudAction.AppServerDown appServerDown(AppServerFailure failure) {
        return new CloudAction.AppServerDown(failure);
    }

    /** Every answer of the app's server comes late. */
    public static CloudAction.AppServerSlow appServerSlow(Duration delay) {
        return new CloudAction.AppServerSlow(delay);
    }

    /** The next answer of the app's server fails. */
    public static CloudAction.AppServerFailNext appServerFailNext(AppServerFailure failure) {
        return new CloudAction.AppServerFailNext(failure);
    }
}
