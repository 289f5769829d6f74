package dev.rtsfake.scenarios.file;

import dev.rtsfake.scenarios.model.Anchor;
import dev.rtsfake.scenarios.model.Condition;
import dev.rtsfake.scenarios.model.ConnectionStates;
import dev.rtsfake.scenarios.model.Durations;
import dev.rtsfake.scenarios.model.Expectation;
import dev.rtsfake.scenarios.model.Syntax;
import dev.rtsfake.scenarios.model.Window;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Reads one entry of {@code expect}: {@code received: {...}}, {@code eventually: {connected: alice, ...}}. */
final class ExpectationBinder {
    static final List<String> CONDITIONS = List.copyOf(Syntax.CONDITIONS.values());
    static final List<String> NO_ARG_CONDITIONS = List.of("answered", "clean", "inOrder", "noDuplicates", "oneResultPerSend");
    private static final String HINT = "an expectation is one of: " + String.join(", ", Shapes.EXPECTATIONS.keySet());

    private final ScenarioBinder b;

    ExpectationBinder(ScenarioBinder binder) {
        this.b = binder;
    }

    Expectation expectation(Node n, String path) {
        if (!(n instanceof Node.MapNode map) || map.entries().size() != 1) {
            if (n instanceof Node.MapNode map && map.entries().size() > 1) {
                String second = new ArrayList<>(map.entries().keySet()).get(1);
                throw b.atKey(map, second, path + "." + second, "an entry of 'expect' holds one expectation, and this one"
                        + " has " + map.entries().size() + ": " + String.join(", ", map.entries().keySet())
                        + "; give each its own '- ' entry");
            }
            throw b.at(n, path, "must be one expectation such as received: {user: bob, text: hi} (" + HINT + "), not " + n.what());
        }
        String key = map.entries().keySet().iterator().next();
        Shapes.Shape shape = Shapes.EXPECTATIONS.get(key);
        String at = path + "." + key;
        if (shape == null) {
            throw b.atKey(map, key, at, "unknown expectation '" + key + "'" + ScenarioBinder.didYouMean(key,
                    Shapes.EXPECTATIONS.keySet()) + " (" + HINT + ")");
        }
        Node value = map.entries().get(key);
        return switch (key) {
            case "eventually", "always", "never" -> timed(key, value, at, shape);
            default -> plain(key, value, at, shape);
        };
    }

    private Expectation plain(String key, Node value, String at, Shapes.Shape shape) {
        Fields f = value instanceof Node.Scalar && shape.scalarField() != null ? Fields.ofScalar(b, value, at, shape.scalarField())
                : Fields.of(b, value, at, shape.name(), shape.fields(), shape.listed());
        String l = shape.listed();
        return b.guard(value, at, () -> switch (key) {
            case "received" -> new Expectation.Received(f.text("user", l), f.text("from"), f.text("text"), f.text("room"),
                    window(f), f.optionalInt("count"));
            case "notReceived" -> new Expectation.NotReceived(f.text("user", l), f.text("from"), f.text("text"),
                    f.text("room"), window(f));
            case "observed" -> new Expectation.Observed(f.text("user", l), f.text("name", l), f.textMap("args"), window(f),
                    f.optionalInt("count"));
            case "notObserved" -> new Expectation.NotObserved(f.text("user", l), f.text("name", l), f.textMap("args"),
                    window(f));
            case "sendResult" -> new Expectation.SendResult(f.text("send", l), (int) f.integer("code", l),
                    f.optionalInt("count"), f.duration("within"));
            case "returned" -> new Expectation.Returned(f.text("step", l), f.integer("value", l));
            case "states" -> states(f, l);
            case "online", "offline" -> new Expectation.Online(f.text("user", l), key.equals("online"), f.duration("at", l));
            case "fired" -> new Expectation.Fired(f.text("step", l), (int) f.integer("atLeast", 1L));
            default -> throw new IllegalStateException(key);
        });
    }

