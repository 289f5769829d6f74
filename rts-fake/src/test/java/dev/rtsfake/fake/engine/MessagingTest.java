package dev.rtsfake.fake.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.diag.Misuse;
import dev.rtsfake.fake.diag.MisuseRule;
import dev.rtsfake.fake.testing.RtsFixture;
import dev.rtsfake.fake.testing.RtsFixture.Client;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** sendMessage / sendBinaryMessage (P2P) and the callbacks around them. */
class MessagingTest {
    private static final MessageConfig RELIABLE = MessageConfig.RELIABLE_ORDERED;
    private final RtsFixture f = RtsFixture.create();

    @Test
    void sendMessage_withNullOrEmptyUidOrNullMessage_returnsParameterErrorAndNoCallback() {
        Client a = f.loggedIn("alice");

        assertThat(a.rts.sendMessage(null, "hi", RELIABLE)).isEqualTo(-2);
        assertThat(a.rts.sendMessage("", "hi", RELIABLE)).isEqualTo(-2);
        assertThat(a.rts.sendMessage("bob", null, RELIABLE)).isEqualTo(-2);
        assertThat(a.rts.sendBinaryMessage(null, new byte[] {1}, RELIABLE)).isEqualTo(-2);
        assertThat(a.rts.sendBinaryMessage("", new byte[] {1}, RELIABLE)).isEqualTo(-2);
        assertThat(a.rts.sendBinaryMessage("bob", null, RELIABLE)).isEqualTo(-2);
        f.cloud.runUntilIdle();

        assertThat(a.events()).isEmpty();
        assertThat(a.rts.sendMessage("alice", "first id", RELIABLE)).as("no id was used").isEqualTo(1);
    }

    @Test
    void sendMessage_withEmptyUid_whenConfigured_returnsIdThenEmptyUserAtOnce() {
        RtsFixture g = RtsFixture.create(RtsFixture.builder().emptyUidReturnsParameterError(false));
        Client a = g.loggedIn("alice");

        assertThat(a.rts.sendMessage("", "hi", RELIABLE)).isEqualTo(1);
        assertThat(a.rts.sendBinaryMessage("", new byte[] {1}, RELIABLE)).isEqualTo(2);
        g.cloud.advance(Duration.ZERO);

        assertThat(a.events()).containsExactly("onMessageSendResult(1,104)", "onMessageSendResult(2,104)");
    }

    @Test
    void sendMessage_success_receiverGetsMessageAndSenderGetsZeroAfterRoundTrip() {
        Client a = f.loggedIn("alice");
        Client b = f.loggedIn("bob");

        long id = a.rts.sendMessage("bob", "hello", RELIABLE);
        assertThat(id).isEqualTo(1);
        f.cloud.advance(Duration.ofMillis(59));
        assertThat(a.events()).isEmpty();
        assertThat(b.events()).isEmpty();

        f.cloud.advance(Duration.ofMillis(1));
        assertThat(b.events()).containsExactly("onMessageReceived(alice,hello)");
        assertThat(a.events()).containsExactly("onMessageSendResult(1,0)");
        f.cloud.assertClean();
    }

    @Test
    void sendMessage_withNullConfig_isReliable() {
        Client a = f.loggedIn("alice");
        Client b = f.loggedIn("bob");

        a.rts.sendMessage("bob", "x", null);
        f.cloud.runUntilIdle();

        assertThat(b.events()).containsExactly("onMessageReceived(alice,x)");
        assertThat(a.events()).containsExactly("onMessageSendResult(1,0)");
    }

    @Test
    void sendMessage_unreliableConfigs_areDeliveredOnAHealthyLink() {
        Client a = f.loggedIn("alice");
        Client b = f.loggedIn("bob");

        a.rts.sendMessage("bob", "u1", MessageConfig.UNRELIABLE_ORDERED);
        a.rts.sendMessage("bob", "u2", MessageConfig.UNRELIABLE_UNORDERED);
        f.cloud.runUntilIdle();

        assertThat(b.events()).containsExactlyInAnyOrder("onMessageReceived(alice,u1)", "onMessageReceived(alice,u2)");
        assertThat(a.events()).containsExactlyInAnyOrder("onMessageSendResult(1,0)", "onMessageSendResult(2,0)");
    }

    @Test
    void sendMessage_reliableMessages_arriveInOrder() {
        Client a = f.loggedIn("alice");
        Client b = f.loggedIn("bob");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            a.rts.sendMessage("bob", "m" + i, RELIABLE);
            expected.add("onMessageReceived(alice,m" + i + ")");
        }
        f.cloud.runUntilIdle();

