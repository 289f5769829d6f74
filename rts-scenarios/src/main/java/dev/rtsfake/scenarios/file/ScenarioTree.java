package dev.rtsfake.scenarios.file;

import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.appserver.AppServerFailure;
import dev.rtsfake.fake.net.LinkDirection;
import dev.rtsfake.fake.net.LossModel;
import dev.rtsfake.fake.net.RuleAction;
import dev.rtsfake.scenarios.model.Action;
import dev.rtsfake.scenarios.model.CloudAction;
import dev.rtsfake.scenarios.model.NetworkAction;
import dev.rtsfake.scenarios.model.ClientAction;
import dev.rtsfake.scenarios.model.Anchor;
import dev.rtsfake.scenarios.model.AppServerSpec;
import dev.rtsfake.scenarios.model.CloudSpec;
import dev.rtsfake.scenarios.model.Condition;
import dev.rtsfake.scenarios.model.ConnectionStates;
import dev.rtsfake.scenarios.model.Durations;
import dev.rtsfake.scenarios.model.Expectation;
import dev.rtsfake.scenarios.model.RuleMatch;
import dev.rtsfake.scenarios.model.Scenario;
import dev.rtsfake.scenarios.model.Step;
import dev.rtsfake.scenarios.model.Syntax;
import dev.rtsfake.scenarios.model.Timing;
import dev.rtsfake.scenarios.model.UserSpec;
import dev.rtsfake.scenarios.model.Window;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario as the plain tree a file holds (maps in canonical field order, lists, texts, numbers,
 * booleans, nulls), leaving out what is the default, and using the short forms where they say the
 * same ({@code disconnect: alice}, {@code always: inOrder}). Reading the tree back gives the same scenario.
 */
final class ScenarioTree {
    private ScenarioTree() {
    }

    static Map<String, Object> of(Scenario s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        put(m, "description", s.description());
        if (s.seed() != Scenario.DEFAULT_SEED) {
            m.put("seed", s.seed());
        }
        if (!s.cloud().equals(CloudSpec.DEFAULTS)) {
            m.put("cloud", cloud(s.cloud()));
        }
        if (!s.users().isEmpty()) {
            m.put("users", s.users().stream().map(ScenarioTree::user).toList());
        }
        if (!s.appServer().equals(AppServerSpec.DEFAULT)) {
            Map<String, Object> a = new LinkedHashMap<>();
            if (s.appServer().status() != 200) {
                a.put("status", (long) s.appServer().status());
            }
            if (!s.appServer().body().isEmpty()) {
                a.put("body", s.appServer().body());
            }
            putDuration(a, "timeout", s.appServer().timeout());
            m.put("appServer", a);
        }
        if (!s.steps().isEmpty()) {
            m.put("steps", s.steps().stream().map(ScenarioTree::step).toList());
        }
        if (!s.expectations().isEmpty()) {
            m.put("expect", s.expectations().stream().map(ScenarioTree::expectation).toList());
        }
        putDuration(m, "end", s.end());
        return m;
    }

