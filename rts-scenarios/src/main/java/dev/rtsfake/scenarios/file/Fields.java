package dev.rtsfake.scenarios.file;

import dev.rtsfake.scenarios.model.Durations;
import dev.rtsfake.scenarios.model.Suggest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The fields of one map in a scenario file, read strictly: a field not in the list fails with the
 * nearest valid name; a field of the wrong type fails saying what it needs.
 */
final class Fields {
    private final Errors errors;
    final Node.MapNode node;
    final String path;

    /** Where problems go, with the file's name. */
    interface Errors {
        ScenarioFileException at(Node node, String path, String message);

        ScenarioFileException atKey(Node.MapNode map, String key, String path, String message);
    }

    /** For the bare-value form ({@code disconnect: alice}): the value's own path stands for its one field. */
    private final String scalarField;

    private Fields(Errors errors, Node.MapNode node, String path, String scalarField) {
        this.errors = errors;
        this.node = node;
        this.path = path;
        this.scalarField = scalarField;
    }

    /** The bare value {@code value} as the one field {@code field} of a map at {@code path}. */
    static Fields ofScalar(Errors errors, Node value, String path, String field) {
        Node.MapNode map = new Node.MapNode(java.util.Map.of(field, value), java.util.Map.of(field, value.location()),
                value.location());
        return new Fields(errors, map, path, field);
    }

    /**
     * The map at {@code path}, which may have only {@code allowed} fields.
     *
     * @param what how the map reads in errors ("a send")
     * @param hint said after the did-you-mean of an unknown field
     */
    static Fields of(Errors errors, Node n, String path, String what, Collection<String> allowed, String hint) {
        if (!(n instanceof Node.MapNode map)) {
            throw errors.at(n, path, what + " is a map of fields (" + hint + "), not " + n.what());
        }
        for (String key : map.entries().keySet()) {
            if (!allowed.contains(key)) {
                throw errors.atKey(map, key, join(path, key), "unknown field '" + key + "'"
                        + Suggest.didYouMean(key, allowed) + " (" + hint + ")");
            }
        }
        return new Fields(errors, map, path, null);
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return node.entries().containsKey(key) && !(node.entries().get(key) instanceof Node.Scalar s
                && s.type() == Node.Type.NULL);
    }

    Node get(String key) {
        return node.entries().get(key);
    }

    String pathOf(String key) {
        return key.equals(scalarField) ? path : join(path, key);
    }

    ScenarioFileException missing(String key, String shapeListed) {
        return errors.at(node, path, "missing field '" + key + "' (" + shapeListed + ")");
    }

    /** A problem at the place of {@code key}'s name. */
    ScenarioFileException errorsAtKey(String key, String message) {
        return errors.atKey(node, key, pathOf(key), message);
    }

    ScenarioFileException wrong(String key, String message) {
        return errors.at(get(key), pathOf(key), message);
    }

    // ------------------------------------------------------------------ typed values

    String text(String key, String shapeListed) {
        if (!has(key)) {
            throw missing(key, shapeListed);
        }
        return text(key);
    }

    /** A text field, or null when absent. Numbers and booleans count as their text. */
    String text(String key) {
        if (!has(key)) {
            return null;
        }
        Node n = get(key);
        if (n instanceof Node.Scalar s) {
            return s.text();
        }
        throw wrong(key, "must be text, not " + n.what());
    }

    Duration duration(String key, String shapeListed) {
        if (!has(key)) {
            throw missing(key, shapeListed);
        }
        return duration(key);
    }

    /** A duration field ({@code 5s}, {@code 200ms}), or null when absent. */
    Duration duration(String key) {
        if (!has(key)) {
            return null;
        }
        return durationOf(get(key), pathOf(key));
    }

    Duration durationOf(Node n, String at) {
        if (n instanceof Node.Scalar s && s.type() == Node.Type.STRING) {
            Duration d = Durations.parseOrNull(s.text());
            if (d != null) {
                return d;
            }
        }
        String hint = n instanceof Node.Scalar s && (s.type() == Node.Type.INTEGER || s.type() == Node.Type.DECIMAL)
                ? " (write the unit: " + s.text() + "s or " + s.text() + "ms)" : "";
        throw errors.at(n, at, "must be a duration such as 5s, 200ms or 2m, not " + n.what() + hint);
    }

    long integer(String key, String shapeListed) {
        if (!has(key)) {
            throw missing(key, shapeListed);
        }
        return integer(key, 0L);
    }

    long integer(String key, long absent) {
        if (!has(key)) {
            return absent;
        }
        Node n = get(key);
        if (n instanceof Node.Scalar s && s.type() == Node.Type.INTEGER) {
            try {
                return Long.parseLong(s.text());
            } catch (NumberFormatException e) {
                throw wrong(key, "must be a whole number that fits in 64 bits, not " + s.text());
            }
        }
        throw wrong(key, "must be a whole number, not " + n.what());
    }

    Integer optionalInt(String key) {
        if (!has(key)) {
            return null;
        }
        long v = integer(key, 0L);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw wrong(key, "must be a whole number of at most 10 digits, not " + v);
        }
        return (int) v;
    }

    double decimal(String key) {
        Node n = get(key);
        if (n instanceof Node.Scalar s && (s.type() == Node.Type.INTEGER || s.type() == Node.Type.DECIMAL)) {
            return Double.parseDouble(s.text());
        }
        throw wrong(key, "must be a number, not " + n.what());
    }

    Boolean bool(String key) {
        if (!has(key)) {
            return null;
        }
        Node n = get(key);
        if (n instanceof Node.Scalar s && s.type() == Node.Type.BOOLEAN) {
            return Boolean.parseBoolean(s.text());
        }
        throw wrong(key, "must be true or false, not " + n.what());
    }

    /** One of {@code choices} (exactly as written there). */
    String choice(String key, List<String> choices) {
        String t = text(key);
        if (t != null && !choices.contains(t)) {
            throw wrong(key, "must be one of " + String.join(", ", choices) + ", not '" + t + "'"
                    + Suggest.didYouMean(t, choices));
        }
        return t;
    }

    /** A list of texts, or null when absent; a single text counts as a list of one. */
    List<String> texts(String key) {
        if (!has(key)) {
            return null;
        }
        Node n = get(key);
        List<String> out = new ArrayList<>();
        if (n instanceof Node.ListNode list) {
            for (int i = 0; i < list.items().size(); i++) {
                Node item = list.items().get(i);
                if (!(item instanceof Node.Scalar s) || s.type() == Node.Type.NULL) {
                    throw errors.at(item, pathOf(key) + "[" + i + "]", "must be text, not " + item.what());
                }
                out.add(s.text());
            }
            return out;
        }
        throw wrong(key, "must be a list such as [a, b], not " + n.what());
    }

    /** A map of texts ({@code args: {to: bob}}), or null when absent. */
    Map<String, String> textMap(String key) {
        if (!has(key)) {
            return null;
        }
        Node n = get(key);
        if (!(n instanceof Node.MapNode map)) {
            throw wrong(key, "must be a map of names to values such as {to: bob}, not " + n.what());
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        map.entries().forEach((k, v) -> {
            if (!(v instanceof Node.Scalar s) || s.type() == Node.Type.NULL) {
                throw errors.at(v, pathOf(key) + "." + k, "must be a value, not " + v.what());
            }
            out.put(k, s.text());
        });
        return out;
    }
}
