package dev.rtsfake.fake.engine;

import static dev.rtsfake.fake.testing.RtsFixture.APP_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.LocalProxyConfiguration;
import com.ss.bytertc.rts.engine.type.LocalProxyType;
import dev.rtsfake.fake.VirtualTimeoutException;
import dev.rtsfake.fake.diag.HandlerFailure;
import dev.rtsfake.fake.diag.Misuse;
import dev.rtsfake.fake.diag.MisuseRule;
import dev.rtsfake.fake.testing.RecordingHandler;
import dev.rtsfake.fake.testing.RtsFixture;
import dev.rtsfake.fake.testing.RtsFixture.Client;
import dev.rtsfake.fake.testing.RtsFixture.Room;
import dev.rtsfake.fake.trace.TraceKind;
import java.time.Duration;
import java.util.List;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/** Engines: creation, destroy, periodic statistics, how and when callbacks run. */
class EngineLifecycleTest {
    private final RtsFixture f = RtsFixture.create();

    @Test
    void createRTS_manyEnginesInOneCloud_areIndependent() {
        Client a = f.loggedIn("alice");
        Client b = f.loggedIn("bob");
        Client c = f.client("carol");

        assertThat(f.cloud.engines()).containsExactly(a.rts, b.rts, c.rts);
        assertThat(a.rts.name()).isEqualTo("rts-1");
        assertThat(c.rts.loginState()).isEqualTo(LoginState.LOGGED_OUT);
        assertThat(f.cloud.onlineUsers(APP_ID)).containsExactly("alice", "bob");
    }

    @Test
    void createRTS_keepsCreateParameters() {
        FakeRTS rts = f.cloud.createRTS(APP_ID, new RecordingHandler(), new JSONObject().put("rtc.device_id", "d1"));

        assertThat(rts.parameters().getString("rtc.device_id")).isEqualTo("d1");
        assertThat(rts.appId()).isEqualTo(APP_ID);
    }

