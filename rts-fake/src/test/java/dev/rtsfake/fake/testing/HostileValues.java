package dev.rtsfake.fake.testing;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import com.ss.bytertc.rts.engine.type.LocalLogLevel;
import com.ss.bytertc.rts.engine.type.LocalProxyConfiguration;
import com.ss.bytertc.rts.engine.type.LocalProxyType;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import com.ss.bytertc.rts.engine.type.RTCLogConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONString;
import org.mockito.Mockito;

/**
 * Values an app could pass the SDK that a careless implementation would choke on: nulls, huge and
 * malformed strings, cyclic and very deep JSON, subclasses of the SDK's value types whose methods
 * throw, collections that throw or never end. Each has a name for failure messages.
 */
public final class HostileValues {
    /** One value and what it is. */
    public record Value(String name, Object value) {
        @Override
        public String toString() {
            return name;
        }
    }

    private HostileValues() {
    }

    /** Throws {@code t} (checked or not) without declaring it, as some JVM languages do. */
    @SuppressWarnings("unchecked")
    static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
        throw (E) t;
    }

    private static Value v(String name, Object value) {
        return new Value(name, value);
    }

    public static List<Value> strings() {
        return List.of(v("null", null), v("empty", ""), v("plain", "bob"), v("1M chars", "x".repeat(1 << 20)),
                v("3-byte chars past 64 KiB", "\u20ac".repeat(30_000)), v("lone high surrogate", "\uD800"),
                v("lone low surrogate", "a\uDC00b"), v("emoji", "\uD83D\uDE00"),
                v("control characters", "\u0000\r\n\t\"\\\u001b"), v("129 id chars", "a".repeat(129)),
                v("format specifiers", "%s%n{}"), v("an engine name", "rts-1"));
    }

    public static List<Value> byteArrays() {
        return List.of(v("null", null), v("empty", new byte[0]), v("46 KiB + 1", new byte[47_105]),
                v("1 MiB", new byte[1 << 20]));
    }

    public static List<Value> booleans() {
        return List.of(v("true", true), v("false", false));
    }

    public static List<Value> messageConfigs() {
        List<Value> out = new ArrayList<>();
        out.add(v("null", null));
        for (MessageConfig c : MessageConfig.values()) {
            out.add(v(c.name(), c));
        }
        return out;
    }

    public static List<Value> jsonObjects() {
        JSONObject cyclic = new JSONObject();
        cyclic.put("self", cyclic);
        JSONObject viaArray = new JSONObject();
        viaArray.put("list", new JSONArray().put(viaArray));
        JSONObject deep = new JSONObject();
        JSONObject cur = deep;
        for (int i = 0; i < 3_000; i++) {
            JSONObject next = new JSONObject();
            cur.put("k", next);
            cur = next;
        }
        JSONArray deepArray = new JSONArray();
        JSONArray at = deepArray;
        for (int i = 0; i < 3_000; i++) {
            JSONArray next = new JSONArray();
            at.put(next);
            at = next;
        }
        JSONObject wide = new JSONObject();
        JSONObject level = wide;
        for (int d = 0; d < 30; d++) {
            JSONObject child = new JSONObject();
            for (int k = 0; k < 30; k++) {
                level.put("k" + k, child); // the same child 30 times: a DAG with 30^30 paths
            }
            level = child;
        }
        return List.of(
                v("null", null),
                v("empty", new JSONObject()),
                v("plain", new JSONObject().put("rtc.device_id", "dev-1").put("n", 3)),
                v("cyclic", cyclic),
                v("cyclic through an array", viaArray),
                v("3,000 deep", deep),
                v("arrays 3,000 deep", new JSONObject().put("a", deepArray)),
                v("a DAG of 30^30 paths", wide),
                v("toString throws", new JSONObject() {
                    @Override
                    public String toString() {
                        throw new IllegalStateException("toString of the caller's object");
                    }
                }),
                v("keySet throws", throwingKeySet(new IllegalStateException("keySet of the caller's object"))),
                v("keySet throws an Error", throwingKeySet(new Error("a caller's Error"))),
                v("keySet throws a StackOverflowError", throwingKeySet(new StackOverflowError())),
                v("keySet throws a checked IOException", throwingKeySet(new IOException("sneaky"))),
                v("keySet is null", new JSONObject() {
                    @Override
                    public Set<String> keySet() {
                        return null;
                    }
                }),
                v("keySet never ends", new JSONObject() {
                    @Override
                    public Set<String> keySet() {
                        return new EndlessSet();
                    }
                }),
                v("opt throws", new JSONObject() {
                    @Override
                    public Set<String> keySet() {
                        return Set.of("a");
                    }

                    @Override
                    public Object opt(String key) {
                        throw new UnsupportedOperationException("opt of the caller's object");
                    }
                }),
                v("opt returns NaN", new JSONObject() {
                    @Override
                    public Set<String> keySet() {
                        return Set.of("nan");
                    }

                    @Override
                    public Object opt(String key) {
                        return Double.NaN;
                    }
                }),
                v("a value whose toString throws", new JSONObject().put("bean", new Object() {
                    @Override
                    public String toString() {
                        throw new IllegalStateException("toString of a value");
                    }
                })),
                v("a JSONString that throws", new JSONObject().put("js", (JSONString) () -> {
                    throw new IllegalStateException("toJSONString");
                })),
                v("a JSONString that writes garbage", new JSONObject().put("js", (JSONString) () -> "{{{")),
                v("a Number whose toString throws", returning("n", new Number() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public int intValue() {
                        throw new ArithmeticException("intValue");
                    }

                    @Override
                    public long longValue() {
                        throw new ArithmeticException("longValue");
                    }

                    @Override
                    public float floatValue() {
                        throw new ArithmeticException("floatValue");
                    }

                    @Override
                    public double doubleValue() {
                        throw new ArithmeticException("doubleValue");
                    }

                    @Override
                    public String toString() {
                        throw new ArithmeticException("toString");
                    }
                })),
                v("a Map value that throws", returning("m", new ThrowingMap())),
                v("a List value that never ends", returning("l", new EndlessSet())));
    }

    /** A JSONObject that presents one key whose value is {@code value}, whatever org.json would allow. */
    private static JSONObject returning(String key, Object value) {
        return new JSONObject() {
            @Override
            public Set<String> keySet() {
                return Set.of(key);
            }

            @Override
            public Object opt(String k) {
                return value;
            }
        };
    }

    private static JSONObject throwingKeySet(Throwable t) {
        return new JSONObject() {
            @Override
            public Set<String> keySet() {
                throw sneaky(t);
            }

            @Override
            public Iterator<String> keys() {
                throw sneaky(t);
            }

            @Override
            public String toString() {
                throw sneaky(t);
            }
        };
    }

    public static List<Value> proxyLists() {
        LocalProxyConfiguration ok = new LocalProxyConfiguration(LocalProxyType.HTTP_TUNNEL, "10.0.0.1", 8080, null, null);
        LocalProxyConfiguration throwing = new LocalProxyConfiguration(LocalProxyType.SOCKS5, "10.0.0.2", 1080, "u", "p") {
            @Override
            public String toString() {
                throw new IllegalStateException("toString of a proxy");
            }

            @Override
            public int hashCode() {
                throw new IllegalStateException("hashCode of a proxy");
            }

            @Override
            public boolean equals(Object o) {
                throw new IllegalStateException("equals of a proxy");
            }
        };
        List<LocalProxyConfiguration> many = new ArrayList<>(Collections.nCopies(10_000, ok));
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<LocalProxyConfiguration> wrongType = (List) new ArrayList<>(List.of("not a proxy"));
        return List.of(
                v("null", null),
                v("empty", List.of()),
                v("a null entry", Collections.singletonList(null)),
                v("one valid", List.of(ok)),
                v("an entry whose Object methods throw", List.of(throwing)),
                v("iterator and get throw", new AbstractList<LocalProxyConfiguration>() {
                    @Override
                    public LocalProxyConfiguration get(int index) {
                        throw new IndexOutOfBoundsException("get of the caller's list");
                    }

                    @Override
                    public int size() {
                        return 3;
                    }

                    @Override
                    public Iterator<LocalProxyConfiguration> iterator() {
                        throw new ConcurrentModificationException2();
                    }
                }),
                v("size throws", new AbstractList<LocalProxyConfiguration>() {
                    @Override
                    public LocalProxyConfiguration get(int index) {
                        return ok;
                    }

                    @Override
                    public int size() {
                        throw new IllegalStateException("size of the caller's list");
                    }
                }),
                v("never ends", new AbstractList<LocalProxyConfiguration>() {
                    @Override
                    public LocalProxyConfiguration get(int index) {
                        return ok;
                    }

                    @Override
                    public int size() {
                        return Integer.MAX_VALUE;
                    }
                }),
                v("holds a String", wrongType),
                v("10,000 entries", many),
                v("odd entries", Arrays.asList(
                        new LocalProxyConfiguration(null, "10.0.0.1", 1, null, null),
                        new LocalProxyConfiguration(LocalProxyType.SOCKS5, null, -1, "\uD800", null),
                        new LocalProxyConfiguration(LocalProxyType.HTTP_TUNNEL, "x".repeat(100_000), 70_000, "", ""))));
    }

    public static List<Value> eventHandlers() {
        return List.of(v("null", null), v("recording", new RecordingHandler()), v("throwing", new IRTSEventHandler() {
            @Override
            public void onLoginResult(String uid, int errorCode, int elapsed) {
                throw new IllegalStateException("handler");
            }

            @Override
            public void onConnectionStateChanged(int state, int reason) {
                throw new IllegalStateException("handler");
            }

            @Override
            public void onMessageSendResult(long msgid, int error) {
                throw new IllegalStateException("handler");
            }
        }), v("Mockito mock", Mockito.mock(IRTSEventHandler.class)));
    }

    public static List<Value> roomHandlers() {
        return List.of(v("null", null), v("recording", new RecordingRoomHandler()), v("throwing", new IRTSRoomEventHandler() {
            @Override
            public void onRoomStateChanged(String roomId, String uid, int state, String extraInfo) {
                throw new IllegalStateException("room handler");
            }
        }), v("Mockito mock", Mockito.mock(IRTSRoomEventHandler.class)));
    }

    public static List<Value> logConfigs(Path dir) {
        return List.of(
                v("null", null),
                v("null path", new RTCLogConfig((String) null)),
                v("blank path", new RTCLogConfig("  ")),
                v("NUL in the path", new RTCLogConfig(dir + "/a\u0000b")),
                v("lone surrogate in the path", new RTCLogConfig(dir + "/\uD800")),
                v("a file as the folder", new RTCLogConfig(LocalLogLevel.INFO, "/dev/null/x", 10, "app")),
                v("null level", new RTCLogConfig(null, dir.toString(), 10, "app")),
                v("huge prefix", new RTCLogConfig(LocalLogLevel.INFO, dir.toString(), 10, "p".repeat(100_000))),
                v("negative size", new RTCLogConfig(LocalLogLevel.INFO, dir.toString(), Integer.MIN_VALUE, "app")),
                v("huge size", new RTCLogConfig(LocalLogLevel.INFO, dir.toString(), Integer.MAX_VALUE, "app")),
                v("toString throws", new RTCLogConfig(LocalLogLevel.INFO, dir.toString(), 10, "app") {
                    @Override
                    public String toString() {
                        throw new IllegalStateException("toString of the caller's config");
                    }
                }),
                v("valid", new RTCLogConfig(LocalLogLevel.INFO, dir.toString(), 10, "app")));
    }

    /** A set whose iterator never ends. */
    private static final class EndlessSet extends java.util.AbstractSet<String> {
        @Override
        public Iterator<String> iterator() {
            return new Iterator<>() {
                private long n;

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public String next() {
                    return "k" + n++;
                }
            };
        }

        @Override
        public int size() {
            return Integer.MAX_VALUE;
        }
    }

    /** A map whose every read throws. */
    private static final class ThrowingMap extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;

        @Override
        public Set<Map.Entry<String, Object>> entrySet() {
            throw new IllegalStateException("entrySet of the caller's map");
        }

        @Override
        public Set<String> keySet() {
            throw new IllegalStateException("keySet of the caller's map");
        }
    }

    /** An unchecked exception of the caller's own. */
    private static final class ConcurrentModificationException2 extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
