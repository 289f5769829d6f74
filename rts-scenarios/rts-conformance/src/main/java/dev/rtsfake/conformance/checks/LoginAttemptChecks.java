package dev.rtsfake.conformance.checks;

import com.ss.bytertc.rts.engine.type.ConnectionState;
import com.ss.bytertc.rts.engine.type.LoginErrorCode;
import dev.rtsfake.conformance.Client;
import dev.rtsfake.conformance.Kit;
import dev.rtsfake.conformance.Optional;
import dev.rtsfake.conformance.Required;
import dev.rtsfake.conformance.probe.Event;
import java.time.Duration;
import java.util.List;

/** Login attempts one after another: a retry's states, a late answer of an earlier attempt, elapsed, destroy. */
public interface LoginAttemptChecks extends Checks {

    @Optional("ref §3.2 [I] (a logout while logging in leaves no session); D9; fidelity §2 (a late login answer"
            + " of an earlier attempt, also from before a logout, is ignored)")
    default void login_afterALogoutWhileLoggingIn_reportsTheNewLoginsOwnResult() {
        Client alice = kit().client("alice");
        kit().within(Kit.QUICK, "the login, the logout and the second login", () -> {
            alice.rts().login("001not-a-token-at-all", alice.uid());
            alice.rts().logout();
            alice.login();
        });
        alice.await("onLoginResult", e -> e.name().equals("onLoginResult"));
        kit().settle();
        List<Event> results = alice.log().named("onLoginResult");
        kit().checkEquals(1, results.size(), "onLoginResult callbacks (one for the second login only)");
        kit().checkEquals(LoginErrorCode.LOGIN_ERROR_CODE_SUCCESS, results.get(0).intArg(1),
                "the second login's result (its token is valid; the refused one was logged out of)");
    }

    @Required("ref §3.2 [X] (login() in LOGGED_OUT: connection state 2 CONNECTING; a failed login goes back to"
            + " LOGGED_OUT); fidelity §1 row 6")
    default void login_afterAFailedLogin_reportsConnectingAgain() {
        Client alice = kit().client("alice");
        alice.rts().login("001not-a-token-at-all", alice.uid());
        alice.awaitLoginResult(LoginErrorCode.LOGIN_ERROR_CODE_INVALID_TOKEN);
        alice.loginAndAwait();
        int connecting = alice.log().matching(e -> e.name().equals("onConnectionStateChanged")
                && e.intArg(0) == ConnectionState.CONNECTION_STATE_CONNECTING).size();
        kit().checkEquals(2, connecting, "CONNECTING (2) callbacks, one per login");
    }

    @Optional("D8; fidelity §1 row 26 (after updateLoginToken the retry is a fresh login: 2, 3, onLoginResult(uid, 0, ...))")
    default void updateLoginToken_afterInvalidTokenLogin_theRetryReportsConnectingThenConnected() {
        Client alice = kit().client("alice");
        alice.rts().login("001not-a-token-at-all", alice.uid());
        Event refused = alice.awaitLoginResult(LoginErrorCode.LOGIN_ERROR_CODE_INVALID_TOKEN);
        alice.rts().updateLoginToken(kit().target().token(alice.uid()));
        Event ok = alice.awaitLoginResult(0);
        List<Event> states = alice.log().matching(e -> e.seq() > refused.seq() && e.seq() < ok.seq()
                && e.name().equals("onConnectionStateChanged"));
        kit().check(states.size() == 2 && states.get(0).intArg(0) == ConnectionState.CONNECTION_STATE_CONNECTING
                && states.get(1).intArg(0) == ConnectionState.CONNECTION_STATE_CONNECTED,
                "expecting CONNECTING (2) then CONNECTED (3) between the refusal and the retry's result, got " + states);
    }

    @Optional("D5 (after destroy an engine's int methods return -1)")
    default void updateLoginToken_onADestroyedEngine_returnsMinus1() {
        Client alice = kit().loggedIn("alice");
        String token = kit().target().token(alice.uid());
        alice.destroy();
        kit().checkEquals(-1, alice.rts().updateLoginToken(token), "updateLoginToken on a destroyed engine");
    }

    @Required("ref §2.3 [X] (elapsed is in ms: the time the login took)")
    default void login_elapsed_isAtMostTheTimeFromTheCallToTheResult_alsoLateInTheRun() {
        Client alice = kit().client("alice");
        kit().pass(Duration.ofSeconds(3));
        long called = kit().target().timeNanos();
        alice.loginAndAwait();
        long took = (kit().target().timeNanos() - called) / 1_000_000L;
        int elapsed = alice.log().named("onLoginResult").get(0).intArg(2);
        kit().check(elapsed >= 0 && elapsed <= took + 1, "onLoginResult's elapsed " + elapsed + " ms; the login"
                + " took " + took + " ms from the call to the callback");
    }
}
