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
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

/**
 * The service side of the simulated RTS cloud: apps and their keys, token checks, sessions (one per
 * uid per app), presence, rooms, and the routing of every kind of message, with size-independent
 * checks (rate limits, membership) and the app-server bridge.
 *
 * <p>Its request methods run when a client's request arrives over the up direction of its link;
 * every answer travels back over the client's down direction, to the very request that asked (each
 * request passes the callback its answer goes to). Everything the cloud sends to a session on its
 * own (messages, pushes, room notices, a kick) is stamped with the session's number, the one the
 * client sent with its login, so a client that has since logged in as someone else drops it. All of
 * it runs under the simulation lock.
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

    /**
     * A login request arrived (first login, or an automatic re-login after a drop).
     *
     * @param session the client's number for this session; everything sent to the session carries it
     * @param deadline when the client stops waiting for the answer
     * @param answer where the answer (0 or a LoginErrorCode) goes once it has crossed the down link
     */
    public void login(ClientPort port, String token, String uid, boolean relogin, int session, long deadline,
                      IntConsumer answer) {
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
                int stamp = old.generation;
                down(kicked, Packet.reliable(PacketKind.KICK, CLOUD, uid, 0), () -> kicked.kicked(stamp));
            }
            Session s = app.sessions.get(uid);
            if (s == null) {
                s = new Session(uid, port, settings.p2pPerSecond(), session);
                app.sessions.put(uid, s);
            } else {
                resume(s);
                s.generation = session;
            }
            // The login got through but the link may have failed since: watch it from now.
            watch(app, s);
        }
        final int result = code;
        answer(port, PacketKind.LOGIN_RESULT, uid, deadline, () -> answer.accept(result));
    }

    /** A logout request arrived. */
    public void logout(ClientPort port, String uid) {
        AppState app = app(port.appId());
        Session s = app.sessions.get(uid);
        if (s != null && s.port == port) {
            endSession(app, s, UserOfflineReason.USER_OFFLINE_REASON_QUIT, "logout");
        }
    }

    /**
     * The client left session {@code session} of {@code uid} (logout, destroy) but its goodbye never
     * got through. The client no longer keeps that session alive, so the cloud notices the silence:
     * the session enters its grace period one heartbeat timeout from now and ends when that runs out,
     * unless the client logs in to it again first.
     */
    public void sessionAbandoned(ClientPort port, String uid, int session) {
        AppState app = app(port.appId());
        Session s = uid == null ? null : app.sessions.get(uid);
        if (s == null || s.port != port || s.generation != session || s.silent) {
            return;
        }
        s.silent = true;
        sim.trace().record(TraceKind.CLOUD, CLOUD, "session-silent", null, uid);
        watch(app, s);
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
        int stamp = s.generation;
        down(port, Packet.reliable(PacketKind.KICK, CLOUD, uid, 0), () -> port.sessionInvalidated(stamp));
        return true;
    }

    /**
     * A client's link changed. Every session on that link (also one the client left without its
     * logout getting through, under another uid than its current one) is watched: while the cloud
     * hears nothing from it past the heartbeat timeout it enters its grace period, and when that runs
     * out it ends.
     */
    public void reachabilityChanged(ClientPort port) {
        AppState app = app(port.appId());
        for (Session s : new ArrayList<>(app.sessions.values())) {
            if (s.port == port) {
                watch(app, s);
            }
        }
    }

    /** Whether the cloud hears nothing from a session: its link is down, or its client left it. */
    private static boolean unheard(Session s) {
        return s.silent || !s.port.link().canReachCloud();
    }

    private void watch(AppState app, Session s) {
        if (!unheard(s)) {
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
            if (app.sessions.get(s.uid) != s || !unheard(s)) {
                return;
            }
            s.inGrace = true;
            sim.trace().record(TraceKind.CLOUD, CLOUD, "session-grace", null, s.uid, settings.sessionGrace());
            s.dropTimer = sim.scheduler().schedule(settings.sessionGrace().toNanos(), () -> {
                s.dropTimer = null;
                if (app.sessions.get(s.uid) == s && s.inGrace) {
                    endSession(app, s, UserOfflineReason.USER_OFFLINE_REASON_DROPPED, "grace-expired");
                }
            });
        });
    }

    private void resume(Session s) {
        s.silent = false;
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
            if (room.members.get(s.uid) == s) {
                removeMember(app, room, s.uid, roomLeaveReason);
            }
        }
    }

    private Session sessionOf(ClientPort port, String uid) {
        Session s = uid == null ? null : app(port.appId()).sessions.get(uid);
        return s != null && s.port == port ? s : null;
    }

    // ---- server params and presence queries ----

    /** A setServerParams request arrived; its answer (200 or a failure code) goes to {@code answer}. */
    public void setServerParams(ClientPort port, String uid, String signature, String url, long deadline,
                                IntConsumer answer) {
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
        answer(port, PacketKind.SERVER_PARAMS_RESULT, uid, deadline, () -> answer.accept(code));
    }

    /** A getPeerOnlineStatus request arrived; the peer's status goes to {@code answer}. */
    public void queryPeer(ClientPort port, String uid, String peer, long deadline, IntConsumer answer) {
        int status = sessionOf(port, uid) == null ? UserOnlineStatus.USER_ONLINE_STATUS_UNREACHABLE
                : onlineStatus(port.appId(), peer);
        answer(port, PacketKind.PEER_STATUS, uid, deadline, () -> answer.accept(status));
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
                int stamp = target.generation;
                receiver.link().down().send(new Packet(PacketKind.P2P, uid, to, msgId, deliveryOf(config)),
                        () -> receiver.messageArrived(stamp, uid, payload), null, deadline);
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
        int stamp = target.generation;
        down(receiver, Packet.reliable(PacketKind.PUSH, from, to, 0), () -> receiver.messageArrived(stamp, from, payload));
        return true;
    }

    /**
     * A P2P message pushed by the app's server to one member of a room (SendRoomUnicast,
     * BatchSendRoomUnicast); on the RTS SDK it arrives as onMessageReceived. Returns false when
     * {@code to} is not in the room.
     */
    public boolean pushToRoomMember(String appId, String roomId, String from, String to, Payload payload) {
        CloudRoom room = app(appId).rooms.get(roomId);
        Session member = room == null ? null : room.members.get(to);
        if (member == null) {
            return false;
        }
        ClientPort receiver = member.port;
        int stamp = member.generation;
        down(receiver, Packet.reliable(PacketKind.PUSH, from, to, 0), () -> receiver.messageArrived(stamp, from, payload));
        return true;
    }

    /** A room broadcast pushed by the app's server (SendBroadcast). Returns false when the room is empty. */
    public boolean pushToRoom(String appId, String roomId, String from, Payload payload) {
        CloudRoom room = app(appId).rooms.get(roomId);
        if (room == null || room.members.isEmpty()) {
            return false;
        }
        for (Session member : room.members.values()) {
            ClientPort receiver = member.port;
            int stamp = member.generation;
            down(receiver, Packet.reliable(PacketKind.PUSH, from, roomId, 0),
                    () -> receiver.roomMessageArrived(stamp, roomId, from, payload));
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

    /**
     * A joinRoom request arrived (first join, or an automatic rejoin after a reconnect); its answer
     * (0 or an error code) goes to {@code answer}, the room instance that asked.
     */
    public void joinRoom(ClientPort port, String uid, String roomId, long deadline, IntConsumer answer) {
        AppState app = app(port.appId());
        Session joiner = sessionOf(port, uid);
        if (joiner == null) {
            answer(port, PacketKind.JOIN_RESULT, uid, deadline, () -> answer.accept(ErrorCode.ERROR_CODE_JOIN_ROOM));
            return;
        }
        CloudRoom room = app.rooms.computeIfAbsent(roomId, id -> new CloudRoom(id, settings.roomPerSecond()));
        List<Session> others = new ArrayList<>();
        for (Session m : room.members.values()) {
            if (!m.uid.equals(uid)) {
                others.add(m);
            }
        }
        room.members.put(uid, joiner);
        sim.trace().record(TraceKind.CLOUD, CLOUD, "room-join", null, roomId, uid, room.members.size());
        answer(port, PacketKind.JOIN_RESULT, uid, deadline, () -> answer.accept(0));
        boolean overLimit = room.members.size() > settings.roomNoticeLimit();
        if (overLimit && !room.noticesStopped) {
            room.noticesStopped = true;
            for (Session member : room.members.values()) {
                notice(member, CLOUD, (p, stamp) -> p.roomState(stamp, roomId, WarningCode.WARNING_CODE_USER_NOTIFY_STOP, "{}"));
            }
        } else if (overLimit) {
            notice(joiner, CLOUD, (p, stamp) -> p.roomState(stamp, roomId, WarningCode.WARNING_CODE_USER_NOTIFY_STOP, "{}"));
        }
        if (overLimit) {
            return;
        }
        for (Session member : others) {
            notice(member, uid, (p, stamp) -> p.roomUserJoined(stamp, roomId, uid));
        }
        for (Session existing : others) {
            notice(joiner, existing.uid, (p, stamp) -> p.roomUserJoined(stamp, roomId, existing.uid));
        }
    }

    /** A leaveRoom request arrived; {@code answer} (null for a quiet leave) runs when the answer is back. */
    public void leaveRoom(ClientPort port, String uid, String roomId, long deadline, Runnable answer) {
        AppState app = app(port.appId());
        CloudRoom room = app.rooms.get(roomId);
        Session member = room == null ? null : room.members.get(uid);
        if (member != null && member.port == port) {
            removeMember(app, room, uid, UserOfflineReason.USER_OFFLINE_REASON_QUIT);
        }
        if (answer != null) {
            answer(port, PacketKind.LEAVE_RESULT, uid, deadline, answer);
        }
    }

    private void removeMember(AppState app, CloudRoom room, String uid, int reason) {
        boolean notify = room.members.size() <= settings.roomNoticeLimit();
        room.members.remove(uid);
        sim.trace().record(TraceKind.CLOUD, CLOUD, "room-leave", reason, room.roomId, uid, room.members.size());
        if (notify) {
            for (Session member : room.members.values()) {
                notice(member, uid, (p, stamp) -> p.roomUserLeft(stamp, room.roomId, uid, reason));
            }
        }
        if (room.members.size() <= settings.roomNoticeLimit()) {
            room.noticesStopped = false;
        }
        if (room.members.isEmpty()) {
            app.rooms.remove(room.roomId);
        }
    }

    /** A room broadcast arrived from a member; its result goes to {@code result}, the room instance that sent it. */
    public void broadcast(ClientPort port, String uid, String roomId, long msgId, Payload payload, long deadline,
                          IntConsumer result) {
        AppState app = app(port.appId());
        CloudRoom room = app.rooms.get(roomId);
        Session sender = room == null ? null : room.members.get(uid);
        int code;
        if (sender == null || sender.port != port) {
            code = RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_NOT_JOIN;
        } else if (settings.rateLimits() && !room.rate.admit(sim.now())) {
            code = RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_EXCEED_QPS;
        } else {
            code = RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_SUCCESS;
            for (Session member : room.members.values()) {
                if (member.uid.equals(uid)) {
                    continue;
                }
                ClientPort receiver = member.port;
                int stamp = member.generation;
                receiver.link().down().send(Packet.reliable(PacketKind.BROADCAST, uid, roomId, msgId),
                        () -> receiver.roomMessageArrived(stamp, roomId, uid, payload), null, deadline);
            }
        }
        sim.trace().record(TraceKind.CLOUD, CLOUD, "route-broadcast", code, uid, roomId, msgId);
        port.link().down().send(Packet.reliable(PacketKind.BROADCAST_RESULT, CLOUD, uid, msgId),
                () -> result.accept(code),
                () -> result.accept(RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_TIMEOUT),
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

    /**
     * The answer to a client's request, back over its down link. The client gives up at the
     * request's deadline and then ignores the answer, so the link stops trying then too.
     */
    private void answer(ClientPort port, PacketKind kind, String uid, long deadline, Runnable onArrival) {
        port.link().down().send(Packet.reliable(kind, CLOUD, uid, 0), onArrival, null, Math.max(deadline, sim.now()));
    }

    /** Something the cloud tells a session on its own, stamped with the session's number. */
    private void notice(Session to, String from, Notice notice) {
        ClientPort p = to.port;
        int stamp = to.generation;
        down(p, Packet.reliable(PacketKind.ROOM_NOTICE, from, to.uid, 0), () -> notice.deliver(p, stamp));
    }

    /** A room notice to one session. */
    private interface Notice {
        void deliver(ClientPort port, int stamp);
    }
}
