package dev.rtsfake.fake.cloud;

import com.ss.bytertc.rts.engine.type.ErrorCode;
import com.ss.bytertc.rts.engine.type.LoginErrorCode;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import com.ss.bytertc.rts.engine.type.RoomMessageSendResult;
import com.ss.bytertc.rts.engine.type.UserMessageSendResult;
import com.ss.bytertc.rts.engine.type.UserOfflineReason;
import com.ss.bytertc.rts.engine.type.UserOnlineStatus;
import com.ss.bytertc.rts.engine.type.WarningCode;
import dev.rtsfake.fake.appserver.AppServer;
import dev.rtsfake.fake.appserver.AppServerGateway;
import dev.rtsfake.fake.appserver.AppServerOutcome;
import dev.rtsfake.fake.appserver.AppServerRequest;
import dev.rtsfake.fake.core.CloudSettings;
import dev.rtsfake.fake.core.Simulation;
import dev.rtsfake.fake.net.Packet;
import dev.rtsfake.fake.net.PacketKind;
import dev.rtsfake.fake.token.TokenCheck;
import dev.rtsfake.fake.token.TokenVerifier;
import dev.rtsfake.fake.trace.TraceKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The service side of the simulated RTS cloud: apps and their keys, token checks, sessions (one per
 * uid per app), presence, rooms, and the routing of every kind of message, with size-independent
 * checks (rate limits, membership) and the app-server bridge.
 *
 * <p>Its request methods run when a client's request arrives over the up direction of its link;
 * every answer travels back over the client's down direction. All of it runs under the simulation
 * lock.
 */
public final class CloudService {
    private static final Pattern UID = Pattern.compile("[a-zA-Z0-9_@\\-.]{1,128}");
    private static final String CLOUD = "cloud";

    private final Simulation sim;
    private final CloudSettings settings;
    private final Map<String, AppState> apps = new LinkedHashMap<>();
    private final TokenVerifier verifier = new TokenVerifier();
    private final Map<String, Object> harnessParts = new LinkedHashMap<>();

    /** The cloud of one simulation. */
    public CloudService(Simulation sim) {
        this.sim = sim;
        this.settings = sim.settings();
    }

    // ---- apps ----

    /** Registers an app and its key. */
    public void registerApp(String appId, String appKey) {
        apps.put(appId, new AppState(appId, appKey, settings.serverApiPerSecond()));
    }

    /** Whether an app is registered. */
    public boolean knowsApp(String appId) {
        return appId != null && apps.containsKey(appId);
    }

    /** The key of a registered app. */
    public String appKey(String appId) {
        return app(appId).appKey;
    }

    /** The app ids registered, in order. */
    public List<String> appIds() {
        return List.copyOf(apps.keySet());
    }

    /** Replaces the gateway to an app's own server. */
    public void setGateway(String appId, AppServerGateway gateway) {
        app(appId).gateway = gateway;
    }

    /**
     * The harness object of one kind for an app (its app-server double, its push API), made by
     * {@code create} the first time; an unknown app throws IllegalArgumentException naming the known ones.
     */
    public <T> T harnessPart(String appId, Class<T> type, java.util.function.Supplier<T> create) {
        app(appId);
        String key = type.getName() + "/" + appId;
        Object part = harnessParts.get(key);
        if (part == null) {
            part = create.get();
            harnessParts.put(key, part);
        }
        return type.cast(part);
    }

