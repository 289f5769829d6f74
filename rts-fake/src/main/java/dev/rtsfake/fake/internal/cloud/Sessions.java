package dev.rtsfake.fake.internal.cloud;

import com.ss.bytertc.rts.engine.type.LoginErrorCode;
import com.ss.bytertc.rts.engine.type.UserMessageSendResult;
import com.ss.bytertc.rts.engine.type.UserOfflineReason;
import com.ss.bytertc.rts.engine.type.UserOnlineStatus;
import dev.rtsfake.fake.CloudSettings;
import dev.rtsfake.fake.internal.core.Identifiers;
import dev.rtsfake.fake.internal.core.Simulation;
import dev.rtsfake.fake.internal.trace.ActorTrace;
import dev.rtsfake.fake.net.PacketKind;
import dev.rtsfake.fake.token.TokenCheck;
import dev.rtsfake.fake.token.TokenVerifier;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

/**
 * Sessions, one per uid per app: login (with its token check) and logout, the kick of a duplicate
 * login, invalidation, presence, the per-session server params, and the silence watch.
 *
 * <p>The cloud hears a session while its client holds it and the client's link reaches the cloud
 * (the heartbeats get through). A successful login makes the client hold it (the cloud takes the
 * login; the client takes its answer, {@link #sessionHeld}); the client lets go when it detects a
 * drop, gives up a login attempt, or leaves without its logout getting through
 * ({@link #sessionAbandoned}). A session the cloud does not hear enters its grace period one
 * heartbeat timeout later and ends when the grace runs out, unless it is heard again first: its
 * link comes back while the client still holds it, or the client logs in to it again.
 */
final class Sessions {
    private static final Pattern UID = Identifiers.ID;

    private final Simulation sim;
    private final CloudSettings settings;
    private final AppRegistry apps;
    private final Rooms rooms;
    private final Downlink downlink;
    private final ActorTrace steps;
    private final TokenVerifier verifier = new TokenVerifier();

    Sessions(Simulation sim, AppRegistry apps, Rooms rooms, Downlink downlink) {
        this.sim = sim;
        this.settings = sim.settings();
        this.apps = apps;
        this.rooms = rooms;
        this.downlink = downlink;
        this.steps = downlink.steps();
    }

    // ---- presence ----

    int onlineStatus(String appId, String uid) {
        return apps.get(appId).sessions.containsKey(uid) ? UserOnlineStatus.USER_ONLINE_STATUS_ONLINE
                : UserOnlineStatus.USER_ONLINE_STATUS_OFFLINE;
    }

    List<String> onlineUsers(String appId) {
        return List.copyOf(apps.get(appId).sessions.keySet());
    }

    void queryPeer(ClientPort port, String uid, String peer, long deadline, IntConsumer answer) {
        int status = sessionOf(port, uid) == null ? UserOnlineStatus.USER_ONLINE_STATUS_UNREACHABLE
                : onlineStatus(port.appId(), peer);
        downlink.answer(port, PacketKind.PEER_STATUS, uid, deadline, () -> answer.accept(status));
    }

    // ---- login and logout ----

    void login(ClientPort port, String token, String uid, boolean relogin, int session, long deadline,
               IntConsumer answer) {
        AppState app = apps.get(port.appId());
        int code;
        String why;
        if (!UID.matcher(uid).matches()) {
            code = LoginErrorCode.LOGIN_ERROR_CODE_INVALID_USER_ID;
            why = "uid must match " + Identifiers.ID_RULE;
        } else {
            TokenCheck check = verifier.check(token, app.appId, app.appKey, uid, sim.clock().epochSeconds());
            code = check == TokenCheck.VALID ? LoginErrorCode.LOGIN_ERROR_CODE_SUCCESS
                    : LoginErrorCode.LOGIN_ERROR_CODE_INVALID_TOKEN;
            why = check.describe();
        }
        steps.record(relogin ? "relogin" : "login", code, uid, why);
        if (code == 0) {
            Session old = app.sessions.get(uid);
            if (old != null && old.port != port) {
                endSession(app, old, UserOfflineReason.USER_OFFLINE_REASON_DROPPED, "duplicate-login");
                downlink.kick(old, false);
            }
            Session s = app.sessions.get(uid);
            if (s == null) {
                s = new Session(uid, port, settings.p2pPerSecond(), session);
                app.add(s);
            } else {
                resume(s);
                s.generation = session;
            }
            // The login got through but the link may have failed since: watch it from now.
            watch(app, s);
        }
        final int result = code;
        downlink.answer(port, PacketKind.LOGIN_RESULT, uid, deadline, () -> answer.accept(result));
    }

