package dev.rtsfake.fake.regress;

import static dev.rtsfake.fake.testing.RtsFixture.APP_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rtsfake.fake.net.LinkDirection;
import dev.rtsfake.fake.net.LossModel;
import dev.rtsfake.fake.net.Match;
import dev.rtsfake.fake.net.PacketKind;
import dev.rtsfake.fake.net.Rule;
import dev.rtsfake.fake.net.RuleAction;
import dev.rtsfake.fake.testing.RtsFixture;
import dev.rtsfake.fake.testing.RtsFixture.Client;
import dev.rtsfake.fake.testing.RtsFixture.Room;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Review finding: a logout (or destroy's goodbye) that never got through kept the session online for
 * ever when the link itself stayed up (loss, hold, a rule). The cloud now notices the client went
 * silent: the session ends one heartbeat timeout (5 s) plus the grace (30 s) after the goodbye gave
 * up at its deadline (10 s), and the watch covers every session on the engine's link, not only its
 * current uid.
 */
class SilentSessionRegressionTest {

    @Test
    void logoutLostToTotalLoss_sessionEndsAfterHeartbeatTimeoutAndGrace() {
        RtsFixture f = RtsFixture.create();
        Client alice = f.loggedIn("alice");
        Client bob = f.loggedIn("bob");
        Room bobsLobby = bob.joined("lobby");
        alice.joined("lobby");
        bobsLobby.handler.clear();
        f.cloud.network().loss("alice", LinkDirection.UP, LossModel.independent(1.0));

        alice.rts.logout();
        f.cloud.advance(Duration.ofSeconds(44));
        assertThat(f.cloud.onlineUsers(APP_ID)).containsExactly("alice", "bob");
        f.cloud.advance(Duration.ofSeconds(2));

        assertThat(f.cloud.onlineUsers(APP_ID)).containsExactly("bob");
        assertThat(bobsLobby.events()).containsExactly("onUserLeave(alice,1)");
        f.cloud.advance(Duration.ofHours(2));
        assertThat(f.cloud.onlineUsers(APP_ID)).containsExactly("bob");
    }

    @Test
    void destroysGoodbyeLost_sessionStillEnds() {
        RtsFixture f = RtsFixture.create();
        Client alice = f.loggedIn("alice");
        f.cloud.network().hold("alice", LinkDirection.UP);

        f.cloud.destroy(alice.rts);
        f.cloud.advance(Duration.ofSeconds(46));

        assertThat(f.cloud.onlineUsers(APP_ID)).isEmpty();
    }

    @Test
    void logoutLost_thenLoginAsAnotherUidOnTheSameEngine_oldSessionStillEnds_newOneStays() {
        RtsFixture f = RtsFixture.create();
        Client c = f.loggedIn("bob");
        f.cloud.network().addRule(Rule.when(new Match(Set.of(PacketKind.LOGOUT), null, null, 0, null))
                .then(RuleAction.drop()));

        c.rts.logout();
        c.rts.login(f.token("carol"), "carol");
        f.cloud.advance(Duration.ofSeconds(46));

        assertThat(f.cloud.onlineUsers(APP_ID)).containsExactly("carol");
    }

    @Test
    void linkDropAfterLoginAsAnotherUid_endsTheEarlierSessionOnThatLinkToo() {
        RtsFixture f = RtsFixture.create();
        Client c = f.loggedIn("bob");
        String link = c.rts.name();
        f.cloud.network().latency(link, LinkDirection.UP, Duration.ofSeconds(3), Duration.ZERO);
        c.rts.logout();
        c.rts.login(f.token("carol"), "carol");
        f.cloud.advance(Duration.ofSeconds(1));

        // bob's LOGOUT is still on its way when the link drops: the cloud watches bob's session too
        f.cloud.network().disconnect(link);
        f.cloud.advance(Duration.ofSeconds(34));
        assertThat(f.cloud.onlineUsers(APP_ID)).containsExactly("bob");
        f.cloud.advance(Duration.ofSeconds(2));

        assertThat(f.cloud.onlineUsers(APP_ID)).isEmpty();
    }
}
