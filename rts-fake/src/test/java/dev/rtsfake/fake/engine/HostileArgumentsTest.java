package dev.rtsfake.fake.engine;

import static org.assertj.core.api.Assertions.assertThat;

import android.content.Context;
import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import com.ss.bytertc.rts.engine.type.LocalLogLevel;
import com.ss.bytertc.rts.engine.type.LocalProxyConfiguration;
import com.ss.bytertc.rts.engine.type.LocalProxyType;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import com.ss.bytertc.rts.engine.type.RTCLogConfig;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.Installation;
import dev.rtsfake.fake.testing.HostileValues;
import dev.rtsfake.fake.testing.HostileValues.Value;
import dev.rtsfake.fake.testing.RecordingHandler;
import dev.rtsfake.fake.testing.RecordingRoomHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, item 7: no {@link Throwable} leaves an SDK method, whatever the caller passes. Every
 * method of {@link RTS} and {@link RTSRoom}, and the static factory, is called with each hostile value
 * of {@link HostileValues} in each argument position (the others plain), on engines and rooms in each
 * state (fresh, logged in, destroyed; created, joined, destroyed); the clock is driven after each
 * call. Nothing may escape, and the trace must still format and write as text and JSON lines. Each
 * method is also called once with plain arguments, and no call may return with the simulation's
 * lock still held (in real-time mode the next call from another thread would wait forever).
 */
class HostileArgumentsTest {
    private static final String APP = "rtsfake-demo-app-0000001";

    @TempDir
    Path dir;

    private final FakeRtsCloud cloud = FakeRtsCloud.builder().seed(7).app(APP, "key").build();
    private final List<String> escaped = new ArrayList<>();
    /** Calls that returned with the simulation still locked: any other thread's call would then hang. */
    private final List<String> lockLeftHeld = new ArrayList<>();

    @AfterEach
    void close() {
        cloud.close();
    }

    private Map<Class<?>, List<Value>> pools() {
        return Map.of(
                String.class, HostileValues.strings(),
                byte[].class, HostileValues.byteArrays(),
                boolean.class, HostileValues.booleans(),
                MessageConfig.class, HostileValues.messageConfigs(),
                JSONObject.class, HostileValues.jsonObjects(),
                List.class, HostileValues.proxyLists(),
                IRTSEventHandler.class, HostileValues.eventHandlers(),
                IRTSRoomEventHandler.class, HostileValues.roomHandlers(),
                Context.class, List.of(new Value("null", null)),
                RTCLogConfig.class, HostileValues.logConfigs(dir));
    }

    private Object plain(Class<?> type) {
        if (type == String.class) {
            return "bob";
        } else if (type == byte[].class) {
            return new byte[] {1, 2, 3};
        } else if (type == boolean.class) {
            return true;
        } else if (type == MessageConfig.class) {
            return MessageConfig.RELIABLE_ORDERED;
        } else if (type == JSONObject.class) {
            return new JSONObject().put("k", 1);
        } else if (type == List.class) {
            return List.of(new LocalProxyConfiguration(LocalProxyType.HTTP_TUNNEL, "10.0.0.1", 8080, null, null));
        } else if (type == IRTSEventHandler.class) {
            return new RecordingHandler();
        } else if (type == IRTSRoomEventHandler.class) {
            return new RecordingRoomHandler();
        } else if (type == RTCLogConfig.class) {
            return new RTCLogConfig(LocalLogLevel.INFO, dir.toString(), 10, "app");
        } else if (type == Context.class) {
            return null;
        }
        throw new AssertionError("no plain value for " + type + ": add it to the sweep");
    }

