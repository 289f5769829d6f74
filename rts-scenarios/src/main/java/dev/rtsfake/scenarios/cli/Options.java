package dev.rtsfake.scenarios.cli;

import dev.rtsfake.scenarios.model.Suggest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments: flags ({@code --quiet}), options with a value ({@code --seed 7} or
 * {@code --seed=7}) and the rest, in order. An unknown option fails with the nearest known one.
 */
final class Options {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    /** A usage error: the command prints it with its usage and exits 2. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static Options parse(List<String> args, Set<String> flags, Set<String> valued) throws UsageException {
        Options o = new Options();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--") || a.equals("--")) {
                if (a.equals("-h")) {
                    o.values.put("--help", "");
                    continue;
                }
                if (a.startsWith("-") && a.length() > 1 && !a.equals("--")) {
                    throw new UsageException("unknown option '" + a + "'");
                }
                o.positional.add(a);
                continue;
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (name.equals("--help") || flags.contains(name)) {
                if (value != null) {
                    throw new UsageException(name + " takes no value");
                }
                o.values.put(name, "");
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 == args.size()) {
                        throw new UsageException(name + " needs a value");
                    }
                    value = args.get(++i);
                }
                if (o.values.containsKey(name)) {
                    throw new UsageException(name + " is given twice");
                }
                o.values.put(name, value);
            } else {
                List<String> known = new ArrayList<>(flags);
                known.addAll(valued);
                throw new UsageException("unknown option '" + name + "'" + Suggest.didYouMean(name, known));
            }
        }
        return o;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String value(String name) {
        return values.get(name);
    }

    String value(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    List<String> positional() {
        return positional;
    }

    long longValue(String name, long otherwise) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            return otherwise;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(name + " takes a whole number, not '" + v + "'");
        }
    }

    String choice(String name, String otherwise, List<String> choices) throws UsageException {
        String v = values.getOrDefault(name, otherwise);
        if (!choices.contains(v)) {
            throw new UsageException(name + " is one of " + String.join(", ", choices) + ", not '" + v + "'");
        }
        return v;
    }
}
