package dev.rtsfake.fake.regress;

import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.net.LinkDirection;
import dev.rtsfake.fake.testing.Internals;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cases found in review: answers must reach the room instance that asked; sessions must not outlive a dead link. */
class RoomInstanceAndSessionRegressionTest {
    private static final String APP = "rtsfake-demo-app-0000001";

    private static IRTSRoomEventHandler recorder(List<String> out) {
        return new IRTSRoomEventHandler() {
            @Override
            public void onRoomMessageSendResult(long msgid, int error) {
                out.add("result(" + msgid + "," + error + ")");
            }

            @Override
            public void onRoomStateChanged(String roomId, String uid, int state, String extraInfo) {
                out.add("state(" + state + ")");
            }
        };
    }

    @Test
    void roomDestroyedAndCreatedAgain_newInstanceNeverHearsTheOldInstancesAnswers() {
        FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").build();
        FakeRTS alice = cloud.createRTS(APP, new IRTSEventHandler() { });
        alice.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice");
        cloud.runUntilIdle();
        List<String> first = new ArrayList<>();
        RTSRoom old = alice.createRoom("lobby");
        old.setRTSRoomEventHandler(recorder(first));
        old.joinRoom();
        cloud.runUntilIdle();

        old.sendRoomMessage("in flight");
        old.destroy();
        List<String> second = new ArrayList<>();
        RTSRoom fresh = alice.createRoom("lobby");
        fresh.setRTSRoomEventHandler(recorder(second));
        cloud.runUntilIdle();

        assertThat(second).isEmpty();
        assertThat(first).containsExactly("state(0)");
    }

    @Test
    void loginThatGetsThroughWhileTheDownLinkIsCut_sessionStillEndsAfterTheGrace() {
        FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").build();
        FakeRTS alice = cloud.createRTS(APP, new IRTSEventHandler() { });
        alice.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice");
        cloud.network().cut("alice", LinkDirection.DOWN);
        cloud.advance(Duration.ofSeconds(1));
        assertThat(cloud.onlineUsers(APP)).containsExactly("alice");

        cloud.advance(Duration.ofSeconds(40));

        assertThat(cloud.onlineUsers(APP)).isEmpty();
    }

    @Test
    void engineLoggedInAsSomeoneElse_isNoLongerNamedByItsEarlierUid() {
        FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").build();
        FakeRTS rts = cloud.createRTS(APP, new IRTSEventHandler() { });
        rts.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice");
        cloud.runUntilIdle();
        rts.logout();
        rts.login(cloud.tokens().issue(APP, "carol", Duration.ofHours(1)), "carol");
        cloud.runUntilIdle();

        assertThat(Internals.link(cloud.network(), "carol")).isSameAs(Internals.link(rts));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Internals.link(cloud.network(), "alice"))
                .hasMessageContaining("no client named 'alice'");
    }
}
