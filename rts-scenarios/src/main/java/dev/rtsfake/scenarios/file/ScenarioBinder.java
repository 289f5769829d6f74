package dev.rtsfake.scenarios.file;

import dev.rtsfake.scenarios.model.Action;
import dev.rtsfake.scenarios.model.AppServerSpec;
import dev.rtsfake.scenarios.model.CloudSpec;
import dev.rtsfake.scenarios.model.Expectation;
import dev.rtsfake.scenarios.model.Scenario;
import dev.rtsfake.scenarios.model.Step;
import dev.rtsfake.scenarios.model.Suggest;
import dev.rtsfake.scenarios.model.Timing;
import dev.rtsfake.scenarios.model.UserSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Turns the {@link Node}s of a scenario file into a {@link Scenario}, strictly. */
final class ScenarioBinder implements Fields.Errors {
    static final String STEP_HINT = "a step has 'at' or 'after', 'label', 'for', and one action such as send,"
            + " disconnect or rule; docs/scenarios.md lists them all";
    private final String source;
    private final ActionBinder actions = new ActionBinder(this);
    private final ExpectationBinder expectations = new ExpectationBinder(this);

    ScenarioBinder(String source) {
        this.source = source;
    }

    Scenario bind(Node root) {
        Fields f = Fields.of(this, root, "", "a scenario", Shapes.SCENARIO.fields(), Shapes.SCENARIO.listed());
        String name = f.text("name", Shapes.SCENARIO.listed());
        if (name.isBlank()) {
            throw f.wrong("name", "a scenario's name is a sentence that says what happens, not blank");
        }
        CloudSpec cloud = f.has("cloud") ? guard(f.get("cloud"), "cloud", () -> cloud(f.get("cloud"))) : CloudSpec.DEFAULTS;
        List<UserSpec> users = users(f);
        AppServerSpec appServer = f.has("appServer") ? appServer(f.get("appServer")) : AppServerSpec.DEFAULT;
        List<Step> steps = steps(f);
        List<Expectation> expect = new ArrayList<>();
        if (f.has("expect")) {
            Node.ListNode list = list(f.get("expect"), "expect", "a list of expectations such as - received: {...}");
            for (int i = 0; i < list.items().size(); i++) {
                expect.add(expectations.expectation(list.items().get(i), "expect[" + i + "]"));
            }
        }
        Duration end = f.duration("end");
        long seed = f.integer("seed", Scenario.DEFAULT_SEED);
        return guard(root, "", () -> new Scenario(name, f.text("description"), seed, cloud, users, appServer, steps,
                expect, end));
    }

    private CloudSpec cloud(Node n) {
        Fields f = Fields.of(this, n, "cloud", "cloud", Shapes.CLOUD.fields(), Shapes.CLOUD.listed());
        CloudSpec.DisconnectTimings timings = null;
        if (f.has("disconnectTimings")) {
            Fields t = Fields.of(this, f.get("disconnectTimings"), "cloud.disconnectTimings", "disconnectTimings",
                    Shapes.DISCONNECT_TIMINGS.fields(), Shapes.DISCONNECT_TIMINGS.listed());
            Duration d = t.duration("disconnectedAfter", Shapes.DISCONNECT_TIMINGS.listed());
            Duration l = t.duration("lostAfter", Shapes.DISCONNECT_TIMINGS.listed());
            timings = guard(t.node, t.path, () -> new CloudSpec.DisconnectTimings(d, l));
        }
        CloudSpec.RateLimits limits = null;
        if (f.has("rateLimits")) {
            Node r = f.get("rateLimits");
            if (r instanceof Node.Scalar s && s.text().equals("off")) {
                limits = CloudSpec.RateLimits.off();
            } else {
                String listed = Shapes.RATE_LIMITS.listed() + ", per second; or 'off'";
                Fields l = Fields.of(this, r, "cloud.rateLimits", "rateLimits", Shapes.RATE_LIMITS.fields(), listed);
                int p2p = (int) l.integer("p2p", listed);
                int room = (int) l.integer("room", listed);
                int api = (int) l.integer("serverApi", listed);
                limits = guard(r, "cloud.rateLimits", () -> new CloudSpec.RateLimits(true, p2p, room, api));
            }
        }
        return new CloudSpec(f.text("appId"), f.text("appKey"), f.duration("latency"), f.duration("sysStatsInterval"),
                f.duration("heartbeatTimeout"), timings, f.duration("reconnectInterval"), f.duration("sessionGrace"),
                f.duration("messageTimeout"), f.duration("retransmitInterval"), limits, f.optionalInt("offlinePeerResult"),
                f.bool("strict"));
    }

