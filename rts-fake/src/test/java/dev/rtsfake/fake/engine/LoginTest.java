package dev.rtsfake.fake.engine;

import static dev.rtsfake.fake.testing.RtsFixture.APP_ID;
import static dev.rtsfake.fake.testing.RtsFixture.APP_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import dev.rtsfake.fake.diag.Misuse;
import dev.rtsfake.fake.diag.MisuseRule;
import dev.rtsfake.fake.testing.RtsFixture;
import dev.rtsfake.fake.testing.RtsFixture.Client;
import dev.rtsfake.fake.testing.RtsFixture.Room;
import dev.rtsfake.fake.token.VendorTokenReference;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** login, logout, duplicate login, updateLoginToken and the token check behind them. */
class LoginTest {
    private final RtsFixture f = RtsFixture.create();

    @Test
    void login_withNullOrEmptyTokenOrUid_returnsInvalidParameterAndNoCallback() {
        Client a = f.client("alice");
        String token = f.token("alice");

        assertThat(a.rts.login(null, "alice")).isEqualTo(-1);
        assertThat(a.rts.login("", "alice")).isEqualTo(-1);
        assertThat(a.rts.login(token, null)).isEqualTo(-1);
        assertThat(a.rts.login(token, "")).isEqualTo(-1);
        f.cloud.runUntilIdle();

        assertThat(a.events()).isEmpty();
        assertThat(a.rts.loginState()).isEqualTo(LoginState.LOGGED_OUT);
    }

    @Test
    void login_success_reportsConnectingThenConnectedThenLoginResultAfterRoundTrip() {
        Client a = f.client("alice");

        assertThat(a.rts.login(f.token("alice"), "alice")).isZero();
        assertThat(a.events()).as("nothing inside the call").isEmpty();

        f.cloud.advance(Duration.ZERO);
        assertThat(a.events()).containsExactly("onConnectionStateChanged(2,-1)");

        f.cloud.advance(Duration.ofMillis(59));
        assertThat(a.events()).containsExactly("onConnectionStateChanged(2,-1)");

        f.cloud.advance(Duration.ofMillis(1));
        assertThat(a.events()).containsExactly(
                "onConnectionStateChanged(2,-1)",
                "onConnectionStateChanged(3,-1)",
                "onLoginResult(alice,0,60)");
        assertThat(a.rts.loginState()).isEqualTo(LoginState.LOGGED_IN);
        assertThat(f.cloud.onlineUsers(APP_ID)).containsExactly("alice");
        f.cloud.assertClean();
    }

    @Test
    void login_whileLoggingIn_returnsAlreadyLoggedInAndRecordsMisuse() {
        Client a = f.client("alice");
        assertThat(a.rts.login(f.token("alice"), "alice")).isZero();

        assertThat(a.rts.login(f.token("alice"), "alice")).isEqualTo(-2);

        f.cloud.runUntilIdle();
        assertThat(a.named("onLoginResult")).containsExactly("onLoginResult(alice,0,60)");
        assertThat(f.cloud.misuses()).extracting(Misuse::rule).containsExactly(MisuseRule.LOGIN_WHILE_LOGGED_IN);
    }

    @Test
    void login_whileLoggedIn_returnsAlreadyLoggedInAndRecordsMisuse() {
        Client a = f.loggedIn("alice");

        assertThat(a.rts.login(f.token("alice"), "alice")).isEqualTo(-2);

        f.cloud.runUntilIdle();
        assertThat(a.events()).isEmpty();
        assertThat(f.cloud.misuses()).extracting(Misuse::rule).containsExactly(MisuseRule.LOGIN_WHILE_LOGGED_IN);
    }

    @Test
    void login_withTokenOfAnotherUid_reportsInvalidTokenWithoutConnected() {
        Client a = f.client("alice");

        assertThat(a.rts.login(f.token("mallory"), "alice")).isZero();
        f.cloud.runUntilIdle();

        assertThat(a.events()).containsExactly("onConnectionStateChanged(2,-1)", "onLoginResult(alice,-1000,60)");
        assertThat(a.rts.loginState()).isEqualTo(LoginState.LOGGED_OUT);
        assertThat(f.cloud.onlineUsers(APP_ID)).isEmpty();
    }

    @Test
    void login_withTokenSignedByAnotherKey_reportsInvalidToken() {
        Client a = f.client("alice");
        long now = f.cloud.now().getEpochSecond();
        String forged = VendorTokenReference.create(APP_ID, "not-the-app-key", "alice", "", 42, now, now + 3600,
                Map.of(0, 0L, 4, 0L));

        assertThat(a.rts.login(forged, "alice")).isZero();
        f.cloud.runUntilIdle();

        assertThat(a.named("onLoginResult")).containsExactly("onLoginResult(alice,-1000,60)");
        assertThat(a.named("onConnectionStateChanged")).doesNotContain("onConnectionStateChanged(3,-1)");
    }

