package dev.rtsfake.conformance.checks;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.ConnectionState;
import com.ss.bytertc.rts.engine.type.LoginErrorCode;
import com.ss.bytertc.rts.engine.type.LogoutReason;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import com.ss.bytertc.rts.engine.type.UserMessageSendResult;
import com.ss.bytertc.rts.engine.type.UserOnlineStatus;
import dev.rtsfake.conformance.Client;
import dev.rtsfake.conformance.Kit;
import dev.rtsfake.conformance.Optional;
import dev.rtsfake.conformance.Required;
import dev.rtsfake.conformance.probe.Event;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Login, logout, tokens and presence. */
public interface LoginChecks extends Checks {

    @Required("vendor login (0：成功; onLoginResult)")
    default void login_success_returns0ThenLoginResult0() {
        Client alice = kit().client("alice");
        kit().checkEquals(0, alice.login(), "login");
        Event e = alice.awaitLoginResult(LoginErrorCode.LOGIN_ERROR_CODE_SUCCESS);
        kit().checkEquals(alice.uid(), e.arg(0), "onLoginResult's uid");
    }

    @Optional("D9; ref §3.2 [X]")
    default void login_success_connectingThenConnectedBeforeTheLoginResult() {
        Client alice = kit().loggedIn("alice");
        List<Event> all = alice.log().matching(e -> e.name().equals("onConnectionStateChanged")
                || e.name().equals("onLoginResult"));
        kit().check(all.size() >= 3 && all.get(0).name().equals("onConnectionStateChanged")
                && all.get(0).intArg(0) == ConnectionState.CONNECTION_STATE_CONNECTING
                && all.get(1).name().equals("onConnectionStateChanged")
                && all.get(1).intArg(0) == ConnectionState.CONNECTION_STATE_CONNECTED
                && all.get(2).name().equals("onLoginResult"),
                "expecting onConnectionStateChanged(2, ...), onConnectionStateChanged(3, ...), then onLoginResult");
        kit().checkEquals(-1, all.get(0).intArg(1), "onConnectionStateChanged's reason (unused, always -1)");
    }

    @Required("vendor login (-1：失败。无效参数)")
    default void login_nullOrEmptyTokenOrUid_returnsMinus1() {
        Client alice = kit().client("alice");
        String token = kit().target().token(alice.uid());
        kit().checkEquals(-1, alice.rts().login(null, alice.uid()), "login(null, uid)");
        kit().checkEquals(-1, alice.rts().login("", alice.uid()), "login(\"\", uid)");
        kit().checkEquals(-1, alice.rts().login(token, null), "login(token, null)");
        kit().checkEquals(-1, alice.rts().login(token, ""), "login(token, \"\")");
        kit().settle();
        kit().checkEquals(0, alice.log().count("onLoginResult"), "onLoginResult callbacks");
    }

    @Required("vendor login (-2：无效调用。用户已经登录)")
    default void login_whileLoggedIn_returnsMinus2() {
        Client alice = kit().loggedIn("alice");
        kit().checkEquals(-2, alice.login(), "a second login");
        kit().settle();
        kit().checkEquals(1, alice.log().count("onLoginResult"), "onLoginResult callbacks");
    }

    @Optional("fake choice (fidelity §1 row 4)")
    default void login_whileLoggingIn_returnsMinus2() {
        Client alice = kit().client("alice");
        int[] codes = new int[2];
        kit().within(Kit.QUICK, "the two logins", () -> {
            codes[0] = alice.login();
            codes[1] = alice.login();
        });
        kit().checkEquals(0, codes[0], "login");
        kit().checkEquals(-2, codes[1], "login again before the first has answered");
        alice.awaitLoginResult(0);
    }

