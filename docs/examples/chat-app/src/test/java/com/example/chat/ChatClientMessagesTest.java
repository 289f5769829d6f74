package com.example.chat;

import static dev.rtsfake.fake.assertj.RtsFakeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.junit.RtsFakeTest;
import dev.rtsfake.fake.net.Match;
import dev.rtsfake.fake.net.Rule;
import dev.rtsfake.fake.net.RuleAction;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Direct messages: the outbox across a network drop and a lost send. */
@RtsFakeTest(seed = 7)
class ChatClientMessagesTest {
    static final String APP = RtsFakeTest.APP_ID;
    FakeRtsCloud cloud;
    final Inbox aliceSees = new Inbox();
    final Inbox bobSees = new Inbox();
    ChatClient alice;
    ChatClient bob;

    @BeforeEach
    void bothOnline() {
        TestTokens tokens = new TestTokens(cloud, APP, Duration.ofHours(1));
        alice = new ChatClient(null, APP, "alice", "https://chat.example/rts", "sig", tokens, cloud.scheduler(), aliceSees);
        bob = new ChatClient(null, APP, "bob", "https://chat.example/rts", "sig", tokens, cloud.scheduler(), bobSees);
        alice.start();
        bob.start();
        cloud.runUntilIdle();
        assertThat(alice.online()).isTrue();
        assertThat(bob.online()).isTrue();
    }

    @Test
    void send_whileOnline_isDeliveredOnceAndConfirmed() {
        long id = alice.send("bob", "hi bob");
        cloud.runUntilIdle();

        assertThat(bobSees.messages()).containsExactly("alice: hi bob");
        assertThat(aliceSees.events()).containsExactly("online", "delivered #" + id);
        assertThat(alice.unconfirmed()).isZero();
    }

    @Test
    void networkDrop_messagesWrittenMeanwhile_arriveAfterTheReconnect_inOrder_once() {
        cloud.network().disconnect("alice");
        cloud.advance(Duration.ofSeconds(1));
        alice.send("bob", "first, sent before the app noticed");   // on the dead link: TIMEOUT at 11 s, queued again
        cloud.advance(Duration.ofSeconds(6));                        // RECONNECTING at 5 s: the app is offline
        alice.send("bob", "second, written while offline");          // waits in the outbox
        cloud.advance(Duration.ofSeconds(20));
        assertThat(bobSees.messages()).isEmpty();
        assertThat(alice.unconfirmed()).isEqualTo(2);

        cloud.network().reconnect("alice");
        cloud.await().atMost(Duration.ofSeconds(30)).until(() -> alice.unconfirmed() == 0);
        cloud.runUntilIdle();

        assertThat(bobSees.messages()).containsExactly(
                "alice: first, sent before the app noticed", "alice: second, written while offline");
        assertThat(aliceSees.events()).containsExactly("online", "offline", "online", "delivered #1", "delivered #2");
        assertThat(cloud).hasNoMisuse().hasUserOnline(APP, "alice");
    }

    @Test
    void sendDroppedByTheNetwork_isResentAfterItsTimeoutResult() {
        cloud.network().addRule(Rule.when(Match.p2p().from("alice").to("bob").nth(1)).then(RuleAction.drop()));

        long id = alice.send("bob", "lost once");
        cloud.advance(Duration.ofSeconds(9));
        assertThat(bobSees.messages()).isEmpty();                    // the SDK gives up at 10 s...
        cloud.runUntilIdle();                                        // ...the app pauses 2 s and sends again

        assertThat(bobSees.messages()).containsExactly("alice: lost once");
        assertThat(aliceSees.events()).containsExactly("online", "delivered #" + id);
        assertThat(cloud.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void peerOffline_messageIsRetriedThenGivenUp() {
        bob.stop();
        cloud.runUntilIdle();

        long id = alice.send("bob", "anyone there?");
        cloud.advance(Duration.ofMinutes(5));

        assertThat(aliceSees.events()).last().asString().startsWith("undeliverable #" + id);
        assertThat(alice.unconfirmed()).isZero();
    }
}
