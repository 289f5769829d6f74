package dev.rtsfake.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.LocalLogLevel;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import com.ss.bytertc.rts.engine.type.RTCLogConfig;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.engine.LoginState;
import dev.rtsfake.fake.testing.RecordingHandler;
import dev.rtsfake.fake.testing.RegistryWalks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, item 14: the cost of a login, a link change, a logout or a harness lookup does not grow
 * with the number of engines, sessions or rooms. Not a timing test. The structural one: with 2,000
 * engines logged in, every per-engine call (create, login, messages, presence, rooms, server push, a
 * drop and reconnect, logout, a login as another uid, invalidation, lookup, destroy, setLogConfig)
 * walks none of the cloud's registries of all engines, links, sessions or rooms
 * ({@link RegistryWalks}), while the calls that are about all of them (listing the engines, an
 * outage) do. The scale one: 100,000 engines through login, an outage, a room each and logout cost
 * a fixed number of scheduler events per engine, within a generous sanity bound (a per-call scan of
 * every engine made this take minutes). How fast it is lives in the JMH benchmark
 * {@code bench.LoginScalingBenchmark}.
 */
class ScaleTest {
    private static final String APP = "rtsfake-demo-app-0000001";
    private static final int ENGINES = 100_000;
    private static final int IN_ROOMS = 20_000;
    /** The most scheduler events one login, join or logout may cost. */
    private static final int PER_OP = 4;

    private final FakeRtsCloud cloud = FakeRtsCloud.builder().seed(14).app(APP, "key")
            .sysStatsInterval(Duration.ZERO).build();

    @TempDir
    Path logDir;

    @AfterEach
    void close() {
        cloud.close();
    }

