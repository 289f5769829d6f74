package dev.rtsfake.fake.internal.diag;

import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.type.LocalLogLevel;
import com.ss.bytertc.rts.engine.type.RTCLogConfig;
import dev.rtsfake.fake.internal.trace.TraceRecorder;
import dev.rtsfake.fake.trace.TraceEvent;
import dev.rtsfake.fake.trace.TraceKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SdkLogFileTest {
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private SdkLogFile open() {
        SdkLogFile log = SdkLogFile.open(new RTCLogConfig(LocalLogLevel.INFO, dir.toString(), 10, "app"), () -> T0);
        assertThat(log).isNotNull();
        return log;
    }

    @Test
    void writesAreBuffered_butVisibleOnceFilesIsAsked() throws Exception {
        SdkLogFile log = open();
        TraceRecorder trace = new TraceRecorder(() -> 0, 1);
        trace.addListener(log::accept);
        trace.record(TraceKind.CALL, "alice", "login", 0, "token", "alice");
        trace.record(TraceKind.MISUSE, "alice", "joinRoom", null, "JOIN_BEFORE_LOGIN");
        List<Path> files = log.files();
        assertThat(files).hasSize(1);
        List<String> lines = Files.readAllLines(files.get(0), StandardCharsets.UTF_8);
        assertThat(lines).containsExactly("I " + trace.snapshot().lines().get(0), "W " + trace.snapshot().lines().get(1));
        log.close();
        assertThat(log.failure()).isNull();
    }

    @Test
    void manyLines_flushEveryFewHundred_andAllArriveOnClose() throws Exception {
        SdkLogFile log = open();
        TraceRecorder trace = new TraceRecorder(() -> 0, 1);
        trace.addListener(log::accept);
        for (int i = 0; i < 1_000; i++) {
            trace.record(TraceKind.NET, "alice/up", "deliver", null, "p" + i);
        }
        log.close();
        try (var listing = Files.list(dir)) {
            Path file = listing.findFirst().orElseThrow();
            assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(1_000);
        }
    }

    @Test
    void anIoError_neverReachesTheCaller_turnsTheLogOff_andIsInTheTrace() throws Exception {
        Path sub = dir.resolve("sub");
        SdkLogFile log = SdkLogFile.open(new RTCLogConfig(LocalLogLevel.INFO, sub.toString(), 10, "app"), () -> T0);
        TraceRecorder trace = new TraceRecorder(() -> 0, 1);
        trace.addListener(log::accept);
        // the folder turns into a file: the roll to a second file (after 2 MB) cannot create it
        for (Path p : log.files()) {
            Files.delete(p);
        }
        Files.delete(sub);
        Files.writeString(sub, "not a folder any more");
        // about 1.7 KB a line (the trace shows strings of up to 80 characters whole): past 2 MB after ~1,250
        List<String> wide = java.util.Collections.nCopies(20, "x".repeat(80));
        for (int i = 0; i < 1_500; i++) {
            trace.record(TraceKind.NET, "alice/up", "deliver", null, wide);
        }
        assertThat(log.failure()).isNotNull();
        List<TraceEvent> failures = trace.snapshot().events().stream()
                .filter(e -> e.name().equals("sdk-log-failed")).toList();
        assertThat(failures).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(TraceKind.HARNESS);
            assertThat(e.args()).singleElement().asString().contains("could not write the SDK log");
        });
        assertThat(trace.recorded()).isEqualTo(1_501);
        log.close();
    }
}
