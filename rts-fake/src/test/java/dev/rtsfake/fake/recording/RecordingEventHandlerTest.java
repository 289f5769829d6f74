package dev.rtsfake.fake.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.LocalProxyError;
import com.ss.bytertc.rts.engine.type.LocalProxyState;
import com.ss.bytertc.rts.engine.type.LocalProxyType;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import com.ss.bytertc.rts.engine.type.SysStats;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.recording.EngineCallback.BinaryMessageReceived;
import dev.rtsfake.fake.recording.EngineCallback.ConnectionStateChanged;
import dev.rtsfake.fake.recording.EngineCallback.CreateRoomStateChanged;
import dev.rtsfake.fake.recording.EngineCallback.LocalProxyStateChanged;
import dev.rtsfake.fake.recording.EngineCallback.LogReport;
import dev.rtsfake.fake.recording.EngineCallback.LoginResult;
import dev.rtsfake.fake.recording.EngineCallback.Logout;
import dev.rtsfake.fake.recording.EngineCallback.MessageReceived;
import dev.rtsfake.fake.recording.EngineCallback.MessageSendResult;
import dev.rtsfake.fake.recording.EngineCallback.NetworkTypeChanged;
import dev.rtsfake.fake.recording.EngineCallback.PeerOnlineStatus;
import dev.rtsfake.fake.recording.EngineCallback.ServerMessageSendResult;
import dev.rtsfake.fake.recording.EngineCallback.ServerParamsSetResult;
import dev.rtsfake.fake.recording.EngineCallback.SysStatsReport;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

class RecordingEventHandlerTest {
    static final String APP = "rtsfake-demo-app-0000001";

    static FakeRtsCloud cloud() {
        return FakeRtsCloud.builder().seed(7).app(APP, "key").sysStatsInterval(Duration.ZERO).build();
    }

    static void login(FakeRtsCloud cloud, FakeRTS rts, String uid) {
        assertThat(rts.login(cloud.tokens().issue(APP, uid, Duration.ofHours(1)), uid)).isZero();
    }

    @Test
    void alone_recordsLoginAsTypedValues_withVirtualTimeAndTheDrivingThread() {
        try (FakeRtsCloud cloud = cloud()) {
            RecordingEventHandler alice = new RecordingEventHandler(cloud);
            login(cloud, cloud.createRTS(APP, alice), "alice");
            cloud.runUntilIdle();

            assertThat(alice.callbacks()).containsExactly(new ConnectionStateChanged(2, -1),
                    new ConnectionStateChanged(3, -1), new LoginResult("alice", 0, 60));
            List<RecordedCallback> recorded = alice.recorded();
            assertThat(recorded).extracting(RecordedCallback::number).containsExactly(1L, 2L, 3L);
            assertThat(recorded.get(2).at()).isEqualTo(Duration.ofMillis(60));
            assertThat(recorded).extracting(RecordedCallback::thread).containsOnly(Thread.currentThread().getName());
            assertThat(recorded.get(2).describe())
                    .isEqualTo("#3 at 0.060s on " + Thread.currentThread().getName() + ": onLoginResult(\"alice\", 0, 60)");
            assertThat(alice.uid()).contains("alice");
            assertThat(alice.wrapped()).isEmpty();
        }
    }

    @Test
    void messages_recordedWithTheirArrivalTimes_andTypedFiltering() {
        try (FakeRtsCloud cloud = cloud()) {
            RecordingEventHandler alice = new RecordingEventHandler(cloud);
            RecordingEventHandler bob = new RecordingEventHandler(cloud);
            FakeRTS a = cloud.createRTS(APP, alice);
            login(cloud, a, "alice");
            login(cloud, cloud.createRTS(APP, bob), "bob");
            cloud.runUntilIdle();

            long id = a.sendMessage("bob", "hi", MessageConfig.RELIABLE_ORDERED);
            cloud.runUntilIdle();

            assertThat(bob.callbacks(MessageReceived.class)).containsExactly(new MessageReceived("alice", "hi"));
            assertThat(bob.recorded().get(bob.recorded().size() - 1).at()).isEqualTo(Duration.ofMillis(120));
            assertThat(alice.callbacks(MessageSendResult.class)).containsExactly(new MessageSendResult(id, 0));
        }
    }

