package dev.rtsfake.fake.internal.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtsfake.fake.diag.Misuse;
import dev.rtsfake.fake.diag.MisuseRule;
import dev.rtsfake.fake.internal.trace.TraceRecorder;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {
    private final TraceRecorder trace = new TraceRecorder(() -> 0, 1);
    private final Diagnostics diagnostics = new Diagnostics(true, trace, () -> Duration.ZERO);

    @Test
    void withRuleMuted_mutesOnlyTheCallingThread() throws Exception {
        CountDownLatch muted = new CountDownLatch(1);
        CountDownLatch otherDone = new CountDownLatch(1);
        Thread other = new Thread(() -> {
            try {
                muted.await(5, TimeUnit.SECONDS);
                diagnostics.misuse("bob", "destroy", MisuseRule.DESTROY_IN_CALLBACK);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                otherDone.countDown();
            }
        });
        other.start();
        diagnostics.withRuleMuted(MisuseRule.DESTROY_IN_CALLBACK, () -> {
            muted.countDown();
            try {
                otherDone.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            diagnostics.misuse("alice", "destroy", MisuseRule.DESTROY_IN_CALLBACK);
            diagnostics.misuse("alice", "joinRoom", MisuseRule.JOIN_BEFORE_LOGIN);
        });
        other.join();
        diagnostics.misuse("carol", "destroy", MisuseRule.DESTROY_IN_CALLBACK);
        assertThat(diagnostics.misuses()).extracting(Misuse::engine).containsExactly("bob", "alice", "carol");
        assertThat(trace.recorded()).isEqualTo(3);
    }

    @Test
    void withRuleMuted_nests_andRestores() {
        diagnostics.withRuleMuted(MisuseRule.USE_AFTER_DESTROY, () -> {
            diagnostics.withRuleMuted(MisuseRule.CALL_BEFORE_LOGIN, () ->
                    diagnostics.misuse("a", "x", MisuseRule.CALL_BEFORE_LOGIN));
            diagnostics.misuse("a", "y", MisuseRule.USE_AFTER_DESTROY);
            diagnostics.misuse("a", "z", MisuseRule.CALL_BEFORE_LOGIN);
        });
        diagnostics.misuse("a", "w", MisuseRule.USE_AFTER_DESTROY);
        assertThat(diagnostics.misuses()).extracting(Misuse::call).containsExactly("z", "w");
    }
}
