package dev.rtsfake.fake.internal.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rtsfake.fake.trace.ClippedText;
import dev.rtsfake.fake.trace.Trace;
import dev.rtsfake.fake.trace.TraceEvent;
import dev.rtsfake.fake.trace.TraceKind;
import java.lang.ref.WeakReference;
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
        assertThat(recorder.recorded()).isEqualTo(n + 1);
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
        recorder.addListener(told::add);
        recorder.setEnabled(false);
        assertThat(recorder.enabled()).isFalse();
        recorder.record(TraceKind.CALL, "alice", "login", 0, "token", "alice");
        assertThat(recorder.recorded()).isZero();
        assertThat(told).isEmpty();
        recorder.setEnabled(true);
        recorder.record(TraceKind.CALL, "alice", "login", 0, "token", "alice");
        assertThat(told).containsExactlyElementsOf(recorder.snapshot().events());
    }

    @Test
    void aListenerThatThrows_isRemoved_andTheFailureIsInTheTrace() {
        recorder.addListener(e -> {
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
        recorder.addListener(e -> {
            if (e.name().equals("step")) {
                TraceRecorder.recordFromListener(TraceKind.HARNESS, "sdk", "note", "why");
            }
        });
        recorder.record(TraceKind.CLOUD, "cloud", "step", null);
        assertThat(recorder.snapshot().lines()).hasSize(2).last().asString().contains("sdk note(\"why\")");
    }

    @Test
    void keepLast_snapshotHoldsTheLatestSteps_withTheirSequenceNumbers_andCountsTheDropped() {
        int keep = TraceRecorder.CHUNK + 100;
        TraceRecorder r = new TraceRecorder(() -> now, 42, keep);
        long n = TraceRecorder.CHUNK * 5L + 7;
        for (long i = 0; i < n; i++) {
            now = i;
            r.record(TraceKind.NET, "alice/up", "deliver", null, "p" + i);
            if (i == keep - 1) {
                assertThat(r.snapshot().dropped()).as("exactly %d steps: nothing dropped yet", keep).isZero();
            }
        }
        Trace t = r.snapshot();
        assertThat(r.recorded()).isEqualTo(n);
        assertThat(t.size()).isEqualTo(keep);
        assertThat(t.dropped()).isEqualTo(n - keep);
        for (int i : new int[] {0, 99, 100, keep - 1}) {
            TraceEvent e = t.events().get(i);
            long seq = n - keep + i;
            assertThat(e.seq()).isEqualTo(seq);
            assertThat(e.timeNanos()).isEqualTo(seq);
            assertThat(e.args()).containsExactly("p" + seq);
        }
        assertThat(t.format()).startsWith("# rts-fake trace, seed 42, " + keep + " steps (#" + (n - keep) + " to #"
                + (n - 1) + "; " + (n - keep) + " earlier steps dropped: build the cloud with traceKeepLast(n) or"
                + " traceKeepAll() to keep more, or traceFile(path) to stream every step to a file)\n");
        assertThat(t.lines()).hasSize(keep).last().asString().contains("#" + (n - 1) + " ");
    }

    @Test
    void keepLast_letsGoOfTheStepsItDropped() {
        TraceRecorder r = new TraceRecorder(() -> now, 42, 10);
        Object first = new Object() {
            @Override
            public String toString() {
                return "first";
            }
        };
        r.record(TraceKind.CLOUD, "cloud", "step", null, first);
        WeakReference<Object> gone = new WeakReference<>(first);
        first = null;
        for (int i = 0; i < TraceRecorder.CHUNK * 2; i++) {
            r.record(TraceKind.CLOUD, "cloud", "step", null, i);
        }
        for (int i = 0; i < 20 && gone.get() != null; i++) {
            System.gc();
        }
        assertThat(gone.get()).as("the argument of a dropped step is no longer held").isNull();
        assertThat(r.snapshot().size()).isEqualTo(10);
    }

    @Test
    void keepZero_holdsNoStep_butListenersHearEvery() {
        TraceRecorder r = new TraceRecorder(() -> now, 42, 0);
        List<Long> told = new ArrayList<>();
        r.addListener(e -> told.add(e.seq()));
        for (int i = 0; i < TraceRecorder.CHUNK + 3; i++) {
            r.record(TraceKind.CLOUD, "cloud", "step", null);
        }
        assertThat(r.snapshot().events()).isEmpty();
        assertThat(r.snapshot().dropped()).isEqualTo(TraceRecorder.CHUNK + 3);
        assertThat(r.snapshot().format()).startsWith("# rts-fake trace, seed 42, 0 steps (" + (TraceRecorder.CHUNK + 3)
                + " earlier steps dropped");
        assertThat(told).hasSize(TraceRecorder.CHUNK + 3).startsWith(0L, 1L).endsWith((long) TraceRecorder.CHUNK + 2);
    }

    @Test
    void keepAll_isTheDefaultOfABareRecorder() {
        for (int i = 0; i < TraceRecorder.CHUNK * 3; i++) {
            recorder.record(TraceKind.CLOUD, "cloud", "step", null, i);
        }
        assertThat(recorder.keep()).isEqualTo(Integer.MAX_VALUE);
        assertThat(recorder.snapshot().dropped()).isZero();
        assertThat(recorder.snapshot().events().get(0).args()).containsExactly(0);
        assertThatThrownBy(() -> new TraceRecorder(() -> 0, 1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listeners_areToldInTheOrderAdded_andARemovedOneHearsNoMore() {
        List<String> told = new ArrayList<>();
        java.util.function.Consumer<TraceEvent> first = e -> told.add("first " + e.seq());
        recorder.addListener(first);
        recorder.addListener(e -> told.add("second " + e.seq()));
        recorder.record(TraceKind.CLOUD, "cloud", "a", null);
        recorder.removeListener(first);
        recorder.record(TraceKind.CLOUD, "cloud", "b", null);
        assertThat(told).containsExactly("first 0", "second 0", "second 1");
    }

    @Test
    void aLongString_isKeptAsItsStartSizeAndDigest_notWhole() {
        String big = "y".repeat(100_000);
        recorder.record(TraceKind.CALL, "alice", "sendMessage", big, "bob", big, "short");
        TraceEvent e = recorder.snapshot().events().get(0);
        assertThat(e.args().get(0)).isEqualTo("bob");
        assertThat(e.args().get(2)).isEqualTo("short");
        assertThat(e.args().get(1)).isInstanceOfSatisfying(ClippedText.class, c -> {
            assertThat(c.start()).isEqualTo("y".repeat(64));
            assertThat(c.utf8Length()).isEqualTo(100_000);
            assertThat(c.sha256()).hasSize(64);
        });
        assertThat(e.result()).isEqualTo(e.args().get(1));
        String kept = "z".repeat(256);
        recorder.record(TraceKind.CALL, "alice", "sendMessage", null, kept);
        assertThat(recorder.snapshot().events().get(1).args()).containsExactly(kept);
    }
}