    @Test
    void login_withGarbageToken_reportsInvalidToken() {
        Client a = f.client("alice");

        assertThat(a.rts.login("not-a-token", "alice")).isZero();
        f.cloud.runUntilIdle();

        assertThat(a.events()).containsExactly("onConnectionStateChanged(2,-1)", "onLoginResult(alice,-1000,60)");
    }

    @Test
    void login_withTokenOfAnotherApp_reportsInvalidToken() {
        Client a = f.client("alice");
        long now = f.cloud.now().getEpochSecond();
        String other = VendorTokenReference.create("rtsfake-other-app-000001", APP_KEY, "alice", "", 42, now,
                now + 3600, Map.of(0, 0L, 4, 0L));

        a.rts.login(other, "alice");
        f.cloud.runUntilIdle();

        assertThat(a.named("onLoginResult")).containsExactly("onLoginResult(alice,-1000,60)");
    }

    @Test
    void login_withExpiredToken_reportsInvalidToken() {
        Client a = f.client("alice");
        String token = f.cloud.tokens().issue(APP_ID, "alice", Duration.ofSeconds(60));

        f.cloud.advance(Duration.ofSeconds(61));
        a.handler.clear();
        assertThat(a.rts.login(token, "alice")).isZero();
        f.cloud.runUntilIdle();

        assertThat(a.events()).containsExactly("onConnectionStateChanged(2,-1)", "onLoginResult(alice,-1000,60)");
    }

    @Test
    void login_withTokenStillValid_succeeds() {
        Client a = f.client("alice");
        String token = f.cloud.tokens().issue(APP_ID, "alice", Duration.ofSeconds(60));

        f.cloud.advance(Duration.ofSeconds(59));
        a.handler.clear();
        a.rts.login(token, "alice");
        f.cloud.runUntilIdle();

        assertThat(a.named("onLoginResult")).containsExactly("onLoginResult(alice,0,60)");
    }

    @Test
    void login_withTokenFromIndependentVendorImplementation_succeeds() {
        Client a = f.client("alice");
        long now = f.cloud.now().getEpochSecond();
        String token = VendorTokenReference.create(APP_ID, APP_KEY, "alice", "", 12345, now, now + 3600,
                Map.of(0, 0L, 4, 0L));

        assertThat(a.rts.login(token, "alice")).isZero();
        f.cloud.runUntilIdle();

        assertThat(a.events()).containsExactly("onConnectionStateChanged(2,-1)", "onConnectionStateChanged(3,-1)",
                "onLoginResult(alice,0,60)");
    }

    @Test
    void login_withConsoleTokenCarryingARoomId_succeeds() {
        Client a = f.client("alice");
        long now = f.cloud.now().getEpochSecond();
        String token = VendorTokenReference.create(APP_ID, APP_KEY, "alice", "any-room", 7, now, now + 3600,
                Map.of(0, 0L, 4, 0L));

        a.rts.login(token, "alice");
        f.cloud.runUntilIdle();

        assertThat(a.named("onLoginResult")).containsExactly("onLoginResult(alice,0,60)");
    }

    @Test
    void tokensIssuedByCloud_verifyWithIndependentVendorImplementation() {
        String token = f.cloud.tokens().issue(APP_ID, "alice", Duration.ofHours(1));
        long now = f.cloud.now().getEpochSecond();

        assertThat(VendorTokenReference.verify(token, APP_KEY, now)).isTrue();
        assertThat(VendorTokenReference.verify(token, "wrong-key", now)).isFalse();
        assertThat(VendorTokenReference.decode(token)).isNotNull();
    }

    @Test
    void login_withIllegalUid_reportsInvalidUserId() {
        Client a = f.client("bad uid!");

        assertThat(a.rts.login(f.token("bad uid!"), "bad uid!")).isZero();
        f.cloud.runUntilIdle();

        assertThat(a.events()).containsExactly("onConnectionStateChanged(2,-1)", "onLoginResult(bad uid!,-1002,60)");
        assertThat(f.cloud.onlineUsers(APP_ID)).isEmpty();
    }

    @Test
    void login_withUidOf129Chars_reportsInvalidUserId_128Passes() {
        String longest = "u".repeat(128);
        String tooLong = "u".repeat(129);
        Client ok = f.client(longest);
        Client bad = f.client(tooLong);

        ok.rts.login(f.token(longest), longest);
        bad.rts.login(f.token(tooLong), tooLong);
        f.cloud.runUntilIdle();

        assertThat(ok.named("onLoginResult")).containsExactly("onLoginResult(" + longest + ",0,60)");
        assertThat(bad.named("onLoginResult")).containsExactly("onLoginResult(" + tooLong + ",-1002,60)");
    }

