package dev.rtsfake.fake.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.LocalLogLevel;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import com.ss.bytertc.rts.engine.type.RTCLogConfig;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.Installation;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.internal.trace.TraceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trace text is unambiguous and always writable, whatever the app sends. */
class TraceTextTest {
    private static final String APP = "rtsfake-demo-app-0000001";

    @TempDir
    Path tmp;

    /** A cloud with alice and bob logged in, where alice sends what {@code sends} says; the trace after it. */
    private static Trace run(Consumer<FakeRTS> sends) {
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").seed(3).build()) {
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

    private static void text(FakeRTS alice, String message) {
        alice.sendMessage("bob", message, MessageConfig.RELIABLE_ORDERED);
    }

    private static boolean wellFormed(String s) {
        return StandardCharsets.UTF_8.newEncoder().canEncode(s);
    }

    @Test
    void aMessageCannotForgeATraceLine_newlinesQuotesAndControlsAreEscaped() {
        String forged = "hi\n   9.000000s #99 CALL           alice forged() -> 0";
        Trace t = run(a -> {
            text(a, forged);
            text(a, "a\", \"b");
            text(a, "nel\u0085 ls\u2028 ps\u2029 cr\r tab\t bell\u0007 del\u007f rtl\u202e back\\slash");
        });

        String text = t.format();
        assertThat(text.split("\n", -1)).hasSize(t.size() + 2); // header, one line per step, the final newline
        assertThat(text).doesNotContain("\n   9.000000s #99")
                .contains("sendMessage(\"bob\", \"hi\\n   9.000000s #99 CALL           alice forged() -> 0\", ")
                .contains("onMessageReceived(\"alice\", \"a\\\", \\\"b\")")
                .contains("\"nel\\u0085 ls\\u2028 ps\\u2029 cr\\r tab\\t bell\\u0007 del\\u007F rtl\\u202E back\\\\slash\"");
        assertThat(t.lines()).allMatch(l -> l.chars().noneMatch(c -> c < 0x20 || c == 0x2028 || c == 0x85));
    }

    @Test
    void anEmojiAtTheCut_isShownWhole_andWriteTextWorks() throws Exception {
        String emoji = "\uD83D\uDE00";
        Trace t = run(a -> {
            for (int before = 60; before <= 80; before++) {
                text(a, "a".repeat(before) + emoji.repeat(10) + "b".repeat(20));
            }
        });

        Path file = t.writeText(tmp.resolve("emoji.txt"));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(t.format());
        assertThat(t.lines()).allMatch(TraceTextTest::wellFormed);
        // cut after 64 code points: 63 letters and the emoji whole, then the size and digest
        assertThat(t.format()).contains("\"" + "a".repeat(63) + emoji + "…\" (")
                .contains("\"" + "a".repeat(64) + "…\" (");
    }

    @Test
    void aLoneSurrogate_isEscaped_neitherWriterBreaks_andTheSdkLogGoesOn() throws Exception {
        Path logDir = tmp.resolve("log");
        Trace t;
        List<Path> logs;
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").build();
             Installation ignored = cloud.install()) {
            assertThat(RTS.setLogConfig(new RTCLogConfig(LocalLogLevel.INFO, logDir.toString(), 10, "app"))).isZero();
            FakeRTS alice = cloud.createRTS(APP, new IRTSEventHandler() { });
            FakeRTS bob = cloud.createRTS(APP, new IRTSEventHandler() { });
            alice.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice");
            bob.login(cloud.tokens().issue(APP, "bob", Duration.ofHours(1)), "bob");
            cloud.runUntilIdle();
            text(alice, "lone \uD83D here");
            text(alice, "x".repeat(76) + "\uDE00 low one at the old cut" + "y".repeat(30));
            cloud.runUntilIdle();
            text(alice, "after the surrogates");
            cloud.runUntilIdle();
            t = cloud.trace();
            logs = cloud.logFiles();
        }

        assertThat(t.format()).contains("\"lone \\uD83D here\"").contains("x".repeat(63) + "…\" (");
        assertThat(t.lines()).allMatch(TraceTextTest::wellFormed);
        assertThat(Files.readString(t.writeText(tmp.resolve("t.txt")), StandardCharsets.UTF_8)).isEqualTo(t.format());
        List<String> json = Files.readAllLines(t.writeJsonLines(tmp.resolve("t.jsonl")), StandardCharsets.UTF_8);
        assertThat(json).hasSize(t.size());
        ObjectMapper mapper = new ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode send = mapper.readTree(json.stream()
                .filter(l -> l.contains("\"name\":\"sendMessage\"")).findFirst().orElseThrow());
        assertThat(send.get("args").get(1).asText()).as("JSON lines carry the string itself").isEqualTo("lone \uD83D here");
        assertThat(t.filter(e -> e.name().equals("sdk-log-failed"))).isEmpty();
        String log = Files.readString(logs.get(0), StandardCharsets.UTF_8);
        assertThat(log).contains("\"lone \\uD83D here\"").contains("\"after the surrogates\"");
    }

    @Test
    void lines_ofTwoRunsDifferingAfterTheCut_differ() {
        String common = "m".repeat(90);
        byte[] left = new byte[40];
        byte[] right = new byte[40];
        right[39] = 1;

        List<String> a = run(x -> text(x, common + "a")).lines();
        List<String> b = run(x -> text(x, common + "b")).lines();
        List<String> binA = run(x -> x.sendBinaryMessage("bob", left, MessageConfig.RELIABLE_ORDERED)).lines();
        List<String> binB = run(x -> x.sendBinaryMessage("bob", right, MessageConfig.RELIABLE_ORDERED)).lines();

        assertThat(a).isNotEqualTo(b).hasSameSizeAs(b);
        assertThat(binA).isNotEqualTo(binB).hasSameSizeAs(binB);
        assertThat(run(x -> text(x, common + "a")).lines()).as("the same run again").isEqualTo(a);
    }

    @Test
    void cutIndex_countsCodePoints_andOnlyCutsPastTheLimit() {
        assertThat(TraceText.cutIndex("a".repeat(80), 80, 64)).isEqualTo(-1);
        assertThat(TraceText.cutIndex("a".repeat(81), 80, 64)).isEqualTo(64);
        String emojis = "\uD83D\uDE00".repeat(80); // 160 chars, 80 code points: shown whole
        assertThat(TraceText.cutIndex(emojis, 80, 64)).isEqualTo(-1);
        assertThat(TraceText.cutIndex(emojis + "!", 80, 64)).isEqualTo(128);
    }

    @Test
    void sizeAndDigest_countALoneSurrogateAsThreeBytes_soStringsDifferingThereDiffer() {
        assertThat(TraceText.utf8Length("\uD83D")).isEqualTo(3);
        assertThat(TraceText.utf8Length("\uD83D\uDE00")).isEqualTo(4);
        assertThat(TraceText.sha256Hex("\uD83D")).isNotEqualTo(TraceText.sha256Hex("\uD83E"))
                .isNotEqualTo(TraceText.sha256Hex("?"));
        // a well-formed string digests as its UTF-8 bytes: sha256("abc")
        assertThat(TraceText.sha256Hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(TraceText.sha256Hex("é\uD83D\uDE00" + "z".repeat(10_000)))
                .isEqualTo(TraceText.sha256Hex(("é\uD83D\uDE00" + "z".repeat(10_000)).getBytes(StandardCharsets.UTF_8), 0, -1));
    }
}
