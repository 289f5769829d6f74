package dev.rtsfake.fake.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceRecorderTest {
    private long now;
    private final TraceRecorder recorder = new TraceRecorder(() -> now, 42);

    @Test
    void snapshot_isAFixedView_acrossChunks() {
        int n = TraceRecorder.CHUNK * 2 + 17;
        for (int i = 0; i < n; i++) {
            now = i * 1_000L;
            recorder.record(TraceKind.NET, "alice/up", "deliver", i % 3 == 0 ? i : null, "p" + i, i);
        }
        Trace before = recorder.snapshot();
        recorder.record(TraceKind.HARNESS, "harness", "later", null);
        assertThat(before.size()).isEqualTo(n).isEqualTo(before.events().size());
        assertThat(recorder.size()).isEqualTo(n + 1);
        assertThat(recorder.snapshot().size()).isEqualTo(n + 1);
        assertThat(before.seed()).isEqualTo(42);
        for (int i : new int[] {0, 1, TraceRecorder.CHUNK - 1, TraceRecorder.CHUNK, n - 1}) {
            TraceEvent e = before.events().get(i);
            assertThat(e.seq()).isEqualTo(i);
            assertThat(e.timeNanos()).isEqualTo(i * 1_000L);
            assertThat(e.kind()).isEqualTo(TraceKind.NET);
            assertThat(e.actor()).isEqualTo("alice/up");
            assertThat(e.name()).isEqualTo("deliver");
            assertThat(e.args()).containsExactly("p" + i, i);
            assertThat(e.result()).isEqualTo(i % 3 == 0 ? i : null);
        }
        assertThat(before.events().get(5)).isSameAs(before.events().get(5));
        assertThat(before.events()).isEqualTo(new ArrayList<>(before.events()));
        assertThat(before.ofKind(TraceKind.HARNESS)).isEmpty();
        assertThatThrownBy(() -> before.events().add(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> before.events().get(n)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> before.events().get(0).args().set(0, "x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void emptyRecorder_givesAnEmptyTrace() {
        assertThat(recorder.snapshot().events()).isEmpty();
        assertThat(recorder.snapshot().format()).startsWith("# rts-fake trace, seed 42, 0 steps");
    }

    @Test
    void disabled_recordsNothing_andTellsNoListener() {
        List<TraceEvent> told = new ArrayList<>();
        recorder.setListener(told::add);
        recorder.setEnabled(false);
        assertThat(recorder.enabled()).isFalse();
        recorder.record(TraceKind.CALL, "alice", "login", 0, "token", "alice");
        assertThat(recorder.size()).isZero();
        assertThat(told).isEmpty();
        recorder.setEnabled(true);
        recorder.record(TraceKind.CALL, "alice", "login", 0, "token", "alice");
        assertThat(told).containsExactlyElementsOf(recorder.snapshot().events());
    }

    @Test
    void aListenerThatThrows_isRemoved_andTheFailureIsInTheTrace() {
        recorder.setListener(e -> {
            throw new IllegalStateException("disk on fire");
        });
        recorder.record(TraceKind.CALL, "alice", "logout", null);
        recorder.record(TraceKind.CALL, "alice", "login", 0);
        assertThat(recorder.snapshot().lines()).hasSize(3);
        TraceEvent failure = recorder.snapshot().events().get(1);
        assertThat(failure.kind()).isEqualTo(TraceKind.HARNESS);
        assertThat(failure.name()).isEqualTo("trace-listener-failed");
        assertThat(failure.args()).singleElement().asString().contains("disk on fire");
    }

    @Test
    void recordFromListener_writesToTheRecorderTellingIt_andNothingOutsideOne() {
        assertThat(TraceRecorder.recordFromListener(TraceKind.HARNESS, "sdk", "note")).isFalse();
        recorder.setListener(e -> {
            if (e.name().equals("step")) {
                TraceRecorder.recordFromListener(TraceKind.HARNESS, "sdk", "note", "why");
            }
        });
        recorder.record(TraceKind.CLOUD, "cloud", "step", null);
        assertThat(recorder.snapshot().lines()).hasSize(2).last().asString().contains("sdk note(\"why\")");
    }
}
