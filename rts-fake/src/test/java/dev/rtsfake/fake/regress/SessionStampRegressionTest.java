package dev.rtsfake.fake.regress;

import static dev.rtsfake.fake.testing.RtsFixture.APP_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.engine.LoginState;
import dev.rtsfake.fake.net.LinkDirection;
import dev.rtsfake.fake.testing.RtsFixture;
import dev.rtsfake.fake.testing.RtsFixture.Client;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Review finding: what the cloud sent to an engine's session while it was on its way reached the
 * engine's next identity. Deliveries are stamped with the session they were routed to and dropped
 * unless it is still the engine's current one; send results still arrive (every id gets one).
 */
class SessionStampRegressionTest {

    /** bob's down link is slow (500 ms), so what the cloud sends him is still on its way when he logs in as carol. */
    private static RtsFixture slowBob() {
        return RtsFixture.create();
    }

    @Test
    void messageInFlightToAnEarlierIdentity_isNotDeliveredToTheNextOne() {
        RtsFixture f = slowBob();
        Client alice = f.loggedIn("alice");
        Client bob = f.loggedIn("bob");
        f.cloud.network().latency("bob", LinkDirection.DOWN, Duration.ofMillis(500), Duration.ZERO);

        long id = alice.rts.sendMessage("bob", "for-bob", MessageConfig.RELIABLE_ORDERED);
        f.cloud.advance(Duration.ofMillis(100));
        bob.rts.logout();
        bob.rts.login(f.token("carol"), "carol");
        f.cloud.runUntilIdle();

        assertThat(bob.named("onMessageReceived")).isEmpty();
        assertThat(bob.named("onLoginResult")).singleElement().asString().startsWith("onLoginResult(carol,0,");
        assertThat(alice.named("onMessageSendResult")).containsExactly("onMessageSendResult(" + id + ",0)");
    }

    @Test
    void pushInFlightToAnEarlierIdentity_isNotDeliveredToTheNextOne() {
        RtsFixture f = slowBob();
        Client bob = f.loggedIn("bob");
        f.cloud.network().latency("bob", LinkDirection.DOWN, Duration.ofMillis(500), Duration.ZERO);

        assertThat(f.cloud.serverApi(APP_ID).sendUnicast("server", "bob", "for-bob").isOk()).isTrue();
        f.cloud.advance(Duration.ofMillis(100));
        bob.rts.logout();
        bob.rts.login(f.token("carol"), "carol");
        f.cloud.runUntilIdle();

        assertThat(bob.named("onMessageReceived")).isEmpty();
        assertThat(bob.rts.loginState()).isEqualTo(LoginState.LOGGED_IN);
    }

    @Test
    void kickOfAnEarlierIdentity_doesNotLogOutTheNextOne() {
        RtsFixture f = slowBob();
        Client first = f.loggedIn("bob");
        f.cloud.network().latency(first.rts.name(), LinkDirection.DOWN, Duration.ofMillis(500), Duration.ZERO);
        Client second = f.client("bob");

        second.rts.login(f.token("bob"), "bob");
        f.cloud.advance(Duration.ofMillis(100));
        first.rts.logout();
        first.rts.login(f.token("carol"), "carol");
        f.cloud.runUntilIdle();

        assertThat(first.named("onLogout")).containsExactly("onLogout(0)");
        assertThat(first.rts.loginState()).isEqualTo(LoginState.LOGGED_IN);
        assertThat(f.cloud.onlineUsers(APP_ID)).containsExactlyInAnyOrder("bob", "carol");
    }

    @Test
    void sendResult_stillArrivesAfterLogoutAndLoginAsAnotherUid() {
        RtsFixture f = RtsFixture.create();
        Client alice = f.loggedIn("alice");
        f.loggedIn("bob");
        f.cloud.network().latency("alice", LinkDirection.DOWN, Duration.ofMillis(500), Duration.ZERO);

        long id = alice.rts.sendMessage("bob", "hi", MessageConfig.RELIABLE_ORDERED);
        f.cloud.advance(Duration.ofMillis(100));
        alice.rts.logout();
        alice.rts.login(f.token("carol"), "carol");
        f.cloud.runUntilIdle();

        assertThat(alice.named("onMessageSendResult")).containsExactly("onMessageSendResult(" + id + ",0)");
    }
}
