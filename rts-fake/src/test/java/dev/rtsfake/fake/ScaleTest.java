package dev.rtsfake.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.engine.LoginState;
import dev.rtsfake.fake.testing.RecordingHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 9, item 14: the cost of a login, a link change, a logout or a harness lookup does not grow
 * with the number of engines, sessions or rooms. Not a timing test: it runs 100,000 engines through
 * login, an outage, a room each and logout, counts the scheduler events (a fixed number per engine),
 * and keeps a generous sanity bound (a per-call scan of every engine made this run take minutes).
 * How fast it is lives in the JMH benchmark {@code bench.LoginScalingBenchmark}.
 */
class ScaleTest {
    private static final String APP = "rtsfake-demo-app-0000001";
    private static final int ENGINES = 100_000;
    private static final int IN_ROOMS = 20_000;
    /** The most scheduler events one login, join or logout may cost. */
    private static final int PER_OP = 4;

    private final FakeRtsCloud cloud = FakeRtsCloud.builder().seed(14).app(APP, "key")
            .sysStatsInterval(Duration.ZERO).build();

    @AfterEach
    void close() {
        cloud.close();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void loginOutageRoomsAndLogout_of100000Engines_costAFixedNumberOfEventsPerEngine() {
        cloud.traceEnabled(false);
        IRTSEventHandler handler = new IRTSEventHandler() { };
        List<FakeRTS> engines = new ArrayList<>(ENGINES);
        for (int i = 0; i < ENGINES; i++) {
            FakeRTS e = cloud.createRTS(APP, handler);
            assertThat(e.login(cloud.tokens().issueNeverExpiring(APP, "u" + i), "u" + i)).isZero();
            engines.add(e);
        }
        // Per login: the request up, the answer down, the callbacks: a few events, however many engines.
        assertThat(cloud.runUntilIdle()).as("events for %d logins", ENGINES).isBetween(ENGINES, PER_OP * ENGINES);
        assertThat(engines).allMatch(e -> e.loginState() == LoginState.LOGGED_IN);

        // An outage changes every link: each change looks only at that client's sessions.
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
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cloud.engine("alice"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alice");
        assertThat(cloud.engine("bob")).isSameAs(first);
    }
}
