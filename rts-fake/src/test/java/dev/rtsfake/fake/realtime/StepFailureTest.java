package dev.rtsfake.fake.realtime;

import static dev.rtsfake.fake.realtime.RealTimeTesting.APP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.internal.core.Delivery;
import dev.rtsfake.fake.internal.core.Simulation;
import dev.rtsfake.fake.testing.Internals;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A simulation step that throws still hands out the callbacks it produced before it threw. */
class StepFailureTest {
    private static final Logger FAKE_LOG = Logger.getLogger("dev.rtsfake.fake");

    @BeforeEach
    void quiet() {
        // These tests make steps fail on purpose: keep the expected SEVERE lines off the build's console.
        FAKE_LOG.setUseParentHandlers(false);
    }

    @AfterEach
    void loud() {
        FAKE_LOG.setUseParentHandlers(true);
    }


    /** Schedules a step that posts a callback for {@code engine}, then throws. */
    private static void scheduleFailingStep(Simulation sim, FakeRTS engine, List<String> delivered) {
        sim.schedule(0, () -> {
            sim.post(new Delivery(Internals.callbacks(engine), "probe", () -> delivered.add(Thread.currentThread().getName())));
            throw new IllegalStateException("boom in a step");
        });
    }

    @Test
    void virtualTime_stepThatThrows_deliversItsCallbacks_thenRethrows() {
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").build()) {
            FakeRTS alice = cloud.createRTS(APP, new IRTSEventHandler() { });
            List<String> delivered = new CopyOnWriteArrayList<>();
            scheduleFailingStep(RealTimeTesting.simulation(cloud), alice, delivered);

            assertThatThrownBy(() -> cloud.advance(Duration.ofMillis(1)))
                    .isInstanceOf(IllegalStateException.class).hasMessage("boom in a step");
            assertThat(delivered).containsExactly(Thread.currentThread().getName());
        }
    }

    @Test
    void realTime_stepThatThrows_deliversItsCallbacks_andAssertCleanFails() {
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").realTime().build()) {
            FakeRTS alice = cloud.createRTS(APP, new IRTSEventHandler() { });
            List<String> delivered = new CopyOnWriteArrayList<>();
            scheduleFailingStep(RealTimeTesting.simulation(cloud), alice, delivered);

            await().atMost(Duration.ofSeconds(5)).until(() -> !delivered.isEmpty() && !cloud.handlerFailures().isEmpty());
            assertThat(delivered).containsExactly("rts-callback-rts-1");
            assertThat(cloud.handlerFailures()).singleElement()
                    .satisfies(f -> assertThat(f.error()).hasMessage("boom in a step"))
                    .satisfies(f -> assertThat(f.engine()).isEqualTo("rts-fake-clock"));
            assertThatThrownBy(cloud::assertClean).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("error in a simulation step")
                    .hasMessageContaining("boom in a step");

            // the clock goes on after the failure
            Duration before = cloud.elapsed();
            await().atMost(Duration.ofSeconds(5)).until(() -> cloud.elapsed().compareTo(before.plusMillis(50)) > 0);
        }
    }
}
