package dev.rtsfake.fake.engine;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.ErrorCode;
import com.ss.bytertc.rts.engine.type.LocalProxyConfiguration;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.diag.MisuseRule;
import dev.rtsfake.fake.internal.access.EngineAccess;
import dev.rtsfake.fake.internal.access.NetAccess;
import dev.rtsfake.fake.internal.cloud.CloudService;
import dev.rtsfake.fake.internal.cloud.Payload;
import dev.rtsfake.fake.internal.core.CallbackTarget;
import dev.rtsfake.fake.internal.core.Delivery;
import dev.rtsfake.fake.internal.core.Simulation;
import dev.rtsfake.fake.internal.engine.EngineHost;
import dev.rtsfake.fake.internal.net.Link;
import dev.rtsfake.fake.net.PacketKind;
import dev.rtsfake.fake.trace.TraceKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.json.JSONObject;

/**
 * A simulated RTS engine: the whole {@link RTS} API, in memory, against the simulated cloud.
 *
 * <p>Argument checks and return codes happen in the calling thread; everything else travels over
 * the engine's simulated link and happens when the test drives virtual time. Every send that returns
 * an id gets exactly one result callback. After {@link #destroy()} every method returns its failure
 * code and no callback is delivered again.
 *
 * <p>Get one from {@code cloud.createRTS(appId, handler)}, or through the SDK's own
 * {@code RTS.createRTS(...)} inside {@code cloud.install()}.
 */
public final class FakeRTS extends RTS {
    static {
        EngineAccess.install(new EngineAccess() {
            @Override
            public FakeRTS newEngine(EngineHost host, String name, String appId, IRTSEventHandler handler,
                    JSONObject parameters) {
                return new FakeRTS(host, name, appId, handler, parameters);
            }

            @Override
            public Link link(FakeRTS engine) {
                return engine.link();
            }

            @Override
            public CallbackTarget callbacks(FakeRTS engine) {
                return engine.callbacks;
            }
        });
    }

    static final NetAccess NET = NetAccess.get();

    /** What a destroyed engine's link still carries to the cloud. */
    private static final java.util.Set<PacketKind> GOODBYES = java.util.EnumSet.of(PacketKind.LOGOUT, PacketKind.LEAVE);
    private static final String[] CONNECTION_STATE_NAMES = {
        "NONE", "DISCONNECTED", "CONNECTING", "CONNECTED", "RECONNECTING", "RECONNECTED", "LOST", "FAILED"};

    final Simulation sim;
    final CloudService service;
    final EngineHost host;
    final String name;
    final String appId;
    final Link link;
    final EnginePort port;
    final Reconnector reconnector;
    final LoginFlow loginFlow;
    /** What the cloud sent while the engine reconnects: it reaches the app after RECONNECTED(5). */
    final ArrivalGate arrivals;
    private final JSONObject parameters;
    volatile IRTSEventHandler handler;

    // Written under the simulation lock (in real-time mode by the clock thread); volatile so that the
    // harness getters read them safely from any thread (Awaitility polls from its own).
    volatile boolean destroyed;
    volatile LoginState loginState = LoginState.LOGGED_OUT;
    volatile String uid;
    String token;
    long loginStartedAt;
    boolean lastLoginInvalidToken;
    volatile int connectionState;
    /**
     * The engine's number for its current session: a new one for every fresh login. The login
     * request carries it, the cloud stamps everything it sends to that session with it, and the
     * engine drops what arrives stamped with another (a message for the uid it was before).
     */
    int session;
    /** The last join id handed out (see {@link #nextJoinId()}). */
    private long lastJoinId;
    /** Requests of this engine and its rooms still waiting for their answer or give-up. */
    final java.util.Set<PendingRequest> openRequests = new java.util.LinkedHashSet<>();
    final Map<String, FakeRTSRoom> rooms = new LinkedHashMap<>();
    final CallTrace calls;
    final Messages messages;
    final ServerParams serverParams;
    private final PeerStatusQuery peerStatus;
    private final EngineSettings settings;
    private final SysStatsReport sysStats;
    /** What the simulation delivers this engine's callbacks to (its rooms' go through it too). */
    final CallbackTarget callbacks = new CallbackTarget() {
        @Override
        public boolean acceptsCallbacks() {
            return FakeRTS.this.acceptsCallbacks();
        }

        @Override
        public String traceName() {
            return FakeRTS.this.traceName();
        }
    };