    @Test
    void wrapping_recordsFirstThenPassesTheSameCallbackOn() {
        try (FakeRtsCloud cloud = cloud()) {
            List<String> seenByApp = new ArrayList<>();
            RecordingEventHandler[] recorder = new RecordingEventHandler[1];
            IRTSEventHandler app = new IRTSEventHandler() {
                @Override
                public void onLoginResult(String uid, int errorCode, int elapsed) {
                    // recorded before the app's handler runs
                    seenByApp.add(recorder[0].callbacks().get(recorder[0].callbacks().size() - 1).describe());
                }

                @Override
                public void onLogout() {
                    seenByApp.add("app onLogout()");
                }
            };
            recorder[0] = new RecordingEventHandler(cloud, app);
            FakeRTS rts = cloud.createRTS(APP, recorder[0]);
            login(cloud, rts, "alice");
            cloud.runUntilIdle();
            rts.logout();
            cloud.runUntilIdle();

            assertThat(seenByApp).containsExactly("onLoginResult(\"alice\", 0, 60)", "app onLogout()");
            assertThat(recorder[0].callbacks(Logout.class)).containsExactly(new Logout(0));
            assertThat(recorder[0].wrapped()).containsSame(app);
        }
    }

    @Test
    void wrappedHandlerThrows_callbackStillRecorded_andTheFakeListsTheFailure() {
        try (FakeRtsCloud cloud = cloud()) {
            IRTSEventHandler app = new IRTSEventHandler() {
                @Override
                public void onLoginResult(String uid, int errorCode, int elapsed) {
                    throw new IllegalStateException("app bug");
                }
            };
            RecordingEventHandler recorder = new RecordingEventHandler(cloud, app);
            login(cloud, cloud.createRTS(APP, recorder), "alice");
            cloud.runUntilIdle();

            assertThat(recorder.callbacks(LoginResult.class)).containsExactly(new LoginResult("alice", 0, 60));
            assertThat(cloud.handlerFailures()).singleElement()
                    .satisfies(f -> assertThat(f.error()).hasMessage("app bug"));
        }
    }

    @Test
    void wrappingAMockitoMock_mockIsVerifiedInOrder() {
        try (FakeRtsCloud cloud = cloud()) {
            IRTSEventHandler mock = mock(IRTSEventHandler.class);
            RecordingEventHandler recorder = new RecordingEventHandler(cloud, mock);
            FakeRTS rts = cloud.createRTS(APP, recorder);
            login(cloud, rts, "alice");
            cloud.runUntilIdle();
            rts.logout();
            cloud.runUntilIdle();

            InOrder order = inOrder(mock);
            order.verify(mock).onConnectionStateChanged(2, -1);
            order.verify(mock).onConnectionStateChanged(3, -1);
            order.verify(mock).onLoginResult("alice", 0, 60);
            order.verify(mock).onLogout(0);
            verifyNoMoreInteractions(mock);
            assertThat(recorder.callbacks()).hasSize(4);
        }
    }

