package dev.rtsfake.fake.assertj;

import dev.rtsfake.fake.trace.TraceEvent;
import dev.rtsfake.fake.trace.TraceKind;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a trace step must look like for {@link TraceAssert}: its kind and name, and optionally its
 * actor and its arguments.
 *
 * <pre>{@code
 * Step.of(TraceKind.CALLBACK, "bob", "onMessageReceived").withArgs("alice", "hi")
 * Step.any(TraceKind.CALL, "sendMessage")                  // by any actor, any arguments
 * }</pre>
 *
 * @param kind the step's kind
 * @param actor the actor ("alice", "cloud", "alice/up"), or null for any
 * @param name the method, callback or step name
 * @param args the arguments, in order, or null for any; an argument matches when it equals the
 *     step's or reads the same ({@code 60} matches a step's {@code 60L})
 */
public record Step(TraceKind kind, String actor, String name, List<Object> args) {

    /** Checks the kind and name are given. */
    public Step {
        if (kind == null || name == null) {
            throw new IllegalArgumentException("a step needs a kind and a name, e.g. Step.of(TraceKind.CALLBACK,"
                    + " \"bob\", \"onMessageReceived\")");
        }
        args = args == null ? null : List.copyOf(args.stream().map(a -> a == null ? NULL : a).toList());
    }

    private static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** A step of {@code kind} named {@code name} by {@code actor}, with any arguments. */
    public static Step of(TraceKind kind, String actor, String name) {
        return new Step(kind, actor, name, null);
    }

    /** A step of {@code kind} named {@code name} by any actor, with any arguments. */
    public static Step any(TraceKind kind, String name) {
        return new Step(kind, null, name, null);
    }

    /** This step with exactly these arguments. */
    public Step withArgs(Object... expected) {
        return new Step(kind, actor, name, expected == null ? List.of() : Arrays.asList(expected));
    }

    /** Whether {@code e} is such a step. */
    public boolean matches(TraceEvent e) {
        if (e.kind() != kind || !e.name().equals(name) || actor != null && !e.actor().equals(actor)) {
            return false;
        }
        if (args == null) {
            return true;
        }
        if (args.size() != e.args().size()) {
            return false;
        }
        for (int i = 0; i < args.size(); i++) {
            Object want = args.get(i) == NULL ? null : args.get(i);
            Object got = e.args().get(i);
            if (!Objects.equals(want, got) && !String.valueOf(want).equals(String.valueOf(got))) {
                return false;
            }
        }
        return true;
    }

    /** {@code CALLBACK bob onMessageReceived("alice", "hi")}; {@code (any actor)}, {@code (any arguments)}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(kind.name()).append(' ').append(actor == null ? "(any actor)" : actor)
                .append(' ').append(name);
        if (args == null) {
            return sb.append("(any arguments)").toString();
        }
        sb.append('(');
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            sb.append(i > 0 ? ", " : "").append(a instanceof String s ? '"' + s + '"' : String.valueOf(a));
        }
        return sb.append(')').toString();
    }
}