    /** Made by the simulated cloud; tests get engines from {@code cloud.createRTS(...)}. */
    FakeRTS(EngineHost host, String name, String appId, IRTSEventHandler handler, JSONObject parameters) {
        this.host = host;
        this.sim = host.simulation();
        this.service = host.service();
        this.name = name;
        this.appId = appId;
        this.handler = handler;
        this.parameters = parameters == null ? new JSONObject() : new JSONObject(parameters.toString());
        this.link = NET.createLink(host.network(), name);
        this.port = new EnginePort(this);
        this.arrivals = new ArrivalGate(sim, this::traceName, "engine");
        this.calls = new CallTrace(sim, callbacks);
        this.messages = new Messages(this);
        this.serverParams = new ServerParams(this);
        this.peerStatus = new PeerStatusQuery(this);
        this.settings = new EngineSettings(this);
        this.reconnector = new Reconnector(this);
        this.loginFlow = new LoginFlow(this);
        link.observe(l -> reconnector.reachabilityChanged());
        this.sysStats = new SysStatsReport(this);
        sysStats.start();
    }

    // ---------------------------------------------------------------- harness view

    /** The engine's name in this cloud ("rts-1", "rts-2", ...). */
    public String name() {
        return name;
    }

    /** The app this engine was created for. */
    public String appId() {
        return appId;
    }

    /** The uid passed to the last login, or null before any login. */
    public String uid() {
        return uid;
    }

    /** Where the engine is in logging in. */
    public LoginState loginState() {
        return loginState;
    }

    /** The last connection state reported to the app (0 before any). */
    public int connectionState() {
        return connectionState;
    }

    /** Whether the engine has been destroyed. */
    public boolean isDestroyed() {
        return destroyed;
    }

    /** A copy of the parameters given to createRTS. */
    public JSONObject parameters() {
        return new JSONObject(parameters.toString());
    }

    /** A copy of the parameters set with setRuntimeParameters (merged, later keys win). */
    public JSONObject runtimeParameters() {
        return settings.runtimeParameters();
    }

    /** The business id set with setBusinessId ("" when none). */
    public String businessId() {
        return settings.businessId();
    }

    /** Whether cellular enhancement is on. */
    public boolean cellularEnhancement() {
        return settings.cellularEnhancement();
    }

    /** The local proxies in force. */
    public List<LocalProxyConfiguration> localProxies() {
        return settings.localProxies();
    }

    /** The engine's link to the cloud. */
    Link link() {
        return link;
    }

    /** False once destroyed: callbacks still queued for it are dropped. */
    boolean acceptsCallbacks() {
        return !destroyed;
    }

    /** The name the trace shows for it: its uid once logged in, else its engine name. */
    String traceName() {
        return uid != null ? uid : name;
    }

    @Override
    public String toString() {
        return "FakeRTS[" + name + (uid != null ? ", uid=" + uid : "") + ", " + loginState
                + (destroyed ? ", destroyed" : "") + "]";
    }

    // ---------------------------------------------------------------- RTS API

    @Override
    public void setRtsEventHandler(IRTSEventHandler engineEventHandler) {
        lock();
        try {
            if (destroyed) {
                calls.dead("setRtsEventHandler", CallTrace.handlerName(engineEventHandler));
                return;
            }
            handler = engineEventHandler;
            calls.callReturning("setRtsEventHandler", null, CallTrace.handlerName(engineEventHandler));
        } finally {
            unlock();
        }
    }

    @Override
    public int login(String token, String uid) {
        return loginFlow.login(token, uid);
    }