    @Test
    void createRTS_unknownApp_throwsWithAdvice() {
        assertThatThrownBy(() -> f.cloud.createRTS("unknown-app-id-000000001", new RecordingHandler()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown-app-id-000000001");
    }

    @Test
    void destroyedEngine_everyMethodFails_andRecordsUseAfterDestroy() {
        Client a = f.loggedIn("alice");
        f.cloud.destroy(a.rts);

        assertThat(a.rts.isDestroyed()).isTrue();
        assertThat(a.rts.login(f.token("alice"), "alice")).isEqualTo(-1);
        assertThat(a.rts.logout()).isEqualTo(-1);
        assertThat(a.rts.updateLoginToken("t")).isEqualTo(-1);
        assertThat(a.rts.setServerParams("s", "u")).isEqualTo(-1);
        assertThat(a.rts.getPeerOnlineStatus("bob")).isEqualTo(-1);
        assertThat(a.rts.setBusinessId("b")).isEqualTo(-1);
        assertThat(a.rts.setRuntimeParameters(new JSONObject())).isEqualTo(-1);
        assertThat(a.rts.setCellularEnhancement(true)).isEqualTo(-1);
        assertThat(a.rts.setLocalProxy(List.of(
                new LocalProxyConfiguration(LocalProxyType.SOCKS5, "10.0.0.1", 1080, null, null)))).isEqualTo(-1);
        assertThat(a.rts.sendMessage("bob", "x", null)).isEqualTo(-1);
        assertThat(a.rts.sendBinaryMessage("bob", new byte[1], null)).isEqualTo(-1);
        assertThat(a.rts.sendServerMessage("x")).isEqualTo(-1);
        assertThat(a.rts.sendServerBinaryMessage(new byte[1])).isEqualTo(-1);
        assertThat(a.rts.createRoom("r1")).isNull();
        a.rts.setRtsEventHandler(new RecordingHandler());
        f.cloud.runUntilIdle();
        f.cloud.advance(Duration.ofSeconds(10));

        assertThat(a.events()).isEmpty();
        assertThat(a.handler.sysStats()).isEmpty();
        assertThat(f.cloud.misuses()).hasSize(15).extracting(Misuse::rule).containsOnly(MisuseRule.USE_AFTER_DESTROY);
        assertThat(f.cloud.engines()).doesNotContain(a.rts);
    }

    @Test
    void destroyedEngine_pendingCallbacksAreNeverDelivered() {
        Client a = f.client("alice");
        Client b = f.loggedIn("bob");
        a.rts.login(f.token("alice"), "alice");
        a.rts.createRoom("bad id");
        b.rts.sendMessage("alice", "in flight", null);

        f.cloud.destroy(a.rts);
        f.cloud.runUntilIdle();

        assertThat(a.events()).isEmpty();
        assertThat(f.cloud.trace().callbacks("alice")).isEmpty();
        assertThat(f.cloud.trace().callbacks("rts-1")).isEmpty();
    }

    @Test
    void destroyEngine_whileInRoom_othersSeeUserLeave_andPeerGoesOffline() {
        Client a = f.loggedIn("alice");
        Client b = f.loggedIn("bob");
        Room ra = a.joined("r1");
        Room rb = b.joined("r1");
        ra.handler.clear();

        f.cloud.destroy(a.rts);
        f.cloud.runUntilIdle();
        b.rts.getPeerOnlineStatus("alice");
        f.cloud.runUntilIdle();

        assertThat(rb.events()).containsExactly("onUserLeave(alice,0)");
        assertThat(b.events()).containsExactly("onGetPeerOnlineStatus(alice,0)");
        assertThat(ra.events()).isEmpty();
        assertThat(ra.room.joinRoom()).as("rooms of a destroyed engine are destroyed").isEqualTo(-3);
        assertThat(f.cloud.onlineUsers(APP_ID)).containsExactly("bob");
    }

    @Test
    void destroyAll_destroysEveryEngineOfTheCloud() {
        Client a = f.loggedIn("alice");
        Client b = f.client("bob");

        f.cloud.destroyAll();

        assertThat(a.rts.isDestroyed()).isTrue();
        assertThat(b.rts.isDestroyed()).isTrue();
        assertThat(f.cloud.engines()).isEmpty();
        f.cloud.runUntilIdle();
        assertThat(f.cloud.onlineUsers(APP_ID)).isEmpty();
    }

    @Test
    void destroy_twice_isHarmless() {
        Client a = f.client("alice");

        f.cloud.destroy(a.rts);
        f.cloud.destroy(a.rts);

        assertThat(a.rts.isDestroyed()).isTrue();
        assertThat(f.cloud.misuses()).isEmpty();
    }

    // ------------------------------------------------------------------ onSysStats

    @Test
    void onSysStats_arrivesEveryTwoVirtualSeconds() {
        Client a = f.client("alice");

        f.cloud.advance(Duration.ofMillis(1999));
        assertThat(a.handler.sysStats()).isEmpty();
        f.cloud.advance(Duration.ofMillis(1));
        assertThat(a.handler.sysStats()).hasSize(1);
        f.cloud.advance(Duration.ofSeconds(4));
        assertThat(a.handler.sysStats()).hasSize(3);
        assertThat(a.handler.sysStats().get(0).cpuCores).isPositive();
    }

    @Test
    void runUntilIdle_doesNotWaitForSysStats() {
        Client a = f.client("alice");

        f.cloud.runUntilIdle();

        assertThat(f.cloud.elapsed()).isZero();
        assertThat(a.handler.sysStats()).isEmpty();
    }

    @Test
    void onSysStats_canBeTurnedOff() {
        RtsFixture g = RtsFixture.create(RtsFixture.builder().sysStatsInterval(Duration.ZERO));
        Client a = g.client("alice");

        g.cloud.advance(Duration.ofSeconds(10));

        assertThat(a.handler.sysStats()).isEmpty();
    }

    // ------------------------------------------------------------------ how callbacks run

    @Test
    void callbacks_neverRunInsideTheSdkCall_onlyWhenTheClockIsDriven() {
        Client a = f.client("alice");

        a.rts.login(f.token("alice"), "alice");
        a.rts.createRoom("bad id");
        a.rts.setLocalProxy(List.of(new LocalProxyConfiguration(LocalProxyType.HTTP_TUNNEL, "h", 1, null, null)));
        a.rts.sendServerMessage("x");

        assertThat(a.events()).isEmpty();
        f.cloud.advance(Duration.ZERO);
        assertThat(a.events()).isNotEmpty();
    }

    @Test
    void callbacks_runOnTheDrivingThread_inEventOrder() throws Exception {
        Client a = f.client("alice");
        a.rts.login(f.token("alice"), "alice");
        a.rts.sendMessage("bob", "before login", null);

        Thread driver = new Thread(() -> f.cloud.runUntilIdle(), "driver");
        driver.start();
        driver.join();

        assertThat(a.events()).containsExactly("onConnectionStateChanged(2,-1)", "onMessageSendResult(1,105)",
                "onConnectionStateChanged(3,-1)", "onLoginResult(alice,0,60)");
        assertThat(a.handler.log().threads()).containsOnly(driver);
    }

    @Test
    void callbacks_inTheTrace_matchWhatTheHandlerSaw() {
        Client a = f.client("alice");
        a.rts.login(f.token("alice"), "alice");
        f.cloud.runUntilIdle();

        assertThat(f.cloud.trace().callbackNames("alice"))
                .containsExactly("onConnectionStateChanged", "onConnectionStateChanged", "onLoginResult");
    }

    @Test
    void handlerThatThrows_isCaughtAndRecorded_andTheSimulationGoesOn() {
        RecordingHandler log = new RecordingHandler();
        FakeRTS rts = f.cloud.createRTS(APP_ID, new IRTSEventHandler() {
            @Override
            public void onConnectionStateChanged(int state, int reason) {
                log.onConnectionStateChanged(state, reason);
                if (state == 2) {
                    throw new IllegalStateException("app bug");
                }
            }

            @Override
            public void onLoginResult(String uid, int errorCode, int elapsed) {
                log.onLoginResult(uid, errorCode, elapsed);
            }
        });

        rts.login(f.token("alice"), "alice");
        f.cloud.runUntilIdle();

        assertThat(log.events()).containsExactly("onConnectionStateChanged(2,-1)", "onConnectionStateChanged(3,-1)",
                "onLoginResult(alice,0,60)");
        assertThat(f.cloud.handlerFailures()).singleElement().satisfies(hf -> {
            assertThat(hf.callback()).isEqualTo("onConnectionStateChanged");
            assertThat(hf.error()).isInstanceOf(IllegalStateException.class).hasMessage("app bug");
        });
        assertThat(f.cloud.trace().ofKind(TraceKind.HANDLER_ERROR)).hasSize(1);
        assertThatThrownBy(f.cloud::assertClean).isInstanceOf(AssertionError.class).hasMessageContaining("app bug");
    }

    @Test
    void handlerThatFailsAnAssertion_isCaughtToo() {
        Client a = f.client("alice");
        a.rts.setRtsEventHandler(new IRTSEventHandler() {
            @Override
            public void onLoginResult(String uid, int errorCode, int elapsed) {
                throw new AssertionError("expected something else");
            }
        });

        a.rts.login(f.token("alice"), "alice");
        f.cloud.runUntilIdle();

        assertThat(f.cloud.handlerFailures()).extracting(HandlerFailure::callback).containsExactly("onLoginResult");
        assertThat(a.rts.loginState()).isEqualTo(LoginState.LOGGED_IN);
    }

    @Test
    void runUntil_conditionNeverHolds_throwsVirtualTimeout() {
        Client a = f.client("alice");

        assertThatThrownBy(() -> f.cloud.runUntil(() -> a.rts.loginState() == LoginState.LOGGED_IN, Duration.ofSeconds(5)))
                .isInstanceOf(VirtualTimeoutException.class);
        assertThat(f.cloud.elapsed()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void runUntil_stopsAsSoonAsTheConditionHolds() {
        Client a = f.client("alice");
        a.rts.login(f.token("alice"), "alice");

        f.cloud.runUntil(() -> a.rts.loginState() == LoginState.LOGGED_IN, Duration.ofSeconds(5));

        assertThat(f.cloud.elapsed()).isEqualTo(Duration.ofMillis(60));
    }

    @Test
    void roomOfDestroyedEngine_failsEveryMethod() {
        Client a = f.loggedIn("alice");
        RTSRoom room = a.rts.createRoom("r1");
        f.cloud.destroy(a.rts);

        assertThat(room.joinRoom()).isEqualTo(-3);
        assertThat(room.leaveRoom()).isEqualTo(-1);
        assertThat(room.sendRoomMessage("x")).isEqualTo(-1);
        assertThat(room.sendRoomBinaryMessage(new byte[1])).isEqualTo(-1);
    }
}
