package dev.rtsfake.fake.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtsfake.fake.testing.RtsFixture;
import dev.rtsfake.fake.testing.RtsFixture.Client;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** getPeerOnlineStatus and onGetPeerOnlineStatus. */
class PeerOnlineStatusTest {
    private final RtsFixture f = RtsFixture.create();

    @Test
    void getPeerOnlineStatus_withNullOrEmptyPeer_returnsParameterError() {
        Client a = f.loggedIn("alice");

        assertThat(a.rts.getPeerOnlineStatus(null)).isEqualTo(-2);
        assertThat(a.rts.getPeerOnlineStatus("")).isEqualTo(-2);
        f.cloud.runUntilIdle();
        assertThat(a.events()).isEmpty();
    }

    @Test
    void getPeerOnlineStatus_notLoggedIn_returnsWrongStateWithoutCallback() {
        Client a = f.client("alice");

        assertThat(a.rts.getPeerOnlineStatus("bob")).isEqualTo(-3);
        f.cloud.runUntilIdle();
        assertThat(a.events()).isEmpty();
    }

    @Test
    void getPeerOnlineStatus_onlinePeer_reportsOnlineAfterRoundTrip() {
        Client a = f.loggedIn("alice");
        f.loggedIn("bob");

        assertThat(a.rts.getPeerOnlineStatus("bob")).isZero();
        f.cloud.advance(Duration.ofMillis(59));
        assertThat(a.events()).isEmpty();
        f.cloud.advance(Duration.ofMillis(1));

        assertThat(a.events()).containsExactly("onGetPeerOnlineStatus(bob,1)");
    }

    @Test
    void getPeerOnlineStatus_unknownPeer_reportsOffline() {
        Client a = f.loggedIn("alice");

        a.rts.getPeerOnlineStatus("nobody");
        f.cloud.runUntilIdle();

        assertThat(a.events()).containsExactly("onGetPeerOnlineStatus(nobody,0)");
    }

    @Test
    void getPeerOnlineStatus_forSelf_reportsOnline() {
        Client a = f.loggedIn("alice");

        assertThat(a.rts.getPeerOnlineStatus("alice")).isZero();
        f.cloud.runUntilIdle();

        assertThat(a.events()).containsExactly("onGetPeerOnlineStatus(alice,1)");
    }

    @Test
    void getPeerOnlineStatus_peerOfDestroyedEngine_reportsOffline() {
        Client a = f.loggedIn("alice");
        Client b = f.loggedIn("bob");
        f.cloud.destroy(b.rts);
        f.cloud.runUntilIdle();

        a.rts.getPeerOnlineStatus("bob");
        f.cloud.runUntilIdle();

        assertThat(a.events()).containsExactly("onGetPeerOnlineStatus(bob,0)");
    }
}
