package dev.rtsfake.fake;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.internal.access.EngineAccess;
import dev.rtsfake.fake.internal.access.NetAccess;
import dev.rtsfake.fake.internal.cloud.CloudService;
import dev.rtsfake.fake.internal.core.Identifiers;
import dev.rtsfake.fake.internal.core.JsonArgument;
import dev.rtsfake.fake.internal.core.Simulation;
import dev.rtsfake.fake.internal.engine.EngineHost;
import dev.rtsfake.fake.net.Network;
import dev.rtsfake.fake.trace.TraceKind;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The live engines of one cloud: by name in creation order, by the uid of their latest login, and
 * which of them the SDK's static factory made. It is also the host the engines report their logins
 * and their end to. Everything here changes under the simulation's lock.
 */
final class LiveEngines implements EngineHost {
    private static final EngineAccess ENGINES = EngineAccess.get();
    private static final NetAccess NET = NetAccess.get();

    private final Simulation sim;
    private final CloudService service;
    private final Network network;
    private final Map<String, FakeRTS> byName = new LinkedHashMap<>();
    /** Per uid, the live engines whose latest login was as that uid, by the number of that login. */
    private final Map<String, TreeMap<Long, FakeRTS>> byUid = new HashMap<>();
    /** The number of each live engine's latest login: its key in {@link #byUid}. */
    private final Map<FakeRTS, Long> latestLogin = new IdentityHashMap<>();
    /**
     * The live engines made through the SDK's static factory ({@code RTS.createRTS} while installed):
     * the app's own, which {@code RTS.destroyRTS()} destroys and {@code RTS.setLogConfig} counts (D4).
     * Engines made with {@code cloud.createRTS} stand for other devices and apps.
     */
    private final Set<FakeRTS> factoryMade = new LinkedHashSet<>();
    private long logins;
    private int created;

    LiveEngines(Simulation sim, CloudService service, Network network) {
        this.sim = sim;
        this.service = service;
        this.network = network;
    }

    /** Makes, registers and traces a new engine; the caller holds the lock. */
    FakeRTS create(String appId, IRTSEventHandler handler, JsonArgument parameters, boolean byFactory) {
        String name = "rts-" + (++created);
        FakeRTS engine = ENGINES.newEngine(this, name, appId, handler, parameters == null ? null : parameters.json());
        byName.put(name, engine);
        if (byFactory) {
            factoryMade.add(engine);
        }
        sim.registerCallbackOwner(ENGINES.callbacks(engine), name);
        sim.trace().record(TraceKind.CALL, name, "createRTS", name, appId, Identifiers.handlerName(handler),
                parameters == null ? null : parameters.text());
        return engine;
    }

    /** The live engines, in creation order. */
    List<FakeRTS> all() {
        sim.lock().lock();
        try {
            return List.copyOf(byName.values());
        } finally {
            sim.lock().unlock();
        }
    }

    /** How many engines are live. */
    int count() {
        sim.lock().lock();
        try {
            return byName.size();
        } finally {
            sim.lock().unlock();
        }
    }

    /**
     * The live engine whose latest login was as {@code uid} (of several, the one whose login came last).
     *
     * @throws IllegalArgumentException if there is none
     */
    FakeRTS lastLoggedInAs(String uid) {
        sim.lock().lock();
        try {
            TreeMap<Long, FakeRTS> withUid = byUid.get(uid);
            if (withUid == null) {
                throw new IllegalArgumentException("no live engine has logged in as '" + uid + "'");
            }
            return withUid.lastEntry().getValue();
        } finally {
            sim.lock().unlock();
        }
    }

    /** Whether {@code engine} is one of these (live, or destroyed already). */
    boolean holds(FakeRTS engine) {
        sim.lock().lock();
        try {
            return byName.get(engine.name()) == engine || engine.isDestroyed();
        } finally {
            sim.lock().unlock();
        }
    }

    /** The live engines the static factory made, in creation order. */
    List<FakeRTS> factoryMade() {
        sim.lock().lock();
        try {
            return List.copyOf(factoryMade);
        } finally {
            sim.lock().unlock();
        }
    }

    /** Whether the static factory made any engine that is still live; the caller holds the lock. */
    boolean anyFactoryMade() {
        return !factoryMade.isEmpty();
    }

    @Override
    public Simulation simulation() {
        return sim;
    }

    @Override
    public CloudService service() {
        return service;
    }

    @Override
    public Network network() {
        return network;
    }

    @Override
    public void engineLoggedIn(FakeRTS engine, String previousUid) {
        forgetLogin(engine, previousUid);
        long login = ++logins;
        latestLogin.put(engine, login);
        byUid.computeIfAbsent(engine.uid(), u -> new TreeMap<>()).put(login, engine);
    }

    /** Takes out the engine's latest login, which was as {@code uid}. */
    private void forgetLogin(FakeRTS engine, String uid) {
        Long login = latestLogin.remove(engine);
        TreeMap<Long, FakeRTS> withUid = login == null || uid == null ? null : byUid.get(uid);
        if (withUid != null && withUid.remove(login) != null && withUid.isEmpty()) {
            byUid.remove(uid);
        }
    }

    @Override
    public void engineDestroyed(FakeRTS engine) {
        byName.remove(engine.name(), engine);
        forgetLogin(engine, engine.uid());
        factoryMade.remove(engine);
        NET.retire(network, ENGINES.link(engine), engine.uid());
        // Queued callbacks are skipped; a running one is waited for once the destroying thread has
        // released the lock (unless it is the engine's own callback thread), then the engine's
        // callback thread ends.
        sim.retireCallbackThread(ENGINES.callbacks(engine));
    }
}
