package dev.rtsfake.fake.engine;

import static dev.rtsfake.fake.testing.RtsFixture.APP_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import com.ss.bytertc.rts.engine.type.RTCRoomStats;
import com.ss.bytertc.rts.engine.type.UserInfo;
import dev.rtsfake.fake.diag.Misuse;
import dev.rtsfake.fake.diag.MisuseRule;
import dev.rtsfake.fake.testing.RtsFixture;
import dev.rtsfake.fake.testing.RtsFixture.Client;
import dev.rtsfake.fake.testing.RtsFixture.Room;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Room messages (sendRoomMessage, sendRoomBinaryMessage), their limits, and the room notice limit. */
class RoomMessagingTest {
    private final RtsFixture f = RtsFixture.create();

    @Test
    void sendRoomMessage_reachesEveryOtherMemberButNeverTheSender_result200() {
        Client a = f.loggedIn("alice");
        Client b = f.loggedIn("bob");
        Client c = f.loggedIn("carol");
        Room ra = a.joined("r1");
        Room rb = b.joined("r1");
        Room rc = c.joined("r1");
        f.cloud.runUntilIdle();
        ra.handler.clear();
        rb.handler.clear();
        rc.handler.clear();

        long id = ra.room.sendRoomMessage("hello room");
        f.cloud.advance(Duration.ofMillis(59));
        assertThat(ra.events()).isEmpty();
        f.cloud.advance(Duration.ofMillis(1));

        assertThat(id).isEqualTo(1);
        assertThat(ra.events()).containsExactly("onRoomMessageSendResult(1,200)");
        assertThat(rb.events()).containsExactly("onRoomMessageReceived(alice,hello room)");
        assertThat(rc.events()).containsExactly("onRoomMessageReceived(alice,hello room)");
        assertThat(a.events()).isEmpty();
        f.cloud.assertClean();
    }

    @Test
    void sendRoomBinaryMessage_eachReceiverGetsItsOwnFreshHeapBuffer() {
        Client a = f.loggedIn("alice");
        Room ra = a.joined("r1");
        Room rb = f.loggedIn("bob").joined("r1");
        Room rc = f.loggedIn("carol").joined("r1");
        f.cloud.runUntilIdle();
        rb.handler.clear();
        rc.handler.clear();
        ra.handler.clear();

        ra.room.sendRoomBinaryMessage(new byte[] {7, 8});
        f.cloud.runUntilIdle();

        assertThat(ra.events()).containsExactly("onRoomMessageSendResult(1,200)");
        assertThat(rb.events()).containsExactly("onRoomBinaryMessageReceived(alice,[7, 8])");
        assertThat(rc.events()).containsExactly("onRoomBinaryMessageReceived(alice,[7, 8])");
        ByteBuffer forBob = rb.handler.binaryReceived().get(0);
        ByteBuffer forCarol = rc.handler.binaryReceived().get(0);
        assertThat(forBob).isNotSameAs(forCarol);
        assertThat(forBob.array()).isNotSameAs(forCarol.array()).containsExactly(7, 8);
        assertThat(forBob.position()).isZero();
        assertThat(forBob.isDirect()).isFalse();
        forBob.array()[0] = 0;
        assertThat(forCarol.get(0)).isEqualTo((byte) 7);
    }

    @Test
    void sendRoomMessage_idsCountFromOnePerRoom() {
        Client a = f.loggedIn("alice");
        Room r1 = a.joined("r1");
        Room r2 = a.joined("r2");

        assertThat(r1.room.sendRoomMessage("a")).isEqualTo(1);
        assertThat(r1.room.sendRoomBinaryMessage(new byte[] {1})).isEqualTo(2);
        assertThat(r2.room.sendRoomMessage("b")).isEqualTo(1);
        assertThat(a.rts.sendMessage("alice", "p2p", null)).as("engine counter is separate").isEqualTo(1);
        assertThat(r1.room.sendRoomMessage("c")).isEqualTo(3);
    }

