package dev.rtsfake.fake.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.engine.FakeRTS;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Payloads in the trace are kept up to a bounded size, with their length and a digest beyond it. */
class TracePayloadTest {
    private static final String APP = "rtsfake-demo-app-0000001";

    private static Trace run(Consumer<FakeRTS> sends) {
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").build()) {
            FakeRTS alice = cloud.createRTS(APP, new IRTSEventHandler() { });
            FakeRTS bob = cloud.createRTS(APP, new IRTSEventHandler() { });
            alice.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice");
            bob.login(cloud.tokens().issue(APP, "bob", Duration.ofHours(1)), "bob");
            cloud.runUntilIdle();
            sends.accept(alice);
            cloud.runUntilIdle();
            return cloud.trace();
        }
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    private static TraceEvent step(Trace t, String name) {
        return t.filter(e -> e.name().equals(name)).get(0);
    }

    @Test
    void aLongTextMessage_isTracedAsItsStartSizeAndDigest_sharedByTheCallAndTheDelivery() throws Exception {
        String message = "h".repeat(60_000);
        Trace t = run(a -> a.sendMessage("bob", message, MessageConfig.RELIABLE_ORDERED));

        Object sent = step(t, "sendMessage").args().get(1);
        Object delivered = step(t, "onMessageReceived").args().get(1);
        String digest = sha256(message.getBytes(StandardCharsets.UTF_8));
        assertThat(sent).isSameAs(delivered).isInstanceOfSatisfying(ClippedText.class, c -> {
            assertThat(c.start()).isEqualTo("h".repeat(64));
            assertThat(c.utf8Length()).isEqualTo(60_000);
            assertThat(c.sha256()).isEqualTo(digest);
        });
        assertThat(step(t, "onMessageReceived").format())
                .endsWith("onMessageReceived(\"alice\", \"" + "h".repeat(64) + "…\" (60000 bytes, sha256:"
                        + digest.substring(0, 16) + "))");
    }

    @Test
    void aLongBinaryMessage_isTracedAsItsFirstBytesSizeAndDigest() throws Exception {
        byte[] message = new byte[40_000];
        for (int i = 0; i < message.length; i++) {
            message[i] = (byte) i;
        }
        Trace t = run(a -> a.sendBinaryMessage("bob", message, MessageConfig.RELIABLE_ORDERED));

        Object delivered = step(t, "onBinaryMessageReceived").args().get(1);
        String digest = sha256(message);
        assertThat(delivered).isInstanceOfSatisfying(Bytes.class, b -> {
            assertThat(b.length()).isEqualTo(40_000);
            assertThat(b.complete()).isFalse();
            assertThat(b.content()).hasSize(16).startsWith(0, 1, 2);
            assertThat(b.sha256()).isEqualTo(digest);
        });
        assertThat(delivered).hasToString("bytes[40000]:000102030405060708090a0b0c0d0e0f… sha256:" + digest.substring(0, 16));
    }

    @Test
    void aShortBinaryMessage_isKeptWhole() {
        byte[] message = "hello, a message of more than sixteen bytes".getBytes(StandardCharsets.UTF_8);
        Trace t = run(a -> a.sendBinaryMessage("bob", message, MessageConfig.RELIABLE_ORDERED));

        Bytes delivered = (Bytes) step(t, "onBinaryMessageReceived").args().get(1);
        assertThat(delivered.complete()).isTrue();
        assertThat(delivered.content()).isEqualTo(message);
        assertThat(delivered).isEqualTo(Bytes.of(message)).isNotEqualTo(Bytes.of(new byte[message.length]));
        assertThat(Bytes.of(new byte[] {0x68, 0x69})).hasToString("bytes[2]:6869");
    }

    @Test
    void aRefusedSend_keepsOnlyTheSummaryOfItsPayload() {
        String tooLong = "r".repeat(1 << 20);
        byte[] tooLongBytes = new byte[1 << 20];
        Trace t = run(a -> {
            a.sendMessage("bob", tooLong, MessageConfig.RELIABLE_ORDERED);
            a.sendBinaryMessage("bob", tooLongBytes, MessageConfig.RELIABLE_ORDERED);
        });

        assertThat(t.filter(e -> e.name().equals("onMessageSendResult"))).extracting(e -> e.args().get(1))
                .containsExactly(103, 103);
        assertThat(step(t, "sendMessage").args().get(1)).isInstanceOfSatisfying(ClippedText.class,
                c -> assertThat(c.utf8Length()).isEqualTo(1 << 20));
        assertThat(step(t, "sendBinaryMessage").args().get(1)).isInstanceOfSatisfying(Bytes.class, b -> {
            assertThat(b.length()).isEqualTo(1 << 20);
            assertThat(b.content()).hasSize(16);
        });
    }

    @Test
    void summaries_areDeterministic() {
        Consumer<FakeRTS> sends = a -> {
            a.sendMessage("bob", "q".repeat(5_000), MessageConfig.RELIABLE_ORDERED);
            a.sendBinaryMessage("bob", new byte[5_000], MessageConfig.RELIABLE_ORDERED);
        };
        assertThat(run(sends).lines()).isEqualTo(run(sends).lines());
    }
}