    @Required("vendor updateLoginToken (使用了过期的 Token 将导致登录失败 ... LOGIN_ERROR_CODE_INVALID_TOKEN); D7")
    default void login_withExpiredToken_reportsInvalidToken() {
        Client alice = kit().client("alice");
        String expired = kit().target().tokens().expiredToken(alice.uid());
        kit().checkEquals(0, alice.rts().login(expired, alice.uid()), "login with an expired token");
        alice.awaitLoginResult(LoginErrorCode.LOGIN_ERROR_CODE_INVALID_TOKEN);
        kit().settle();
        kit().check(!alice.log().has(e -> e.name().equals("onLoginResult") && e.intArg(1) == 0),
                "a login with an expired token succeeded");
    }

    @Required("ref §2.3 [X] (the uid inside the token must equal uid); D7")
    default void login_withTokenOfAnotherUid_reportsInvalidToken() {
        Client alice = kit().client("alice");
        String bobs = kit().target().token(kit().target().uid("bob"));
        kit().checkEquals(0, alice.rts().login(bobs, alice.uid()), "login with bob's token");
        alice.awaitLoginResult(LoginErrorCode.LOGIN_ERROR_CODE_INVALID_TOKEN);
    }

    @Required("ref §2.3, §4.3; D7")
    default void login_withGarbageToken_reportsInvalidToken() {
        Client alice = kit().client("alice");
        kit().checkEquals(0, alice.rts().login("001not-a-token-at-all", alice.uid()), "login with garbage");
        alice.awaitLoginResult(LoginErrorCode.LOGIN_ERROR_CODE_INVALID_TOKEN);
    }

    @Optional("fake choice (fidelity §1 row 6); ref §3.2 [I]")
    default void login_failed_reportsNoConnectedState() {
        Client alice = kit().client("alice");
        alice.rts().login("001not-a-token-at-all", alice.uid());
        alice.awaitLoginResult(LoginErrorCode.LOGIN_ERROR_CODE_INVALID_TOKEN);
        kit().settle();
        kit().check(!alice.log().has(e -> e.name().equals("onConnectionStateChanged")
                && e.intArg(0) == ConnectionState.CONNECTION_STATE_CONNECTED), "CONNECTED after a failed login");
    }

    @Optional("ref §5 [I] (uid charset); fidelity §1 row 5")
    default void login_withIllegalUid_reportsInvalidUserId() {
        Client alice = kit().client("alice");
        String bad = "bad uid!";
        alice.rts().login(kit().target().token(bad), bad);
        alice.awaitLoginResult(LoginErrorCode.LOGIN_ERROR_CODE_INVALID_USER_ID);
    }

    @Required("ref §3.2 [X] (failure goes back to LOGGED_OUT)")
    default void login_afterAFailedLogin_canLogInAgain() {
        Client alice = kit().client("alice");
        alice.rts().login("001not-a-token-at-all", alice.uid());
        alice.awaitLoginResult(LoginErrorCode.LOGIN_ERROR_CODE_INVALID_TOKEN);
        alice.loginAndAwait();
    }

    @Required("vendor logout (会收到 onLogout 回调)")
    default void logout_deliversOneOnLogout() {
        Client alice = kit().loggedIn("alice");
        kit().checkEquals(0, alice.rts().logout(), "logout");
        alice.await("onLogout", e -> e.name().equals("onLogout"));
        kit().settle();
        kit().checkEquals(1, alice.log().count("onLogout"), "onLogout callbacks");
    }

    @Optional("D2 (onLogout(int) with reason 0); D9 (no connection state on logout)")
    default void logout_reportsReasonLogout_andNoConnectionState() {
        Client alice = kit().loggedIn("alice");
        int states = alice.log().count("onConnectionStateChanged");
        alice.rts().logout();
        Event e = alice.await("onLogout", x -> x.name().equals("onLogout"));
        kit().checkEquals(LogoutReason.LOGOUT_REASON_LOGOUT, e.arg(0), "onLogout's reason");
        kit().settle();
        kit().checkEquals(states, alice.log().count("onConnectionStateChanged"), "connection-state callbacks");
    }

