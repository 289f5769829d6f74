package dev.rtsfake.fake.assertj;

import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.RTSRoom;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.recording.RecordingEventHandler;
import dev.rtsfake.fake.recording.RecordingRoomEventHandler;
import java.time.Duration;

/** A cloud of one app whose users log in with recording handlers: the arrangement the assertion tests share. */
final class Chat implements AutoCloseable {
    static final String APP = "rtsfake-demo-app-0000001";
    static final long SEED = 7;

    final FakeRtsCloud cloud = FakeRtsCloud.builder().seed(SEED).app(APP, "key").sysStatsInterval(Duration.ZERO).build();

    /** A user logged in (the login driven to its result), recording its engine's callbacks. */
    User user(String uid) {
        RecordingEventHandler events = new RecordingEventHandler(cloud);
        FakeRTS rts = cloud.createRTS(APP, events);
        assertThat(rts.login(cloud.tokens().issue(APP, uid, Duration.ofHours(1)), uid)).isZero();
        cloud.runUntilIdle();
        return new User(uid, rts, events);
    }

    /** {@code user} in {@code roomId} (the join driven to its answer), recording the room's callbacks. */
    Member join(User user, String roomId) {
        RecordingRoomEventHandler events = new RecordingRoomEventHandler(cloud);
        RTSRoom room = user.rts().createRoom(roomId);
        assertThat(room.setRTSRoomEventHandler(events)).isZero();
        assertThat(room.joinRoom()).isZero();
        cloud.runUntilIdle();
        return new Member(user.uid(), room, events);
    }

    @Override
    public void close() {
        cloud.close();
    }

    record User(String uid, FakeRTS rts, RecordingEventHandler events) {
    }

    record Member(String uid, RTSRoom room, RecordingRoomEventHandler events) {
    }
}