    @Test
    void sendRoomMessage_notJoined_reportsNotJoinAtOnce() {
        Client a = f.loggedIn("alice");
        Room r = a.room("r1");

        long id = r.room.sendRoomMessage("hi");
        long bid = r.room.sendRoomBinaryMessage(new byte[] {1});
        f.cloud.advance(Duration.ZERO);

        assertThat(r.events()).containsExactly("onRoomMessageSendResult(" + id + ",100)",
                "onRoomMessageSendResult(" + bid + ",100)");
    }

    @Test
    void sendRoomMessage_withNull_returnsParameterError() {
        Room r = f.loggedIn("alice").joined("r1");

        assertThat(r.room.sendRoomMessage(null)).isEqualTo(-2);
        assertThat(r.room.sendRoomBinaryMessage(null)).isEqualTo(-2);
        f.cloud.runUntilIdle();
        assertThat(r.events()).isEmpty();
    }

    @Test
    void sendRoomMessage_overMaxLength_reportsExceedMaxLengthAtOnce_exactLimitPasses() {
        Room ra = f.loggedIn("alice").joined("r1");
        Room rb = f.loggedIn("bob").joined("r1");
        f.cloud.runUntilIdle();
        ra.handler.clear();
        rb.handler.clear();

        long overText = ra.room.sendRoomMessage("a".repeat(65537));
        long overBin = ra.room.sendRoomBinaryMessage(new byte[47105]);
        f.cloud.advance(Duration.ZERO);
        assertThat(ra.events()).containsExactly("onRoomMessageSendResult(" + overText + ",103)",
                "onRoomMessageSendResult(" + overBin + ",103)");

        long exactText = ra.room.sendRoomMessage("a".repeat(65536));
        long exactBin = ra.room.sendRoomBinaryMessage(new byte[47104]);
        f.cloud.runUntilIdle();
        assertThat(ra.named("onRoomMessageSendResult")).contains("onRoomMessageSendResult(" + exactText + ",200)",
                "onRoomMessageSendResult(" + exactBin + ",200)");
        assertThat(rb.events()).hasSize(2);
    }

    @Test
    void sendRoomMessage_101stWithinOneSecond_reportsExceedQps() {
        Room ra = f.loggedIn("alice").joined("r1");
        Room rb = f.loggedIn("bob").joined("r1");
        f.cloud.runUntilIdle();
        ra.handler.clear();
        rb.handler.clear();

        for (int i = 0; i < 101; i++) {
            ra.room.sendRoomMessage("m" + i);
        }
        f.cloud.runUntilIdle();

        assertThat(ra.named("onRoomMessageSendResult")).hasSize(101).filteredOn(e -> e.endsWith(",200)")).hasSize(100);
        assertThat(ra.named("onRoomMessageSendResult")).last().isEqualTo("onRoomMessageSendResult(101,5)");
        assertThat(rb.named("onRoomMessageReceived")).hasSize(100);
    }

    @Test
    void sendRoomMessage_rateLimitIsPerRoomNotPerSender() {
        Room ra = f.loggedIn("alice").joined("r1");
        Room rb = f.loggedIn("bob").joined("r1");
        f.cloud.runUntilIdle();
        ra.handler.clear();
        rb.handler.clear();

        for (int i = 0; i < 50; i++) {
            ra.room.sendRoomMessage("a" + i);
            rb.room.sendRoomMessage("b" + i);
        }
        rb.room.sendRoomMessage("one too many");
        f.cloud.runUntilIdle();

        assertThat(rb.named("onRoomMessageSendResult")).last().isEqualTo("onRoomMessageSendResult(51,5)");
    }

    @Test
    void sendRoomMessage_afterLeaving_reportsNotJoin() {
        Room r = f.loggedIn("alice").joined("r1");
        r.room.leaveRoom();
        f.cloud.runUntilIdle();
        r.handler.clear();

        long id = r.room.sendRoomMessage("hi");
        f.cloud.advance(Duration.ZERO);

        assertThat(r.events()).containsExactly("onRoomMessageSendResult(" + id + ",100)");
    }