    private static List<Method> sdkMethods(Class<?> type, boolean statics) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()) == statics)
                .sorted(Comparator.comparing(Method::getName).thenComparing(m -> Arrays.toString(m.getParameterTypes())))
                .toList();
    }

    /** Calls {@code m} on {@code target} once per hostile value per argument, then drives the clock. */
    private void sweep(String state, Object target, Method m) {
        Map<Class<?>, List<Value>> pools = pools();
        Class<?>[] types = m.getParameterTypes();
        List<Object[]> calls = new ArrayList<>();
        List<String> described = new ArrayList<>();
        Object[] plainArgs = new Object[types.length];
        for (int j = 0; j < types.length; j++) {
            plainArgs[j] = plain(types[j]);
        }
        calls.add(plainArgs);
        described.add("plain arguments");
        for (int i = 0; i < types.length; i++) {
            List<Value> pool = pools.get(types[i]);
            assertThat(pool).as("hostile values for %s of %s", types[i], m).isNotNull();
            for (Value value : pool) {
                Object[] args = new Object[types.length];
                for (int j = 0; j < types.length; j++) {
                    args[j] = j == i ? value.value() : plain(types[j]);
                }
                calls.add(args);
                described.add("argument " + i + " = " + value.name());
            }
        }
        for (int c = 0; c < calls.size(); c++) {
            String what = state + ": " + m.getName() + " with " + described.get(c);
            try {
                m.invoke(target, calls.get(c));
            } catch (InvocationTargetException e) {
                escaped.add(what + " threw " + e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(what, e);
            }
            if (target != null && simulationLock(target).isHeldByCurrentThread()) {
                lockLeftHeld.add(what);
                while (simulationLock(target).isHeldByCurrentThread()) {
                    simulationLock(target).unlock();
                }
            }
            drive(what);
        }
    }

    /** The lock the engine (or the room's engine) takes for each call; another thread waits on it. */
    private static java.util.concurrent.locks.ReentrantLock simulationLock(Object target) {
        FakeRTS engine = target instanceof FakeRTSRoom ? ((FakeRTSRoom) target).engine() : (FakeRTS) target;
        return engine.sim.lock();
    }

    private void drive(String after) {
        try {
            cloud.runUntilIdle();
            cloud.advance(Duration.ofSeconds(1));
        } catch (Throwable e) {
            escaped.add("driving the clock after " + after + " threw " + e);
        }
    }

    private FakeRTS loggedIn(String uid) {
        FakeRTS rts = cloud.createRTS(APP, new RecordingHandler());
        rts.login(cloud.tokens().issue(APP, uid, Duration.ofHours(10)), uid);
        cloud.runUntilIdle();
        return rts;
    }

    @Test
    void everySdkMethod_withHostileArguments_inEveryState_letsNothingEscape_andLeavesTheSimulationUnlocked() {
        loggedIn("bob");
        Map<String, Supplier<RTS>> states = Map.of(
                "fresh engine", () -> cloud.createRTS(APP, new RecordingHandler()),
                "logged-in engine", () -> loggedIn("alice"),
                "destroyed engine", () -> {
                    FakeRTS e = loggedIn("carol");
                    e.destroy();
                    return e;
                });
        for (String state : List.of("fresh engine", "logged-in engine", "destroyed engine")) {
            for (Method m : sdkMethods(RTS.class, false)) {
                sweep(state, states.get(state).get(), m);
            }
        }
        for (String state : List.of("created room", "joined room", "destroyed room")) {
            for (Method m : sdkMethods(RTSRoom.class, false)) {
                FakeRTS owner = loggedIn("dave");
                RTSRoom room = owner.createRoom("lobby");
                if (!state.equals("created room")) {
                    room.joinRoom();
                    cloud.runUntilIdle();
                }
                if (state.equals("destroyed room")) {
                    room.destroy();
                }
                sweep(state, room, m);
                owner.destroy();
            }
        }

        assertThat(escaped).isEmpty();
        assertThat(lockLeftHeld).as("SDK calls that returned with the simulation still locked").isEmpty();
        assertTracePrintable();
    }

    /** The trace of all that still formats and writes, as text and as JSON lines. */
    private void assertTracePrintable() {
        assertThat(cloud.trace().lines()).isNotEmpty();
        try {
            assertThat(cloud.trace().writeText(dir.resolve("trace.txt"))).isNotEmptyFile();
            assertThat(cloud.trace().writeJsonLines(dir.resolve("trace.jsonl"))).isNotEmptyFile();
        } catch (java.io.IOException e) {
            throw new AssertionError("the trace could not be written", e);
        }
    }

    @Test
    void theStaticFactory_withHostileArguments_letsNothingEscape() {
        try (Installation ignored = cloud.install()) {
            // setLogConfig first, while no engine exists, so its checks run rather than the -1.
            Method setLogConfig = sdkMethods(RTS.class, true).stream()
                    .filter(m -> m.getName().equals("setLogConfig")).findFirst().orElseThrow();
            sweep("no engine", null, setLogConfig);
            for (Method m : sdkMethods(RTS.class, true)) {
                sweep("installed", null, m);
            }
        }
        for (Method m : sdkMethods(RTS.class, true)) {
            sweep("not installed", null, m);
        }

        assertThat(escaped).isEmpty();
        assertThat(lockLeftHeld).as("SDK calls that returned with the simulation still locked").isEmpty();
        assertTracePrintable();
    }

    // ---------------------------------------------------------------- what a refused call returns and records

    private static JSONObject cyclic() {
        JSONObject o = new JSONObject().put("rtc.device_id", "dev-1");
        o.put("self", o);
        return o;
    }

    private static JSONObject deep(int levels) {
        JSONObject top = new JSONObject();
        JSONObject cur = top;
        for (int i = 0; i < levels; i++) {
            JSONObject next = new JSONObject();
            cur.put("k", next);
            cur = next;
        }
        return top;
    }

    private dev.rtsfake.fake.trace.TraceEvent lastCall(String name) {
        List<dev.rtsfake.fake.trace.TraceEvent> calls = cloud.trace().filter(e -> e.name().equals(name));
        assertThat(calls).as("%s in the trace", name).isNotEmpty();
        return calls.get(calls.size() - 1);
    }

    @Test
    void createRTS_withCyclicParameters_returnsNull_andTheTraceSaysWhy() {
        try (Installation ignored = cloud.install()) {
            assertThat(RTS.createRTS(null, APP, new RecordingHandler(), cyclic())).isNull();
            assertThat(RTS.createRTS(null, APP, new RecordingHandler(), deep(3_000))).isNull();
        }
        assertThat(cloud.engines()).isEmpty();
        assertThat(lastCall("createRTS").toString()).contains("null").contains("nested deeper than 100 levels");
        assertThat(cloud.trace().filter(e -> e.name().equals("createRTS")).get(0).toString())
                .contains("it is cyclic (at self)");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cloud.createRTS(APP, new RecordingHandler(), cyclic()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cyclic");
    }

    @Test
    void setRuntimeParameters_cyclicDeepOrThrowing_returnsParameterError_andTheTraceSaysWhy() {
        FakeRTS rts = cloud.createRTS(APP, new RecordingHandler());
        JSONObject throwing = new JSONObject() {
            @Override
            public java.util.Set<String> keySet() {
                throw new IllegalStateException("the app's own bug");
            }
        };

        assertThat(rts.setRuntimeParameters(cyclic())).isEqualTo(-2);
        assertThat(lastCall("setRuntimeParameters").toString()).contains("-2").contains("cyclic");
        assertThat(rts.setRuntimeParameters(deep(3_000))).isEqualTo(-2);
        assertThat(lastCall("setRuntimeParameters").toString()).contains("nested deeper than 100 levels");
        assertThat(rts.setRuntimeParameters(throwing)).isEqualTo(-2);
        assertThat(lastCall("setRuntimeParameters").toString()).contains("IllegalStateException: the app's own bug");
        assertThat(rts.setRuntimeParameters(deep(99))).as("99 levels are fine").isZero();
        assertThat(rts.runtimeParameters().has("k")).isTrue();
    }

    @Test
    void setRuntimeParameters_keepsACopy_soTheCallersLaterChangesDoNotLeakIn() {
        FakeRTS rts = cloud.createRTS(APP, new RecordingHandler());
        JSONObject nested = new JSONObject().put("level", 1);
        JSONObject params = new JSONObject().put("nested", nested);

        assertThat(rts.setRuntimeParameters(params)).isZero();
        nested.put("self", nested); // would make the kept parameters cyclic if they were shared

        assertThat(rts.runtimeParameters().getJSONObject("nested").toMap()).isEqualTo(Map.of("level", 1));
    }

    @Test
    void setLocalProxy_listThatThrowsOrHoldsOtherTypes_returnsParameterError_andTheTraceSaysWhy() {
        FakeRTS rts = cloud.createRTS(APP, new RecordingHandler());
        List<LocalProxyConfiguration> throwing = new java.util.AbstractList<>() {
            @Override
            public LocalProxyConfiguration get(int index) {
                throw new IllegalStateException("get of the app's list");
            }

            @Override
            public int size() {
                return 1;
            }
        };
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<LocalProxyConfiguration> strings = (List) List.of("10.0.0.1:8080");

        assertThat(rts.setLocalProxy(throwing)).isEqualTo(-2);
        assertThat(lastCall("setLocalProxy").toString()).contains("-2").contains("get of the app's list");
        assertThat(rts.setLocalProxy(strings)).isEqualTo(-2);
        assertThat(lastCall("setLocalProxy").toString()).contains("entry 0 is a String, not a LocalProxyConfiguration");
        assertThat(rts.setLocalProxy(java.util.Collections.nCopies(101,
                new LocalProxyConfiguration(LocalProxyType.HTTP_TUNNEL, "10.0.0.1", 8080, null, null)))).isEqualTo(-2);
        assertThat(lastCall("setLocalProxy").toString()).contains("more than 100 entries");
        assertThat(rts.localProxies()).isEmpty();
    }
}
