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

/** createRoom and every RTSRoom method and room callback. */
class RoomTest {
    private final RtsFixture f = RtsFixture.create();

    // ------------------------------------------------------------------ createRoom

    @Test
    void createRoom_withInvalidId_returnsNullAndReportsRoomIdIllegal() {
        Client a = f.loggedIn("alice");
        String tooLong = "r".repeat(129);

        assertThat(a.rts.createRoom(null)).isNull();
        assertThat(a.rts.createRoom("")).isNull();
        assertThat(a.rts.createRoom("has space")).isNull();
        assertThat(a.rts.createRoom("emoji\u263a")).isNull();
        assertThat(a.rts.createRoom(tooLong)).isNull();
        assertThat(a.events()).as("nothing inside the call").isEmpty();
        f.cloud.advance(Duration.ZERO);

        assertThat(a.events()).containsExactly(
                "onCreateRoomStateChanged(null,-1007)",
                "onCreateRoomStateChanged(,-1007)",
                "onCreateRoomStateChanged(has space,-1007)",
                "onCreateRoomStateChanged(emoji\u263a,-1007)",
                "onCreateRoomStateChanged(" + tooLong + ",-1007)");
    }

    @Test
    void createRoom_withEveryAllowedCharacterAnd128Chars_returnsARoomWithoutCallback() {
        Client a = f.client("alice");

        assertThat(a.rts.createRoom("aZ09_@-.")).isNotNull();
        assertThat(a.rts.createRoom("r".repeat(128))).isNotNull();
        f.cloud.runUntilIdle();

        assertThat(a.events()).isEmpty();
    }

    @Test
    void createRoom_withIdOfLiveRoom_returnsNullAndReportsAlreadyExists() {
        Client a = f.client("alice");
        RTSRoom first = a.rts.createRoom("r1");

        assertThat(a.rts.createRoom("r1")).isNull();
        f.cloud.advance(Duration.ZERO);

        assertThat(first).isNotNull();
        assertThat(a.events()).containsExactly("onCreateRoomStateChanged(r1,-1013)");
    }

    @Test
    void createRoom_afterRoomDestroyed_canCreateSameIdAgain() {
        Client a = f.client("alice");
        RTSRoom first = a.rts.createRoom("r1");
        first.destroy();

        RTSRoom second = a.rts.createRoom("r1");

        assertThat(second).isNotNull().isNotSameAs(first);
        f.cloud.runUntilIdle();
        assertThat(a.events()).isEmpty();
    }

    @Test
    void createRoom_sameIdInTwoEngines_isAllowed() {
        Client a = f.client("alice");
        Client b = f.client("bob");

        assertThat(a.rts.createRoom("r1")).isNotNull();
        assertThat(b.rts.createRoom("r1")).isNotNull();
        f.cloud.runUntilIdle();

        assertThat(a.events()).as("no -1013 for alice").isEmpty();
        assertThat(b.events()).as("no -1013 for bob").isEmpty();
    }

    // ------------------------------------------------------------------ joinRoom

    @Test
    void joinRoom_beforeLogin_returnsZeroThenJoinFailedAndRecordsMisuse() {
        Client a = f.client("alice");
        Room r = a.room("r1");

        assertThat(r.room.joinRoom()).isZero();
        assertThat(r.events()).isEmpty();
        f.cloud.advance(Duration.ZERO);

        assertThat(r.events()).containsExactly("onRoomStateChanged(r1,,-1001,{})");
        assertThat(f.cloud.misuses()).extracting(Misuse::rule).containsExactly(MisuseRule.JOIN_BEFORE_LOGIN);
        assertThat(f.cloud.roomMembers(APP_ID, "r1")).isEmpty();
    }

    @Test
    void joinRoom_afterFailedLogin_reportsJoinFailedWithTheUid() {
        Client a = f.client("alice");
        a.rts.login("garbage", "alice");
        f.cloud.runUntilIdle();
        Room r = a.room("r1");

        r.room.joinRoom();
        f.cloud.runUntilIdle();

        assertThat(r.events()).containsExactly("onRoomStateChanged(r1,alice,-1001,{})");
    }

