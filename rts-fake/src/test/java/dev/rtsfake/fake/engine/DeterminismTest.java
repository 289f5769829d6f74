package dev.rtsfake.fake.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.type.LocalProxyConfiguration;
import com.ss.bytertc.rts.engine.type.LocalProxyType;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.testing.RtsFixture;
import dev.rtsfake.fake.testing.RtsFixture.Client;
import dev.rtsfake.fake.testing.RtsFixture.Room;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Same seed and same calls give the same trace, line for line. */
class DeterminismTest {

    /** A scenario touching every kind of traffic; returns the trace lines and every recorded callback. */
    private static List<List<String>> mixedScenario(long seed) {
        RtsFixture f = RtsFixture.create(RtsFixture.builder().seed(seed));
        Client a = f.loggedIn("alice");
        Client b = f.loggedIn("bob");
        Client c = f.client("carol");
        c.rts.login("garbage", "carol");
        a.rts.setServerParams("sig", "https://app.example.com");
        Room ra = a.joined("room-1");
        Room rb = b.joined("room-1");
        for (int i = 0; i < 5; i++) {
            a.rts.sendMessage("bob", "p2p-" + i, MessageConfig.values()[i % 3]);
            b.rts.sendBinaryMessage("alice", new byte[] {(byte) i}, MessageConfig.RELIABLE_ORDERED);
            ra.room.sendRoomMessage("room-" + i);
            rb.room.sendRoomBinaryMessage(new byte[] {(byte) i, 1});
        }
        a.rts.sendServerMessage("to server");
        b.rts.getPeerOnlineStatus("carol");
        c.rts.updateLoginToken(f.token("carol"));
        a.rts.setLocalProxy(List.of(new LocalProxyConfiguration(LocalProxyType.SOCKS5, "10.0.0.1", 1080, "u", null)));
        f.cloud.advance(Duration.ofSeconds(3));
        rb.room.leaveRoom();
        Client a2 = f.client("alice");
        a2.rts.login(f.token("alice"), "alice");
        f.cloud.runUntilIdle();
        b.rts.logout();
        f.cloud.advance(Duration.ofSeconds(5));
        return List.of(f.cloud.trace().lines(), a.events(), b.events(), c.events(), ra.events(), rb.events(),
                a2.events());
    }

    @Test
    void sameSeedAndSameCalls_giveIdenticalTraceLines() {
        List<List<String>> first = mixedScenario(1234);
        List<List<String>> second = mixedScenario(1234);

        assertThat(first.get(0)).hasSizeGreaterThan(100);
        assertThat(second.get(0)).containsExactlyElementsOf(first.get(0));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void traceFormat_namesTheSeedAndHasOneLinePerStep() {
        RtsFixture f = RtsFixture.create(RtsFixture.builder().seed(99));
        f.loggedIn("alice");

        String text = f.cloud.trace().format();

        assertThat(text).startsWith("# rts-fake trace, seed 99");
        assertThat(text.lines().count()).isEqualTo(f.cloud.trace().size() + 1L);
        assertThat(text).contains("onLoginResult");
    }
}
