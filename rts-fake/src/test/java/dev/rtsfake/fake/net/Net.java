package dev.rtsfake.fake.net;

import com.ss.bytertc.rts.engine.RTSRoom;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.FakeRtsCloudBuilder;
import dev.rtsfake.fake.engine.FakeRTS;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** Small fixture for the network tests: one cloud, one app, engines with recorders. */
final class Net {
    static final String APP = "rtsfake-net-test-app-001";
    static final String KEY = "key-net";

    final FakeRtsCloud cloud;

    Net() {
        this(b -> b);
    }

    Net(UnaryOperator<FakeRtsCloudBuilder> tune) {
        this.cloud = tune.apply(FakeRtsCloud.builder().app(APP, KEY).sysStatsInterval(Duration.ZERO)).build();
    }

    long millis() {
        return cloud.elapsed().toMillis();
    }

    /** A recorded engine, not logged in. */
    Client engine(String uid) {
        Recorder r = new Recorder(uid, this::millis);
        FakeRTS e = cloud.createRTS(APP, r);
        return new Client(uid, e, r);
    }

    /** A recorded engine, logged in with a 1 h token, time run until idle. */
    Client loggedIn(String uid) {
        Client c = engine(uid);
        c.engine.login(token(uid, Duration.ofHours(1)), uid);
        cloud.runUntilIdle();
        return c;
    }

    String token(String uid, Duration ttl) {
        return cloud.tokens().issue(APP, uid, ttl);
    }

    void advance(long millis) {
        cloud.advance(Duration.ofMillis(millis));
    }

    void advanceSeconds(long s) {
        cloud.advance(Duration.ofSeconds(s));
    }

    Network net() {
        return cloud.network();
    }

    /** A client: its uid, engine and recorder. */
    record Client(String uid, FakeRTS engine, Recorder rec) {
        RTSRoom join(FakeRtsCloud cloud, String roomId) {
            RTSRoom room = engine.createRoom(roomId);
            room.setRTSRoomEventHandler(rec.room(roomId));
            room.joinRoom();
            cloud.runUntilIdle();
            return room;
        }
    }
}