    @Test
    void joinRoom_success_reportsStateZeroWithElapsedAfterRoundTrip() {
        Client a = f.loggedIn("alice");
        Room r = a.room("r1");

        assertThat(r.room.joinRoom()).isZero();
        f.cloud.advance(Duration.ofMillis(59));
        assertThat(r.events()).isEmpty();
        f.cloud.advance(Duration.ofMillis(1));

        assertThat(r.events()).containsExactly("onRoomStateChanged(r1,alice,0,{\"elapsed\":60,\"join_type\":0})");
        assertThat(f.cloud.roomMembers(APP_ID, "r1")).containsExactly("alice");
        assertThat(a.events()).isEmpty();
        f.cloud.assertClean();
    }

    @Test
    void joinRoom_twice_returnsAlreadyInRoom() {
        Client a = f.loggedIn("alice");
        Room r = a.room("r1");
        assertThat(r.room.joinRoom()).isZero();

        assertThat(r.room.joinRoom()).as("while joining").isEqualTo(-2);
        f.cloud.runUntilIdle();
        assertThat(r.room.joinRoom()).as("joined").isEqualTo(-2);
        f.cloud.runUntilIdle();

        assertThat(r.named("onRoomStateChanged")).hasSize(1);
    }

    @Test
    void joinRoom_onDestroyedRoom_returnsWrongState() {
        Client a = f.loggedIn("alice");
        Room r = a.room("r1");
        r.room.destroy();

        assertThat(r.room.joinRoom()).isEqualTo(-3);
        f.cloud.runUntilIdle();
        assertThat(r.events()).isEmpty();
        assertThat(f.cloud.misuses()).extracting(Misuse::rule).containsExactly(MisuseRule.USE_AFTER_DESTROY);
    }

    @Test
    void joinRoom_othersSeeUserJoined_andJoinerSeesEveryoneAlreadyThere() {
        Client a = f.loggedIn("alice");
        Client b = f.loggedIn("bob");
        Client c = f.loggedIn("carol");
        Room ra = a.joined("r1");
        Room rb = b.joined("r1");
        ra.handler.clear();

        Room rc = c.room("r1");
        rc.room.joinRoom();
        f.cloud.runUntilIdle();

        assertThat(rc.events()).containsExactly(
                "onRoomStateChanged(r1,carol,0,{\"elapsed\":60,\"join_type\":0})",
                "onUserJoined(alice,0)",
                "onUserJoined(bob,0)");
        assertThat(ra.events()).containsExactly("onUserJoined(carol,0)");
        assertThat(rb.events()).containsExactly("onUserJoined(carol,0)");
        assertThat(f.cloud.roomMembers(APP_ID, "r1")).containsExactly("alice", "bob", "carol");
    }

    @Test
    void onUserJoined_richVariantGetsUserInfo_andPlainVariantIsCalledOncePerEvent() {
        Client a = f.loggedIn("alice");
        Client b = f.loggedIn("bob");
        List<String> rich = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        RTSRoom ra = a.rts.createRoom("r1");
        ra.setRTSRoomEventHandler(new IRTSRoomEventHandler() {
            @Override
            public void onUserJoined(UserInfo userInfo, int elapsed) {
                rich.add(userInfo.getUid() + "," + elapsed);
                super.onUserJoined(userInfo, elapsed);
            }

            @Override
            public void onUserJoined(String uid, int elapsed) {
                plain.add(uid + "," + elapsed);
            }
        });
        ra.joinRoom();
        f.cloud.runUntilIdle();

        b.joined("r1");
        f.cloud.runUntilIdle();

        assertThat(rich).containsExactly("bob,0");
        assertThat(plain).containsExactly("bob,0");
    }

