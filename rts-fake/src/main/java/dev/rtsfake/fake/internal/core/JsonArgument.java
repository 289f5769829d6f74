package dev.rtsfake.fake.internal.core;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONString;
import org.json.JSONTokener;

/**
 * A {@link JSONObject} the app passed to the SDK ({@code createRTS} parameters,
 * {@code setRuntimeParameters}), read once into a plain copy the fake can keep, print and parse
 * without ever running the caller's code again.
 *
 * <p>The caller's object may be anything a {@code JSONObject} can be: cyclic, nested deeper than any
 * stack, a subclass whose accessors throw, holding values whose {@code toString} throws. Reading it
 * never throws; an object that cannot be read whole is refused with the reason, and the SDK method
 * returns its parameter error. Refused: a cycle, nesting deeper than {@value #MAX_DEPTH} levels,
 * more than {@value #MAX_VALUES} values in all, a number that is not finite, a key that is null, and
 * anything that throws while being read. Values JSON has no type for are kept as their
 * {@code toString()}, as org.json prints them.
 *
 * <pre>{@code
 * JsonArgument arg = JsonArgument.of(params);
 * if (!arg.ok()) return -2;                // arg.refusal(): "it is cyclic (at self)"
 * keep(arg.json());                        // a plain copy, arg.text() its JSON
 * }</pre>
 *
 * @param json the plain copy, or null when refused
 * @param text the copy as JSON text, or null when refused
 * @param refusal why the object cannot be used, or null when it can
 */
public record JsonArgument(JSONObject json, String text, String refusal) {
    /** The deepest nesting accepted, in objects and arrays. */
    public static final int MAX_DEPTH = 100;
    /** The most values (keys, array entries and containers) accepted in all. */
    public static final int MAX_VALUES = 100_000;

    /** Whether the object was read whole. */
    public boolean ok() {
        return refusal == null;
    }

    /** Reads {@code source} (not null) into a plain copy, or says why it cannot. Never throws (but for a fatal JVM error). */
    public static JsonArgument of(JSONObject source) {
        try {
            JSONObject copy = (JSONObject) new Reader().copy(source, 0, "the top");
            return new JsonArgument(copy, copy.toString(), null);
        } catch (Refused r) {
            return new JsonArgument(null, null, r.getMessage());
        } catch (Throwable t) {
            Throwables.rethrowIfFatal(t);
            return new JsonArgument(null, null, "reading it threw " + Throwables.describe(t));
        }
    }

    /** Why a value is refused; carries no stack trace. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String why) {
            super(why, null, false, false);
        }
    }

    /** One read: the containers on the current path (for cycles) and the values read so far. */
    private static final class Reader {
        private final Set<Object> path = Collections.newSetFromMap(new IdentityHashMap<>());
        private int values;

        Object copy(Object v, int depth, String where) {
            if (++values > MAX_VALUES) {
                throw new Refused("it holds more than " + MAX_VALUES + " values");
            }
            if (v == null || v == JSONObject.NULL) {
                return JSONObject.NULL;
            }
            if (v instanceof String || v instanceof Boolean) {
                return v;
            }
            if (v instanceof Number n) {
                return number(n, where);
            }
            if (v instanceof Enum<?> e) {
                return e.name();
            }
            if (v instanceof JSONString js) {
                String text = js.toJSONString();
                return copy(text == null ? null : new JSONTokener(text).nextValue(), depth, where);
            }
            boolean container = v instanceof JSONObject || v instanceof JSONArray || v instanceof Map
                    || v instanceof Iterable || v.getClass().isArray();
            if (!container) {
                return String.valueOf(v);
            }
            if (depth >= MAX_DEPTH) {
                throw new Refused("it is nested deeper than " + MAX_DEPTH + " levels (at " + where + ")");
            }
            if (!path.add(v)) {
                throw new Refused("it is cyclic (at " + where + ")");
            }
            try {
                return v instanceof JSONObject o ? object(o, depth, where)
                        : v instanceof Map<?, ?> m ? map(m, depth, where)
                        : array(v, depth, where);
            } finally {
                path.remove(v);
            }
        }

        private JSONObject object(JSONObject o, int depth, String where) {
            JSONObject out = new JSONObject();
            for (String key : bounded(o.keySet())) {
                if (key == null) {
                    throw new Refused("it has a null key (at " + where + ")");
                }
                out.put(key, copy(o.opt(key), depth + 1, label(where, key)));
            }
            return out;
        }

        private JSONObject map(Map<?, ?> m, int depth, String where) {
            JSONObject out = new JSONObject();
            for (Map.Entry<?, ?> entry : bounded(m.entrySet())) {
                if (entry.getKey() == null) {
                    throw new Refused("it has a null key (at " + where + ")");
                }
                String key = String.valueOf(entry.getKey());
                out.put(key, copy(entry.getValue(), depth + 1, label(where, key)));
            }
            return out;
        }

        private JSONArray array(Object v, int depth, String where) {
            JSONArray out = new JSONArray();
            List<?> items;
            if (v instanceof JSONArray a) {
                int length = a.length();
                List<Object> read = new ArrayList<>();
                for (int i = 0; i < length && read.size() <= MAX_VALUES; i++) {
                    read.add(a.opt(i));
                }
                items = read;
            } else if (v instanceof Iterable<?> it) {
                items = bounded(it);
            } else {
                int length = Array.getLength(v);
                List<Object> read = new ArrayList<>();
                for (int i = 0; i < length && read.size() <= MAX_VALUES; i++) {
                    read.add(Array.get(v, i));
                }
                items = read;
            }
            for (int i = 0; i < items.size(); i++) {
                out.put(copy(items.get(i), depth + 1, where.length() > 120 ? label(where, "") : where + "[" + i + "]"));
            }
            return out;
        }

        /** Where a value sits, for the refusal: the path of keys, each cut to a few characters. */
        private static String label(String where, String key) {
            if (where.length() > 120) {
                return where.endsWith("...") ? where : where + "...";
            }
            String k = key.length() <= 24 ? key : key.substring(0, Character.isHighSurrogate(key.charAt(23)) ? 23 : 24) + "...";
            return "the top".equals(where) ? k : where + "." + k;
        }

        /** The elements of {@code source}, read once; a collection that never ends is cut after the value limit. */
        private <T> List<T> bounded(Iterable<T> source) {
            List<T> out = new ArrayList<>();
            Iterator<T> it = source.iterator();
            while (it.hasNext()) {
                out.add(it.next());
                if (out.size() > MAX_VALUES) {
                    throw new Refused("it holds more than " + MAX_VALUES + " values");
                }
            }
            return out;
        }

        private static Object number(Number n, String where) {
            Class<?> type = n.getClass();
            if (type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                    || type == BigInteger.class || type == BigDecimal.class) {
                return n;
            }
            if (type == Double.class || type == Float.class) {
                if (!Double.isFinite(n.doubleValue())) {
                    throw new Refused("it holds a number that is not finite (at " + where + ")");
                }
                return n;
            }
            // Another Number type: read its digits once, as JSON would print them.
            try {
                return new BigDecimal(n.toString());
            } catch (NumberFormatException e) {
                throw new Refused("it holds a number JSON cannot write (at " + where + ")");
            }
        }
    }
}
