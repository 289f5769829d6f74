package dev.rtsfake.fake;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.engine.FakeRTS;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/**
 * Handlers can be Mockito mocks: the fake drives them like the real SDK, and the test verifies the
 * callbacks and their order. (A mock of the abstract handler does not forward the richer variant to
 * the plainer one, so verify the variant the fake calls: onLogout(int), onLeaveRoom(RTCRoomStats),
 * onUserJoined(UserInfo, int).)
 */
class MockitoHandlerTest {
    private static final String APP = "rtsfake-demo-app-0000001";

    @Test
    void mockHandler_seesLoginThenMessageCallbacks_inOrder() {
        FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").sysStatsInterval(Duration.ZERO).build();
        IRTSEventHandler aliceHandler = mock(IRTSEventHandler.class);
        IRTSEventHandler bobHandler = mock(IRTSEventHandler.class);
        FakeRTS alice = cloud.createRTS(APP, aliceHandler);
        FakeRTS bob = cloud.createRTS(APP, bobHandler);
        alice.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice");
        bob.login(cloud.tokens().issue(APP, "bob", Duration.ofHours(1)), "bob");
        cloud.runUntilIdle();
        long id = alice.sendMessage("bob", "hi", MessageConfig.RELIABLE_ORDERED);
        cloud.runUntilIdle();
        alice.logout();
        cloud.runUntilIdle();

        InOrder order = inOrder(aliceHandler);
        order.verify(aliceHandler).onConnectionStateChanged(2, -1);
        order.verify(aliceHandler).onConnectionStateChanged(3, -1);
        order.verify(aliceHandler).onLoginResult("alice", 0, 60);
        order.verify(aliceHandler).onMessageSendResult(id, 0);
        order.verify(aliceHandler).onLogout(0);
        verify(bobHandler).onMessageReceived("alice", "hi");
        verify(bobHandler, never()).onMessageSendResult(anyLong(), anyInt());
        verify(aliceHandler, never()).onBinaryMessageReceived(any(), any());
        verify(aliceHandler, never()).onConnectionStateChanged(eq(4), anyInt());
    }
}