    private Expectation states(Fields f, String listed) {
        if (f.has("are") == f.has("include")) {
            throw b.at(f.node, f.path, "a states expectation has 'are' (exactly these states) or 'include' (these,"
                    + " in order, others between), one of the two");
        }
        String key = f.has("are") ? "are" : "include";
        List<String> names = f.texts(key);
        List<Integer> states = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            states.add(state(names.get(i), ((Node.ListNode) f.get(key)).items().get(i), f.pathOf(key) + "[" + i + "]"));
        }
        return new Expectation.States(f.text("user", listed), states, key.equals("are"));
    }

    private int state(String text, Node n, String path) {
        int byName = ConnectionStates.byName(text);
        if (byName > 0) {
            return byName;
        }
        if (text.matches("[1-7]")) {
            return Integer.parseInt(text);
        }
        List<String> names = ConnectionStates.NAMES.subList(1, ConnectionStates.NAMES.size());
        throw b.at(n, path, "unknown connection state '" + text + "'" + ScenarioBinder.didYouMean(text, names)
                + " (the states: " + String.join(", ", names) + ", or 1 to 7)");
    }

    private Expectation timed(String key, Node value, String at, Shapes.Shape shape) {
        Condition condition;
        Fields f;
        if (value instanceof Node.Scalar s && s.type() == Node.Type.STRING && !key.equals("eventually")) {
            condition = noArg(s.text(), value, at);
            f = null;
        } else {
            List<String> allowed = new ArrayList<>(Shapes.WINDOW);
            allowed.addAll(CONDITIONS);
            String hint = shape.name() + " has 'after', 'within' and one condition: " + String.join(", ", CONDITIONS);
            f = Fields.of(b, value, at, shape.name(), allowed, hint);
            List<String> keys = f.node.entries().keySet().stream().filter(CONDITIONS::contains).toList();
            if (keys.size() != 1) {
                throw b.at(value, at, keys.isEmpty() ? shape.name() + " needs one condition (" + hint + ")"
                        : shape.name() + " has one condition, and this one has " + keys.size() + ": " + String.join(", ", keys)
                        + "; give each its own expectation");
            }
            condition = condition(keys.get(0), f.get(keys.get(0)), f.pathOf(keys.get(0)));
        }
        if (key.equals("eventually")) {
            Duration within = f.duration("within", shape.name() + " needs 'within': how long the condition may take"
                    + " to come to hold");
            return b.guard(value, at, () -> new Expectation.Eventually(condition, anchor(f), within));
        }
        Window w = f == null ? Window.WHOLE_RUN : window(f);
        return key.equals("always") ? new Expectation.Always(condition, w) : new Expectation.Never(condition, w);
    }

    private Condition noArg(String name, Node n, String path) {
        return switch (name) {
            case "answered" -> new Condition.Answered();
            case "clean" -> new Condition.Clean();
            case "inOrder" -> new Condition.InOrder();
            case "noDuplicates" -> new Condition.NoDuplicates();
            case "oneResultPerSend" -> new Condition.OneResultPerSend();
            default -> throw b.at(n, path, (CONDITIONS.contains(name) ? "the condition '" + name + "' needs its user, as"
                    + " in {" + name + ": alice}" : "unknown condition '" + name + "'" + ScenarioBinder.didYouMean(name, CONDITIONS))
                    + " (the conditions without fields: " + String.join(", ", NO_ARG_CONDITIONS) + ")");
        };
    }

    private Condition condition(String key, Node v, String path) {
        if (NO_ARG_CONDITIONS.contains(key)) {
            if (v instanceof Node.Scalar s && (s.type() == Node.Type.NULL || s.text().equals("true"))) {
                return noArg(key, v, path);
            }
            throw b.at(v, path, "'" + key + "' takes no value: write " + key + ": true");
        }
        if (key.equals("state")) {
            Fields f = Fields.of(b, v, path, "a state condition", Shapes.STATE_CONDITION.fields(),
                    Shapes.STATE_CONDITION.listed() + ", such as {user: alice, is: LOST}");
            String user = f.text("user", Shapes.STATE_CONDITION.listed());
            String is = f.text("is", Shapes.STATE_CONDITION.listed());
            return new Condition.InState(user, state(is, f.get("is"), f.pathOf("is")));
        }
        if (key.equals("inRoom")) {
            Fields f = Fields.of(b, v, path, "an inRoom condition", Shapes.IN_ROOM_CONDITION.fields(),
                    Shapes.IN_ROOM_CONDITION.listed());
            return new Condition.InRoom(f.text("user", Shapes.IN_ROOM_CONDITION.listed()),
                    f.text("room", Shapes.IN_ROOM_CONDITION.listed()));
        }
        if (!(v instanceof Node.Scalar s) || s.type() == Node.Type.NULL) {
            throw b.at(v, path, "'" + key + "' names a user, as in " + key + ": alice, not " + v.what());
        }
        return switch (key) {
            case "connected" -> new Condition.Connected(s.text());
            case "online" -> new Condition.Online(s.text());
            default -> new Condition.Offline(s.text());
        };
    }

    private Window window(Fields f) {
        return new Window(anchor(f), f.duration("within"));
    }

    /** {@code after: heal}, {@code after: <label>} or {@code after: 5s}; absent: the start. */
    private Anchor anchor(Fields f) {
        String t = f.text("after");
        if (t == null) {
            return Anchor.START;
        }
        if (t.equals("heal")) {
            return Anchor.HEAL;
        }
        Duration d = Durations.parseOrNull(t);
        if (d != null) {
            return Anchor.at(d);
        }
        if (Character.isDigit(t.charAt(0))) {
            throw f.wrong("after", "must be heal, a step's label, or an instant such as 5s, not '" + t + "'");
        }
        return Anchor.step(t);
    }
}
