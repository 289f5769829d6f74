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
import dev.rtsfake.scenarios.model.RuleMatch;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** Reads the action of a step: {@code send: {from: alice, to: bob, text: hi}}, {@code disconnect: alice}. */
final class ActionBinder {
    static final List<String> DIRECTIONS = List.of("up", "down", "both");
    static final List<String> RELIABILITIES = Arrays.stream(MessageConfig.values()).map(Enum::name).toList();
    static final List<String> EFFECTS = List.of("drop", "hold", "delay", "fail");

    private final ScenarioBinder b;

    ActionBinder(ScenarioBinder binder) {
        this.b = binder;
    }

    Action action(String key, Node value, String path) {
        Shapes.Shape shape = Shapes.ACTIONS.get(key);
        Fields f = fields(shape, value, path);
        String l = shape.listed();
        return b.guard(value, path, () -> switch (key) {
            case "login" -> new ClientAction.Login(f.text("user", l), f.duration("tokenTtl"));
            case "logout" -> new ClientAction.Logout(f.text("user", l));
            case "send" -> new ClientAction.Send(f.text("from", l), f.text("to", l), f.text("text", l),
                    reliability(f), bool(f, "binary"), count(f), f.duration("every"));
            case "broadcast" -> new ClientAction.Broadcast(f.text("from", l), f.text("room", l), f.text("text", l),
                    bool(f, "binary"), count(f), f.duration("every"));
            case "sendServer" -> new ClientAction.SendServer(f.text("from", l), f.text("text", l), bool(f, "binary"), count(f),
                    f.duration("every"));
            case "join" -> new ClientAction.Join(f.text("user", l), f.text("room", l));
            case "leave" -> new ClientAction.Leave(f.text("user", l), f.text("room", l));
            case "serverParams" -> new ClientAction.ServerParams(f.text("user", l), f.text("signature", l), f.text("url", l));
            case "peerStatus" -> new ClientAction.PeerStatus(f.text("user", l), f.text("peer", l));
            case "renewToken" -> new ClientAction.RenewToken(f.text("user", l), f.duration("tokenTtl"));
            case "destroy" -> new ClientAction.Destroy(f.text("user", l));
            case "act" -> new ClientAction.Act(f.text("user", l), f.text("action", l), f.textMap("args"));
            case "disconnect" -> new NetworkAction.Disconnect(f.text("user", l));
            case "reconnect" -> new NetworkAction.Reconnect(f.text("user", l));
            case "cut" -> new NetworkAction.Cut(f.text("user", l), direction(f));
            case "heal" -> new NetworkAction.Heal(f.text("user", l), direction(f));
            case "hold" -> new NetworkAction.Hold(f.text("user", l), direction(f));
            case "release" -> new NetworkAction.Release(f.text("user", l), direction(f));
            case "latency" -> new NetworkAction.Latency(f.text("user", l), direction(f), f.duration("base"), f.duration("jitter"));
            case "loss" -> new NetworkAction.Loss(f.text("user", l), direction(f), loss(f));
            case "outage" -> new NetworkAction.Outage();
            case "restore" -> new NetworkAction.Restore();
            case "rule" -> rule(f, l);
            case "removeRule" -> new NetworkAction.RemoveRule(f.text("name", l));
            case "push" -> new CloudAction.Push(f.text("from", l), f.text("to"), f.text("room"), f.text("text", l));
            case "invalidateSession" -> new CloudAction.InvalidateSession(f.text("user", l));
            case "appServerFailNext" -> new CloudAction.AppServerFailNext(failure(f, l));
            case "appServerDelayNext" -> new CloudAction.AppServerDelayNext(f.duration("delay", l));
            case "appServerDown" -> new CloudAction.AppServerDown(failure(f, l));
            case "appServerUp" -> new CloudAction.AppServerUp();
            case "appServerSlow" -> new CloudAction.AppServerSlow(f.duration("delay", l));
            default -> throw new IllegalStateException(key);
        });
    }

    private Fields fields(Shapes.Shape shape, Node value, String path) {
        if (value instanceof Node.Scalar s && s.type() == Node.Type.NULL) {
            if (!shape.fields().isEmpty()) {
                throw b.at(value, path, shape.name() + " needs its fields (" + shape.listed() + ")");
            }
            return Fields.of(b, new Node.MapNode(java.util.Map.of(), java.util.Map.of(), value.location()), path,
                    shape.name(), shape.fields(), shape.listed());
        }
        if (value instanceof Node.Scalar && shape.scalarField() != null) {
            return Fields.ofScalar(b, value, path, shape.scalarField());
        }
        if (value instanceof Node.Scalar s && shape.fields().isEmpty()) {
            throw b.at(value, path, shape.name() + " has no fields: write it with nothing after the colon, not "
                    + s.what());
        }
        return Fields.of(b, value, path, shape.name(), shape.fields(), shape.fields().isEmpty()
                ? shape.name() + " has no fields" : shape.listed());
    }

