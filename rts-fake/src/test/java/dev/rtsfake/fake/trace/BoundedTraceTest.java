package dev.rtsfake.fake.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.CloudSettings;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.FakeRtsCloudBuilder;
import dev.rtsfake.fake.engine.FakeRTS;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-memory trace keeps the last N steps; the whole trace can stream to a file or a listener. */
class BoundedTraceTest {
    private static final String APP = "rtsfake-demo-app-0000001";

    @TempDir
    Path tmp;

    /** Alice and bob log in and exchange {@code messages} messages; the trace once the cloud is closed. */
    private static Trace chat(FakeRtsCloudBuilder builder, int messages) {
        FakeRtsCloud cloud = builder.app(APP, "key").seed(11).build();
        try (cloud) {
            FakeRTS alice = cloud.createRTS(APP, new IRTSEventHandler() { });
            FakeRTS bob = cloud.createRTS(APP, new IRTSEventHandler() { });
            alice.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice");
            bob.login(cloud.tokens().issue(APP, "bob", Duration.ofHours(1)), "bob");
            cloud.runUntilIdle();
            for (int i = 0; i < messages; i++) {
                (i % 2 == 0 ? alice : bob).sendMessage(i % 2 == 0 ? "bob" : "alice", "m" + i, MessageConfig.RELIABLE_ORDERED);
                cloud.advance(Duration.ofMillis(100));
            }
        }
        return cloud.trace();
    }

    @Test
    void byDefault_theTraceKeepsTheLast100000Steps() {
        assertThat(CloudSettings.defaults().traceKeepLast()).isEqualTo(100_000);
        assertThat(FakeRtsCloud.builder().app(APP, "key").build().settings().traceKeepLast()).isEqualTo(100_000);
    }

    @Test
    void traceKeepLast_keepsTheLatestSteps_andTheTraceSaysHowManyItDropped() {
        Trace all = chat(FakeRtsCloud.builder().traceKeepAll(), 200);
        Trace last = chat(FakeRtsCloud.builder().traceKeepLast(50), 200);

        assertThat(all.dropped()).isZero();
        assertThat(last.size()).isEqualTo(50);
        assertThat(last.dropped()).isEqualTo(all.size() - 50);
        assertThat(last.lines()).isEqualTo(all.lines().subList(all.size() - 50, all.size()));
        assertThat(last.header()).contains("50 steps (#" + last.dropped() + " to #" + (all.size() - 1) + "; "
                + last.dropped() + " earlier steps dropped");
        assertThat(last.format()).startsWith(last.header() + "\n");
        assertThat(all.header()).doesNotContain("dropped");
        assertThat(last).hasToString("Trace[seed=11, 50 steps, " + last.dropped() + " dropped]");
    }

    @Test
    void traceFile_streamsEveryStep_asTheJsonLinesOfTheWholeTrace() throws Exception {
        Path streamed = tmp.resolve("deep/folder/trace.jsonl");
        Trace last = chat(FakeRtsCloud.builder().traceKeepLast(10).traceFile(streamed), 100);
        Trace all = chat(FakeRtsCloud.builder().traceKeepAll(), 100);
        Path written = all.writeJsonLines(tmp.resolve("all.jsonl"));

        assertThat(last.dropped()).isPositive();
        assertThat(Files.readAllLines(streamed, StandardCharsets.UTF_8)).hasSize(all.size()).hasSize((int) last.dropped() + 10);
        assertThat(Files.readString(streamed, StandardCharsets.UTF_8)).isEqualTo(Files.readString(written, StandardCharsets.UTF_8));
    }

    @Test
    void traceListener_seesEveryStep_keptOrNot_evenWithNoneKept() {
        List<String> heard = new ArrayList<>();
        Trace none = chat(FakeRtsCloud.builder().traceKeepLast(0).traceListener(e -> heard.add(e.format())), 30);
        Trace all = chat(FakeRtsCloud.builder(), 30);

        assertThat(none.events()).isEmpty();
        assertThat(none.dropped()).isEqualTo(all.size());
        assertThat(heard).isEqualTo(all.lines());
    }

    @Test
    void aListenerThatThrows_isRemoved_andTheRunGoesOn() {
        int[] told = new int[1];
        Trace t = chat(FakeRtsCloud.builder().traceListener(e -> {
            if (++told[0] == 3) {
                throw new IllegalStateException("listener broke");
            }
        }), 5);

        assertThat(told[0]).isEqualTo(3);
        assertThat(t.filter(e -> e.name().equals("trace-listener-failed"))).singleElement()
                .satisfies(e -> assertThat(e.args().get(0).toString()).contains("listener broke"));
    }

    @Test
    void aTraceFileThatCannotBeCreated_isRefusedWhenTheCloudIsBuilt() throws Exception {
        Path notAFolder = Files.writeString(tmp.resolve("file"), "x");
        FakeRtsCloudBuilder builder = FakeRtsCloud.builder().app(APP, "key").traceFile(notAFolder.resolve("trace.jsonl"));

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot write the trace file").hasMessageContaining("writable folder");
    }

    @Test
    void aTraceFileThatFailsToWrite_stopsAndSaysSoInTheTrace_theRunGoesOn() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "needs /dev/full (Linux) to make writes fail");
        Trace t = chat(FakeRtsCloud.builder().traceFile(full), 200);

        assertThat(t.filter(e -> e.name().equals("trace-file-failed"))).singleElement()
                .satisfies(e -> assertThat(e.args().get(0).toString()).contains("could not write the trace file /dev/full"));
        assertThat(t.callbackNames("bob")).contains("onMessageReceived");
    }

    @Test
    void builderSettings_refuseANegativeCount_andANullFileOrListener() {
        assertThatThrownBy(() -> FakeRtsCloud.builder().traceKeepLast(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("traceKeepAll()");
        assertThatThrownBy(() -> FakeRtsCloud.builder().traceFile(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FakeRtsCloud.builder().traceListener(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(FakeRtsCloud.builder().app(APP, "key").traceKeepAll().build().settings().traceKeepLast())
                .isEqualTo(Integer.MAX_VALUE);
    }
}
