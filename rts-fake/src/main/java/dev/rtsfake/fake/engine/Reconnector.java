package dev.rtsfake.fake.engine;

import com.ss.bytertc.rts.engine.type.ConnectionState;
import com.ss.bytertc.rts.engine.type.LoginErrorCode;
import dev.rtsfake.fake.internal.time.ScheduledEvent;
import dev.rtsfake.fake.net.Packet;
import dev.rtsfake.fake.net.PacketKind;
import dev.rtsfake.fake.trace.TraceKind;

/**
 * An engine's login and reconnect state machine.
 *
 * <p>Login: CONNECTING(2), then on success CONNECTED(3) before {@code onLoginResult}. When the link
 * to the cloud stays unusable for the heartbeat timeout (or a login cannot get through within the
 * message timeout), the engine reports RECONNECTING(4), then DISCONNECTED(1) and LOST(6) at the
 * configured times after the drop, and tries again whenever the link is back: an automatic re-login
 * that re-checks the token. Success reports RECONNECTED(5) and rejoins rooms with join_type 1 (0 for
 * a room whose join the app asked for had not succeeded yet); an
 * expired token reports {@code onLoginResult(uid, -1000, elapsed)} and waits for updateLoginToken.
 *
 * <p>From RECONNECTING until the reconnect is over, what the cloud sends waits in the engine's
 * {@link ArrivalGate}: the app hears of it only after RECONNECTED (or after the callback that ends
 * the session), in the order it came.
 */
final class Reconnector {
    private final FakeRTS e;
    private boolean reconnecting;
    private long droppedAt;
    private long attemptStartedAt;
    private ScheduledEvent detection;
    private ScheduledEvent disconnectedTimer;
    private ScheduledEvent lostTimer;
    private ScheduledEvent attempt;
    private boolean attemptInFlight;
    /**
     * Counts login attempts. Every answer and timeout carries the id of its attempt and is dropped
     * unless that attempt is still the current one, so a late answer to an earlier attempt (also one
     * from before a logout) is never taken for the answer to a later one.
     */
    private int attemptId;
    /** Gives up waiting for the answer to a login attempt one message timeout after sending it. */
    private ScheduledEvent answerTimer;

    Reconnector(FakeRTS engine) {
        this.e = engine;
    }

    boolean isReconnecting() {
        return reconnecting;
    }

    /** Sends a login request: a first login, or an automatic re-login. */
    void sendLogin(boolean relogin) {
        String uid = e.uid;
        String token = e.token;
        int session = e.session;
        int id = ++attemptId;
        attemptInFlight = true;
        attemptStartedAt = e.sim.now();
        long deadline = e.messageDeadline();
        e.link.up().send(Packet.reliable(PacketKind.LOGIN, uid, "cloud", 0),
                () -> e.service.login(e.port, token, uid, relogin, session, deadline, code -> loginAnswered(id, code)),
                () -> loginDidNotGetThrough(id),
                deadline,
                code -> loginAnswered(id, code));
        // The request may get through while its answer never does: the engine does not wait forever.
        cancel(answerTimer);
        answerTimer = e.sim.scheduler().scheduleAt(deadline, false, () -> {
            answerTimer = null;
            loginDidNotGetThrough(id);
        });
    }

    private void loginDidNotGetThrough(int id) {
        if (id != attemptId || !attemptInFlight) {
            return;
        }
        attemptInFlight = false;
        cancel(answerTimer);
        answerTimer = null;
        if (e.destroyed || e.loginState == LoginState.LOGGED_OUT) {
            return;
        }
        // The attempt's connection is given up: if the cloud took the login, nothing holds it now.
        letGoOfSession();
        if (!reconnecting) {
            enterReconnecting(attemptStartedAt);
        } else {
            scheduleAttempt();
        }
    }

    /** The cloud answered login attempt {@code id} (or a rule failed it). */
    private void loginAnswered(int id, int code) {
        if (e.destroyed || id != attemptId) {
            e.sim.trace().record(TraceKind.STATE, e.traceName(), "stale-login-answer", code, id);
            return;
        }
        if (e.loginState == LoginState.LOGGED_OUT) {
            return;
        }
        if (e.loginState == LoginState.LOGGED_IN && !reconnecting) {
            // A late answer to an attempt already superseded by one that succeeded.
            return;
        }
        attemptInFlight = false;
        boolean wasLoggedIn = e.loginState == LoginState.LOGGED_IN;
        long started = wasLoggedIn ? attemptStartedAt : e.loginStartedAt;
        int elapsed = (int) ((e.sim.now() - started) / 1_000_000L);
        String uid = e.uid;
        if (code == LoginErrorCode.LOGIN_ERROR_CODE_SUCCESS) {
            // The engine keeps the session alive from now on, also after an answer that came
            // after it had given the attempt up.
            e.service.sessionHeld(e.port, uid, e.session);
            stopTimers();
            reconnecting = false;
            e.loginState = LoginState.LOGGED_IN;
            e.lastLoginInvalidToken = false;
            if (wasLoggedIn) {
                e.setConnectionState(ConnectionState.CONNECTION_STATE_RECONNECTED);
            } else {
                e.setConnectionState(ConnectionState.CONNECTION_STATE_CONNECTED);
                e.post("onLoginResult", () -> e.handlerOrNoop().onLoginResult(uid, code, elapsed), uid, code, elapsed);
            }
            for (FakeRTSRoom room : e.rooms.values()) {
                room.rejoinIfDropped();
            }
            e.releaseHeldArrivals();
            if (!e.link.canReachCloud()) {
                // The link went down again while the answer was on its way (or held): watch it.
                reachabilityChanged();
            }
            return;
        }
        stopTimers();
        reconnecting = false;
        e.loginState = LoginState.LOGGED_OUT;
        e.serverParams.forget();
        // A join asked for while reconnecting waits, like the rooms dropped with the connection, for
        // the next login (after updateLoginToken) to go on.
        for (FakeRTSRoom room : e.rooms.values()) {
            room.connectionDropped();
        }
        e.lastLoginInvalidToken = code == LoginErrorCode.LOGIN_ERROR_CODE_INVALID_TOKEN;
        e.post("onLoginResult", () -> e.handlerOrNoop().onLoginResult(uid, code, elapsed), uid, code, elapsed);
        // Logged out: messages that waited are dropped as they are handed on; send results still come.
        e.releaseHeldArrivals();
    }