    private String token(String uid) {
        return cloud.tokens().issueNeverExpiring(APP, uid);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void loginOutageRoomsAndLogout_of100000Engines_costAFixedNumberOfEventsPerEngine() {
        cloud.traceEnabled(false);
        IRTSEventHandler handler = new IRTSEventHandler() { };
        List<FakeRTS> engines = new ArrayList<>(ENGINES);
        for (int i = 0; i < ENGINES; i++) {
            FakeRTS e = cloud.createRTS(APP, handler);
            assertThat(e.login(token("u" + i), "u" + i)).isZero();
            engines.add(e);
        }
        // Per login: the request up, the answer down, the callbacks: a few events, however many engines.
        assertThat(cloud.runUntilIdle()).as("events for %d logins", ENGINES).isBetween(ENGINES, PER_OP * ENGINES);
        assertThat(engines).allMatch(e -> e.loginState() == LoginState.LOGGED_IN);

        // An outage changes every link; each change costs only that client's sessions.
        cloud.network().outage();
        cloud.advance(Duration.ofSeconds(1));
        cloud.network().restore();
        assertThat(cloud.runUntilIdle()).as("events after a 1 s outage").isZero();

        // A room each for some; a logout then leaves only that session's rooms.
        for (int i = 0; i < IN_ROOMS; i++) {
            RTSRoom room = engines.get(i).createRoom("room-" + i);
            assertThat(room.joinRoom()).isZero();
        }
        assertThat(cloud.runUntilIdle()).as("events for %d joins", IN_ROOMS).isBetween(IN_ROOMS, PER_OP * IN_ROOMS);
        for (FakeRTS e : engines) {
            assertThat(e.logout()).isZero();
        }
        assertThat(cloud.runUntilIdle()).as("events for %d logouts", ENGINES).isBetween(ENGINES, PER_OP * ENGINES);
        assertThat(cloud.onlineUsers(APP)).isEmpty();
        assertThat(cloud.roomMembers(APP, "room-0")).isEmpty();
        assertThat(cloud.engine("u" + (ENGINES - 1))).isSameAs(engines.get(ENGINES - 1));
        for (FakeRTS e : engines) {
            cloud.destroy(e);
        }
        assertThat(cloud.engines()).isEmpty();
    }

    @Test
    void perEngineCalls_walkNoRegistryOfAllEnginesLinksSessionsOrRooms() {
        IRTSEventHandler handler = new IRTSEventHandler() { };
        for (int i = 0; i < 2_000; i++) {
            FakeRTS e = cloud.createRTS(APP, handler);
            e.login(token("u" + i), "u" + i);
            if (i % 10 == 0) {
                e.createRoom("room-" + i).joinRoom();
            }
        }
        cloud.runUntilIdle();
        RegistryWalks walks = RegistryWalks.watch(cloud);
        assertThat(walks.watched()).as("the registries watched (rename here when one is renamed)").contains(
                "LiveEngines.byName", "LiveEngines.byUid", "LiveEngines.latestLogin",
                "LiveEngines.factoryMade", "Network.byName", "Network.byUid", "Network.uidOf", "AppRegistry.apps",
                "AppState.sessions", "AppState.byPort", "AppState.rooms", "Simulation.callbackThreads");
        walks.arm();

        FakeRTS alice = cloud.createRTS(APP, new RecordingHandler());
        alice.login(token("alice"), "alice");
        cloud.runUntilIdle();
        alice.sendMessage("u1", "hi", MessageConfig.RELIABLE_ORDERED);
        alice.getPeerOnlineStatus("u2");
        RTSRoom room = alice.createRoom("room-10");
        room.joinRoom();
        cloud.runUntilIdle();
        room.sendRoomMessage("hello room");
        cloud.serverApi(APP).sendUnicast("server", "alice", "push");
        cloud.serverApi(APP).sendRoomUnicast("room-10", "server", "u10", "push");
        cloud.serverApi(APP).sendBroadcast("room-10", "server", "to all");
        cloud.runUntilIdle();
        room.leaveRoom();
        cloud.runUntilIdle();
        cloud.network().disconnect("alice");
        cloud.advance(Duration.ofSeconds(10)); // drop detected, the session in its grace
        cloud.network().reconnect("alice");
        cloud.advance(Duration.ofSeconds(5)); // re-login, RECONNECTED
        assertThat(alice.connectionState()).isEqualTo(5);
        alice.logout();
        cloud.runUntilIdle();
        alice.login(token("alicia"), "alicia");
        cloud.runUntilIdle();
        assertThat(cloud.engine("alicia")).isSameAs(alice);
        try (Installation ignored = cloud.install()) {
            assertThat(RTS.setLogConfig(new RTCLogConfig(LocalLogLevel.INFO, logDir.toString(), 10, "app"))).isZero();
        }
        assertThat(cloud.invalidateSession(APP, "u3")).isTrue();
        cloud.runUntilIdle();
        cloud.destroy(alice);
        cloud.runUntilIdle();

        assertThat(walks.walks()).as("registries walked by per-engine calls").isEmpty();
        assertThat(cloud.engines()).hasSize(2_000);
        assertThat(cloud.onlineUsers(APP)).hasSize(1_999).doesNotContain("u3", "alicia");
        cloud.network().outage();
        assertThat(walks.walks()).as("the calls about every engine, session or link do walk them")
                .containsExactly("LiveEngines.byName.values", "AppState.sessions.keySet", "Network.byName.values");
    }

    @Test
    void engine_byUid_isTheLiveEngineWhoseLoginAsThatUidCameLast() {
        FakeRTS first = cloud.createRTS(APP, new RecordingHandler());
        FakeRTS second = cloud.createRTS(APP, new RecordingHandler());
        second.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice");
        cloud.runUntilIdle();
        first.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice"); // kicks the second
        cloud.runUntilIdle();

        assertThat(cloud.engine("alice")).as("the later login, though made by the earlier engine").isSameAs(first);
        first.logout();
        first.login(cloud.tokens().issue(APP, "bob", Duration.ofHours(1)), "bob");
        assertThat(cloud.engine("alice")).as("first is bob now; second's last login was as alice").isSameAs(second);
        cloud.destroy(second);
        assertThatThrownBy(() -> cloud.engine("alice"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alice");
        assertThat(cloud.engine("bob")).isSameAs(first);
    }
}
