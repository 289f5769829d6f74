package dev.rtsfake.scenarios.run;

import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.appserver.AppServer;
import dev.rtsfake.fake.net.Network;
import dev.rtsfake.fake.net.Rule;
import dev.rtsfake.fake.serverapi.ServerApi;
import dev.rtsfake.fake.serverapi.ServerApiResult;
import dev.rtsfake.scenarios.model.Action;
import dev.rtsfake.scenarios.model.CloudAction;
import dev.rtsfake.scenarios.model.NetworkAction;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Carries out the steps that are not a client's: network faults and rules (through the harness's
 * {@link Network}), server pushes ({@link ServerApi}), session invalidation and the app server's
 * failures ({@link AppServer}). Users are turned into the names the network knows their links by.
 */
final class CloudActions {
    private final FakeRtsCloud cloud;
    private final String appId;
    private final java.time.Duration cloudLatency;
    private final UnaryOperator<String> linkOf;
    private final UnaryOperator<String> uidOf;
    private final Map<String, Network.RuleHandle> rules = new HashMap<>();

    CloudActions(FakeRtsCloud cloud, String appId, java.time.Duration cloudLatency, UnaryOperator<String> linkOf,
                 UnaryOperator<String> uidOf) {
        this.cloud = cloud;
        this.appId = appId;
        this.cloudLatency = cloudLatency;
        this.linkOf = linkOf;
        this.uidOf = uidOf;
    }

    /** Does it; returns what the call returned (a push's result code, an invalidation's boolean), or null. */
    Object perform(Action a) {
        Network net = cloud.network();
        AppServer server = cloud.appServer(appId);
        if (a instanceof NetworkAction.Disconnect x) {
            net.disconnect(linkOf.apply(x.user()));
        } else if (a instanceof NetworkAction.Reconnect x) {
            net.reconnect(linkOf.apply(x.user()));
        } else if (a instanceof NetworkAction.Cut x) {
            net.cut(linkOf.apply(x.user()), x.direction());
        } else if (a instanceof NetworkAction.Heal x) {
            net.heal(linkOf.apply(x.user()), x.direction());
        } else if (a instanceof NetworkAction.Hold x) {
            net.hold(linkOf.apply(x.user()), x.direction());
        } else if (a instanceof NetworkAction.Release x) {
            return net.release(linkOf.apply(x.user()), x.direction());
        } else if (a instanceof NetworkAction.Latency x) {
            net.latency(linkOf.apply(x.user()), x.direction(), x.base() == null ? cloudLatency : x.base(), x.jitter());
        } else if (a instanceof NetworkAction.Loss x) {
            net.loss(linkOf.apply(x.user()), x.direction(), x.model());
        } else if (a instanceof NetworkAction.Outage) {
            net.outage();
        } else if (a instanceof NetworkAction.Restore) {
            net.restore();
        } else if (a instanceof NetworkAction.AddRule x) {
            addRule(net, x);
        } else if (a instanceof NetworkAction.RemoveRule x) {
            Network.RuleHandle handle = rules.remove(x.name());
            if (handle == null) {
                throw new IllegalStateException("no rule named '" + x.name() + "' is in force (in force: "
                        + rules.keySet() + ")");
            }
            handle.remove();
        } else if (a instanceof CloudAction.Push x) {
            return push(x);
        } else if (a instanceof CloudAction.InvalidateSession x) {
            return cloud.invalidateSession(appId, uidOf.apply(x.user()));
        } else if (a instanceof CloudAction.AppServerFailNext x) {
            server.failNext(x.failure());
        } else if (a instanceof CloudAction.AppServerDelayNext x) {
            server.delayNext(x.delay());
        } else if (a instanceof CloudAction.AppServerDown x) {
            server.outage(x.failure());
        } else if (a instanceof CloudAction.AppServerUp) {
            server.restore();
        } else if (a instanceof CloudAction.AppServerSlow x) {
            server.answerDelay(x.delay());
        } else {
            throw new IllegalArgumentException("not a cloud action: " + a);
        }
        return null;
    }

    private void addRule(Network net, NetworkAction.AddRule x) {
        if (rules.containsKey(x.name())) {
            throw new IllegalStateException("a rule named '" + x.name() + "' is in force already; name each rule once");
        }
        Rule rule = Rule.when(x.match().toMatch(uidOf)).named(x.name()).then(x.effect());
        rules.put(x.name(), net.addRule(rule));
    }

    private Object push(CloudAction.Push x) {
        ServerApi api = cloud.serverApi(appId);
        ServerApiResult result;
        if (x.room() == null) {
            result = api.sendUnicast(x.from(), uidOf.apply(x.to()), x.text());
        } else if (x.to() == null) {
            result = api.sendBroadcast(x.room(), x.from(), x.text());
        } else {
            result = api.sendRoomUnicast(x.room(), x.from(), uidOf.apply(x.to()), x.text());
        }
        return result.isOk() ? (Object) 0 : result.code();
    }
}
