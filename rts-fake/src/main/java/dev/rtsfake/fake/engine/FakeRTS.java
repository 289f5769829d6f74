package dev.rtsfake.fake.engine;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.BusinessCheckCode;
import com.ss.bytertc.rts.engine.type.ErrorCode;
import com.ss.bytertc.rts.engine.type.LocalProxyConfiguration;
import com.ss.bytertc.rts.engine.type.LocalProxyError;
import com.ss.bytertc.rts.engine.type.LocalProxyState;
import com.ss.bytertc.rts.engine.type.LocalProxyType;
import com.ss.bytertc.rts.engine.type.LogoutReason;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import com.ss.bytertc.rts.engine.type.ReturnStatus;
import com.ss.bytertc.rts.engine.type.SysStats;
import com.ss.bytertc.rts.engine.type.UserMessageSendResult;
import com.ss.bytertc.rts.engine.type.UserOnlineStatus;
import dev.rtsfake.fake.cloud.CloudService;
import dev.rtsfake.fake.cloud.Payload;
import dev.rtsfake.fake.core.CallbackTarget;
import dev.rtsfake.fake.core.Delivery;
import dev.rtsfake.fake.core.Simulation;
import dev.rtsfake.fake.diag.MisuseRule;
import dev.rtsfake.fake.net.Link;
import dev.rtsfake.fake.net.Packet;
import dev.rtsfake.fake.net.PacketKind;
import dev.rtsfake.fake.time.ScheduledEvent;
import dev.rtsfake.fake.trace.Bytes;
import dev.rtsfake.fake.trace.TraceKind;
import java.nio.ByteBuffer;
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
public final class FakeRTS extends RTS implements CallbackTarget {
    static final ByteBuffer EMPTY = ByteBuffer.allocate(0);
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
    /** 0 unset, 1 pending, 2 set. */
    int serverParams;
    /** The setServerParams request whose answer sets {@link #serverParams}; earlier ones only get their callback. */
    private PendingRequest serverParamsRequest;
    /** Requests of this engine and its rooms still waiting for their answer or give-up. */
    final java.util.Set<PendingRequest> openRequests = new java.util.LinkedHashSet<>();
    private long nextMsgId = 1;
    final Map<String, FakeRTSRoom> rooms = new LinkedHashMap<>();
    private String businessId = "";
    private JSONObject runtimeParameters = new JSONObject();
    private boolean cellularEnhancement;
    private List<LocalProxyConfiguration> proxies = List.of();
    private ScheduledEvent sysStatsTimer;

    /** Made by the simulated cloud; tests get engines from {@code cloud.createRTS(...)}. */
    public FakeRTS(EngineHost host, String name, String appId, IRTSEventHandler handler, JSONObject parameters) {
        this.host = host;
        this.sim = host.simulation();
        this.service = host.service();
        this.name = name;
        this.appId = appId;
        this.handler = handler;
        this.parameters = parameters == null ? new JSONObject() : new JSONObject(parameters.toString());
        this.link = host.network().createLink(name);
        this.port = new EnginePort(this);
        this.reconnector = new Reconnector(this);
        link.observe(l -> reconnector.reachabilityChanged());
        scheduleSysStats();
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
        return new JSONObject(runtimeParameters.toString());
    }

    /** The business id set with setBusinessId ("" when none). */
    public String businessId() {
        return businessId;
    }

    /** Whether cellular enhancement is on. */
    public boolean cellularEnhancement() {
        return cellularEnhancement;
    }

    /** The local proxies in force. */
    public List<LocalProxyConfiguration> localProxies() {
        return List.copyOf(proxies);
    }

    /** The engine's link to the cloud. */
    public Link link() {
        return link;
    }

    @Override
    public boolean acceptsCallbacks() {
        return !destroyed;
    }