    @Optional("D2 (an app overriding only onLogout() still hears the logout, once)")
    default void logout_handlerOverridingOnlyPlainOnLogout_getsExactlyOneCall() {
        final AtomicInteger calls = new AtomicInteger();
        IRTSEventHandler plain = new IRTSEventHandler() {
            @Override
            public void onLogout() {
                calls.incrementAndGet();
            }
        };
        Client alice = kit().loggedIn("alice");
        alice.rts().setRtsEventHandler(plain);
        alice.rts().logout();
        kit().expect("onLogout() at a handler overriding only it", () -> calls.get() > 0);
        kit().settle();
        kit().checkEquals(1, calls.get(), "onLogout() calls");
    }

    @Optional("fake choice (fidelity §1 row 7); vendor logout (< 0 : 调用失败)")
    default void logout_whenNotLoggedIn_returnsNegative() {
        Client alice = kit().client("alice");
        int r = alice.rts().logout();
        kit().check(r < 0, "logout() when never logged in returned " + r + ", expecting < 0");
    }

    @Required("vendor logout (登出后，无法再 ... 收到相关回调)")
    default void logout_thenNoMessageReachesTheApp() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        alice.rts().logout();
        alice.await("onLogout", e -> e.name().equals("onLogout"));
        kit().settle();
        long id = bob.send(alice, "are you there?");
        int code = bob.awaitSendResult(id);
        kit().settle();
        kit().checkEquals(0, alice.log().count("onMessageReceived"), "messages alice received after logout");
        kit().check(code != 0, "a message to a logged-out user reported success");
    }

    @Required("ref §2.3 [X] (remote users see the uid offline)")
    default void logout_peersSeeOffline() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        alice.rts().logout();
        alice.await("onLogout", e -> e.name().equals("onLogout"));
        kit().settle();
        bob.rts().getPeerOnlineStatus(alice.uid());
        Event e = bob.awaitNamed("onGetPeerOnlineStatus", alice.uid());
        kit().checkEquals(UserOnlineStatus.USER_ONLINE_STATUS_OFFLINE, e.intArg(1), "alice's status");
    }

    @Optional("ref §2.5 [I]; D13")
    default void logout_thenSendMessage_returnsAnIdThenReportsNotLogin() {
        Client alice = kit().loggedIn("alice");
        alice.rts().logout();
        alice.await("onLogout", e -> e.name().equals("onLogout"));
        long id = alice.rts().sendMessage(alice.uid(), "m", MessageConfig.RELIABLE_ORDERED);
        kit().check(id > 0, "sendMessage after logout returned " + id + ", expecting an id");
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_NOT_LOGIN, alice.awaitSendResult(id),
                "the result");
    }

    @Required("ref §3.2 [X] (logout → LOGGED_OUT, login again)")
    default void logout_thenLoginAgain_works() {
        Client alice = kit().loggedIn("alice");
        alice.rts().logout();
        alice.await("onLogout", e -> e.name().equals("onLogout"));
        kit().checkEquals(0, alice.login(), "login after logout");
        kit().expect("a second onLoginResult(uid, 0, ...)", () -> alice.log().matching(
                e -> e.name().equals("onLoginResult") && e.intArg(1) == 0).size() == 2);
    }

    @Required("ref §2.3 [X] (duplicate login: the earlier client receives onLogout)")
    default void duplicateLogin_logsTheFirstEngineOut() {
        Client alice = kit().loggedIn("alice");
        Client again = kit().peer("alice");
        again.loginAndAwait();
        alice.await("onLogout at the first engine", e -> e.name().equals("onLogout"));
    }

    @Optional("ref §2.3 [X] (reason DUPLICATE_LOGIN in new builds); D2; D10")
    default void duplicateLogin_reasonIsDuplicateLogin() {
        Client alice = kit().loggedIn("alice");
        kit().peer("alice").loginAndAwait();
        Event e = alice.await("onLogout at the first engine", x -> x.name().equals("onLogout"));
        kit().checkEquals(LogoutReason.LOGOUT_REASON_DUPLICATE_LOGIN, e.arg(0), "onLogout's reason");
    }

    @Optional("D10")
    default void duplicateLogin_messagesGoToTheNewEngine() {
        Client alice = kit().loggedIn("alice");
        Client again = kit().peer("alice");
        again.loginAndAwait();
        alice.await("onLogout at the first engine", e -> e.name().equals("onLogout"));
        Client bob = kit().loggedInPeer("bob");
        long id = bob.rts().sendMessage(alice.uid(), "which one?", MessageConfig.RELIABLE_ORDERED);
        kit().checkEquals(0, bob.awaitSendResult(id), "the result");
        again.await("the new engine receives it", e -> e.name().equals("onMessageReceived"));
        kit().checkEquals(0, alice.log().count("onMessageReceived"), "messages at the old engine");
    }

    @Optional("vendor updateLoginToken (< 0 : 调用失败); fake choice")
    default void updateLoginToken_nullOrEmpty_returnsNegative() {
        Client alice = kit().loggedIn("alice");
        kit().check(alice.rts().updateLoginToken(null) < 0, "updateLoginToken(null) returned >= 0");
        kit().check(alice.rts().updateLoginToken("") < 0, "updateLoginToken(\"\") returned >= 0");
    }

    @Required("vendor updateLoginToken (更新 Token 后，SDK 会自动重新登录); D8")
    default void updateLoginToken_afterInvalidTokenLogin_logsInByItself() {
        Client alice = kit().client("alice");
        alice.rts().login("001not-a-token-at-all", alice.uid());
        alice.awaitLoginResult(LoginErrorCode.LOGIN_ERROR_CODE_INVALID_TOKEN);
        kit().checkEquals(0, alice.rts().updateLoginToken(kit().target().token(alice.uid())), "updateLoginToken");
        alice.awaitLoginResult(0);
    }

    @Required("vendor updateLoginToken (0: 调用成功; 已经成功登录，则不会受到影响)")
    default void updateLoginToken_whenLoggedIn_returns0AndChangesNothingVisible() {
        Client alice = kit().loggedIn("alice");
        long seen = alice.log().size() - alice.log().count("onSysStats");
        kit().checkEquals(0, alice.rts().updateLoginToken(kit().target().token(alice.uid())), "updateLoginToken");
        kit().settle();
        kit().checkEquals(seen, alice.log().size() - alice.log().count("onSysStats"), "callbacks other than onSysStats");
    }

    @Required("vendor updateLoginToken (Token 过期时，如果已经成功登录，则不会受到影响)")
    default void tokenExpiringMidSession_hasNoEffect() {
        Client alice = kit().client("alice");
        String shortLived = kit().target().tokens().tokenValidFor(alice.uid(), Duration.ofSeconds(2));
        alice.rts().login(shortLived, alice.uid());
        alice.awaitLoginResult(0);
        kit().pass(Duration.ofSeconds(3));
        long id = alice.rts().sendMessage(alice.uid(), "still logged in", MessageConfig.RELIABLE_ORDERED);
        kit().checkEquals(0, alice.awaitSendResult(id), "a send after the token expired");
        kit().checkEquals(0, alice.log().count("onLogout"), "onLogout callbacks");
    }

    @Required("vendor getPeerOnlineStatus; ref §1.5 UserOnlineStatus")
    default void getPeerOnlineStatus_onlinePeer_reportsOnline() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        kit().checkEquals(0, alice.rts().getPeerOnlineStatus(bob.uid()), "getPeerOnlineStatus");
        Event e = alice.awaitNamed("onGetPeerOnlineStatus", bob.uid());
        kit().checkEquals(UserOnlineStatus.USER_ONLINE_STATUS_ONLINE, e.intArg(1), "bob's status");
    }

    @Required("vendor getPeerOnlineStatus (也可以通过本接口查询自己查看自己的登录状态)")
    default void getPeerOnlineStatus_self_reportsOnline() {
        Client alice = kit().loggedIn("alice");
        alice.rts().getPeerOnlineStatus(alice.uid());
        Event e = alice.awaitNamed("onGetPeerOnlineStatus", alice.uid());
        kit().checkEquals(UserOnlineStatus.USER_ONLINE_STATUS_ONLINE, e.intArg(1), "alice's own status");
    }

    @Required("ref §1.5 UserOnlineStatus (0: never logged in)")
    default void getPeerOnlineStatus_unknownPeer_reportsOffline() {
        Client alice = kit().loggedIn("alice");
        String nobody = kit().target().uid("nobody");
        alice.rts().getPeerOnlineStatus(nobody);
        Event e = alice.awaitNamed("onGetPeerOnlineStatus", nobody);
        kit().checkEquals(UserOnlineStatus.USER_ONLINE_STATUS_OFFLINE, e.intArg(1), "the unknown user's status");
    }

    @Optional("vendor getPeerOnlineStatus (必须调用 login 登录后); fake choice (fidelity §1 row 11)")
    default void getPeerOnlineStatus_notLoggedIn_returnsNegativeWithoutCallback() {
        Client alice = kit().client("alice");
        int r = alice.rts().getPeerOnlineStatus("bob");
        kit().check(r < 0, "getPeerOnlineStatus before login returned " + r);
        kit().settle();
        kit().checkEquals(0, alice.log().count("onGetPeerOnlineStatus"), "onGetPeerOnlineStatus callbacks");
    }

    @Optional("vendor getPeerOnlineStatus (< 0); fake choice")
    default void getPeerOnlineStatus_nullOrEmptyPeer_returnsNegative() {
        Client alice = kit().loggedIn("alice");
        kit().check(alice.rts().getPeerOnlineStatus(null) < 0, "getPeerOnlineStatus(null) returned >= 0");
        kit().check(alice.rts().getPeerOnlineStatus("") < 0, "getPeerOnlineStatus(\"\") returned >= 0");
    }

    @Required("ref §2.3 [X] (elapsed is in ms: the time the login took)")
    default void login_elapsed_isTheTimeTheLoginTook() {
        Client alice = kit().loggedIn("alice");
        int elapsed = alice.log().named("onLoginResult").get(0).intArg(2);
        kit().check(elapsed >= 0 && elapsed < Kit.ANSWER.toMillis(), "onLoginResult's elapsed " + elapsed + " ms");
    }

    @Optional("ref §3.2 [I] (a logout while logging in: onLogout only, no session left)")
    default void logout_whileLoggingIn_deliversOnLogoutOnly() {
        Client alice = kit().client("alice");
        int[] code = new int[1];
        kit().within(Kit.QUICK, "the login and the logout", () -> {
            alice.login();
            code[0] = alice.rts().logout();
        });
        kit().checkEquals(0, code[0], "logout while logging in");
        alice.await("onLogout", e -> e.name().equals("onLogout"));
        kit().settle();
        kit().check(!alice.log().has(e -> e.name().equals("onLoginResult") && e.intArg(1) == 0),
                "the login succeeded after the logout");
        Client bob = kit().loggedInPeer("bob");
        bob.rts().getPeerOnlineStatus(alice.uid());
        kit().checkEquals(UserOnlineStatus.USER_ONLINE_STATUS_OFFLINE, bob.awaitNamed("onGetPeerOnlineStatus",
                alice.uid()).intArg(1), "alice's status");
    }

    @Optional("D7 (the login check reads the uid and the signature: a token for uid A with a changed byte is refused)")
    default void login_withATamperedToken_reportsInvalidToken() {
        Client alice = kit().client("alice");
        String token = kit().target().token(alice.uid());
        char last = token.charAt(token.length() - 3);
        String tampered = token.substring(0, token.length() - 3) + (last == 'A' ? 'B' : 'A') + token.substring(token.length() - 2);
        alice.rts().login(tampered, alice.uid());
        alice.awaitLoginResult(LoginErrorCode.LOGIN_ERROR_CODE_INVALID_TOKEN);
    }
}