    @Test
    void everyCallbackOfTheEngineHandler_isRecordedAndPassedOn() {
        try (FakeRtsCloud cloud = cloud()) {
            IRTSEventHandler mock = mock(IRTSEventHandler.class);
            RecordingEventHandler r = new RecordingEventHandler(cloud, mock);
            SysStats stats = new SysStats();
            stats.cpuCores = 8;
            ByteBuffer bin = ByteBuffer.wrap(new byte[] {1, 2});
            ByteBuffer reply = ByteBuffer.wrap("ok".getBytes(StandardCharsets.UTF_8));
            JSONObject log = new JSONObject().put("k", 1);

            r.onSysStats(stats);
            r.onNetworkTypeChanged(2);
            r.onCreateRoomStateChanged("r1", -1007);
            r.onConnectionStateChanged(4, -1);
            r.onLogReport("live_webrtc_monitor_log", log);
            r.onLoginResult("alice", -1000, 60);
            r.onLogout();
            r.onLogout(1);
            r.onServerParamsSetResult(200);
            r.onGetPeerOnlineStatus("bob", 1);
            r.onMessageReceived("bob", "hi");
            r.onBinaryMessageReceived("bob", bin);
            r.onMessageSendResult(3, 1);
            r.onServerMessageSendResult(4, 0, reply);
            r.onLocalProxyStateChanged(LocalProxyType.SOCKS5, LocalProxyState.CONNECTED, LocalProxyError.OK);

            List<Callback> c = r.callbacks();
            assertThat(c).hasSize(15);
            assertThat(((SysStatsReport) c.get(0)).stats().cpuCores).isEqualTo(8);
            assertThat(c.subList(1, 11)).containsExactly(new NetworkTypeChanged(2), new CreateRoomStateChanged("r1", -1007),
                    new ConnectionStateChanged(4, -1), new LogReport("live_webrtc_monitor_log", "{\"k\":1}"),
                    new LoginResult("alice", -1000, 60), new Logout(Logout.NO_REASON), new Logout(1),
                    new ServerParamsSetResult(200), new PeerOnlineStatus("bob", 1), new MessageReceived("bob", "hi"));
            assertThat(c.get(11)).isEqualTo(new BinaryMessageReceived("bob", ByteBuffer.wrap(new byte[] {1, 2})));
            assertThat(c.subList(12, 15)).containsExactly(new MessageSendResult(3, 1),
                    new ServerMessageSendResult(4, 0, ByteBuffer.wrap("ok".getBytes(StandardCharsets.UTF_8))),
                    new LocalProxyStateChanged(LocalProxyType.SOCKS5, LocalProxyState.CONNECTED, LocalProxyError.OK));
            assertThat(c).extracting(Callback::callbackName).containsExactly("onSysStats", "onNetworkTypeChanged",
                    "onCreateRoomStateChanged", "onConnectionStateChanged", "onLogReport", "onLoginResult", "onLogout",
                    "onLogout", "onServerParamsSetResult", "onGetPeerOnlineStatus", "onMessageReceived",
                    "onBinaryMessageReceived", "onMessageSendResult", "onServerMessageSendResult",
                    "onLocalProxyStateChanged");
            assertThat(r.uid()).as("a failed login names nobody").isEmpty();

            verify(mock).onSysStats(stats);
            verify(mock).onNetworkTypeChanged(2);
            verify(mock).onCreateRoomStateChanged("r1", -1007);
            verify(mock).onConnectionStateChanged(4, -1);
            verify(mock).onLogReport("live_webrtc_monitor_log", log);
            verify(mock).onLoginResult("alice", -1000, 60);
            verify(mock).onLogout();
            verify(mock).onLogout(1);
            verify(mock).onServerParamsSetResult(200);
            verify(mock).onGetPeerOnlineStatus("bob", 1);
            verify(mock).onMessageReceived("bob", "hi");
            verify(mock).onBinaryMessageReceived("bob", bin);
            verify(mock).onMessageSendResult(3, 1);
            verify(mock).onServerMessageSendResult(4, 0, reply);
            verify(mock).onLocalProxyStateChanged(LocalProxyType.SOCKS5, LocalProxyState.CONNECTED, LocalProxyError.OK);
            verifyNoMoreInteractions(mock);
        }
    }

    @Test
    void everyPublicCallbackOfIRTSEventHandler_isOverridden() {
        assertThat(overridable(IRTSEventHandler.class))
                .allSatisfy(m -> assertThat(declares(RecordingEventHandler.class, m)).as(m.toString()).isTrue());
    }

