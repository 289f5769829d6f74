package com.example.chat;

import static dev.rtsfake.fake.assertj.RtsFakeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.RTS;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.assertj.Step;
import dev.rtsfake.fake.junit.RtsFakeTest;
import dev.rtsfake.fake.recording.RecordingEventHandler;
import dev.rtsfake.fake.trace.TraceKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Login and token renewal: the token the SDK holds must still be valid when a drop forces a re-login. */
@RtsFakeTest(seed = 11)
class ChatClientLoginTest {
    static final String APP = RtsFakeTest.APP_ID;
    FakeRtsCloud cloud;
    final Inbox aliceSees = new Inbox();

    ChatClient alice(TestTokens tokens) {
        return new ChatClient(null, APP, "alice", "https://chat.example/rts", "sig", tokens, cloud.scheduler(), aliceSees);
    }

    @Test
    void tokenRenewedBeforeItExpires_reloginAfterADropSucceeds() {
        TestTokens tokens = new TestTokens(cloud, APP, Duration.ofMinutes(3));
        ChatClient alice = alice(tokens);
        alice.start();
        cloud.advance(Duration.ofMinutes(10));                       // renewed at 2, 4, 6, 8 and 10 min
        assertThat(tokens.issued()).isEqualTo(6);

        cloud.network().disconnect("alice");                         // the first token is long expired now
        cloud.advance(Duration.ofSeconds(20));
        cloud.network().reconnect("alice");
        cloud.advance(Duration.ofSeconds(10));

        assertThat(aliceSees.events()).containsExactly("online", "offline", "online");
        assertThat(cloud).hasUserOnline(APP, "alice").hasNoMisuse();
        assertThat(cloud.trace()).containsStepsInOrder(
                Step.of(TraceKind.CALL, "alice", "updateLoginToken"),
                Step.of(TraceKind.CALLBACK, "alice", "onConnectionStateChanged").withArgs(5, -1));
    }

    @Test
    void tokenExpiredWhileTheTokenServerWasDown_refusedReloginGetsAFreshTokenAndLogsIn() {
        TestTokens tokens = new TestTokens(cloud, APP, Duration.ofMinutes(3));
        ChatClient alice = alice(tokens);
        RecordingEventHandler bobSaw = new RecordingEventHandler(cloud);
        RTS bob = RTS.createRTS(null, APP, bobSaw, null);
        bob.login(cloud.tokens().issue(APP, "bob", Duration.ofHours(1)), "bob");
        alice.start();
        cloud.advance(Duration.ofSeconds(30));

        tokens.down(true);                                           // the renewal at 2 min fails, and its retries
        cloud.advance(Duration.ofMinutes(3));                        // 3.5 min: alice's token expired at 3 min
        cloud.network().disconnect("alice");
        cloud.advance(Duration.ofSeconds(20));
        alice.send("bob", "sent while down");
        cloud.network().reconnect("alice");                          // re-login with the expired token: -1000
        cloud.advance(Duration.ofSeconds(30));
        assertThat(alice.online()).isFalse();

        tokens.down(false);                                          // the next retry gets a token: updateLoginToken
        cloud.advance(Duration.ofSeconds(30));

        assertThat(alice.online()).isTrue();
        assertThat(cloud.trace()).containsStepsInOrder(
                Step.of(TraceKind.CALLBACK, "alice", "onLoginResult").withArgs("alice", -1000, 60),
                Step.of(TraceKind.CALL, "alice", "updateLoginToken"),
                Step.of(TraceKind.CALLBACK, "alice", "onLoginResult").withArgs("alice", 0, 60));
        assertThat(bobSaw).hasReceivedMessage("alice", "{\"mid\":1,\"text\":\"sent while down\"}");
        assertThat(aliceSees.events()).endsWith("online", "delivered #1");
    }
}