    private static Map<String, Object> cloud(CloudSpec c) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!c.appId().equals(CloudSpec.DEFAULT_APP_ID)) {
            m.put("appId", c.appId());
        }
        if (!c.appKey().equals(CloudSpec.DEFAULT_APP_KEY)) {
            m.put("appKey", c.appKey());
        }
        putDuration(m, "latency", c.latency());
        putDuration(m, "sysStatsInterval", c.sysStatsInterval());
        putDuration(m, "heartbeatTimeout", c.heartbeatTimeout());
        if (c.disconnectTimings() != null) {
            Map<String, Object> t = new LinkedHashMap<>();
            putDuration(t, "disconnectedAfter", c.disconnectTimings().disconnectedAfter());
            putDuration(t, "lostAfter", c.disconnectTimings().lostAfter());
            m.put("disconnectTimings", t);
        }
        putDuration(m, "reconnectInterval", c.reconnectInterval());
        putDuration(m, "sessionGrace", c.sessionGrace());
        putDuration(m, "messageTimeout", c.messageTimeout());
        putDuration(m, "retransmitInterval", c.retransmitInterval());
        if (c.rateLimits() != null) {
            if (!c.rateLimits().on()) {
                m.put("rateLimits", "off");
            } else {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("p2p", (long) c.rateLimits().p2pPerClient());
                r.put("room", (long) c.rateLimits().perRoom());
                r.put("serverApi", (long) c.rateLimits().serverApiPerApp());
                m.put("rateLimits", r);
            }
        }
        if (c.offlinePeerResult() != null) {
            m.put("offlinePeerResult", (long) c.offlinePeerResult());
        }
        if (c.strict() != null) {
            m.put("strict", c.strict());
        }
        return m;
    }

    private static Object user(UserSpec u) {
        if (u.equals(UserSpec.named(u.name()))) {
            return u.name();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", u.name());
        if (!u.uid().equals(u.name())) {
            m.put("uid", u.uid());
        }
        put(m, "client", u.client());
        if (!u.login()) {
            m.put("login", false);
        }
        if (!u.tokenTtl().equals(UserSpec.DEFAULT_TOKEN_TTL)) {
            putDuration(m, "tokenTtl", u.tokenTtl());
        }
        if (!u.rooms().isEmpty()) {
            m.put("rooms", List.copyOf(u.rooms()));
        }
        return m;
    }

    private static Map<String, Object> step(Step s) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (s.timing() instanceof Timing.At at) {
            putDuration(m, "at", at.instant());
        } else {
            putDuration(m, "after", ((Timing.After) s.timing()).delay());
        }
        m.put(Syntax.key(s.action()), action(s.action()));
        putDuration(m, "for", s.lasting());
        put(m, "label", s.label());
        return m;
    }

    // ------------------------------------------------------------------ actions

    private static Object action(Action a) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (a instanceof ClientAction.Login x) {
            m.put("user", x.user());
            putDuration(m, "tokenTtl", x.tokenTtl());
        } else if (a instanceof ClientAction.RenewToken x) {
            m.put("user", x.user());
            putDuration(m, "tokenTtl", x.tokenTtl());
        } else if (a instanceof ClientAction.Send x) {
            m.put("from", x.user());
            m.put("to", x.to());
            m.put("text", x.text());
            if (x.reliability() != MessageConfig.RELIABLE_ORDERED) {
                m.put("reliability", x.reliability().name());
            }
            repeated(m, x.binary(), x.count(), x.every());
        } else if (a instanceof ClientAction.Broadcast x) {
            m.put("from", x.user());
            m.put("room", x.room());
            m.put("text", x.text());
            repeated(m, x.binary(), x.count(), x.every());
        } else if (a instanceof ClientAction.SendServer x) {
            m.put("from", x.user());
            m.put("text", x.text());
            repeated(m, x.binary(), x.count(), x.every());
        } else if (a instanceof ClientAction.Join x) {
            m.put("user", x.user());
            m.put("room", x.room());
        } else if (a instanceof ClientAction.Leave x) {
            m.put("user", x.user());
            m.put("room", x.room());
        } else if (a instanceof ClientAction.ServerParams x) {
            m.put("user", x.user());
            m.put("signature", x.signature());
            m.put("url", x.url());
        } else if (a instanceof ClientAction.PeerStatus x) {
            m.put("user", x.user());
            m.put("peer", x.peer());
        } else if (a instanceof ClientAction.Act x) {
            m.put("user", x.user());
            m.put("action", x.action());
            if (!x.args().isEmpty()) {
                m.put("args", args(x.args()));
            }
        } else if (a instanceof NetworkAction.Cut x) {
            directed(m, x.user(), x.direction());
        } else if (a instanceof NetworkAction.Heal x) {
            directed(m, x.user(), x.direction());
        } else if (a instanceof NetworkAction.Hold x) {
            directed(m, x.user(), x.direction());
        } else if (a instanceof NetworkAction.Release x) {
            directed(m, x.user(), x.direction());
        } else if (a instanceof NetworkAction.Latency x) {
            directed(m, x.user(), x.direction());
            putDuration(m, "base", x.base());
            if (!x.jitter().isZero()) {
                putDuration(m, "jitter", x.jitter());
            }
        } else if (a instanceof NetworkAction.Loss x) {
            directed(m, x.user(), x.direction());
            loss(m, x.model());
        } else if (a instanceof NetworkAction.AddRule x) {
            m.put("name", x.name());
            m.put("match", match(x.match()));
            m.put("effect", effect(x.effect()));
        } else if (a instanceof NetworkAction.RemoveRule x) {
            m.put("name", x.name());
        } else if (a instanceof CloudAction.Push x) {
            m.put("from", x.from());
            put(m, "to", x.to());
            put(m, "room", x.room());
            m.put("text", x.text());
        } else if (a instanceof CloudAction.AppServerFailNext x) {
            m.put("failure", failure(x.failure()));
        } else if (a instanceof CloudAction.AppServerDown x) {
            m.put("failure", failure(x.failure()));
        } else if (a instanceof CloudAction.AppServerDelayNext x) {
            putDuration(m, "delay", x.delay());
        } else if (a instanceof CloudAction.AppServerSlow x) {
            putDuration(m, "delay", x.delay());
        } else if (a instanceof NetworkAction.Outage || a instanceof NetworkAction.Restore || a instanceof CloudAction.AppServerUp) {
            return null;
        } else {
            m.put("user", ((Object) userOf(a)));
        }
        return shortForm(Shapes.ACTIONS.get(Syntax.key(a)), m);
    }

    private static String userOf(Action a) {
        if (a instanceof ClientAction c) {
            return c.user();
        }
        if (a instanceof NetworkAction.Disconnect x) {
            return x.user();
        }
        if (a instanceof NetworkAction.Reconnect x) {
            return x.user();
        }
        return ((CloudAction.InvalidateSession) a).user();
    }

    /** The bare value when only the shape's scalar field is set. */
    private static Object shortForm(Shapes.Shape shape, Map<String, Object> m) {
        if (shape.scalarField() != null && m.size() == 1 && m.containsKey(shape.scalarField())) {
            return m.get(shape.scalarField());
        }
        return m;
    }

    private static void directed(Map<String, Object> m, String user, LinkDirection d) {
        m.put("user", user);
        if (d != LinkDirection.BOTH) {
            m.put("direction", d.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static void repeated(Map<String, Object> m, boolean binary, int count, Duration every) {
        if (binary) {
            m.put("binary", true);
        }
        if (count != 1) {
            m.put("count", (long) count);
        }
        if (!every.isZero()) {
            putDuration(m, "every", every);
        }
    }

    private static void loss(Map<String, Object> m, LossModel model) {
        if (model instanceof LossModel.GilbertElliott g) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("goodToBad", g.goodToBad());
            b.put("badToGood", g.badToGood());
            b.put("lossInGood", g.lossInGood());
            b.put("lossInBad", g.lossInBad());
            m.put("bursty", b);
        } else {
            m.put("probability", model instanceof LossModel.Independent i ? i.probability() : 0.0);
        }
    }

    private static Object match(RuleMatch r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", r.kind());
        put(m, "from", r.from());
        put(m, "to", r.to());
        if (r.nth() > 0) {
            m.put("nth", (long) r.nth());
        }
        putDuration(m, "after", r.after());
        return m.size() == 1 ? r.kind() : m;
    }

    private static Object effect(RuleAction e) {
        if (e instanceof RuleAction.Delay d) {
            return Map.of("delay", Durations.format(d.extra()));
        }
        if (e instanceof RuleAction.Fail f) {
            return Map.of("fail", (long) f.resultCode());
        }
        return e instanceof RuleAction.Hold ? "hold" : "drop";
    }

    private static Object failure(AppServerFailure f) {
        if (f instanceof AppServerFailure.Status s) {
            return (long) s.status();
        }
        return f instanceof AppServerFailure.Timeout ? "timeout" : "unreachable";
    }

    // ------------------------------------------------------------------ expectations

    private static Map<String, Object> expectation(Expectation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        String key = e instanceof Expectation.Online o && !o.online() ? "offline" : Syntax.key(e);
        Object value;
        if (e instanceof Expectation.Received r) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("user", r.user());
            put(v, "from", r.from());
            put(v, "text", r.text());
            put(v, "room", r.room());
            if (r.count() != null) {
                v.put("count", (long) r.count());
            }
            window(v, r.window());
            value = v;
        } else if (e instanceof Expectation.NotReceived r) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("user", r.user());
            put(v, "from", r.from());
            put(v, "text", r.text());
            put(v, "room", r.room());
            window(v, r.window());
            value = v;
        } else if (e instanceof Expectation.Observed o) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("user", o.user());
            v.put("name", o.name());
            if (!o.args().isEmpty()) {
                v.put("args", args(o.args()));
            }
            if (o.count() != null) {
                v.put("count", (long) o.count());
            }
            window(v, o.window());
            value = v;
        } else if (e instanceof Expectation.NotObserved o) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("user", o.user());
            v.put("name", o.name());
            if (!o.args().isEmpty()) {
                v.put("args", args(o.args()));
            }
            window(v, o.window());
            value = v;
        } else if (e instanceof Expectation.SendResult r) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("send", r.send());
            v.put("code", (long) r.code());
            if (r.count() != null) {
                v.put("count", (long) r.count());
            }
            putDuration(v, "within", r.within());
            value = v;
        } else if (e instanceof Expectation.Returned r) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("step", r.step());
            v.put("value", r.value());
            value = v;
        } else if (e instanceof Expectation.States st) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("user", st.user());
            v.put(st.exact() ? "are" : "include", st.states().stream().map(ConnectionStates::name).toList());
            value = v;
        } else if (e instanceof Expectation.Online o) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("user", o.user());
            putDuration(v, "at", o.at());
            value = v;
        } else if (e instanceof Expectation.Eventually ev) {
            Map<String, Object> v = condition(ev.condition());
            anchor(v, ev.after());
            putDuration(v, "within", ev.within());
            value = v;
        } else if (e instanceof Expectation.Always al) {
            value = timed(al.condition(), al.window());
        } else if (e instanceof Expectation.Never nv) {
            value = timed(nv.condition(), nv.window());
        } else {
            Expectation.Fired f = (Expectation.Fired) e;
            if (f.atLeast() == 1) {
                value = f.step();
            } else {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("step", f.step());
                v.put("atLeast", (long) f.atLeast());
                value = v;
            }
        }
        m.put(key, value);
        return m;
    }

    private static Object timed(Condition c, Window w) {
        if (w.equals(Window.WHOLE_RUN) && ExpectationBinder.NO_ARG_CONDITIONS.contains(Syntax.key(c))) {
            return Syntax.key(c);
        }
        Map<String, Object> v = condition(c);
        window(v, w);
        return v;
    }

    private static Map<String, Object> condition(Condition c) {
        Map<String, Object> v = new LinkedHashMap<>();
        String key = Syntax.key(c);
        if (c instanceof Condition.Connected x) {
            v.put(key, x.user());
        } else if (c instanceof Condition.Online x) {
            v.put(key, x.user());
        } else if (c instanceof Condition.Offline x) {
            v.put(key, x.user());
        } else if (c instanceof Condition.InState x) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("user", x.user());
            s.put("is", ConnectionStates.name(x.state()));
            v.put(key, s);
        } else if (c instanceof Condition.InRoom x) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("user", x.user());
            s.put("room", x.room());
            v.put(key, s);
        } else {
            v.put(key, true);
        }
        return v;
    }

    private static void window(Map<String, Object> v, Window w) {
        anchor(v, w.after());
        putDuration(v, "within", w.within());
    }

    private static void anchor(Map<String, Object> v, Anchor a) {
        if (a instanceof Anchor.Heal) {
            v.put("after", "heal");
        } else if (a instanceof Anchor.At at) {
            putDuration(v, "after", at.instant());
        } else if (a instanceof Anchor.AfterStep st) {
            v.put("after", st.label());
        }
    }

    /** Argument values as written: a whole number as a number ({@code errorCode: -1000}), the rest as text. */
    private static Map<String, Object> args(Map<String, String> args) {
        Map<String, Object> m = new LinkedHashMap<>();
        args.forEach((k, v) -> m.put(k, v.matches("-?[1-9][0-9]{0,17}|0") ? (Object) Long.parseLong(v) : v));
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static void putDuration(Map<String, Object> m, String key, Duration d) {
        if (d != null) {
            m.put(key, Durations.format(d));
        }
    }
}