    /** The link changed: start or stop watching for a drop, or try to reconnect. */
    void reachabilityChanged() {
        // The cloud watches the link even after logout or destroy: if the logout request never got
        // through, the session must still end (after the grace period) rather than live forever.
        e.service.reachabilityChanged(e.port);
        if (e.destroyed || e.loginState == LoginState.LOGGED_OUT) {
            return;
        }
        boolean reachable = e.link.canReachCloud();
        if (reachable && detection != null) {
            // Back before the heartbeat timeout: a later drop starts its own timeout.
            cancel(detection);
            detection = null;
        }
        if (!reachable && !reconnecting && detection == null && e.loginState == LoginState.LOGGED_IN) {
            long wentDown = e.sim.now();
            detection = e.sim.scheduler().schedule(e.sim.settings().heartbeatTimeout().toNanos(), () -> {
                detection = null;
                if (!e.destroyed && e.loginState == LoginState.LOGGED_IN && !e.link.canReachCloud()) {
                    enterReconnecting(wentDown);
                }
            });
        } else if (reachable && reconnecting) {
            scheduleAttempt();
        }
    }

    private void enterReconnecting(long wentDown) {
        reconnecting = true;
        droppedAt = wentDown;
        e.sim.trace().record(TraceKind.STATE, e.traceName(), "drop-detected", null);
        // The engine drops the connection: its session lives on in the cloud only until the grace
        // runs out, unless a re-login gets through first.
        letGoOfSession();
        e.setConnectionState(ConnectionState.CONNECTION_STATE_RECONNECTING);
        e.arrivals.shut();
        for (FakeRTSRoom room : e.rooms.values()) {
            room.connectionDropped();
        }
        long disconnectedAt = droppedAt + e.sim.settings().disconnectedAfter().toNanos();
        disconnectedTimer = e.sim.scheduler().scheduleAt(disconnectedAt, false, () -> {
            disconnectedTimer = null;
            if (reconnecting) {
                e.setConnectionState(ConnectionState.CONNECTION_STATE_DISCONNECTED);
                lostTimer = e.sim.scheduler().schedule(e.sim.settings().lostAfter().toNanos(), () -> {
                    lostTimer = null;
                    if (reconnecting) {
                        e.setConnectionState(ConnectionState.CONNECTION_STATE_LOST);
                    }
                });
            }
        });
        if (e.link.canReachCloud()) {
            scheduleAttempt();
        }
    }

    /**
     * Tells the cloud the engine no longer keeps its session alive (no heartbeats on a connection it
     * dropped), so coming back in reach does not resume it: only a re-login does.
     */
    private void letGoOfSession() {
        e.service.sessionAbandoned(e.port, e.uid, e.session);
    }

    private void scheduleAttempt() {
        if (attempt != null || attemptInFlight) {
            return;
        }
        attempt = e.sim.scheduler().schedule(e.sim.settings().reconnectInterval().toNanos(), () -> {
            attempt = null;
            if (!reconnecting || e.destroyed || e.loginState == LoginState.LOGGED_OUT) {
                return;
            }
            if (!e.link.canReachCloud()) {
                return;
            }
            e.sim.trace().record(TraceKind.STATE, e.traceName(), "reconnect-attempt", null);
            sendLogin(e.loginState == LoginState.LOGGED_IN);
        });
    }

    /** Stops everything: logout, kick, destroy. Answers to attempts made so far are ignored from now on. */
    void stop() {
        stopTimers();
        reconnecting = false;
        attemptInFlight = false;
        attemptId++;
    }

    private void cancel(ScheduledEvent t) {
        if (t != null) {
            e.sim.scheduler().cancel(t);
        }
    }

    private void stopTimers() {
        for (ScheduledEvent t : new ScheduledEvent[] {detection, disconnectedTimer, lostTimer, attempt, answerTimer}) {
            cancel(t);
        }
        answerTimer = null;
        detection = null;
        disconnectedTimer = null;
        lostTimer = null;
        attempt = null;
    }
}