    @Test
    void joinRoom_severalRoomsInOneEngine_areIndependent() {
        Client a = f.loggedIn("alice");
        Client b = f.loggedIn("bob");
        Room r1 = a.joined("r1");
        Room r2 = a.joined("r2");
        Room b2 = b.joined("r2");
        f.cloud.runUntilIdle();
        r1.handler.clear();
        r2.handler.clear();

        b2.room.sendRoomMessage("to r2");
        f.cloud.runUntilIdle();

        assertThat(r1.events()).isEmpty();
        assertThat(r2.events()).containsExactly("onRoomMessageReceived(bob,to r2)");
    }

    // ------------------------------------------------------------------ leaveRoom

    @Test
    void leaveRoom_reportsOnLeaveRoomAfterRoundTrip_othersSeeUserLeaveQuit() {
        Client a = f.loggedIn("alice");
        Client b = f.loggedIn("bob");
        Room ra = a.joined("r1");
        Room rb = b.joined("r1");
        ra.handler.clear();

        assertThat(ra.room.leaveRoom()).isZero();
        f.cloud.advance(Duration.ofMillis(59));
        assertThat(ra.events()).isEmpty();
        f.cloud.advance(Duration.ofMillis(1));

        assertThat(ra.events()).containsExactly("onLeaveRoom()");
        assertThat(rb.events()).containsExactly("onUserLeave(alice,0)");
        assertThat(f.cloud.roomMembers(APP_ID, "r1")).containsExactly("bob");
    }

    @Test
    void leaveRoom_richVariantGetsRoomStats_plainVariantCalledOnce() {
        Client a = f.loggedIn("alice");
        List<RTCRoomStats> stats = new ArrayList<>();
        int[] plain = new int[1];
        RTSRoom room = a.rts.createRoom("r1");
        room.setRTSRoomEventHandler(new IRTSRoomEventHandler() {
            @Override
            public void onLeaveRoom(RTCRoomStats s) {
                stats.add(s);
                super.onLeaveRoom(s);
            }

            @Override
            public void onLeaveRoom() {
                plain[0]++;
            }
        });
        room.joinRoom();
        f.cloud.runUntilIdle();
        f.cloud.advance(Duration.ofSeconds(5));

        room.leaveRoom();
        f.cloud.runUntilIdle();

        assertThat(stats).singleElement().satisfies(s -> assertThat(s.totalDuration).isEqualTo(5));
        assertThat(plain[0]).isEqualTo(1);
    }

    @Test
    void leaveRoom_whenNotJoined_returnsZeroWithoutCallback() {
        Client a = f.loggedIn("alice");
        Room r = a.room("r1");

        assertThat(r.room.leaveRoom()).isZero();
        assertThat(r.room.leaveRoom()).isZero();
        f.cloud.runUntilIdle();

        assertThat(r.events()).isEmpty();
    }

    @Test
    void leaveRoom_twice_onlyOneOnLeaveRoom() {
        Client a = f.loggedIn("alice");
        Room r = a.joined("r1");

        assertThat(r.room.leaveRoom()).isZero();
        assertThat(r.room.leaveRoom()).isZero();
        f.cloud.runUntilIdle();

        assertThat(r.events()).containsExactly("onLeaveRoom()");
    }

    @Test
    void leaveRoom_thenDestroyEngineImmediately_noOnLeaveRoom() {
        Client a = f.loggedIn("alice");
        Client b = f.loggedIn("bob");
        Room ra = a.joined("r1");
        Room rb = b.joined("r1");
        ra.handler.clear();

        ra.room.leaveRoom();
        f.cloud.destroy(a.rts);
        f.cloud.runUntilIdle();

        assertThat(ra.events()).isEmpty();
        assertThat(a.events()).isEmpty();
        assertThat(rb.events()).containsExactly("onUserLeave(alice,0)");
    }

    @Test
    void leaveRoom_thenDestroyRoomImmediately_noOnLeaveRoom() {
        Client a = f.loggedIn("alice");
        Room ra = a.joined("r1");

        ra.room.leaveRoom();
        ra.room.destroy();
        f.cloud.runUntilIdle();

        assertThat(ra.events()).isEmpty();
        assertThat(f.cloud.roomMembers(APP_ID, "r1")).isEmpty();
    }

