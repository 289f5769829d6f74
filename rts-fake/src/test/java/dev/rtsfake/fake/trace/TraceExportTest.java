package dev.rtsfake.fake.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.engine.FakeRTS;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceExportTest {
    private static final String APP = "rtsfake-demo-app-0000001";

    private static Trace loginTrace() {
        FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").build();
        FakeRTS alice = cloud.createRTS(APP, new IRTSEventHandler() { });
        alice.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice");
        cloud.runUntilIdle();
        return cloud.trace();
    }

    @Test
    void writeJsonLines_writesOneObjectPerStep() throws Exception {
        Trace trace = loginTrace();
        Path file = trace.writeJsonLines(tmp.resolve("out/trace.jsonl"));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(trace.size());
        JsonNode last = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(last.get("kind").asText()).isEqualTo("CALLBACK");
        assertThat(last.get("name").asText()).isEqualTo("onLoginResult");
        assertThat(last.get("args").get(0).asText()).isEqualTo("alice");
        assertThat(last.get("timeNanos").asLong()).isEqualTo(60_000_000L);
    }

    @Test
    void writeText_startsWithTheSeed_andMatchesFormat() throws Exception {
        Trace trace = loginTrace();
        Path file = trace.writeText(tmp.resolve("trace.txt"));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("# rts-fake trace, seed " + trace.seed()).isEqualTo(trace.format());
    }

    @Test
    void snapshot_isACopy_laterStepsDoNotAppear() {
        FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").build();
        cloud.createRTS(APP, new IRTSEventHandler() { });
        Trace before = cloud.trace();
        cloud.createRTS(APP, new IRTSEventHandler() { });
        assertThat(cloud.trace().size()).isEqualTo(before.size() + 1);
        assertThat(before.events()).hasSize(1);
    }

    @TempDir
    Path tmp;
}
