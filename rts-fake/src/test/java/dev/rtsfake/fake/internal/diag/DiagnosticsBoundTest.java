package dev.rtsfake.fake.internal.diag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.diag.Misuse;
import dev.rtsfake.fake.diag.MisuseRule;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.internal.trace.TraceRecorder;
import dev.rtsfake.fake.trace.TraceKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A long run that keeps misusing the SDK, or whose handler keeps throwing, has bounded diagnostics. */
class DiagnosticsBoundTest {
    private static final String APP = "rtsfake-demo-app-0000001";

    @Test
    void misusesAndHandlerFailures_pastTheFirst1000_areCountedNotListed() {
        TraceRecorder trace = new TraceRecorder(() -> 0, 1);
        Diagnostics d = new Diagnostics(true, trace, () -> Duration.ZERO);
        for (int i = 0; i < Diagnostics.KEEP + 7; i++) {
            d.misuse("alice", "call" + i, MisuseRule.CALL_BEFORE_LOGIN);
            d.handlerFailed("alice", "onMessageReceived", new IllegalStateException("boom " + i));
        }

        assertThat(d.misuses()).hasSize(Diagnostics.KEEP).first().extracting(Misuse::call).isEqualTo("call0");
        assertThat(d.handlerFailures()).hasSize(Diagnostics.KEEP);
        assertThat(d.misusesNotKept()).isEqualTo(7);
        assertThat(d.handlerFailuresNotKept()).isEqualTo(7);
        assertThat(trace.snapshot().ofKind(TraceKind.HANDLER_ERROR)).as("every one is traced").hasSize(Diagnostics.KEEP + 7);
    }

    @Test
    void assertClean_countsTheFailuresItNoLongerLists() {
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").build()) {
            FakeRTS alice = cloud.createRTS(APP, new IRTSEventHandler() { });
            FakeRTS bob = cloud.createRTS(APP, new IRTSEventHandler() {
                @Override
                public void onMessageReceived(String uid, String message) {
                    throw new IllegalStateException("bob's handler is broken: " + message);
                }
            });
            alice.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice");
            bob.login(cloud.tokens().issue(APP, "bob", Duration.ofHours(1)), "bob");
            cloud.runUntilIdle();
            for (int i = 0; i < Diagnostics.KEEP + 3; i++) {
                alice.sendMessage("bob", "m" + i, MessageConfig.RELIABLE_ORDERED);
                cloud.advance(Duration.ofMillis(20));
            }
            cloud.runUntilIdle();

            assertThat(cloud.handlerFailures()).hasSize(Diagnostics.KEEP);
            assertThatThrownBy(cloud::assertClean).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("saw " + (Diagnostics.KEEP + 3) + " problem(s)")
                    .hasMessageContaining("bob's handler is broken: m0")
                    .hasMessageEndingWith("and 3 more (past the first 1,000 misuses and 1,000 handler failures,"
                            + " they are counted, not listed)");
        }
    }
}