    @Override
    public int logout() {
        return loginFlow.logout();
    }

    @Override
    public int updateLoginToken(String token) {
        return loginFlow.updateLoginToken(token);
    }

    @Override
    public int setServerParams(String signature, String url) {
        return serverParams.set(signature, url);
    }

    @Override
    public int getPeerOnlineStatus(String peerUserId) {
        return peerStatus.ask(peerUserId);
    }

    @Override
    public long sendMessage(String uid, String message, MessageConfig config) {
        return messages.sendP2P("sendMessage", uid, message == null ? null : Payload.text(message),
                message == null ? -1 : Payload.utf8Length(message), Limits.MAX_TEXT_BYTES, config);
    }

    @Override
    public long sendBinaryMessage(String uid, byte[] buffer, MessageConfig config) {
        return messages.sendP2P("sendBinaryMessage", uid, buffer == null ? null : Payload.binary(buffer),
                buffer == null ? -1 : buffer.length, Limits.MAX_BINARY_BYTES, config);
    }

    @Override
    public long sendServerMessage(String message) {
        return messages.sendToServer("sendServerMessage", message == null ? null : Payload.text(message),
                message == null ? -1 : Payload.utf8Length(message), Limits.MAX_TEXT_BYTES);
    }

    @Override
    public long sendServerBinaryMessage(byte[] buffer) {
        return messages.sendToServer("sendServerBinaryMessage", buffer == null ? null : Payload.binary(buffer),
                buffer == null ? -1 : buffer.length, Limits.MAX_BINARY_BYTES);
    }

    @Override
    public RTSRoom createRoom(String roomId) {
        lock();
        try {
            if (destroyed) {
                calls.dead("createRoom", roomId);
                return null;
            }
            int error = 0;
            if (roomId == null || !Limits.ROOM_ID.matcher(roomId).matches()) {
                error = ErrorCode.ERROR_CODE_ROOM_ID_ILLEGAL;
            } else if (rooms.containsKey(roomId)) {
                error = ErrorCode.ERROR_CODE_ROOM_ALREADY_EXIST;
            }
            if (error != 0) {
                calls.callReturning("createRoom", "null", roomId);
                int code = error;
                post("onCreateRoomStateChanged", () -> handlerOrNoop().onCreateRoomStateChanged(roomId, code), roomId, code);
                return null;
            }
            FakeRTSRoom room = new FakeRTSRoom(this, roomId);
            rooms.put(roomId, room);
            calls.callReturning("createRoom", room.toString(), roomId);
            return room;
        } finally {
            unlock();
        }
    }

    /** A new id for a join one of this engine's rooms asks the cloud for (unique in the engine). */
    long nextJoinId() {
        return ++lastJoinId;
    }

