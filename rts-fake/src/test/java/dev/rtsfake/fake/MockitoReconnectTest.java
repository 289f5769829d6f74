package dev.rtsfake.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import com.ss.bytertc.rts.engine.type.UserInfo;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.recording.EngineCallback.ConnectionStateChanged;
import dev.rtsfake.fake.recording.EngineCallback.LoginResult;
import dev.rtsfake.fake.recording.EngineCallback.MessageReceived;
import dev.rtsfake.fake.recording.RecordingEventHandler;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/**
 * Mockito mocks as handlers keep working across a network drop and reconnect: verify and inOrder see
 * the documented sequence, also when a recording handler sits in front of the mock.
 */
class MockitoReconnectTest {
    private static final String APP = "rtsfake-demo-app-0000001";

    private static FakeRtsCloud cloud() {
        return FakeRtsCloud.builder().seed(3).app(APP, "key").sysStatsInterval(Duration.ZERO).build();
    }

    private static void login(FakeRtsCloud cloud, FakeRTS rts, String uid) {
        assertThat(rts.login(cloud.tokens().issue(APP, uid, Duration.ofHours(1)), uid)).isZero();
    }

    /** Alice drops for 8 s and comes back; bob's message sent during the drop arrives after the reconnect. */
    private static void dropAndReconnect(FakeRtsCloud cloud, FakeRTS bob) {
        cloud.network().disconnect("alice");
        cloud.advance(Duration.ofSeconds(8));
        bob.sendMessage("alice", "while you were away", MessageConfig.RELIABLE_ORDERED);
        cloud.network().reconnect("alice");
        cloud.advance(Duration.ofSeconds(5));
        cloud.runUntilIdle();
    }

    @Test
    void mockEngineHandler_verifiedInOrder_acrossADropAndReconnect() {
        try (FakeRtsCloud cloud = cloud()) {
            IRTSEventHandler alice = mock(IRTSEventHandler.class);
            FakeRTS a = cloud.createRTS(APP, alice);
            FakeRTS b = cloud.createRTS(APP, mock(IRTSEventHandler.class));
            login(cloud, a, "alice");
            login(cloud, b, "bob");
            cloud.runUntilIdle();

            dropAndReconnect(cloud, b);

            InOrder order = inOrder(alice);
            order.verify(alice).onConnectionStateChanged(2, -1);
            order.verify(alice).onConnectionStateChanged(3, -1);
            order.verify(alice).onLoginResult("alice", 0, 60);
            order.verify(alice).onConnectionStateChanged(4, -1);
            order.verify(alice).onConnectionStateChanged(5, -1);
            order.verify(alice).onMessageReceived("bob", "while you were away");
            verify(alice, times(1)).onLoginResult(anyString(), anyInt(), anyInt());   // a reconnect is not a login
            verify(alice, never()).onConnectionStateChanged(eq(7), anyInt());
            verify(alice, never()).onLogout(anyInt());
        }
    }

    @Test
    void mockRoomHandler_seesTheRejoin_afterTheReconnect() {
        try (FakeRtsCloud cloud = cloud()) {
            FakeRTS a = cloud.createRTS(APP, mock(IRTSEventHandler.class));
            login(cloud, a, "alice");
            cloud.runUntilIdle();
            IRTSRoomEventHandler lobby = mock(IRTSRoomEventHandler.class);
            RTSRoom room = a.createRoom("lobby");
            room.setRTSRoomEventHandler(lobby);
            room.joinRoom();
            cloud.runUntilIdle();

            cloud.network().disconnect("alice");
            cloud.advance(Duration.ofSeconds(8));
            cloud.network().reconnect("alice");
            cloud.advance(Duration.ofSeconds(5));

            InOrder order = inOrder(lobby);
            order.verify(lobby).onRoomStateChanged(eq("lobby"), eq("alice"), eq(0), contains("\"join_type\":0"));
            order.verify(lobby).onRoomStateChanged(eq("lobby"), eq("alice"), eq(0), contains("\"join_type\":1"));
            verify(lobby, never()).onLeaveRoom(any());
            verify(lobby, never()).onUserJoined(any(UserInfo.class), anyInt());
        }
    }

    @Test
    void recorderInFrontOfAMock_bothSeeTheSameSequence() {
        try (FakeRtsCloud cloud = cloud()) {
            IRTSEventHandler mock = mock(IRTSEventHandler.class);
            RecordingEventHandler alice = new RecordingEventHandler(cloud, mock);
            FakeRTS a = cloud.createRTS(APP, alice);
            FakeRTS b = cloud.createRTS(APP, mock(IRTSEventHandler.class));
            login(cloud, a, "alice");
            login(cloud, b, "bob");
            cloud.runUntilIdle();

            dropAndReconnect(cloud, b);

            assertThat(alice.callbacks()).containsExactly(new ConnectionStateChanged(2, -1),
                    new ConnectionStateChanged(3, -1), new LoginResult("alice", 0, 60), new ConnectionStateChanged(4, -1),
                    new ConnectionStateChanged(5, -1), new MessageReceived("bob", "while you were away"));
            InOrder order = inOrder(mock);
            order.verify(mock).onConnectionStateChanged(2, -1);
            order.verify(mock).onConnectionStateChanged(3, -1);
            order.verify(mock).onLoginResult("alice", 0, 60);
            order.verify(mock).onConnectionStateChanged(4, -1);
            order.verify(mock).onConnectionStateChanged(5, -1);
            order.verify(mock).onMessageReceived("bob", "while you were away");
            org.mockito.Mockito.verifyNoMoreInteractions(mock);
        }
    }
}