    static List<Method> overridable(Class<?> handler) {
        return Arrays.stream(handler.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())).toList();
    }

    static boolean declares(Class<?> type, Method m) {
        try {
            return type.getDeclaredMethod(m.getName(), m.getParameterTypes()) != null;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    @Test
    void payloads_areCopied_theAppsBufferIsNotMoved_andLaterChangesDoNotLeakIn() {
        try (FakeRtsCloud cloud = cloud()) {
            RecordingEventHandler r = new RecordingEventHandler(cloud);
            byte[] data = {1, 2, 3};
            ByteBuffer buf = ByteBuffer.wrap(data);
            buf.position(1);
            SysStats stats = new SysStats();
            stats.cpuCores = 2;

            r.onBinaryMessageReceived("bob", buf);
            r.onSysStats(stats);
            data[2] = 9;
            stats.cpuCores = 4;

            BinaryMessageReceived got = r.callbacks(BinaryMessageReceived.class).get(0);
            assertThat(buf.position()).isEqualTo(1);
            assertThat(got.message().remaining()).isEqualTo(2);
            assertThat(got.message().get(1)).isEqualTo((byte) 3);
            assertThat(got.message().isReadOnly()).isTrue();
            assertThat(got.describe()).isEqualTo("onBinaryMessageReceived(\"bob\", bytes[2]:0203)");
            assertThat(r.callbacks(SysStatsReport.class).get(0).stats().cpuCores).isEqualTo(2);
        }
    }

    @Test
    void pastTheCap_oldestDropped_countedAndNumberedOn() {
        try (FakeRtsCloud cloud = cloud()) {
            RecordingEventHandler r = new RecordingEventHandler(cloud, null, 2);
            login(cloud, cloud.createRTS(APP, r), "alice");
            cloud.runUntilIdle();

            assertThat(r.callbacks()).containsExactly(new ConnectionStateChanged(3, -1), new LoginResult("alice", 0, 60));
            assertThat(r.recorded()).extracting(RecordedCallback::number).containsExactly(2L, 3L);
            assertThat(r.dropped()).isEqualTo(1);
            assertThat(r.received()).isEqualTo(3);
            assertThat(r.keepLast()).isEqualTo(2);
            assertThat(r).hasToString("RecordingEventHandler of alice: 2 callbacks kept of 3 received, 1 dropped past the cap of 2");
        }
    }

    @Test
    void clear_forgetsTheKept_numberingGoesOn() {
        try (FakeRtsCloud cloud = cloud()) {
            RecordingEventHandler r = new RecordingEventHandler(cloud);
            r.onNetworkTypeChanged(1);
            r.clear();
            r.onNetworkTypeChanged(2);

            assertThat(r.recorded()).singleElement().satisfies(c -> {
                assertThat(c.number()).isEqualTo(2);
                assertThat(c.callback()).isEqualTo(new NetworkTypeChanged(2));
            });
        }
    }

    @Test
    void constructor_refusesNoCloudAndACapBelowOne_sayingWhatToPass() {
        assertThatThrownBy(() -> new RecordingEventHandler(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pass the FakeRtsCloud");
        try (FakeRtsCloud cloud = cloud()) {
            assertThatThrownBy(() -> new RecordingEventHandler(cloud, null, 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("keepLast is 0; a recorder keeps at least 1 callback (the default is 10000)");
        }
    }

    @Test
    void realTimeMode_recordsTheCallbackThreadsName() throws Exception {
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").speed(50).build()) {
            RecordingEventHandler r = new RecordingEventHandler(cloud);
            login(cloud, cloud.createRTS(APP, r), "alice");
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> !r.callbacks(LoginResult.class).isEmpty());

            assertThat(r.recorded()).extracting(RecordedCallback::thread)
                    .doesNotContain(Thread.currentThread().getName()).allMatch(n -> !n.isEmpty());
        }
    }
}