    @Override
    public String traceName() {
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
                dead("setRtsEventHandler", handlerName(engineEventHandler));
                return;
            }
            handler = engineEventHandler;
            callReturning("setRtsEventHandler", null, handlerName(engineEventHandler));
        } finally {
            unlock();
        }
    }

    @Override
    public int login(String token, String uid) {
        lock();
        try {
            if (destroyed) {
                return dead("login", token, uid);
            }
            if (token == null || token.isEmpty() || uid == null || uid.isEmpty()) {
                return call("login", ReturnStatus.RETURN_STATUS_FAILURE.value(), token, uid);
            }
            if (loginState != LoginState.LOGGED_OUT) {
                sim.diagnostics().misuse(traceName(), "login", MisuseRule.LOGIN_WHILE_LOGGED_IN);
                return call("login", ReturnStatus.RETURN_STATUS_PARAMETER_ERR.value(), token, uid);
            }
            if (this.uid != null && !this.uid.equals(uid)) {
                leaveAllRoomsLocally();
            }
            this.uid = uid;
            this.token = token;
            host.network().nameByUid(uid, link);
            int result = call("login", 0, token, uid);
            startLogin();
            return result;
        } finally {
            unlock();
        }
    }

    /** Starts a first login (also the automatic retry after updateLoginToken). */
    void startLogin() {
        session++;
        loginState = LoginState.LOGGING_IN;
        loginStartedAt = sim.now();
        lastLoginInvalidToken = false;
        serverParams = 0;
        // A new login attempt always reports CONNECTING, also after a failed attempt left the state at 2.
        if (connectionState == 2) {
            connectionState = 0;
        }
        setConnectionState(2);
        reconnector.sendLogin(false);
    }

    @Override
    public int logout() {
        lock();
        try {
            if (destroyed) {
                return dead("logout");
            }
            if (loginState == LoginState.LOGGED_OUT) {
                return call("logout", ReturnStatus.RETURN_STATUS_WRONG_STATE.value());
            }
            int result = call("logout", 0);
            endSessionLocally();
            sayGoodbye();
            post("onLogout", () -> handlerOrNoop().onLogout(LogoutReason.LOGOUT_REASON_LOGOUT),
                    LogoutReason.LOGOUT_REASON_LOGOUT);
            return result;
        } finally {
            unlock();
        }
    }

    /**
     * Tells the cloud the engine left its session. If the LOGOUT cannot get through by its deadline
     * the cloud still notices the silence: the session ends after the heartbeat timeout and grace.
     */
    private void sayGoodbye() {
        String who = uid;
        int left = session;
        link.up().send(Packet.reliable(PacketKind.LOGOUT, who, "cloud", 0), () -> service.logout(port, who),
                () -> service.sessionAbandoned(port, who, left),
                sim.now() + sim.settings().messageTimeout().toNanos());
    }

    /** Local side of leaving a session: logged out, rooms no longer joined, no reconnecting. */
    void endSessionLocally() {
        loginState = LoginState.LOGGED_OUT;
        serverParams = 0;
        reconnector.stop();
        for (FakeRTSRoom room : rooms.values()) {
            room.sessionEnded();
        }
    }

    private void leaveAllRoomsLocally() {
        for (FakeRTSRoom room : rooms.values()) {
            room.forgetRejoin();
        }
    }

    @Override
    public int updateLoginToken(String token) {
        lock();
        try {
            if (destroyed) {
                return dead("updateLoginToken", token);
            }
            if (token == null || token.isEmpty()) {
                return call("updateLoginToken", ReturnStatus.RETURN_STATUS_PARAMETER_ERR.value(), token);
            }
            this.token = token;
            int result = call("updateLoginToken", 0, token);
            if (loginState == LoginState.LOGGED_OUT && lastLoginInvalidToken && uid != null) {
                sim.trace().record(TraceKind.STATE, traceName(), "automatic-login-retry", null);
                startLogin();
            }
            return result;
        } finally {
            unlock();
        }
    }

    @Override
    public int setServerParams(String signature, String url) {
        lock();
        try {
            if (destroyed) {
                return dead("setServerParams", signature, url);
            }
            if (signature == null || signature.isEmpty() || url == null || url.isEmpty()) {
                return call("setServerParams", ReturnStatus.RETURN_STATUS_PARAMETER_ERR.value(), signature, url);
            }
            int result = call("setServerParams", 0, signature, url);
            if (loginState != LoginState.LOGGED_IN) {
                sim.diagnostics().misuse(traceName(), "setServerParams", MisuseRule.CALL_BEFORE_LOGIN);
                int code = UserMessageSendResult.USER_MESSAGE_SEND_RESULT_NOT_LOGIN;
                post("onServerParamsSetResult", () -> handlerOrNoop().onServerParamsSetResult(code), code);
                return result;
            }
            serverParams = 1;
            String who = uid;
            long deadline = sim.now() + sim.settings().messageTimeout().toNanos();
            PendingRequest request = new PendingRequest(sim, openRequests);
            serverParamsRequest = request;
            request.giveUpAt(deadline, () -> serverParamsAnswered(request,
                    UserMessageSendResult.USER_MESSAGE_SEND_RESULT_TIMEOUT));
            link.up().send(Packet.reliable(PacketKind.SERVER_PARAMS, who, "cloud", 0),
                    () -> service.setServerParams(port, who, signature, url, deadline,
                            code -> settleServerParams(request, code)),
                    null, deadline, code -> settleServerParams(request, code));
            return result;
        } finally {
            unlock();
        }
    }

    private void settleServerParams(PendingRequest request, int code) {
        if (request.settle()) {
            serverParamsAnswered(request, code);
        }
    }

    /** The one answer to a setServerParams request: 200, a failure code, or TIMEOUT (1) when it gave up. */
    private void serverParamsAnswered(PendingRequest request, int code) {
        if (request == serverParamsRequest) {
            serverParamsRequest = null;
            if (serverParams == 1) {
                serverParams = code == 200 ? 2 : 0;
            }
        }
        post("onServerParamsSetResult", () -> handlerOrNoop().onServerParamsSetResult(code), code);
    }

    @Override
    public int getPeerOnlineStatus(String peerUserId) {
        lock();
        try {
            if (destroyed) {
                return dead("getPeerOnlineStatus", peerUserId);
            }
            if (peerUserId == null || peerUserId.isEmpty()) {
                return call("getPeerOnlineStatus", ReturnStatus.RETURN_STATUS_PARAMETER_ERR.value(), peerUserId);
            }
            if (loginState != LoginState.LOGGED_IN) {
                sim.diagnostics().misuse(traceName(), "getPeerOnlineStatus", MisuseRule.CALL_BEFORE_LOGIN);
                return call("getPeerOnlineStatus", ReturnStatus.RETURN_STATUS_WRONG_STATE.value(), peerUserId);
            }
            int result = call("getPeerOnlineStatus", 0, peerUserId);
            String who = uid;
            long deadline = sim.now() + sim.settings().messageTimeout().toNanos();
            PendingRequest request = new PendingRequest(sim, openRequests);
            request.giveUpAt(deadline, () -> peerStatusAnswered(peerUserId,
                    UserOnlineStatus.USER_ONLINE_STATUS_UNREACHABLE));
            link.up().send(Packet.reliable(PacketKind.PEER_QUERY, who, "cloud", 0),
                    () -> service.queryPeer(port, who, peerUserId, deadline, status -> {
                        if (request.settle()) {
                            peerStatusAnswered(peerUserId, status);
                        }
                    }));
            return result;
        } finally {
            unlock();
        }
    }

    /** The one answer to a getPeerOnlineStatus request: the peer's status, or UNREACHABLE (2) when it gave up. */
    private void peerStatusAnswered(String peer, int status) {
        post("onGetPeerOnlineStatus", () -> handlerOrNoop().onGetPeerOnlineStatus(peer, status), peer, status);
    }

    @Override
    public long sendMessage(String uid, String message, MessageConfig config) {
        return sendP2P("sendMessage", uid, message == null ? null : Payload.text(message),
                message == null ? -1 : Payload.utf8Length(message), Limits.MAX_TEXT_BYTES, config, message);
    }

    @Override
    public long sendBinaryMessage(String uid, byte[] buffer, MessageConfig config) {
        return sendP2P("sendBinaryMessage", uid, buffer == null ? null : Payload.binary(buffer),
                buffer == null ? -1 : buffer.length, Limits.MAX_BINARY_BYTES, config,
                buffer == null ? null : Bytes.of(buffer));
    }

    private long sendP2P(String call, String to, Payload payload, int size, int limit, MessageConfig config,
                         Object traceMessage) {
        lock();
        try {
            MessageConfig cfg = config == null ? MessageConfig.RELIABLE_ORDERED : config;
            if (destroyed) {
                return dead(call, to, traceMessage, cfg);
            }
            boolean emptyUid = to != null && to.isEmpty();
            if (to == null || payload == null || (emptyUid && sim.settings().emptyUidReturnsParameterError())) {
                return callLong(call, ReturnStatus.RETURN_STATUS_PARAMETER_ERR.value(), to, traceMessage, cfg);
            }
            long id = nextMsgId++;
            callLong(call, id, to, traceMessage, cfg);
            int immediate = loginState != LoginState.LOGGED_IN ? UserMessageSendResult.USER_MESSAGE_SEND_RESULT_NOT_LOGIN
                    : size > limit ? UserMessageSendResult.USER_MESSAGE_SEND_RESULT_EXCEED_MAX_LENGTH
                    : emptyUid ? UserMessageSendResult.USER_MESSAGE_SEND_RESULT_EMPTY_USER
                    : -1;
            if (immediate == UserMessageSendResult.USER_MESSAGE_SEND_RESULT_NOT_LOGIN) {
                sim.diagnostics().misuse(traceName(), call, MisuseRule.CALL_BEFORE_LOGIN);
            }
            if (immediate >= 0) {
                postMessageResult(id, immediate);
                return id;
            }
            String from = uid;
            long deadline = sim.now() + sim.settings().messageTimeout().toNanos();
            Packet packet = new Packet(PacketKind.P2P, from, to, id, deliveryOf(cfg));
            link.up().send(packet, () -> service.sendP2P(port, from, id, to, payload, cfg, deadline),
                    () -> port.messageResult(id, UserMessageSendResult.USER_MESSAGE_SEND_RESULT_TIMEOUT), deadline,
                    code -> port.messageResult(id, code));
            return id;
        } finally {
            unlock();
        }
    }

    void postMessageResult(long id, int code) {
        post("onMessageSendResult", () -> handlerOrNoop().onMessageSendResult(id, code), id, code);
    }

    static Packet.Delivery deliveryOf(MessageConfig cfg) {
        return switch (cfg) {
            case UNRELIABLE_ORDERED -> Packet.Delivery.UNRELIABLE_ORDERED;
            case UNRELIABLE_UNORDERED -> Packet.Delivery.UNRELIABLE_UNORDERED;
            default -> Packet.Delivery.RELIABLE;
        };
    }

    @Override
    public long sendServerMessage(String message) {
        return sendToServer("sendServerMessage", message == null ? null : Payload.text(message),
                message == null ? -1 : Payload.utf8Length(message), Limits.MAX_TEXT_BYTES, message);
    }

    @Override
    public long sendServerBinaryMessage(byte[] buffer) {
        return sendToServer("sendServerBinaryMessage", buffer == null ? null : Payload.binary(buffer),
                buffer == null ? -1 : buffer.length, Limits.MAX_BINARY_BYTES, buffer == null ? null : Bytes.of(buffer));
    }

    private long sendToServer(String call, Payload payload, int size, int limit, Object traceMessage) {
        lock();
        try {
            if (destroyed) {
                return dead(call, traceMessage);
            }
            if (payload == null) {
                return callLong(call, ReturnStatus.RETURN_STATUS_PARAMETER_ERR.value(), traceMessage);
            }
            long id = nextMsgId++;
            callLong(call, id, traceMessage);
            int immediate = -1;
            if (loginState != LoginState.LOGGED_IN) {
                immediate = UserMessageSendResult.USER_MESSAGE_SEND_RESULT_NOT_LOGIN;
                sim.diagnostics().misuse(traceName(), call, MisuseRule.CALL_BEFORE_LOGIN);
            } else if (serverParams != 2) {
                immediate = UserMessageSendResult.USER_MESSAGE_SEND_RESULT_SERVER_PARAMS_NOT_SET;
                sim.diagnostics().misuse(traceName(), call, MisuseRule.SERVER_MESSAGE_BEFORE_SERVER_PARAMS);
            } else if (size > limit) {
                immediate = UserMessageSendResult.USER_MESSAGE_SEND_RESULT_EXCEED_MAX_LENGTH;
            }
            if (immediate >= 0) {
                int code = immediate;
                post("onServerMessageSendResult",
                        () -> handlerOrNoop().onServerMessageSendResult(id, code, EMPTY.duplicate()), id, code, Bytes.of(null));
                return id;
            }
            String from = uid;
            long deadline = sim.now() + sim.settings().messageTimeout().toNanos();
            link.up().send(Packet.reliable(PacketKind.TO_SERVER, from, "app-server", id),
                    () -> service.sendToServer(port, from, id, payload, deadline),
                    () -> port.serverMessageResult(id, UserMessageSendResult.USER_MESSAGE_SEND_RESULT_TIMEOUT, new byte[0]),
                    deadline, code -> port.serverMessageResult(id, code, new byte[0]));
            return id;
        } finally {
            unlock();
        }
    }

    @Override
    public RTSRoom createRoom(String roomId) {
        lock();
        try {
            if (destroyed) {
                dead("createRoom", roomId);
                return null;
            }
            int error = 0;
            if (roomId == null || !Limits.ROOM_ID.matcher(roomId).matches()) {
                error = ErrorCode.ERROR_CODE_ROOM_ID_ILLEGAL;
            } else if (rooms.containsKey(roomId)) {
                error = ErrorCode.ERROR_CODE_ROOM_ALREADY_EXIST;
            }
            if (error != 0) {
                callReturning("createRoom", "null", roomId);
                int code = error;
                post("onCreateRoomStateChanged", () -> handlerOrNoop().onCreateRoomStateChanged(roomId, code), roomId, code);
                return null;
            }
            FakeRTSRoom room = new FakeRTSRoom(this, roomId);
            rooms.put(roomId, room);
            callReturning("createRoom", room.toString(), roomId);
            return room;
        } finally {
            unlock();
        }
    }

    @Override
    public int setBusinessId(String businessId) {
        lock();
        try {
            if (destroyed) {
                return dead("setBusinessId", businessId);
            }
            if (businessId == null) {
                return call("setBusinessId", ReturnStatus.RETURN_STATUS_PARAMETER_ERR.value(), (Object) null);
            }
            if (!Limits.BUSINESS_ID.matcher(businessId).matches()) {
                return call("setBusinessId", BusinessCheckCode.ERROR_INPUT_INVALIDATE, businessId);
            }
            if (inAnyRoom()) {
                sim.diagnostics().misuse(traceName(), "setBusinessId", MisuseRule.BUSINESS_ID_AFTER_JOIN);
                return call("setBusinessId", BusinessCheckCode.ERROR_ALREADY_IN_ROOM, businessId);
            }
            this.businessId = businessId;
            return call("setBusinessId", 0, businessId);
        } finally {
            unlock();
        }
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
    public int setRuntimeParameters(JSONObject params) {
        lock();
        try {
            String text = params == null ? null : params.toString();
            if (destroyed) {
                return dead("setRuntimeParameters", text);
            }
            if (params == null) {
                return call("setRuntimeParameters", ReturnStatus.RETURN_STATUS_PARAMETER_ERR.value(), (Object) null);
            }
            for (String key : params.keySet()) {
                runtimeParameters.put(key, params.get(key));
            }
            return call("setRuntimeParameters", 0, text);
        } finally {
            unlock();
        }
    }

    @Override
    public int setCellularEnhancement(boolean enhance) {
        lock();
        try {
            if (destroyed) {
                return dead("setCellularEnhancement", enhance);
            }
            cellularEnhancement = enhance;
            return call("setCellularEnhancement", 0, enhance);
        } finally {
            unlock();
        }
    }

    @Override
    public int setLocalProxy(List<LocalProxyConfiguration> configurations) {
        lock();
        try {
            String described = describeProxies(configurations);
            if (destroyed) {
                return dead("setLocalProxy", described);
            }
            if (configurations != null && configurations.stream().anyMatch(c -> c == null || c.localProxyType == null)) {
                return call("setLocalProxy", ReturnStatus.RETURN_STATUS_PARAMETER_ERR.value(), described);
            }
            if (inAnyRoom()) {
                sim.diagnostics().misuse(traceName(), "setLocalProxy", MisuseRule.LOCAL_PROXY_AFTER_JOIN);
            }
            int result = call("setLocalProxy", 0, described);
            proxies = configurations == null ? List.of() : List.copyOf(configurations);
            for (LocalProxyConfiguration c : proxies) {
                LocalProxyError error = proxyError(c);
                LocalProxyType type = c.localProxyType;
                if (error == LocalProxyError.OK) {
                    postProxy(type, LocalProxyState.INITED, LocalProxyError.OK);
                    postProxy(type, LocalProxyState.CONNECTED, LocalProxyError.OK);
                } else {
                    postProxy(type, LocalProxyState.ERROR, error);
                }
            }
            return result;
        } finally {
            unlock();
        }
    }

    private void postProxy(LocalProxyType type, LocalProxyState state, LocalProxyError error) {
        post("onLocalProxyStateChanged", () -> handlerOrNoop().onLocalProxyStateChanged(type, state, error),
                type, state, error);
    }

    private static LocalProxyError proxyError(LocalProxyConfiguration c) {
        boolean socks = c.localProxyType == LocalProxyType.SOCKS5;
        boolean badAddress = c.localProxyIp == null || c.localProxyIp.isBlank()
                || c.localProxyPort < 1 || c.localProxyPort > 65535;
        if (badAddress) {
            return socks ? LocalProxyError.SOCKS5_INVALID_VALUE : LocalProxyError.HTTP_TUNNEL_FAILED;
        }
        boolean hasUser = c.localProxyUsername != null && !c.localProxyUsername.isEmpty();
        boolean hasPassword = c.localProxyPassword != null && !c.localProxyPassword.isEmpty();
        if (socks && hasUser != hasPassword) {
            return LocalProxyError.SOCKS5_USER_PASS_NOT_GIVEN;
        }
        return LocalProxyError.OK;
    }

    private static String describeProxies(List<LocalProxyConfiguration> configurations) {
        if (configurations == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (LocalProxyConfiguration c : configurations) {
            out.add(c == null ? "null" : c.localProxyType + " " + c.localProxyIp + ":" + c.localProxyPort);
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- destroy

    /**
     * Destroys this engine alone (the SDK's {@code RTS.destroyRTS()} destroys every engine of the
     * cloud). Its session ends, its rooms are left, and no callback of it is delivered again.
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
            if (sysStatsTimer != null) {
                sim.scheduler().cancel(sysStatsTimer);
            }
            reconnector.stop();
            // Destroying stops all interaction with the server: what this engine sent earlier and is
            // still on its way up is dropped; only its goodbyes (leaving rooms, logging out) go on.
            link.closeUp(GOODBYES);
            for (FakeRTSRoom room : new ArrayList<>(rooms.values())) {
                room.engineDestroyed();
            }
            rooms.clear();
            if (loginState != LoginState.LOGGED_OUT && uid != null) {
                sayGoodbye();
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

    // ---------------------------------------------------------------- periodic stats

    private void scheduleSysStats() {
        long period = sim.settings().sysStatsInterval().toNanos();
        if (period <= 0) {
            return;
        }
        sysStatsTimer = sim.scheduler().scheduleBackground(period, () -> {
            if (destroyed) {
                return;
            }
            SysStats stats = DeviceStats.sample();
            post("onSysStats", () -> handlerOrNoop().onSysStats(stats), DeviceStats.describe(stats));
            scheduleSysStats();
        });
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

    IRTSEventHandler handlerOrNoop() {
        IRTSEventHandler h = handler;
        return h != null ? h : NoopHandler.INSTANCE;
    }

    void post(String callback, Runnable invoke, Object... traceArgs) {
        sim.post(new Delivery(this, callback, invoke, traceArgs));
    }

    void lock() {
        sim.lock().lock();
    }

    void unlock() {
        sim.lock().unlock();
    }

    int call(String method, int result, Object... args) {
        sim.trace().record(TraceKind.CALL, traceName(), method, result, args);
        return result;
    }

    void callReturning(String method, Object result, Object... args) {
        sim.trace().record(TraceKind.CALL, traceName(), method, result, args);
    }

    long callLong(String method, long result, Object... args) {
        sim.trace().record(TraceKind.CALL, traceName(), method, result, args);
        return result;
    }

    int dead(String method, Object... args) {
        sim.diagnostics().misuse(traceName(), method, MisuseRule.USE_AFTER_DESTROY);
        sim.trace().record(TraceKind.CALL, traceName(), method, -1, args);
        return -1;
    }

    static String handlerName(Object handler) {
        if (handler == null) {
            return null;
        }
        String simple = handler.getClass().getSimpleName();
        return simple.isEmpty() ? handler.getClass().getName().replaceAll(".*\\.", "") : simple;
    }

    /** A handler that ignores everything, used while the app has set none. */
    static final class NoopHandler extends IRTSEventHandler {
        static final NoopHandler INSTANCE = new NoopHandler();
    }
}
