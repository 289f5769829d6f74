package dev.rtsfake.fake.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.FakeRtsCloudBuilder;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.engine.FakeRTSRoom;
import java.time.Duration;

/**
 * A simulated cloud with one app, and helpers that make recorded engines and rooms.
 *
 * <pre>{@code
 * RtsFixture f = RtsFixture.create();
 * Client alice = f.loggedIn("alice");        // logged in, callbacks so far cleared
 * Client bob = f.loggedIn("bob");
 * alice.rts.sendMessage("bob", "hi", MessageConfig.RELIABLE_ORDERED);
 * f.cloud.runUntilIdle();
 * assertThat(bob.events()).containsExactly("onMessageReceived(alice,hi)");
 * }</pre>
 */
public final class RtsFixture {
    public static final String APP_ID = "rtsfake-demo-app-0000001";
    public static final String APP_KEY = "demo-app-key";
    public static final Duration HOUR = Duration.ofHours(1);

    public final FakeRtsCloud cloud;

    public RtsFixture(FakeRtsCloud cloud) {
        this.cloud = cloud;
    }

    /** The builder every fixture starts from: seed 7, one app. */
    public static FakeRtsCloudBuilder builder() {
        return FakeRtsCloud.builder().seed(7).app(APP_ID, APP_KEY);
    }

    public static RtsFixture create() {
        return new RtsFixture(builder().build());
    }

    public static RtsFixture create(FakeRtsCloudBuilder builder) {
        return new RtsFixture(builder.build());
    }

    /** A valid one-hour token for {@code uid}. */
    public String token(String uid) {
        return cloud.tokens().issue(APP_ID, uid, HOUR);
    }

    /** A new engine with a recording handler, not logged in. */
    public Client client(String uid) {
        RecordingHandler handler = new RecordingHandler();
        FakeRTS rts = cloud.createRTS(APP_ID, handler);
        return new Client(this, uid, rts, handler);
    }

    /** A new engine logged in as {@code uid}; its recorded callbacks are cleared. */
    public Client loggedIn(String uid) {
        Client c = client(uid);
        c.login();
        return c;
    }

    /** One engine of the fixture, with its recorder. */
    public static final class Client {
        public final RtsFixture fixture;
        public final String uid;
        public final FakeRTS rts;
        public final RecordingHandler handler;

        Client(RtsFixture fixture, String uid, FakeRTS rts, RecordingHandler handler) {
            this.fixture = fixture;
            this.uid = uid;
            this.rts = rts;
            this.handler = handler;
        }

        /** Logs in with a valid token, runs until idle, checks success and clears the recorder. */
        public Client login() {
            assertThat(rts.login(fixture.token(uid), uid)).isZero();
            fixture.cloud.runUntilIdle();
            assertThat(handler.events()).as("%s login", uid).contains("onLoginResult(" + uid + ",0,60)");
            handler.clear();
            return this;
        }

        public java.util.List<String> events() {
            return handler.events();
        }

        public java.util.List<String> named(String callback) {
            return handler.named(callback);
        }

        /** A room of this engine with a recording handler writing into the engine's log. */
        public Room room(String roomId) {
            FakeRTSRoom room = (FakeRTSRoom) rts.createRoom(roomId);
            assertThat(room).as("createRoom(%s)", roomId).isNotNull();
            RecordingRoomHandler rh = new RecordingRoomHandler();
            assertThat(room.setRTSRoomEventHandler(rh)).isZero();
            return new Room(this, room, rh);
        }

        /** A room joined (the join confirmed), its recorder cleared afterwards. */
        public Room joined(String roomId) {
            Room r = room(roomId);
            assertThat(r.room.joinRoom()).isZero();
            fixture.cloud.runUntilIdle();
            assertThat(r.events()).as("%s joins %s", uid, roomId)
                    .contains("onRoomStateChanged(" + roomId + "," + uid + ",0,{\"elapsed\":60,\"join_type\":0})");
            r.handler.clear();
            return r;
        }

        @Override
        public String toString() {
            return uid + ":" + rts;
        }
    }

    /** One room of a client, with its recorder. */
    public static final class Room {
        public final Client client;
        public final FakeRTSRoom room;
        public final RecordingRoomHandler handler;

        Room(Client client, FakeRTSRoom room, RecordingRoomHandler handler) {
            this.client = client;
            this.room = room;
            this.handler = handler;
        }

        public java.util.List<String> events() {
            return handler.events();
        }

        public java.util.List<String> named(String callback) {
            return handler.named(callback);
        }
    }
}
