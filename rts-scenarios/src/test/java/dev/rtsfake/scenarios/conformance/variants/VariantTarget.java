package dev.rtsfake.scenarios.conformance.variants;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import dev.rtsfake.conformance.ConformanceTarget;
import dev.rtsfake.scenarios.conformance.FakeTarget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.json.JSONObject;

/** The fake in virtual time with every engine (both devices') wrapped by a {@link Variant}. */
final class VariantTarget implements ConformanceTarget {
    /** Work a variant wants done at the next wait of the check (a callback it makes up, say). */
    interface Later {
        void run(Runnable work);
    }

    private final FakeTarget fake = FakeTarget.virtualTime();
    private final Variant variant;
    private final List<Runnable> later = new ArrayList<>();
    private final Map<RTS, IRTSEventHandler> appHandlers = new IdentityHashMap<>();

    VariantTarget(Variant variant) {
        this.variant = variant;
    }

    @Override
    public String name() {
        return "rts-fake with " + variant.name();
    }

    @Override
    public String appId() {
        return fake.appId();
    }

    private RTS wrap(String appId, IRTSEventHandler handler, JSONObject parameters, boolean peer) {
        ForwardingRTS wrapper = variant.engine();
        IRTSEventHandler wrapped = handler == null ? null : variant.engineHandler(handler, wrapper);
        RTS inner = peer ? fake.secondDevice().createRTS(appId, wrapped, parameters)
                : fake.createRTS(appId, wrapped, parameters);
        if (inner == null) {
            return null;
        }
        wrapper.inner = inner;
        appHandlers.put(wrapper, handler);
        return wrapper;
    }

    private void destroy(RTS engine) {
        if (engine instanceof ForwardingRTS) {
            ForwardingRTS w = (ForwardingRTS) engine;
            fake.destroyEngine(w.inner);
            variant.destroyed(w, appHandlers.get(w), later::add);
        } else {
            fake.destroyEngine(engine);
        }
    }

    @Override
    public RTS createRTS(String appId, IRTSEventHandler handler, JSONObject parameters) {
        return wrap(appId, handler, parameters, false);
    }

    @Override
    public void destroyEngine(RTS engine) {
        destroy(engine);
    }

    @Override
    public String token(String uid) {
        return fake.token(uid);
    }

    private void runLater() {
        List<Runnable> due = new ArrayList<>(later);
        later.clear();
        due.forEach(Runnable::run);
    }

    @Override
    public boolean await(BooleanSupplier condition, Duration max) {
        runLater();
        return fake.await(() -> {
            runLater();
            return condition.getAsBoolean();
        }, max);
    }

    @Override
    public long timeNanos() {
        return fake.timeNanos();
    }

    @Override
    public void pass(Duration duration) {
        runLater();
        fake.pass(duration);
        runLater();
    }

    @Override
    public Device secondDevice() {
        return new Device() {
            @Override
            public RTS createRTS(String appId, IRTSEventHandler handler, JSONObject parameters) {
                return wrap(appId, handler, parameters, true);
            }

            @Override
            public void destroyEngine(RTS engine) {
                destroy(engine);
            }
        };
    }

    /** The crowd's engines go through the variant too, as the second device's do. */
    @Override
    public Device crowd() {
        return secondDevice();
    }

    @Override
    public NetworkControl network() {
        return fake.network();
    }

    @Override
    public ClockControl clock() {
        return this::pass;
    }

    @Override
    public TokenControl tokens() {
        return variant.tokens(fake.tokens());
    }

    @Override
    public ServerPush serverPush() {
        return fake.serverPush();
    }

    @Override
    public AppServerControl appServer() {
        return fake.appServer();
    }

    @Override
    public ServerFaults serverFaults() {
        return fake.serverFaults();
    }

    @Override
    public void close() {
        fake.close();
    }
}