    @Test
    void login_afterFailedLogin_canBeCalledAgainAndReportsConnectingAgain() {
        Client a = f.client("alice");
        a.rts.login("garbage", "alice");
        f.cloud.runUntilIdle();
        a.handler.clear();

        assertThat(a.rts.login(f.token("alice"), "alice")).isZero();
        f.cloud.runUntilIdle();

        assertThat(a.events()).containsExactly("onConnectionStateChanged(2,-1)", "onConnectionStateChanged(3,-1)",
                "onLoginResult(alice,0,60)");
    }

    // ------------------------------------------------------------------ logout

    @Test
    void logout_whenNeverLoggedIn_returnsWrongState() {
        Client a = f.client("alice");

        assertThat(a.rts.logout()).isEqualTo(-3);
        f.cloud.runUntilIdle();
        assertThat(a.events()).isEmpty();
    }

    @Test
    void logout_twice_secondReturnsWrongState() {
        Client a = f.loggedIn("alice");

        assertThat(a.rts.logout()).isZero();
        assertThat(a.rts.logout()).isEqualTo(-3);
    }

    @Test
    void logout_deliversOnLogoutWithReasonLogoutAndNoConnectionState() {
        Client a = f.loggedIn("alice");

        assertThat(a.rts.logout()).isZero();
        assertThat(a.events()).isEmpty();
        f.cloud.runUntilIdle();

        assertThat(a.events()).containsExactly("onLogout(0)");
        assertThat(a.rts.loginState()).isEqualTo(LoginState.LOGGED_OUT);
    }

    @Test
    void logout_handlerOverridingOnlyPlainOnLogout_getsExactlyOneCall() {
        AtomicInteger plain = new AtomicInteger();
        RtsFixture.Client a = f.client("alice");
        a.rts.setRtsEventHandler(new IRTSEventHandler() {
            @Override
            public void onLogout() {
                plain.incrementAndGet();
            }
        });
        a.rts.login(f.token("alice"), "alice");
        f.cloud.runUntilIdle();

        a.rts.logout();
        f.cloud.runUntilIdle();

        assertThat(plain).hasValue(1);
    }

    @Test
    void logout_peersSeeOffline() {
        Client a = f.loggedIn("alice");
        Client b = f.loggedIn("bob");

        a.rts.logout();
        f.cloud.runUntilIdle();
        b.rts.getPeerOnlineStatus("alice");
        f.cloud.runUntilIdle();

        assertThat(b.events()).containsExactly("onGetPeerOnlineStatus(alice,0)");
        assertThat(f.cloud.onlineUsers(APP_ID)).containsExactly("bob");
    }

    @Test
    void logout_leavesRoomsWithoutOnLeaveRoom_othersSeeUserLeaveQuit() {
        Client a = f.loggedIn("alice");
        Client b = f.loggedIn("bob");
        Room ra = a.joined("r1");
        Room rb = b.joined("r1");
        ra.handler.clear();

        a.rts.logout();
        f.cloud.runUntilIdle();

        assertThat(ra.events()).isEmpty();
        assertThat(a.events()).containsExactly("onLogout(0)");
        assertThat(rb.events()).containsExactly("onUserLeave(alice,0)");
        assertThat(f.cloud.roomMembers(APP_ID, "r1")).containsExactly("bob");
        assertThat(ra.room.sendRoomMessage("x")).isEqualTo(1);
        f.cloud.runUntilIdle();
        assertThat(ra.events()).containsExactly("onRoomMessageSendResult(1,100)");
    }

    @Test
    void logout_thenLoginAgain_works() {
        Client a = f.loggedIn("alice");
        a.rts.logout();
        f.cloud.runUntilIdle();
        a.handler.clear();

        assertThat(a.rts.login(f.token("alice"), "alice")).isZero();
        f.cloud.runUntilIdle();

        assertThat(a.events()).containsExactly("onConnectionStateChanged(2,-1)", "onConnectionStateChanged(3,-1)",
                "onLoginResult(alice,0,60)");
    }

    @Test
    void logout_messageAlreadyInFlight_isNotDeliveredAfterOnLogout() {
        Client a = f.loggedIn("alice");
        Client b = f.loggedIn("bob");

        long id = a.rts.sendMessage("bob", "in flight", null);
        long bid = a.rts.sendBinaryMessage("bob", new byte[] {1}, null);
        b.rts.logout();
        f.cloud.runUntilIdle();

        assertThat(b.events()).containsExactly("onLogout(0)");
        assertThat(a.named("onMessageSendResult"))
                .extracting(e -> Long.parseLong(e.substring("onMessageSendResult(".length(), e.indexOf(','))))
                .as("one result for each send id").containsExactlyInAnyOrder(id, bid);
    }