    private static boolean bool(Fields f, String key) {
        Boolean v = f.bool(key);
        return v != null && v;
    }

    private static int count(Fields f) {
        Integer c = f.optionalInt("count");
        return c == null ? 1 : c;
    }

    private static MessageConfig reliability(Fields f) {
        String r = f.choice("reliability", RELIABILITIES);
        return r == null ? MessageConfig.RELIABLE_ORDERED : MessageConfig.valueOf(r);
    }

    private static LinkDirection direction(Fields f) {
        String d = f.choice("direction", DIRECTIONS);
        return d == null ? LinkDirection.BOTH : LinkDirection.valueOf(d.toUpperCase(java.util.Locale.ROOT));
    }

    private LossModel loss(Fields f) {
        if (f.has("probability") == f.has("bursty")) {
            throw b.at(f.node, f.path, "a loss needs 'probability' (such as 0.2) or 'bursty' (the Gilbert-Elliott"
                    + " chances), one of the two");
        }
        if (f.has("probability")) {
            double p = f.decimal("probability");
            return p == 0 ? LossModel.none() : b.guard(f.get("probability"), f.pathOf("probability"),
                    () -> LossModel.independent(p));
        }
        Fields g = Fields.of(b, f.get("bursty"), f.pathOf("bursty"), "bursty loss", Shapes.BURSTY.fields(),
                Shapes.BURSTY.listed() + ", each a chance from 0 to 1");
        String listed = Shapes.BURSTY.listed();
        for (String k : Shapes.BURSTY.fields()) {
            if (!g.has(k)) {
                throw g.missing(k, listed);
            }
        }
        return b.guard(g.node, g.path, () -> LossModel.bursty(g.decimal("goodToBad"), g.decimal("badToGood"),
                g.decimal("lossInGood"), g.decimal("lossInBad")));
    }

    private NetworkAction.AddRule rule(Fields f, String listed) {
        String name = f.text("name", listed);
        if (!f.has("match")) {
            throw f.missing("match", listed);
        }
        if (!f.has("effect")) {
            throw f.missing("effect", listed);
        }
        Node m = f.get("match");
        Fields mf = m instanceof Node.Scalar ? Fields.ofScalar(b, m, f.pathOf("match"), "kind")
                : Fields.of(b, m, f.pathOf("match"), "a rule's match", Shapes.MATCH.fields(), Shapes.MATCH.listed());
        String kind = mf.choice("kind", RuleMatch.KINDS);
        if (kind == null) {
            throw mf.missing("kind", Shapes.MATCH.listed());
        }
        Integer nth = mf.optionalInt("nth");
        RuleMatch match = b.guard(m, f.pathOf("match"), () -> new RuleMatch(kind, mf.text("from"), mf.text("to"),
                nth == null ? 0 : nth, mf.duration("after")));
        return new NetworkAction.AddRule(name, match, effect(f.get("effect"), f.pathOf("effect")));
    }

    private RuleAction effect(Node n, String path) {
        String hint = "an effect is drop, hold, {delay: 2s} or {fail: 5}";
        if (n instanceof Node.Scalar s && s.type() == Node.Type.STRING) {
            return switch (s.text()) {
                case "drop" -> RuleAction.drop();
                case "hold" -> RuleAction.hold();
                default -> throw b.at(n, path, "unknown effect '" + s.text() + "'"
                        + ScenarioBinder.didYouMean(s.text(), EFFECTS) + " (" + hint + ")");
            };
        }
        Fields e = Fields.of(b, n, path, "an effect", List.of("delay", "fail"), hint);
        if (e.node.entries().size() != 1) {
            throw b.at(n, path, hint + ": one of them");
        }
        if (e.has("delay")) {
            Duration d = e.duration("delay");
            return b.guard(n, path, () -> RuleAction.delay(d));
        }
        return RuleAction.fail((int) e.integer("fail", 0L));
    }

    private AppServerFailure failure(Fields f, String listed) {
        if (!f.has("failure")) {
            throw f.missing("failure", listed);
        }
        Node n = f.get("failure");
        String hint = "a failure is unreachable, timeout, or an HTTP status such as 503";
        if (n instanceof Node.Scalar s && s.type() == Node.Type.INTEGER) {
            return b.guard(n, f.pathOf("failure"), () -> AppServerFailure.status(Integer.parseInt(s.text())));
        }
        if (n instanceof Node.Scalar s && s.type() == Node.Type.STRING) {
            switch (s.text()) {
                case "unreachable":
                    return AppServerFailure.UNREACHABLE;
                case "timeout":
                    return AppServerFailure.TIMEOUT;
                default:
                    throw b.at(n, f.pathOf("failure"), "unknown failure '" + s.text() + "'"
                            + ScenarioBinder.didYouMean(s.text(), List.of("unreachable", "timeout")) + " (" + hint + ")");
            }
        }
        throw b.at(n, f.pathOf("failure"), hint + ", not " + n.what());
    }
}
