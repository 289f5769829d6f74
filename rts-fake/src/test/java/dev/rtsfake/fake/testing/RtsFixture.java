package dev.rtsfake.fake.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.FakeRtsCloudBuilder;
import dev.rtsfake.fake.engine.FakeRTS;
import com.ss.bytertc.rts.engine.RTSRoom;
import dev.rtsfake.fake.engine.FakeRTSRoom;
import dev.rtsfake.fake.net.Network;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * The one fixture of rts-fake's tests: a simulated cloud with one app, and helpers that make
 * recorded engines and rooms ({@link RecordingHandler}, {@link RecordingRoomHandler}, one
 * {@link CallbackLog} per engine, stamped with virtual time). {@link #create()} is the engine
 * tests' cloud (seed 7), {@link #forNetwork()} the network tests' (default seed, no onSysStats),
 * {@link #plainCloud()} the app-server tests' (every default).
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
    /** The app of {@link #forNetwork()}. */
    public static final String NET_APP_ID = "rtsfake-net-test-app-001";
    public static final String NET_APP_KEY = "key-net";
    private static final java.util.Set<String> MESSAGE_CALLBACKS = java.util.Set.of("onMessageReceived",
            "onBinaryMessageReceived", "onServerMessageSendResult", "onRoomMessageReceived",
            "onRoomBinaryMessageReceived", "onRoomMessageSendResult");

    public final FakeRtsCloud cloud;
    /** The app every engine of the fixture belongs to. */
    public final String appId;

    public RtsFixture(FakeRtsCloud cloud) {
        this(cloud, APP_ID);
    }

    public RtsFixture(FakeRtsCloud cloud, String appId) {
        this.cloud = cloud;
        this.appId = appId;
    }

    /** The network tests' fixture: app {@link #NET_APP_ID}, the default seed, onSysStats off. */
    public static RtsFixture forNetwork() {
        return forNetwork(b -> b);
    }

    /** The network tests' fixture, its builder tuned first. */
    public static RtsFixture forNetwork(UnaryOperator<FakeRtsCloudBuilder> tune) {
        return new RtsFixture(tune.apply(FakeRtsCloud.builder().app(NET_APP_ID, NET_APP_KEY)
                .sysStatsInterval(Duration.ZERO)).build(), NET_APP_ID);
    }

    /** The app-server tests' cloud: {@link #APP_ID} (key "key") and every default. */
    public static FakeRtsCloud plainCloud() {
        return FakeRtsCloud.builder().app(APP_ID, "key").build();
    }

    /** An engine of {@code cloud} (app {@link #APP_ID}) logged in as {@code uid} with server params set. */
    public static Client withServerParams(FakeRtsCloud cloud, String uid) {
        Client c = new RtsFixture(cloud).client(uid);
        c.rts.login(cloud.tokens().issue(APP_ID, uid, HOUR), uid);
        cloud.runUntilIdle();
        c.rts.setServerParams("sig-" + uid, "https://app.example/rts");
        cloud.runUntilIdle();
        return c;
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
        return token(uid, HOUR);
    }

    /** A valid token for {@code uid} that lasts {@code ttl}. */
    public String token(String uid, Duration ttl) {
        return cloud.tokens().issue(appId, uid, ttl);
    }

    /** Virtual time since the cloud was built, in milliseconds. */
    public long millis() {
        return cloud.elapsed().toMillis();
    }

    public void advance(long millis) {
        cloud.advance(Duration.ofMillis(millis));
    }

    public void advanceSeconds(long s) {
        cloud.advance(Duration.ofSeconds(s));
    }

    public Network net() {
        return cloud.network();
    }

    /** A new engine with a recording handler, not logged in. */
    public Client client(String uid) {
        RecordingHandler handler = new RecordingHandler(new CallbackLog(), this::millis);
        FakeRTS rts = cloud.createRTS(appId, handler);
        return new Client(this, uid, rts, handler);
    }

    /** A new engine that logged in as {@code uid} with a one-hour token, time run until idle; nothing checked or cleared. */
    public Client loggedInAsIs(String uid) {
        Client c = client(uid);
        c.rts.login(token(uid), uid);
        cloud.runUntilIdle();
        return c;
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

        /** The {@code name|arg|...} lines of the callbacks whose name (room ones: "room:" + name) is {@code prefix}. */
        public java.util.List<String> piped(String prefix) {
            return handler.piped(prefix);
        }

        /**
         * The message callbacks only (received P2P, text or binary; server-message results; room
         * messages received and send results), as {@code name|arg|...} lines.
         */
        public java.util.List<String> messageCallbacks() {
            return handler.where(c -> MESSAGE_CALLBACKS.contains(c.name())).stream().map(Callback::piped).toList();
        }

        public String uid() {
            return uid;
        }

        public FakeRTS engine() {
            return rts;
        }

        public RecordingHandler rec() {
            return handler;
        }

        /** Creates and joins a room recording into this engine's log (scope "room:" + roomId); nothing checked. */
        public RTSRoom join(FakeRtsCloud cloud, String roomId) {
            RTSRoom room = rts.createRoom(roomId);
            room.setRTSRoomEventHandler(handler.room(roomId));
            room.joinRoom();
            cloud.runUntilIdle();
            return room;
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
