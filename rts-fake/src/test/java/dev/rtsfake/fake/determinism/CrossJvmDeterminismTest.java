package dev.rtsfake.fake.determinism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.rtsfake.fake.testing.ForkedJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same seed, same bytes, in any JVM (issue 9, item 5): {@link CrossJvmScenario} runs in two separate
 * JVM processes that differ in everything that must not matter (time zone, locale, default charset,
 * line separator, identity hash codes, heap size and garbage collector), and their text and
 * JSON-lines traces are compared byte for byte.
 */
class CrossJvmDeterminismTest {
    private static final List<String> JVM_A = List.of("-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Duser.timezone=UTC", "-Duser.language=en", "-Duser.country=US", "-Dfile.encoding=UTF-8",
            "-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=5");
    private static final List<String> JVM_B = List.of("-Xmx300m", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1",
            "-Duser.timezone=Pacific/Chatham", "-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1",
            "-Dline.separator=\r\n", "-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2");

    @Test
    void richScenario_inTwoJvmsThatDifferInLocaleZoneCharsetHashingAndHeap_givesByteIdenticalTraces(@TempDir Path dir)
            throws Exception {
        List<Path> texts = new ArrayList<>();
        List<Path> jsons = new ArrayList<>();
        List<ForkedJvm.Run> runs = new ArrayList<>();
        for (List<String> options : List.of(JVM_A, JVM_B)) {
            Path text = dir.resolve("trace-" + runs.size() + ".txt");
            Path json = dir.resolve("trace-" + runs.size() + ".jsonl");
            texts.add(text);
            jsons.add(json);
            runs.add(ForkedJvm.start(CrossJvmScenario.class, options, List.of(text.toString(), json.toString()),
                    dir.resolve("jvm-" + runs.size())));
        }
        for (ForkedJvm.Run run : runs) {
            ForkedJvm.Result r = run.await(Duration.ofSeconds(60));
            assertThat(r.exited() && r.exitCode() == 0).as(r.describe()).isTrue();
        }

        String first = Files.readString(texts.get(0), StandardCharsets.UTF_8);
        assertThat(first.lines().count()).isGreaterThan(1_000);
        for (String ingredient : List.of(CrossJvmScenario.APP_A, CrossJvmScenario.APP_B, "IRTSEventHandler$MockitoMock",
                "drop-second", "slow-carol", "fail-third", "lost(", "network outage()", "onLoginResult(\"erin\", -1000",
                "automatic-login-retry", "listen()", "SendBroadcast", "BatchSendRoomUnicast", "app-server-received",
                "UNREACHABLE", "你好", "room-join")) {
            assertThat(first).as("the scenario covers " + ingredient).contains(ingredient);
        }
        assertSameBytes("text traces", texts.get(0), texts.get(1));
        assertSameBytes("JSON-lines traces", jsons.get(0), jsons.get(1));
    }

    /** Fails with the first line that differs (a byte array diff would be unreadable). */
    private static void assertSameBytes(String what, Path a, Path b) throws java.io.IOException {
        byte[] x = Files.readAllBytes(a);
        byte[] y = Files.readAllBytes(b);
        if (java.util.Arrays.equals(x, y)) {
            return;
        }
        List<String> xs = new String(x, StandardCharsets.UTF_8).lines().toList();
        List<String> ys = new String(y, StandardCharsets.UTF_8).lines().toList();
        int i = 0;
        while (i < Math.min(xs.size(), ys.size()) && xs.get(i).equals(ys.get(i))) {
            i++;
        }
        fail(what + " of the two JVMs differ (" + x.length + " and " + y.length + " bytes); first at line " + (i + 1)
                + ":\n  JVM A: " + (i < xs.size() ? xs.get(i) : "<end>") + "\n  JVM B: " + (i < ys.size() ? ys.get(i) : "<end>"));
    }
}