    /** The harness objects of one kind made so far, for every app. */
    public <T> List<T> harnessParts(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object part : harnessParts.values()) {
            if (type.isInstance(part)) {
                out.add(type.cast(part));
            }
        }
        return out;
    }

    private AppState app(String appId) {
        AppState a = apps.get(appId);
        if (a == null) {
            throw new IllegalArgumentException("no app '" + appId + "' in this cloud; register it with"
                    + " FakeRtsCloud.builder().app(appId, appKey). Known apps: " + apps.keySet());
        }
        return a;
    }

    // ---- presence, for the harness and the push API ----

    /** Online status of a uid as the cloud sees it: ONLINE while a session exists (also in its grace period). */
    public int onlineStatus(String appId, String uid) {
        return app(appId).sessions.containsKey(uid) ? UserOnlineStatus.USER_ONLINE_STATUS_ONLINE
                : UserOnlineStatus.USER_ONLINE_STATUS_OFFLINE;
    }

    /** The uids with a session in an app, in login order. */
    public List<String> onlineUsers(String appId) {
        return List.copyOf(app(appId).sessions.keySet());
    }

    /** The members of a room, in joining order; empty when the room does not exist. */
    public List<String> roomMembers(String appId, String roomId) {
        CloudRoom room = app(appId).rooms.get(roomId);
        return room == null ? List.of() : List.copyOf(room.members.keySet());
    }

    // ---- login and sessions ----

    /** A login request arrived (first login, or an automatic re-login after a drop). */
    public void login(ClientPort port, String token, String uid, boolean relogin) {
        AppState app = app(port.appId());
        int code;
        String why;
        if (!UID.matcher(uid).matches()) {
            code = LoginErrorCode.LOGIN_ERROR_CODE_INVALID_USER_ID;
            why = "uid must match [a-zA-Z0-9_@\\-.]{1,128}";
        } else {
            TokenCheck check = verifier.check(token, app.appId, app.appKey, uid, sim.clock().epochSeconds());
            code = check == TokenCheck.VALID ? LoginErrorCode.LOGIN_ERROR_CODE_SUCCESS
                    : LoginErrorCode.LOGIN_ERROR_CODE_INVALID_TOKEN;
            why = check.describe();
        }
        sim.trace().record(TraceKind.CLOUD, CLOUD, relogin ? "relogin" : "login", code, uid, why);
        if (code == 0) {
            Session old = app.sessions.get(uid);
            if (old != null && old.port != port) {
                endSession(app, old, UserOfflineReason.USER_OFFLINE_REASON_DROPPED, "duplicate-login");
                ClientPort kicked = old.port;
                down(kicked, Packet.reliable(PacketKind.KICK, CLOUD, uid, 0), kicked::kicked);
            }
            Session s = app.sessions.get(uid);
            if (s == null) {
                s = new Session(uid, port, settings.p2pPerSecond());
                app.sessions.put(uid, s);
            } else {
                resume(s);
            }
            if (!port.link().canReachCloud()) {
                // The login got through but the link has failed since: start watching it now.
                reachabilityChanged(port, uid);
            }
        }
        final int result = code;
        down(port, Packet.reliable(PacketKind.LOGIN_RESULT, CLOUD, uid, 0), () -> port.loginResult(result, relogin));
    }

    /** A logout request arrived. */
    public void logout(ClientPort port, String uid) {
        AppState app = app(port.appId());
        Session s = app.sessions.get(uid);
        if (s != null && s.port == port) {
            endSession(app, s, UserOfflineReason.USER_OFFLINE_REASON_QUIT, "logout");
        }
    }

    /** The harness declares a session invalid: the client gets FAILED and does not reconnect. */
    public boolean invalidate(String appId, String uid) {
        AppState app = app(appId);
        Session s = app.sessions.get(uid);
        if (s == null) {
            return false;
        }
        endSession(app, s, UserOfflineReason.USER_OFFLINE_REASON_DROPPED, "invalidated");
        ClientPort port = s.port;
        down(port, Packet.reliable(PacketKind.KICK, CLOUD, uid, 0), port::sessionInvalidated);
        return true;
    }

    /**
     * A client's link changed. While it stays unreachable past the heartbeat timeout the session
     * enters its grace period, and when that runs out it ends.
     */
    public void reachabilityChanged(ClientPort port, String uid) {
        if (uid == null) {
            return;
        }
        AppState app = app(port.appId());
        Session s = app.sessions.get(uid);
        if (s == null || s.port != port) {
            return;
        }
        if (port.link().canReachCloud()) {
            if (s.dropTimer != null && !s.inGrace) {
                // Back before the heartbeat timeout: a later drop starts its own timeout.
                sim.scheduler().cancel(s.dropTimer);
                s.dropTimer = null;
            }
            return;
        }
        if (s.dropTimer != null || s.inGrace) {
            return;
        }
        s.dropTimer = sim.scheduler().schedule(settings.heartbeatTimeout().toNanos(), () -> {
            s.dropTimer = null;
            if (app.sessions.get(uid) != s || port.link().canReachCloud()) {
                return;
            }
            s.inGrace = true;
            sim.trace().record(TraceKind.CLOUD, CLOUD, "session-grace", null, uid, settings.sessionGrace());
            s.dropTimer = sim.scheduler().schedule(settings.sessionGrace().toNanos(), () -> {
                s.dropTimer = null;
                if (app.sessions.get(uid) == s && s.inGrace) {
                    endSession(app, s, UserOfflineReason.USER_OFFLINE_REASON_DROPPED, "grace-expired");
                }
            });
        });
    }

    private void resume(Session s) {
        if (s.dropTimer != null) {
            sim.scheduler().cancel(s.dropTimer);
            s.dropTimer = null;
        }
        if (s.inGrace) {
            s.inGrace = false;
            sim.trace().record(TraceKind.CLOUD, CLOUD, "session-resumed", null, s.uid);
        }
    }

    private void endSession(AppState app, Session s, int roomLeaveReason, String why) {
        app.sessions.remove(s.uid);
        if (s.dropTimer != null) {
            sim.scheduler().cancel(s.dropTimer);
            s.dropTimer = null;
        }
        sim.trace().record(TraceKind.CLOUD, CLOUD, "session-end", null, s.uid, why);
        for (CloudRoom room : new ArrayList<>(app.rooms.values())) {
            if (room.members.get(s.uid) == s.port) {
                removeMember(app, room, s.uid, roomLeaveReason);
            }
        }
    }

    private Session sessionOf(ClientPort port, String uid) {
        Session s = uid == null ? null : app(port.appId()).sessions.get(uid);
        return s != null && s.port == port ? s : null;
    }

    // ---- server params and presence queries ----

    /** A setServerParams request arrived. */
    public void setServerParams(ClientPort port, String uid, String signature, String url) {
        Session s = sessionOf(port, uid);
        int code;
        if (s == null) {
            code = UserMessageSendResult.USER_MESSAGE_SEND_RESULT_NOT_LOGIN;
        } else {
            s.signature = signature;
            s.url = url;
            s.serverParamsSet = true;
            code = 200;
        }
        down(port, Packet.reliable(PacketKind.SERVER_PARAMS_RESULT, CLOUD, uid, 0), () -> port.serverParamsResult(code));
    }

    /** A getPeerOnlineStatus request arrived. */
    public void queryPeer(ClientPort port, String uid, String peer) {
        int status = sessionOf(port, uid) == null ? UserOnlineStatus.USER_ONLINE_STATUS_UNREACHABLE
                : onlineStatus(port.appId(), peer);
        down(port, Packet.reliable(PacketKind.PEER_STATUS, CLOUD, uid, 0), () -> port.peerStatus(peer, status));
    }

    // ---- messages ----

    /** A P2P message arrived from a client. */
    public void sendP2P(ClientPort port, String uid, long msgId, String to, Payload payload, MessageConfig config,
                        long deadline) {
        AppState app = app(port.appId());
        Session s = sessionOf(port, uid);
        int code;
        if (s == null) {
            code = UserMessageSendResult.USER_MESSAGE_SEND_RESULT_NOT_LOGIN;
        } else if (to.isEmpty()) {
            code = UserMessageSendResult.USER_MESSAGE_SEND_RESULT_EMPTY_USER;
        } else if (settings.rateLimits() && !s.p2pRate.admit(sim.now())) {
            code = UserMessageSendResult.USER_MESSAGE_SEND_RESULT_EXCEED_QPS;
        } else {
            Session target = app.sessions.get(to);
            if (target == null) {
                code = settings.offlinePeerResult();
            } else {
                code = UserMessageSendResult.USER_MESSAGE_SEND_RESULT_SUCCESS;
                ClientPort receiver = target.port;
                receiver.link().down().send(new Packet(PacketKind.P2P, uid, to, msgId, deliveryOf(config)),
                        () -> receiver.messageArrived(uid, payload), null, deadline);
            }
        }
        sim.trace().record(TraceKind.CLOUD, CLOUD, "route-p2p", code, uid, to, msgId);
        final int result = code;
        port.link().down().send(Packet.reliable(PacketKind.P2P_RESULT, CLOUD, uid, msgId),
                () -> port.messageResult(msgId, result), () -> port.messageResult(msgId, 1), deadline);
    }

    /** A P2Server message arrived from a client: it goes on to the app's own server. */
    public void sendToServer(ClientPort port, String uid, long msgId, Payload payload, long deadline) {
        AppState app = app(port.appId());
        Session s = sessionOf(port, uid);
        if (s == null || !s.serverParamsSet) {
            int code = s == null ? UserMessageSendResult.USER_MESSAGE_SEND_RESULT_NOT_LOGIN
                    : UserMessageSendResult.USER_MESSAGE_SEND_RESULT_SERVER_PARAMS_NOT_SET;
            serverResult(port, uid, msgId, code, new byte[0], deadline);
            return;
        }
        AppServerRequest request = payload.binary()
                ? AppServerRequest.binary(payload.bytes(), s.signature, s.url)
                : AppServerRequest.text(payload.text(), s.signature, s.url);
        sim.trace().record(TraceKind.CLOUD, CLOUD, "to-app-server", null, uid, msgId, s.url);
        boolean[] answered = new boolean[1];
        harnessPart(app.appId, AppServer.class, () -> new AppServer(sim, this, app.appId));
        app.gateway.deliver(request, outcome -> {
            if (answered[0]) {
                return;
            }
            answered[0] = true;
            int code;
            byte[] body = new byte[0];
            if (outcome instanceof AppServerOutcome.Answered a && a.ok()) {
                code = UserMessageSendResult.USER_MESSAGE_SEND_RESULT_SUCCESS;
                body = a.body();
            } else if (outcome instanceof AppServerOutcome.Answered) {
                code = UserMessageSendResult.USER_MESSAGE_SEND_RESULT_E2BS_RETURN_FAILED;
            } else {
                code = UserMessageSendResult.USER_MESSAGE_SEND_RESULT_E2BS_SEND_FAILED;
            }
            sim.trace().record(TraceKind.CLOUD, CLOUD, "app-server-answer", code, uid, msgId, outcome.toString());
            serverResult(port, uid, msgId, code, body, deadline);
        });
    }

    private void serverResult(ClientPort port, String uid, long msgId, int code, byte[] body, long deadline) {
        port.link().down().send(Packet.reliable(PacketKind.TO_SERVER_RESULT, CLOUD, uid, msgId),
                () -> port.serverMessageResult(msgId, code, body),
                () -> port.serverMessageResult(msgId, UserMessageSendResult.USER_MESSAGE_SEND_RESULT_TIMEOUT, new byte[0]),
                Math.max(deadline, sim.now() + settings.messageTimeout().toNanos()));
    }

    /** A P2P message pushed by the app's server (SendUnicast). Returns false when the user is offline. */
    public boolean push(String appId, String from, String to, Payload payload) {
        Session target = app(appId).sessions.get(to);
        if (target == null) {
            return false;
        }
        ClientPort receiver = target.port;
        down(receiver, Packet.reliable(PacketKind.PUSH, from, to, 0), () -> receiver.messageArrived(from, payload));
        return true;
    }

    /**
     * A P2P message pushed by the app's server to one member of a room (SendRoomUnicast,
     * BatchSendRoomUnicast); on the RTS SDK it arrives as onMessageReceived. Returns false when
     * {@code to} is not in the room.
     */
    public boolean pushToRoomMember(String appId, String roomId, String from, String to, Payload payload) {
        CloudRoom room = app(appId).rooms.get(roomId);
        ClientPort receiver = room == null ? null : room.members.get(to);
        if (receiver == null) {
            return false;
        }
        down(receiver, Packet.reliable(PacketKind.PUSH, from, to, 0), () -> receiver.messageArrived(from, payload));
        return true;
    }

    /** A room broadcast pushed by the app's server (SendBroadcast). Returns false when the room is empty. */
    public boolean pushToRoom(String appId, String roomId, String from, Payload payload) {
        CloudRoom room = app(appId).rooms.get(roomId);
        if (room == null || room.members.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, ClientPort> m : room.members.entrySet()) {
            ClientPort receiver = m.getValue();
            down(receiver, Packet.reliable(PacketKind.PUSH, from, roomId, 0),
                    () -> receiver.roomMessageArrived(roomId, from, payload));
        }
        return true;
    }

    /** Whether a room of an app admits one more message now (per-room rate limit). */
    public boolean admitRoomMessage(String appId, String roomId, int count) {
        CloudRoom room = app(appId).rooms.get(roomId);
        return room == null || !settings.rateLimits() || room.rate.admit(sim.now(), count);
    }

    /** Whether an app admits {@code count} more server-API messages now. */
    public boolean admitServerApi(String appId, int count) {
        return !settings.rateLimits() || app(appId).serverApiRate.admit(sim.now(), count);
    }

    // ---- rooms ----

    /** A joinRoom request arrived (first join, or an automatic rejoin after a reconnect). */
    public void joinRoom(ClientPort port, RoomRequester requester, String uid, String roomId, int joinType) {
        AppState app = app(port.appId());
        if (sessionOf(port, uid) == null) {
            down(port, Packet.reliable(PacketKind.JOIN_RESULT, CLOUD, uid, 0),
                    () -> requester.joinAnswered(ErrorCode.ERROR_CODE_JOIN_ROOM, joinType));
            return;
        }
        CloudRoom room = app.rooms.computeIfAbsent(roomId, id -> new CloudRoom(id, settings.roomPerSecond()));
        List<Map.Entry<String, ClientPort>> others = new ArrayList<>();
        for (Map.Entry<String, ClientPort> m : room.members.entrySet()) {
            if (!m.getKey().equals(uid)) {
                others.add(Map.entry(m.getKey(), m.getValue()));
            }
        }
        room.members.put(uid, port);
        sim.trace().record(TraceKind.CLOUD, CLOUD, "room-join", null, roomId, uid, room.members.size());
        down(port, Packet.reliable(PacketKind.JOIN_RESULT, CLOUD, uid, 0), () -> requester.joinAnswered(0, joinType));
        boolean overLimit = room.members.size() > settings.roomNoticeLimit();
        if (overLimit && !room.noticesStopped) {
            room.noticesStopped = true;
            for (Map.Entry<String, ClientPort> m : room.members.entrySet()) {
                ClientPort member = m.getValue();
                down(member, Packet.reliable(PacketKind.ROOM_NOTICE, CLOUD, m.getKey(), 0),
                        () -> member.roomState(roomId, WarningCode.WARNING_CODE_USER_NOTIFY_STOP, "{}"));
            }
        } else if (overLimit) {
            down(port, Packet.reliable(PacketKind.ROOM_NOTICE, CLOUD, uid, 0),
                    () -> port.roomState(roomId, WarningCode.WARNING_CODE_USER_NOTIFY_STOP, "{}"));
        }
        if (overLimit) {
            return;
        }
        for (Map.Entry<String, ClientPort> m : others) {
            ClientPort member = m.getValue();
            down(member, Packet.reliable(PacketKind.ROOM_NOTICE, uid, m.getKey(), 0),
                    () -> member.roomUserJoined(roomId, uid));
        }
        for (Map.Entry<String, ClientPort> m : others) {
            String existing = m.getKey();
            down(port, Packet.reliable(PacketKind.ROOM_NOTICE, existing, uid, 0),
                    () -> port.roomUserJoined(roomId, existing));
        }
    }

    /** A leaveRoom request arrived. */
    public void leaveRoom(ClientPort port, RoomRequester requester, String uid, String roomId) {
        AppState app = app(port.appId());
        CloudRoom room = app.rooms.get(roomId);
        if (room != null && room.members.get(uid) == port) {
            removeMember(app, room, uid, UserOfflineReason.USER_OFFLINE_REASON_QUIT);
        }
        if (requester != null) {
            down(port, Packet.reliable(PacketKind.LEAVE_RESULT, CLOUD, uid, 0), requester::leaveAnswered);
        }
    }

    private void removeMember(AppState app, CloudRoom room, String uid, int reason) {
        boolean notify = room.members.size() <= settings.roomNoticeLimit();
        room.members.remove(uid);
        sim.trace().record(TraceKind.CLOUD, CLOUD, "room-leave", reason, room.roomId, uid, room.members.size());
        if (notify) {
            for (Map.Entry<String, ClientPort> m : room.members.entrySet()) {
                ClientPort member = m.getValue();
                down(member, Packet.reliable(PacketKind.ROOM_NOTICE, uid, m.getKey(), 0),
                        () -> member.roomUserLeft(room.roomId, uid, reason));
            }
        }
        if (room.members.size() <= settings.roomNoticeLimit()) {
            room.noticesStopped = false;
        }
        if (room.members.isEmpty()) {
            app.rooms.remove(room.roomId);
        }
    }

    /** A room broadcast arrived from a member. */
    public void broadcast(ClientPort port, RoomRequester requester, String uid, String roomId, long msgId, Payload payload,
                          long deadline) {
        AppState app = app(port.appId());
        CloudRoom room = app.rooms.get(roomId);
        int code;
        if (room == null || room.members.get(uid) != port) {
            code = RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_NOT_JOIN;
        } else if (settings.rateLimits() && !room.rate.admit(sim.now())) {
            code = RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_EXCEED_QPS;
        } else {
            code = RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_SUCCESS;
            for (Map.Entry<String, ClientPort> m : room.members.entrySet()) {
                if (m.getKey().equals(uid)) {
                    continue;
                }
                ClientPort receiver = m.getValue();
                receiver.link().down().send(Packet.reliable(PacketKind.BROADCAST, uid, roomId, msgId),
                        () -> receiver.roomMessageArrived(roomId, uid, payload), null, deadline);
            }
        }
        sim.trace().record(TraceKind.CLOUD, CLOUD, "route-broadcast", code, uid, roomId, msgId);
        port.link().down().send(Packet.reliable(PacketKind.BROADCAST_RESULT, CLOUD, uid, msgId),
                () -> requester.messageResult(msgId, code),
                () -> requester.messageResult(msgId, RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_TIMEOUT),
                deadline);
    }

    private static Packet.Delivery deliveryOf(MessageConfig config) {
        if (config == MessageConfig.UNRELIABLE_ORDERED) {
            return Packet.Delivery.UNRELIABLE_ORDERED;
        }
        if (config == MessageConfig.UNRELIABLE_UNORDERED) {
            return Packet.Delivery.UNRELIABLE_UNORDERED;
        }
        return Packet.Delivery.RELIABLE;
    }

    private void down(ClientPort port, Packet packet, Runnable onArrival) {
        port.link().down().send(packet, onArrival);
    }
}