    private List<UserSpec> users(Fields top) {
        List<UserSpec> users = new ArrayList<>();
        if (!top.has("users")) {
            return users;
        }
        Node.ListNode list = list(top.get("users"), "users", "a list of users such as [alice, bob]");
        for (int i = 0; i < list.items().size(); i++) {
            Node n = list.items().get(i);
            String path = "users[" + i + "]";
            if (n instanceof Node.Scalar s && s.type() != Node.Type.NULL) {
                users.add(guard(n, path, () -> UserSpec.named(s.text())));
                continue;
            }
            Fields f = Fields.of(this, n, path, "a user", Shapes.USER.fields(), Shapes.USER.listed());
            String name = f.text("name", Shapes.USER.listed());
            Boolean login = f.bool("login");
            List<String> rooms = f.texts("rooms");
            users.add(guard(n, path, () -> new UserSpec(name, f.text("uid"), f.text("client"), login == null || login,
                    f.duration("tokenTtl"), rooms)));
        }
        return users;
    }

    private AppServerSpec appServer(Node n) {
        Fields f = Fields.of(this, n, "appServer", "appServer", Shapes.APP_SERVER.fields(), Shapes.APP_SERVER.listed());
        int status = (int) f.integer("status", 200L);
        String body = f.text("body");
        Duration timeout = f.duration("timeout");
        return guard(n, "appServer", () -> new AppServerSpec(status, body == null ? "" : body, timeout));
    }

    private List<Step> steps(Fields top) {
        List<Step> steps = new ArrayList<>();
        if (!top.has("steps")) {
            return steps;
        }
        Node.ListNode list = list(top.get("steps"), "steps", "a list of steps such as - at: 1s");
        for (int i = 0; i < list.items().size(); i++) {
            steps.add(step(list.items().get(i), "steps[" + i + "]"));
        }
        return steps;
    }

    private Step step(Node n, String path) {
        List<String> allowed = new ArrayList<>(Shapes.STEP_FIELDS);
        allowed.addAll(Shapes.ACTIONS.keySet());
        Fields f = Fields.of(this, n, path, "a step", allowed, STEP_HINT);
        List<String> actionKeys = f.node.entries().keySet().stream().filter(Shapes.ACTIONS::containsKey).toList();
        if (actionKeys.isEmpty()) {
            throw at(n, path, "a step needs one action, such as send: {from: alice, to: bob, text: hi} or"
                    + " disconnect: alice (" + STEP_HINT + ")");
        }
        if (actionKeys.size() > 1) {
            throw f.errorsAtKey(actionKeys.get(1), "a step has one action, and this one has " + actionKeys.size() + ": "
                    + String.join(", ", actionKeys) + "; give each its own step (a second one at the same time: after: 0s)");
        }
        if (f.has("at") && f.has("after")) {
            throw f.errorsAtKey("after", "give 'at' (an instant) or 'after' (a delay after the step before), not both");
        }
        if (!f.has("at") && !f.has("after")) {
            throw at(n, path, "a step needs 'at' (an instant, such as at: 5s) or 'after' (a delay after the step"
                    + " before, such as after: 200ms)");
        }
        Timing timing = f.has("at") ? Timing.at(f.duration("at")) : Timing.after(f.duration("after"));
        String key = actionKeys.get(0);
        Action action = actions.action(key, f.get(key), Fields.join(path, key));
        String label = f.text("label");
        Duration lasting = f.duration("for");
        if (lasting != null && action.undo() == null) {
            throw f.errorsAtKey("for", "only a fault, rule or app-server failure can have a 'for' (it is undone when"
                    + " the time is up); this step's action (" + action.describe() + ") is none of them");
        }
        return guard(n, path, () -> new Step(timing, label, action, lasting));
    }

    Node.ListNode list(Node n, String path, String what) {
        if (n instanceof Node.ListNode l) {
            return l;
        }
        throw at(n, path, "must be " + what + ", not " + n.what());
    }

    /** Builds a model value, turning what its constructor refuses into a problem at {@code n}. */
    <T> T guard(Node n, String path, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            if (e instanceof ScenarioFileException sfe) {
                throw sfe;
            }
            throw at(n, path, e.getMessage());
        }
    }

    @Override
    public ScenarioFileException at(Node node, String path, String message) {
        Node.Location l = node.location();
        return new ScenarioFileException(new FileProblem(source, l.line(), l.column(), path, message));
    }

    @Override
    public ScenarioFileException atKey(Node.MapNode map, String key, String path, String message) {
        Node.Location l = map.keys().get(key);
        return new ScenarioFileException(new FileProblem(source, l.line(), l.column(), path, message));
    }

    static String didYouMean(String wrong, java.util.Collection<String> known) {
        return Suggest.didYouMean(wrong, known);
    }
}