    boolean inAnyRoom() {
        for (FakeRTSRoom room : rooms.values()) {
            if (room.isInRoom()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int setBusinessId(String businessId) {
        return settings.setBusinessId(businessId);
    }

    @Override
    public int setRuntimeParameters(JSONObject params) {
        return settings.setRuntimeParameters(params);
    }

    @Override
    public int setCellularEnhancement(boolean enhance) {
        return settings.setCellularEnhancement(enhance);
    }

    @Override
    public int setLocalProxy(List<LocalProxyConfiguration> configurations) {
        return settings.setLocalProxy(configurations);
    }

    // ---------------------------------------------------------------- destroy

    /**
     * Destroys this engine alone (the SDK's {@code RTS.destroyRTS()} destroys every engine made
     * through {@code RTS.createRTS}). Its session ends, its rooms are left, and no callback of it is
     * delivered again.
     */
    public void destroy() {
        lock();
        try {
            if (destroyed) {
                return;
            }
            if (sim.inCallback()) {
                sim.diagnostics().misuse(traceName(), "destroy", MisuseRule.DESTROY_IN_CALLBACK);
            }
            sim.trace().record(TraceKind.STATE, traceName(), "destroyed", null);
            destroyed = true;
            sysStats.stop();
            reconnector.stop();
            arrivals.discard();
            // The network keeps naming the link (tests may still act on it); it must not keep the engine.
            link.observe(null);
            // Destroying stops all interaction with the server: what this engine sent earlier and is
            // still on its way up is dropped; only its goodbyes (leaving rooms, logging out) go on.
            link.closeUp(GOODBYES);
            for (FakeRTSRoom room : new ArrayList<>(rooms.values())) {
                room.engineDestroyed();
            }
            rooms.clear();
            if (loginState != LoginState.LOGGED_OUT && uid != null) {
                loginFlow.sayGoodbye();
            }
            loginState = LoginState.LOGGED_OUT;
            for (PendingRequest request : new ArrayList<>(openRequests)) {
                request.settle();
            }
            host.engineDestroyed(this);
        } finally {
            unlock();
        }
    }

    // ---------------------------------------------------------------- device events

    /**
     * Simulates the device's network type changing, as when a phone moves from Wi-Fi to 4G: the app
     * gets {@code onNetworkTypeChanged(type)}. The link to the cloud is not touched; break it with
     * {@code cloud.network()} to simulate the connection itself.
     *
     * @param type a {@code NetworkType} value from -1 (unknown) to 6 (5G)
     */
    public void changeNetworkType(int type) {
        if (type < -1 || type > 6) {
            throw new IllegalArgumentException("network type " + type + " is not a NetworkType value; use"
                    + " NetworkType.NETWORK_TYPE_UNKNOWN (-1) to NETWORK_TYPE_MOBILE_5G (6)");
        }
        lock();
        try {
            if (destroyed) {
                throw new IllegalStateException(name + " is destroyed; it gets no more callbacks");
            }
            sim.trace().record(TraceKind.HARNESS, traceName(), "changeNetworkType", null, type);
            post("onNetworkTypeChanged", () -> handlerOrNoop().onNetworkTypeChanged(type), type);
        } finally {
            unlock();
        }
    }

    // ---------------------------------------------------------------- plumbing

    void setConnectionState(int state) {
        if (connectionState == state) {
            return;
        }
        connectionState = state;
        sim.trace().record(TraceKind.STATE, traceName(), "connection", state, CONNECTION_STATE_NAMES[state]);
        post("onConnectionStateChanged", () -> handlerOrNoop().onConnectionStateChanged(state, -1), state, -1);
    }

    /** When a request or message sent now gives up: one message timeout from now. */
    long messageDeadline() {
        return sim.now() + sim.settings().messageTimeout().toNanos();
    }

    /**
     * How long a message or notice that arrives now may wait for a reconnect to complete: as long
     * as the cloud keeps a session it hears nothing from (heartbeat timeout plus grace).
     */
    long holdDeadline() {
        return sim.now() + sim.settings().heartbeatTimeout().toNanos() + sim.settings().sessionGrace().toNanos();
    }

    /**
     * The reconnect is over (RECONNECTED, or the session ended): hands on what waited for it, then
     * what waited in each room that is no longer rejoining. Called after the callback that ends the
     * wait is posted, so what waited reaches the app after it.
     */
    void releaseHeldArrivals() {
        arrivals.open();
        for (FakeRTSRoom room : new ArrayList<>(rooms.values())) {
            room.releaseHeldIfSettled();
        }
    }

    IRTSEventHandler handlerOrNoop() {
        IRTSEventHandler h = handler;
        return h != null ? h : NoopHandler.INSTANCE;
    }

    void post(String callback, Runnable invoke, Object... traceArgs) {
        sim.post(new Delivery(callbacks, callback, invoke, traceArgs));
    }

    void lock() {
        sim.lock().lock();
    }

    void unlock() {
        sim.lock().unlock();
    }

    /** A handler that ignores everything, used while the app has set none. */
    static final class NoopHandler extends IRTSEventHandler {
        static final NoopHandler INSTANCE = new NoopHandler();
    }
}
