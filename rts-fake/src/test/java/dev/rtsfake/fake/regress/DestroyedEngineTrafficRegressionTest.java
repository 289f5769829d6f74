package dev.rtsfake.fake.regress;

import static dev.rtsfake.fake.testing.RtsFixture.APP_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.net.LinkDirection;
import dev.rtsfake.fake.testing.RtsFixture;
import dev.rtsfake.fake.testing.RtsFixture.Client;
import dev.rtsfake.fake.testing.RtsFixture.Room;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Review finding: a destroyed engine's earlier sends still reached peers, although the vendor page
 * says destroy stops all interaction with the server. What is still on its up link when it is
 * destroyed is dropped; only its goodbyes (leaving rooms, logging out) still reach the cloud.
 */
class DestroyedEngineTrafficRegressionTest {

    @Test
    void destroy_dropsSendsStillOnTheUpLink_butItsGoodbyesStillLeaveTheRoomAndEndTheSession() {
        RtsFixture f = RtsFixture.create();
        Client alice = f.loggedIn("alice");
        Client bob = f.loggedIn("bob");
        Room alicesLobby = alice.joined("lobby");
        Room bobsLobby = bob.joined("lobby");
        alicesLobby.handler.clear();
        f.cloud.network().latency("alice", LinkDirection.UP, Duration.ofMillis(500), Duration.ZERO);

        alice.rts.sendMessage("bob", "p2p", MessageConfig.RELIABLE_ORDERED);
        alicesLobby.room.sendRoomMessage("room");
        alice.rts.sendServerMessage("server");
        f.cloud.advance(Duration.ofMillis(100));
        f.cloud.destroy(alice.rts);
        f.cloud.runUntilIdle();

        assertThat(bob.named("onMessageReceived")).isEmpty();
        assertThat(bobsLobby.events()).containsExactly("onUserLeave(alice,0)");
        assertThat(f.cloud.onlineUsers(APP_ID)).containsExactly("bob");
        assertThat(f.cloud.roomMembers(APP_ID, "lobby")).containsExactly("bob");
        assertThat(f.cloud.trace().lines()).anyMatch(l -> l.contains("discarded") && l.contains("P2P alice->bob"));
    }

    @Test
    void destroy_sendsAlreadyAtTheCloudBeforeDestroy_stillReachPeers() {
        RtsFixture f = RtsFixture.create();
        Client alice = f.loggedIn("alice");
        Client bob = f.loggedIn("bob");

        alice.rts.sendMessage("bob", "p2p", MessageConfig.RELIABLE_ORDERED);
        f.cloud.advance(Duration.ofMillis(40));
        f.cloud.destroy(alice.rts);
        f.cloud.runUntilIdle();

        assertThat(bob.named("onMessageReceived")).containsExactly("onMessageReceived(alice,p2p)");
    }
}