    @Test
    void leaveRoom_thenJoinAgain_works() {
        Client a = f.loggedIn("alice");
        Room r = a.joined("r1");
        r.room.leaveRoom();
        f.cloud.runUntilIdle();
        r.handler.clear();

        assertThat(r.room.joinRoom()).isZero();
        f.cloud.runUntilIdle();

        assertThat(r.events()).containsExactly("onRoomStateChanged(r1,alice,0,{\"elapsed\":60,\"join_type\":0})");
    }

    @Test
    void destroyRoom_whileJoined_leavesWithoutCallback_othersSeeUserLeave() {
        Client a = f.loggedIn("alice");
        Client b = f.loggedIn("bob");
        Room ra = a.joined("r1");
        Room rb = b.joined("r1");
        ra.handler.clear();

        ra.room.destroy();
        f.cloud.runUntilIdle();

        assertThat(ra.events()).isEmpty();
        assertThat(rb.events()).containsExactly("onUserLeave(alice,0)");
        assertThat(ra.room.sendRoomMessage("x")).isEqualTo(-1);
        assertThat(ra.room.leaveRoom()).isEqualTo(-1);
        assertThat(ra.room.setRTSRoomEventHandler(new IRTSRoomEventHandler() { })).isEqualTo(-1);
    }

    @Test
    void setRTSRoomEventHandler_replacesTheHandler() {
        Client a = f.loggedIn("alice");
        Room r = a.room("r1");
        dev.rtsfake.fake.testing.RecordingRoomHandler second = new dev.rtsfake.fake.testing.RecordingRoomHandler();

        assertThat(r.room.setRTSRoomEventHandler(second)).isZero();
        r.room.joinRoom();
        f.cloud.runUntilIdle();

        assertThat(r.events()).isEmpty();
        assertThat(second.events()).containsExactly("onRoomStateChanged(r1,alice,0,{\"elapsed\":60,\"join_type\":0})");
    }

    // ------------------------------------------------------------------ leaving while others leave

    @Test
    void leaveRoom_whileAnotherMembersLeaveNoticeIsOnItsWay_onlyOnLeaveRoom() {
        Client a = f.loggedIn("alice");
        Client b = f.loggedIn("bob");
        Room ra = a.joined("r1");
        Room rb = b.joined("r1");
        f.cloud.runUntilIdle();
        ra.handler.clear();
        rb.handler.clear();

        // bob's leave reaches the cloud 1 ms before alice's: the cloud tells alice (still a member),
        // but the notice reaches her engine after she called leaveRoom
        rb.room.leaveRoom();
        f.cloud.advance(Duration.ofMillis(1));
        ra.room.leaveRoom();
        f.cloud.runUntilIdle();
        f.cloud.advance(Duration.ofSeconds(11));

        assertThat(ra.events()).containsExactly("onLeaveRoom()");
        assertThat(rb.events()).containsExactly("onLeaveRoom()");
        assertThat(f.cloud.roomMembers(APP_ID, "r1")).isEmpty();
    }

    @Test
    void leaveRoom_thenAnotherMemberLeaves1msLater_onlyOnLeaveRoom() {
        Client a = f.loggedIn("alice");
        Client b = f.loggedIn("bob");
        Room ra = a.joined("r1");
        Room rb = b.joined("r1");
        f.cloud.runUntilIdle();
        ra.handler.clear();
        rb.handler.clear();

        ra.room.leaveRoom();
        f.cloud.advance(Duration.ofMillis(1));
        rb.room.leaveRoom();
        f.cloud.runUntilIdle();
        f.cloud.advance(Duration.ofSeconds(11));

        // the cloud told bob of alice's leave, but it reached bob's engine after bob called leaveRoom
        assertThat(ra.events()).containsExactly("onLeaveRoom()");
        assertThat(rb.events()).containsExactly("onLeaveRoom()");
        assertThat(f.cloud.roomMembers(APP_ID, "r1")).isEmpty();
    }
}