    @Test
    void logout_whileLoggingIn_deliversOnLogoutOnly_andLeavesNoSession() {
        Client a = f.client("alice");
        a.rts.login(f.token("alice"), "alice");

        assertThat(a.rts.logout()).isZero();
        f.cloud.runUntilIdle();

        assertThat(a.events()).containsExactly("onConnectionStateChanged(2,-1)", "onLogout(0)");
        assertThat(f.cloud.onlineUsers(APP_ID)).isEmpty();
        assertThat(a.rts.loginState()).isEqualTo(LoginState.LOGGED_OUT);
    }

    // ------------------------------------------------------------------ duplicate login

    @Test
    void duplicateLogin_logsFirstEngineOutWithDuplicateReasonThenRoomState1004() {
        Client first = f.loggedIn("alice");
        Client bob = f.loggedIn("bob");
        dev.rtsfake.fake.testing.CallbackLog shared = first.handler.log();
        // record the first engine's room callbacks in the same log, to assert the order across handlers
        var room = (FakeRTSRoom) first.rts.createRoom("r1");
        room.setRTSRoomEventHandler(new dev.rtsfake.fake.testing.RecordingRoomHandler(shared));
        room.joinRoom();
        Room rb = bob.joined("r1");
        f.cloud.runUntilIdle();
        shared.clear();
        rb.handler.clear();

        Client second = f.client("alice");
        second.rts.login(f.token("alice"), "alice");
        f.cloud.runUntilIdle();

        assertThat(shared.entries()).containsExactly("onLogout(1)", "onRoomStateChanged(r1,alice,-1004,{})");
        assertThat(second.named("onLoginResult")).containsExactly("onLoginResult(alice,0,60)");
        assertThat(rb.events()).containsExactly("onUserLeave(alice,1)");
        assertThat(first.rts.loginState()).isEqualTo(LoginState.LOGGED_OUT);
        assertThat(f.cloud.onlineUsers(APP_ID)).containsExactlyInAnyOrder("alice", "bob");
        assertThat(f.cloud.roomMembers(APP_ID, "r1")).containsExactly("bob");
    }

    @Test
    void duplicateLogin_messagesGoToTheNewEngine() {
        Client first = f.loggedIn("alice");
        Client second = f.client("alice");
        second.login();
        first.handler.clear();
        Client bob = f.loggedIn("bob");

        bob.rts.sendMessage("alice", "hi", null);
        f.cloud.runUntilIdle();

        assertThat(second.events()).containsExactly("onMessageReceived(bob,hi)");
        assertThat(first.events()).isEmpty();
    }

    // ------------------------------------------------------------------ updateLoginToken

    @Test
    void updateLoginToken_nullOrEmpty_returnsParameterError() {
        Client a = f.client("alice");

        assertThat(a.rts.updateLoginToken(null)).isEqualTo(-2);
        assertThat(a.rts.updateLoginToken("")).isEqualTo(-2);
    }

    @Test
    void updateLoginToken_afterInvalidTokenLogin_retriesLoginAutomatically() {
        Client a = f.client("alice");
        String expired = f.cloud.tokens().issue(APP_ID, "alice", Duration.ofSeconds(60));
        f.cloud.advance(Duration.ofSeconds(61));
        a.handler.clear();
        a.rts.login(expired, "alice");
        f.cloud.runUntilIdle();
        assertThat(a.events()).containsExactly("onConnectionStateChanged(2,-1)", "onLoginResult(alice,-1000,60)");
        a.handler.clear();

        assertThat(a.rts.updateLoginToken(f.token("alice"))).isZero();
        f.cloud.runUntilIdle();

        assertThat(a.events()).containsExactly("onConnectionStateChanged(2,-1)", "onConnectionStateChanged(3,-1)",
                "onLoginResult(alice,0,60)");
        assertThat(a.rts.loginState()).isEqualTo(LoginState.LOGGED_IN);
    }

    @Test
    void updateLoginToken_whenLoggedIn_returnsZeroAndChangesNothingVisible() {
        Client a = f.loggedIn("alice");

        assertThat(a.rts.updateLoginToken(f.token("alice"))).isZero();
        f.cloud.runUntilIdle();

        assertThat(a.events()).isEmpty();
        assertThat(a.rts.loginState()).isEqualTo(LoginState.LOGGED_IN);
    }

    @Test
    void updateLoginToken_neverLoggedIn_doesNotStartALogin() {
        Client a = f.client("alice");

        assertThat(a.rts.updateLoginToken(f.token("alice"))).isZero();
        f.cloud.runUntilIdle();

        assertThat(a.events()).isEmpty();
        assertThat(a.rts.loginState()).isEqualTo(LoginState.LOGGED_OUT);
    }
}