    void logout(ClientPort port, String uid) {
        AppState app = apps.get(port.appId());
        Session s = app.sessions.get(uid);
        if (s != null && s.port == port) {
            endSession(app, s, UserOfflineReason.USER_OFFLINE_REASON_QUIT, "logout");
        }
    }

    void setServerParams(ClientPort port, String uid, String signature, String url, long deadline,
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
        downlink.answer(port, PacketKind.SERVER_PARAMS_RESULT, uid, deadline, () -> answer.accept(code));
    }

    boolean invalidate(String appId, String uid) {
        AppState app = apps.get(appId);
        Session s = app.sessions.get(uid);
        if (s == null) {
            return false;
        }
        endSession(app, s, UserOfflineReason.USER_OFFLINE_REASON_DROPPED, "invalidated");
        downlink.kick(s, true);
        return true;
    }

    /** The session of {@code uid} if it belongs to {@code port}, else null. */
    Session sessionOf(ClientPort port, String uid) {
        return uid == null ? null : apps.get(port.appId()).sessionOf(port, uid);
    }

    // ---- the silence watch ----

    /** The client let go of session {@code session} of {@code uid}: only a login holds it again. */
    void sessionAbandoned(ClientPort port, String uid, int session) {
        AppState app = apps.get(port.appId());
        Session s = uid == null ? null : app.sessions.get(uid);
        if (s == null || s.port != port || s.generation != session || s.silent) {
            return;
        }
        s.silent = true;
        steps.record("session-silent", null, uid);
        watch(app, s);
    }

    /** The client holds session {@code session} of {@code uid} again (it took a login's success answer). */
    void sessionHeld(ClientPort port, String uid, int session) {
        AppState app = apps.get(port.appId());
        Session s = uid == null ? null : app.sessions.get(uid);
        if (s == null || s.port != port || s.generation != session || !s.silent) {
            return;
        }
        s.silent = false;
        steps.record("session-held", null, uid);
        watch(app, s);
    }

    void reachabilityChanged(ClientPort port) {
        AppState app = apps.get(port.appId());
        for (Session s : app.sessionsOn(port)) {
            watch(app, s);
        }
    }

    /** Whether the cloud hears nothing from a session: its link is down, or its client let go of it. */
    private static boolean unheard(Session s) {
        return s.silent || !s.port.link().canReachCloud();
    }

    private void watch(AppState app, Session s) {
        if (!unheard(s)) {
            // Heard again: back before the heartbeat timeout (a later drop starts its own timeout),
            // or in the grace, from a client that still holds the session (a re-login whose answer
            // was on its way when the link dropped again): its heartbeats keep the session.
            resume(s);
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
            steps.record("session-grace", null, s.uid, settings.sessionGrace());
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
        cancelDropTimer(s);
        if (s.inGrace) {
            s.inGrace = false;
            steps.record("session-resumed", null, s.uid);
        }
    }

    private void endSession(AppState app, Session s, int roomLeaveReason, String why) {
        app.remove(s);
        cancelDropTimer(s);
        steps.record("session-end", null, s.uid, why);
        rooms.sessionEnded(app, s, roomLeaveReason);
    }

    private void cancelDropTimer(Session s) {
        if (s.dropTimer != null) {
            sim.scheduler().cancel(s.dropTimer);
            s.dropTimer = null;
        }
    }
}
