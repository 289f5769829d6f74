package dev.rtsfake.fake.regress;

import static dev.rtsfake.fake.testing.RtsFixture.APP_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rtsfake.fake.net.LinkDirection;
import dev.rtsfake.fake.testing.RtsFixture;
import dev.rtsfake.fake.testing.RtsFixture.Client;
import dev.rtsfake.fake.testing.RtsFixture.Room;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Review finding: once a session was in its grace period only a new login brought it back. A
 * re-login answer that was held up (sent before the link's second drop) and arrived after it made
 * the engine report RECONNECTED(5), while the cloud, which had put the session in its grace during
 * the second drop, still ended it 35 s after that drop: the app believed it was connected, its
 * peers saw it leave and go offline. Now a session the client still holds (it took no drop, gave up
 * no attempt, did not leave) is heard again as soon as its link reaches the cloud, as its heartbeats
 * would be, and a client that takes a login's success answer holds its session again (also when
 * the answer came after it had given the attempt up); a client that let go of it (a drop detected,
 * a re-login refused with -1000) still needs a new login, so such a session still ends.
 */
class SessionLivenessRegressionTest {
    private final RtsFixture f = RtsFixture.create();

    /** alice drops, re-logs in with her answer held on the down link, and drops again for 6 s. */
    private void reloginAnsweredLate_acrossASecondDrop(Client alice) {
        f.cloud.network().disconnect("alice");
        f.cloud.advance(Duration.ofSeconds(10)); // alice RECONNECTING(4), her session in its grace
        f.cloud.network().hold("alice", LinkDirection.DOWN);
        f.cloud.network().reconnect("alice");
        f.cloud.advance(Duration.ofSeconds(3)); // the re-login 2 s later resumes the session; its answer waits
        assertThat(f.cloud.trace().lines()).anyMatch(l -> l.contains("session-resumed(\"alice\")"));
        f.cloud.network().disconnect("alice");
        f.cloud.advance(Duration.ofSeconds(6)); // the cloud hears nothing for the heartbeat timeout: grace
        assertThat(f.cloud.trace().lines().stream().filter(l -> l.contains("session-grace(\"alice\"")).count())
                .as("the session entered its grace a second time").isEqualTo(2);
        f.cloud.network().reconnect("alice");
        f.cloud.network().release("alice", LinkDirection.DOWN);
        f.cloud.advance(Duration.ofMillis(100));
        assertThat(alice.handler.named("onConnectionStateChanged")).last().asString().startsWith("onConnectionStateChanged(5,");
    }

    @Test
    void reloginAnswerArrivingAfterASecondDrop_engineReportsReconnected_andTheCloudKeepsTheSession() {
        Client alice = f.loggedIn("alice");
        Client bob = f.loggedIn("bob");
        Room bobsLobby = bob.joined("lobby");
        alice.joined("lobby");
        bobsLobby.handler.clear();

        reloginAnsweredLate_acrossASecondDrop(alice);
        f.cloud.advance(Duration.ofSeconds(60));

        assertThat(f.cloud.onlineUsers(APP_ID)).containsExactly("alice", "bob");
        assertThat(f.cloud.roomMembers(APP_ID, "lobby")).containsExactly("bob", "alice");
        assertThat(bobsLobby.named("onUserLeave")).as("bob never saw alice leave").isEmpty();
        assertThat(bobsLobby.events()).as("alice's room rejoined once").containsExactly("onUserJoined(alice,0)");
        assertThat(alice.handler.named("onConnectionStateChanged")).last().asString().startsWith("onConnectionStateChanged(5,");
        assertThat(f.cloud.trace().lines()).noneMatch(l -> l.contains("session-end(\"alice\""));
        bob.rts.getPeerOnlineStatus("alice");
        f.cloud.advance(Duration.ofMillis(100));
        assertThat(bob.named("onGetPeerOnlineStatus")).containsExactly("onGetPeerOnlineStatus(alice,1)");
    }

    @Test
    void loginAnswerTakenAfterTheEngineGaveTheAttemptUp_theCloudHearsTheEngineAgain() {
        Client alice = f.client("alice");
        // The request reaches the cloud just before the engine's 10 s deadline, its answer just after.
        String link = alice.rts.name(); // not logged in yet: named by its engine
        f.cloud.network().latency(link, LinkDirection.UP, Duration.ofMillis(9_950), Duration.ZERO);
        f.cloud.network().latency(link, LinkDirection.DOWN, Duration.ofMillis(100), Duration.ZERO);
        alice.rts.login(f.token("alice"), "alice");
        f.cloud.advance(Duration.ofMillis(10_010));
        assertThat(f.cloud.trace().lines()).as("the engine gave up at its deadline and let go")
                .anyMatch(l -> l.contains("session-silent(\"alice\")"));
        f.cloud.advance(Duration.ofMillis(100));
        assertThat(alice.named("onLoginResult")).containsExactly("onLoginResult(alice,0,10050)");
        assertThat(f.cloud.trace().lines()).anyMatch(l -> l.contains("session-held(\"alice\")"));

        f.cloud.advance(Duration.ofSeconds(60));

        assertThat(f.cloud.onlineUsers(APP_ID)).containsExactly("alice");
        assertThat(f.cloud.trace().lines()).noneMatch(l -> l.contains("session-grace(\"alice\""));
    }

    @Test
    void reloginRefusedWithMinus1000_sessionStillEndsAfterHeartbeatTimeoutAndGrace() {
        Client alice = f.client("alice");
        alice.rts.login(f.cloud.tokens().issue(APP_ID, "alice", Duration.ofSeconds(20)), "alice");
        f.cloud.runUntilIdle();
        f.cloud.advance(Duration.ofSeconds(30)); // the token has expired; the session goes on
        long drop = f.cloud.elapsed().toMillis();
        f.cloud.network().disconnect("alice");
        f.cloud.advance(Duration.ofSeconds(10));
        f.cloud.network().reconnect("alice");
        f.cloud.advance(Duration.ofSeconds(3)); // the re-login is refused: -1000, alice logged out

        assertThat(alice.named("onLoginResult")).last().asString().contains("-1000");
        assertThat(f.cloud.onlineUsers(APP_ID)).as("the link is back, but alice let go").containsExactly("alice");
        f.cloud.advance(Duration.ofMillis(drop + 34_900 - f.cloud.elapsed().toMillis()));
        assertThat(f.cloud.onlineUsers(APP_ID)).containsExactly("alice");
        f.cloud.advance(Duration.ofMillis(200));
        assertThat(f.cloud.onlineUsers(APP_ID)).as("35 s after the drop").isEmpty();
    }

    @Test
    void dropDetectedByTheEngine_linkBackBeforeTheReLogin_onlyTheReLoginResumesTheSession() {
        Client alice = f.loggedIn("alice");
        f.cloud.network().disconnect("alice");
        f.cloud.advance(Duration.ofSeconds(10));
        f.cloud.network().reconnect("alice");
        f.cloud.advance(Duration.ofSeconds(1)); // the re-login is due 2 s after the link came back

        assertThat(f.cloud.trace().lines()).noneMatch(l -> l.contains("session-resumed"));
        f.cloud.advance(Duration.ofSeconds(2));
        assertThat(f.cloud.trace().lines()).anyMatch(l -> l.contains("session-resumed(\"alice\")"));
        assertThat(alice.handler.named("onConnectionStateChanged")).last().asString().startsWith("onConnectionStateChanged(5,");
    }
}
