package dev.rtsfake.fake.engine;

import com.ss.bytertc.rts.engine.type.ConnectionState;
import com.ss.bytertc.rts.engine.type.LogoutReason;
import com.ss.bytertc.rts.engine.type.ReturnStatus;
import dev.rtsfake.fake.diag.MisuseRule;
import dev.rtsfake.fake.net.Packet;
import dev.rtsfake.fake.net.PacketKind;
import dev.rtsfake.fake.trace.TraceKind;

/**
 * How an engine's sessions start and end: the app's login, logout and updateLoginToken, and the
 * engine's own side of ending a session. Sending login attempts and reconnecting are the
 * {@link Reconnector}'s job.
 */
final class LoginFlow {
    private final FakeRTS e;

    LoginFlow(FakeRTS engine) {
        this.e = engine;
    }

    /** login: starts a first login unless logged in already. */
    int login(String token, String uid) {
        e.lock();
        try {
            if (e.destroyed) {
                return e.calls.dead("login", token, uid);
            }
            if (token == null || token.isEmpty() || uid == null || uid.isEmpty()) {
                return e.calls.call("login", ReturnStatus.RETURN_STATUS_FAILURE.value(), token, uid);
            }
            if (e.loginState != LoginState.LOGGED_OUT) {
                e.sim.diagnostics().misuse(e.traceName(), "login", MisuseRule.LOGIN_WHILE_LOGGED_IN);
                return e.calls.call("login", ReturnStatus.RETURN_STATUS_PARAMETER_ERR.value(), token, uid);
            }
            if (e.uid != null && !e.uid.equals(uid)) {
                leaveAllRoomsLocally();
                e.releaseHeldArrivals();
            }
            String previousUid = e.uid;
            e.uid = uid;
            e.token = token;
            FakeRTS.NET.nameByUid(e.host.network(), uid, e.link);
            e.host.engineLoggedIn(e, previousUid);
            int result = e.calls.call("login", 0, token, uid);
            startLogin();
            return result;
        } finally {
            e.unlock();
        }
    }

    /** Starts a first login (also the automatic retry after updateLoginToken). */
    void startLogin() {
        e.session++;
        e.loginState = LoginState.LOGGING_IN;
        e.loginStartedAt = e.sim.now();
        e.lastLoginInvalidToken = false;
        e.serverParams.forget();
        // A new login attempt always reports CONNECTING, also after a failed attempt left it CONNECTING.
        if (e.connectionState == ConnectionState.CONNECTION_STATE_CONNECTING) {
            e.connectionState = 0;
        }
        e.setConnectionState(ConnectionState.CONNECTION_STATE_CONNECTING);
        e.reconnector.sendLogin(false);
    }

    /** logout: ends the session at once; the cloud hears of it when the LOGOUT gets through. */
    int logout() {
        e.lock();
        try {
            if (e.destroyed) {
                return e.calls.dead("logout");
            }
            if (e.loginState == LoginState.LOGGED_OUT) {
                return e.calls.call("logout", ReturnStatus.RETURN_STATUS_WRONG_STATE.value());
            }
            int result = e.calls.call("logout", 0);
            endSessionLocally();
            sayGoodbye();
            e.post("onLogout", () -> e.handlerOrNoop().onLogout(LogoutReason.LOGOUT_REASON_LOGOUT),
                    LogoutReason.LOGOUT_REASON_LOGOUT);
            // What waited for a reconnect: messages are dropped as they are handed on, results still come.
            e.releaseHeldArrivals();
            return result;
        } finally {
            e.unlock();
        }
    }

    /**
     * Tells the cloud the engine left its session. If the LOGOUT cannot get through by its deadline
     * the cloud still notices the silence: the session ends after the heartbeat timeout and grace.
     */
    void sayGoodbye() {
        String who = e.uid;
        int left = e.session;
        e.link.up().send(Packet.reliable(PacketKind.LOGOUT, who, "cloud", 0), () -> e.service.logout(e.port, who),
                () -> e.service.sessionAbandoned(e.port, who, left),
                e.messageDeadline());
    }

    /** Local side of leaving a session: logged out, rooms no longer joined, no reconnecting. */
    void endSessionLocally() {
        e.loginState = LoginState.LOGGED_OUT;
        e.serverParams.forget();
        e.reconnector.stop();
        for (FakeRTSRoom room : e.rooms.values()) {
            room.sessionEnded();
        }
    }

    private void leaveAllRoomsLocally() {
        for (FakeRTSRoom room : e.rooms.values()) {
            room.forgetRejoin();
        }
    }

    /** updateLoginToken: keeps the token for the next attempt; retries a login the old token failed. */
    int updateLoginToken(String token) {
        e.lock();
        try {
            if (e.destroyed) {
                return e.calls.dead("updateLoginToken", token);
            }
            if (token == null || token.isEmpty()) {
                return e.calls.call("updateLoginToken", ReturnStatus.RETURN_STATUS_PARAMETER_ERR.value(), token);
            }
            e.token = token;
            int result = e.calls.call("updateLoginToken", 0, token);
            if (e.loginState == LoginState.LOGGED_OUT && e.lastLoginInvalidToken && e.uid != null) {
                e.sim.trace().record(TraceKind.STATE, e.traceName(), "automatic-login-retry", null);
                startLogin();
            }
            return result;
        } finally {
            e.unlock();
        }
    }
}