    // ------------------------------------------------------------------ large rooms

    @Test
    void roomAboveNoticeLimit_stopsJoinAndLeaveNotices_andWarnsEveryMember() {
        RtsFixture g = RtsFixture.create(RtsFixture.builder().roomNoticeLimit(3));
        Room r1 = g.loggedIn("u1").joined("big");
        Room r2 = g.loggedIn("u2").joined("big");
        Room r3 = g.loggedIn("u3").joined("big");
        g.cloud.runUntilIdle();
        r1.handler.clear();
        r2.handler.clear();
        r3.handler.clear();

        Room r4 = g.loggedIn("u4").room("big");
        r4.room.joinRoom();
        g.cloud.runUntilIdle();

        assertThat(r1.events()).containsExactly("onRoomStateChanged(big,u1,-2013,{})");
        assertThat(r2.events()).containsExactly("onRoomStateChanged(big,u2,-2013,{})");
        assertThat(r3.events()).containsExactly("onRoomStateChanged(big,u3,-2013,{})");
        assertThat(r4.events()).containsExactly("onRoomStateChanged(big,u4,0,{\"elapsed\":60,\"join_type\":0})",
                "onRoomStateChanged(big,u4,-2013,{})");

        Room r5 = g.loggedIn("u5").room("big");
        r5.room.joinRoom();
        r1.handler.clear();
        r4.handler.clear();
        g.cloud.runUntilIdle();
        assertThat(r1.events()).as("no notice of u5").isEmpty();
        assertThat(r5.events()).containsExactly("onRoomStateChanged(big,u5,0,{\"elapsed\":60,\"join_type\":0})",
                "onRoomStateChanged(big,u5,-2013,{})");

        r4.room.leaveRoom();
        g.cloud.runUntilIdle();
        assertThat(r1.events()).as("no notice of u4 leaving").isEmpty();
        assertThat(g.cloud.roomMembers(APP_ID, "big")).containsExactly("u1", "u2", "u3", "u5");
    }

    @Test
    void roomShrinkingBackToTheNoticeLimit_noticesResumeWhenOneMoreLeaves() {
        RtsFixture g = RtsFixture.create(RtsFixture.builder().roomNoticeLimit(3));
        Room r1 = g.loggedIn("u1").joined("big");
        Room r2 = g.loggedIn("u2").joined("big");
        Room r3 = g.loggedIn("u3").joined("big");
        Room r4 = g.loggedIn("u4").joined("big");
        g.cloud.runUntilIdle();

        r4.room.leaveRoom(); // 4 -> 3 members: u4 left while the room was over the limit
        g.cloud.runUntilIdle();
        assertThat(g.cloud.roomMembers(APP_ID, "big")).containsExactly("u1", "u2", "u3");
        r1.handler.clear();
        r2.handler.clear();
        r3.handler.clear();

        r3.room.leaveRoom(); // exactly at the limit (3 members): the others hear of it
        g.cloud.runUntilIdle();

        assertThat(r1.events()).containsExactly("onUserLeave(u3,0)");
        assertThat(r2.events()).containsExactly("onUserLeave(u3,0)");
        assertThat(r3.events()).containsExactly("onLeaveRoom()");
    }

    @Test
    void roomAtExactlyTheNoticeLimit_joinIsNoticed_andNoWarning() {
        RtsFixture g = RtsFixture.create(RtsFixture.builder().roomNoticeLimit(3));
        Room r1 = g.loggedIn("u1").joined("big");
        Room r2 = g.loggedIn("u2").joined("big");
        g.cloud.runUntilIdle();
        r1.handler.clear();
        r2.handler.clear();

        Room r3 = g.loggedIn("u3").joined("big");
        g.cloud.runUntilIdle();

        assertThat(r1.events()).containsExactly("onUserJoined(u3,0)");
        assertThat(r2.events()).containsExactly("onUserJoined(u3,0)");
        assertThat(r3.events()).as("no -2013 warning at the limit").noneMatch(e -> e.contains("-2013"));
    }
}
