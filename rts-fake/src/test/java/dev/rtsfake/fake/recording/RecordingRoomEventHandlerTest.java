package dev.rtsfake.fake.recording;

import static dev.rtsfake.fake.recording.RecordingEventHandlerTest.APP;
import static dev.rtsfake.fake.recording.RecordingEventHandlerTest.cloud;
import static dev.rtsfake.fake.recording.RecordingEventHandlerTest.declares;
import static dev.rtsfake.fake.recording.RecordingEventHandlerTest.login;
import static dev.rtsfake.fake.recording.RecordingEventHandlerTest.overridable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import com.ss.bytertc.rts.engine.type.RTCRoomStats;
import com.ss.bytertc.rts.engine.type.UserInfo;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.recording.RoomCallback.LeaveRoom;
import dev.rtsfake.fake.recording.RoomCallback.RoomBinaryMessageReceived;
import dev.rtsfake.fake.recording.RoomCallback.RoomMessageReceived;
import dev.rtsfake.fake.recording.RoomCallback.RoomMessageSendResult;
import dev.rtsfake.fake.recording.RoomCallback.RoomStateChanged;
import dev.rtsfake.fake.recording.RoomCallback.UserJoined;
import dev.rtsfake.fake.recording.RoomCallback.UserLeave;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordingRoomEventHandlerTest {

    static RTSRoom joined(FakeRtsCloud cloud, String uid, String roomId, IRTSRoomEventHandler handler) {
        FakeRTS rts = cloud.createRTS(APP, new RecordingEventHandler(cloud));
        login(cloud, rts, uid);
        cloud.runUntilIdle();
        RTSRoom room = rts.createRoom(roomId);
        assertThat(room.setRTSRoomEventHandler(handler)).isZero();
        assertThat(room.joinRoom()).isZero();
        cloud.runUntilIdle();
        return room;
    }

    @Test
    void aRoomsLife_recordedAsTypedValues_withTimes() {
        try (FakeRtsCloud cloud = cloud()) {
            RecordingRoomEventHandler alice = new RecordingRoomEventHandler(cloud);
            RecordingRoomEventHandler bob = new RecordingRoomEventHandler(cloud);
            RTSRoom aliceRoom = joined(cloud, "alice", "lobby", alice);
            RTSRoom bobRoom = joined(cloud, "bob", "lobby", bob);
            long id = aliceRoom.sendRoomMessage("hello all");
            aliceRoom.sendRoomBinaryMessage(new byte[] {7});
            cloud.runUntilIdle();
            bobRoom.leaveRoom();
            cloud.runUntilIdle();

            assertThat(alice.callbacks()).containsExactly(
                    new RoomStateChanged("lobby", "alice", 0, "{\"elapsed\":60,\"join_type\":0}"),
                    new UserJoined("bob", "", 0),
                    new RoomMessageSendResult(id, 200),
                    new RoomMessageSendResult(id + 1, 200),
                    new UserLeave("bob", 0));
            assertThat(bob.callbacks(RoomMessageReceived.class)).containsExactly(new RoomMessageReceived("alice", "hello all"));
            assertThat(bob.callbacks(RoomBinaryMessageReceived.class))
                    .containsExactly(new RoomBinaryMessageReceived("alice", ByteBuffer.wrap(new byte[] {7})));
            assertThat(bob.callbacks(LeaveRoom.class)).singleElement().satisfies(l -> assertThat(l.stats()).isNotNull());
            assertThat(bob.uid()).contains("bob");
            assertThat(bob.roomId()).contains("lobby");
            assertThat(alice.recorded().get(0).at()).isEqualTo(Duration.ofMillis(120));
        }
    }

    @Test
    void everyCallbackOfTheRoomHandler_isRecordedAndPassedOn() {
        try (FakeRtsCloud cloud = cloud()) {
            IRTSRoomEventHandler mock = mock(IRTSRoomEventHandler.class);
            RecordingRoomEventHandler r = new RecordingRoomEventHandler(cloud, mock);
            RTCRoomStats stats = new RTCRoomStats();
            stats.users = 3;
            UserInfo carol = new UserInfo("carol", "x");
            ByteBuffer bin = ByteBuffer.wrap(new byte[] {1});

            r.onRoomStateChanged("r1", "alice", -1004, "{}");
            r.onLeaveRoom();
            r.onLeaveRoom(stats);
            r.onUserJoined("bob", 0);
            r.onUserJoined(carol, 0);
            r.onUserLeave("bob", 1);
            r.onRoomMessageReceived("bob", "hi");
            r.onRoomBinaryMessageReceived("bob", bin);
            r.onRoomMessageSendResult(9, 100);

            List<Callback> c = r.callbacks();
            assertThat(c).hasSize(9);
            assertThat(c.get(0)).isEqualTo(new RoomStateChanged("r1", "alice", -1004, "{}"));
            assertThat(((LeaveRoom) c.get(1)).stats()).isNull();
            assertThat(((LeaveRoom) c.get(2)).stats().users).isEqualTo(3);
            assertThat(c.subList(3, 7)).containsExactly(new UserJoined("bob", null, 0), new UserJoined("carol", "x", 0),
                    new UserLeave("bob", 1), new RoomMessageReceived("bob", "hi"));
            assertThat(c.get(7)).isEqualTo(new RoomBinaryMessageReceived("bob", ByteBuffer.wrap(new byte[] {1})));
            assertThat(c.get(8)).isEqualTo(new RoomMessageSendResult(9, 100));
            assertThat(c).extracting(Callback::callbackName).containsExactly("onRoomStateChanged", "onLeaveRoom",
                    "onLeaveRoom", "onUserJoined", "onUserJoined", "onUserLeave", "onRoomMessageReceived",
                    "onRoomBinaryMessageReceived", "onRoomMessageSendResult");
            assertThat(r.uid()).contains("alice");

            verify(mock).onRoomStateChanged("r1", "alice", -1004, "{}");
            verify(mock).onLeaveRoom();
            verify(mock).onLeaveRoom(stats);
            verify(mock).onUserJoined("bob", 0);
            verify(mock).onUserJoined(carol, 0);
            verify(mock).onUserLeave("bob", 1);
            verify(mock).onRoomMessageReceived("bob", "hi");
            verify(mock).onRoomBinaryMessageReceived("bob", bin);
            verify(mock).onRoomMessageSendResult(9, 100);
            verifyNoMoreInteractions(mock);
        }
    }

    @Test
    void theFakesRicherVariants_areRecordedOnce_andReachTheWrappedPlainOverride() {
        try (FakeRtsCloud cloud = cloud()) {
            List<String> plain = new java.util.ArrayList<>();
            IRTSRoomEventHandler app = new IRTSRoomEventHandler() {
                @Override
                public void onUserJoined(String uid, int elapsed) {
                    plain.add("joined " + uid);
                }

                @Override
                public void onLeaveRoom() {
                    plain.add("left");
                }
            };
            RecordingRoomEventHandler alice = new RecordingRoomEventHandler(cloud, app);
            RTSRoom room = joined(cloud, "alice", "lobby", alice);
            joined(cloud, "bob", "lobby", new RecordingRoomEventHandler(cloud));
            room.leaveRoom();
            cloud.runUntilIdle();

            assertThat(plain).containsExactly("joined bob", "left");
            assertThat(alice.callbacks(UserJoined.class)).containsExactly(new UserJoined("bob", "", 0));
            assertThat(alice.callbacks(LeaveRoom.class)).hasSize(1);
        }
    }

    @Test
    void everyPublicCallbackOfIRTSRoomEventHandler_isOverridden() {
        assertThat(overridable(IRTSRoomEventHandler.class))
                .allSatisfy(m -> assertThat(declares(RecordingRoomEventHandler.class, m)).as(m.toString()).isTrue());
    }
}