        assertThat(b.events()).containsExactlyElementsOf(expected);
    }

    @Test
    void sendMessage_toSelf_isDelivered() {
        Client a = f.loggedIn("alice");

        a.rts.sendMessage("alice", "note", RELIABLE);
        f.cloud.runUntilIdle();

        assertThat(a.events()).containsExactlyInAnyOrder("onMessageReceived(alice,note)", "onMessageSendResult(1,0)");
    }

    @Test
    void sendMessage_notLoggedIn_reportsNotLoginAtOnce() {
        Client a = f.client("alice");

        assertThat(a.rts.sendMessage("bob", "hi", RELIABLE)).isEqualTo(1);
        assertThat(a.rts.sendBinaryMessage("bob", new byte[] {1}, RELIABLE)).isEqualTo(2);
        f.cloud.advance(Duration.ZERO);

        assertThat(f.cloud.elapsed()).isZero();
        assertThat(a.events()).containsExactly("onMessageSendResult(1,105)", "onMessageSendResult(2,105)");
        assertThat(f.cloud.misuses()).extracting(Misuse::rule).containsOnly(MisuseRule.CALL_BEFORE_LOGIN);
    }

    @Test
    void sendMessage_whileLoggingIn_reportsNotLogin() {
        Client a = f.client("alice");
        a.rts.login(f.token("alice"), "alice");

        long id = a.rts.sendMessage("alice", "early", RELIABLE);
        f.cloud.runUntilIdle();

        assertThat(a.named("onMessageSendResult")).containsExactly("onMessageSendResult(" + id + ",105)");
    }

    @Test
    void sendMessage_overMaxLength_reportsExceedMaxLengthAtOnce_exactLimitPasses() {
        Client a = f.loggedIn("alice");
        Client b = f.loggedIn("bob");
        String exact = "a".repeat(65536);
        String over = "a".repeat(65537);
        String overInUtf8 = "\u20ac".repeat(21846); // 21,846 chars but 65,538 UTF-8 bytes

        long exactId = a.rts.sendMessage("bob", exact, RELIABLE);
        long overId = a.rts.sendMessage("bob", over, RELIABLE);
        long utf8Id = a.rts.sendMessage("bob", overInUtf8, RELIABLE);
        f.cloud.advance(Duration.ZERO);
        assertThat(a.events()).containsExactly("onMessageSendResult(" + overId + ",103)",
                "onMessageSendResult(" + utf8Id + ",103)");

        f.cloud.runUntilIdle();
        assertThat(a.named("onMessageSendResult")).contains("onMessageSendResult(" + exactId + ",0)").hasSize(3);
        assertThat(b.named("onMessageReceived")).hasSize(1);
    }

    @Test
    void sendBinaryMessage_overMaxLength_reportsExceedMaxLengthAtOnce_exactLimitPasses() {
        Client a = f.loggedIn("alice");
        Client b = f.loggedIn("bob");

        long exactId = a.rts.sendBinaryMessage("bob", new byte[47104], RELIABLE);
        long overId = a.rts.sendBinaryMessage("bob", new byte[47105], RELIABLE);
        f.cloud.advance(Duration.ZERO);
        assertThat(a.events()).containsExactly("onMessageSendResult(" + overId + ",103)");

        f.cloud.runUntilIdle();
        assertThat(a.named("onMessageSendResult")).containsExactly("onMessageSendResult(" + overId + ",103)",
                "onMessageSendResult(" + exactId + ",0)");
        assertThat(b.handler.binaryReceived()).singleElement().satisfies(buf -> assertThat(buf.remaining()).isEqualTo(47104));
    }

    @Test
    void sendMessage_toOfflinePeer_reportsNoRelayPath() {
        Client a = f.loggedIn("alice");

        long id = a.rts.sendMessage("nobody", "hi", RELIABLE);
        long bid = a.rts.sendBinaryMessage("nobody", new byte[] {1}, RELIABLE);
        f.cloud.runUntilIdle();

        assertThat(a.events()).containsExactly("onMessageSendResult(" + id + ",4)", "onMessageSendResult(" + bid + ",4)");
    }

    @Test
    void sendMessage_toOfflinePeer_whenConfigured_reportsNoReceiver() {
        RtsFixture g = RtsFixture.create(RtsFixture.builder().offlinePeerResult(3));
        Client a = g.loggedIn("alice");

        long id = a.rts.sendMessage("nobody", "hi", RELIABLE);
        g.cloud.runUntilIdle();

        assertThat(a.events()).containsExactly("onMessageSendResult(" + id + ",3)");
    }

    @Test
    void sendMessage_toPeerWhoLoggedOut_reportsNoRelayPath() {
        Client a = f.loggedIn("alice");
        Client b = f.loggedIn("bob");
        b.rts.logout();
        f.cloud.runUntilIdle();
        b.handler.clear();

        long id = a.rts.sendMessage("bob", "hi", RELIABLE);
        f.cloud.runUntilIdle();

        assertThat(a.events()).containsExactly("onMessageSendResult(" + id + ",4)");
        assertThat(b.events()).isEmpty();
    }

    @Test
    void sendBinaryMessage_receiverGetsFreshHeapBufferAtPositionZero() {
        Client a = f.loggedIn("alice");
        Client b = f.loggedIn("bob");
        byte[] sent = {1, 2, 3};

        a.rts.sendBinaryMessage("bob", sent, RELIABLE);
        sent[0] = 99; // the app reuses its array right after the call
        a.rts.sendBinaryMessage("bob", new byte[] {1, 2, 3}, RELIABLE);
        f.cloud.runUntilIdle();

        assertThat(b.events()).containsExactly("onBinaryMessageReceived(alice,[1, 2, 3])",
                "onBinaryMessageReceived(alice,[1, 2, 3])");
        List<ByteBuffer> got = b.handler.binaryReceived();
        for (ByteBuffer buf : got) {
            assertThat(buf.position()).isZero();
            assertThat(buf.isDirect()).isFalse();
            assertThat(buf.hasArray()).isTrue();
            assertThat(buf.array()).containsExactly(1, 2, 3);
        }
        assertThat(got.get(0)).isNotSameAs(got.get(1));
        assertThat(got.get(0).array()).isNotSameAs(got.get(1).array());
        assertThat(a.events()).containsExactly("onMessageSendResult(1,0)", "onMessageSendResult(2,0)");
    }

    @Test
    void sendMessage_idsStartAtOneAndAreSharedWithServerMessages() {
        Client a = f.loggedIn("alice");
        f.loggedIn("bob");

        assertThat(a.rts.sendMessage("bob", "1", RELIABLE)).isEqualTo(1);
        assertThat(a.rts.sendServerMessage("2")).isEqualTo(2);
        assertThat(a.rts.sendBinaryMessage("bob", new byte[] {3}, RELIABLE)).isEqualTo(3);
        assertThat(a.rts.sendServerBinaryMessage(new byte[] {4})).isEqualTo(4);
        assertThat(a.rts.sendMessage("bob", "5", RELIABLE)).isEqualTo(5);
    }

    @Test
    void sendMessage_everyIdGetsExactlyOneResult() {
        Client a = f.loggedIn("alice");
        f.loggedIn("bob");
        List<Long> ids = new ArrayList<>();
        ids.add(a.rts.sendMessage("bob", "ok", RELIABLE));
        ids.add(a.rts.sendMessage("nobody", "offline", RELIABLE));
        ids.add(a.rts.sendMessage("bob", "x".repeat(70_000), RELIABLE));
        ids.add(a.rts.sendBinaryMessage("bob", new byte[50_000], RELIABLE));
        ids.add(a.rts.sendServerMessage("no params"));
        ids.add(a.rts.sendBinaryMessage("bob", new byte[] {1}, MessageConfig.UNRELIABLE_UNORDERED));
        f.cloud.runUntilIdle();
        f.cloud.advance(Duration.ofSeconds(30));

        Map<Long, Integer> results = new HashMap<>();
        for (String e : a.events()) {
            if (e.startsWith("onMessageSendResult(") || e.startsWith("onServerMessageSendResult(")) {
                long id = Long.parseLong(e.substring(e.indexOf('(') + 1, e.indexOf(',')));
                results.merge(id, 1, Integer::sum);
            }
        }
        assertThat(results.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(results.values()).containsOnly(1);
    }

    @Test
    void sendMessage_101stWithinOneSecond_reportsExceedQps() {
        Client a = f.loggedIn("alice");
        Client b = f.loggedIn("bob");

        for (int i = 0; i < 101; i++) {
            a.rts.sendMessage("bob", "m" + i, RELIABLE);
        }
        f.cloud.runUntilIdle();

        assertThat(a.named("onMessageSendResult")).hasSize(101)
                .filteredOn(e -> e.endsWith(",0)")).hasSize(100);
        assertThat(a.named("onMessageSendResult")).last().isEqualTo("onMessageSendResult(101,5)");
        assertThat(b.named("onMessageReceived")).hasSize(100);

        f.cloud.advance(Duration.ofSeconds(1));
        a.handler.clear();
        a.rts.sendMessage("bob", "later", RELIABLE);
        f.cloud.runUntilIdle();
        assertThat(a.events()).containsExactly("onMessageSendResult(102,0)");
    }

    @Test
    void sendMessage_rateLimitsOff_allowsMoreThan100PerSecond() {
        RtsFixture g = RtsFixture.create(RtsFixture.builder().rateLimits(false));
        Client a = g.loggedIn("alice");
        g.loggedIn("bob");

        for (int i = 0; i < 150; i++) {
            a.rts.sendMessage("bob", "m" + i, RELIABLE);
        }
        g.cloud.runUntilIdle();

        assertThat(a.named("onMessageSendResult")).hasSize(150).allMatch(e -> e.endsWith(",0)"));
    }

    @Test
    void sendMessage_afterLogout_reportsNotLogin() {
        Client a = f.loggedIn("alice");
        f.loggedIn("bob");
        a.rts.logout();
        f.cloud.runUntilIdle();
        a.handler.clear();

        long id = a.rts.sendMessage("bob", "hi", RELIABLE);
        f.cloud.advance(Duration.ZERO);

        assertThat(a.events()).containsExactly("onMessageSendResult(" + id + ",105)");
    }
}
