package dev.rtsfake.fake.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.FakeRtsCloud;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Where a test's seed comes from, and the extension under JUnit's parallel execution. */
class RtsFakeExtensionSeedAndParallelTest {
    static final Map<String, Long> SEEDS = new ConcurrentHashMap<>();

    @RtsFakeTest(seed = 5)
    static class AnnotationSeedCase {
        @Test
        void plain(FakeRtsCloud cloud) {
            SEEDS.put("plain", cloud.seed());
        }

        @Test
        @Seed(7)
        void pinned(FakeRtsCloud cloud) {
            SEEDS.put("pinned", cloud.seed());
        }
    }

    @RtsFakeTest(seed = 5)
    @Seed(6)
    static class ClassSeedCase {
        @Test
        void plain(FakeRtsCloud cloud) {
            SEEDS.put("class", cloud.seed());
        }

        @Test
        @Seed(7)
        void pinned(FakeRtsCloud cloud) {
            SEEDS.put("class-pinned", cloud.seed());
            throw new AssertionError("fails, to print its seed");
        }
    }

    @Test
    void seed_fromTheAnnotation_overriddenBySeedOnTheClass_overriddenBySeedOnTheMethod() {
        SEEDS.clear();
        TestKit.run(AnnotationSeedCase.class);
        EngineExecutionResults classSeeded = TestKit.run(ClassSeedCase.class);

        assertThat(SEEDS).containsExactlyInAnyOrderEntriesOf(Map.of("plain", 5L, "pinned", 7L, "class", 6L, "class-pinned", 7L));
        assertThat(TestKit.reportOf(TestKit.failureOf(classSeeded, "pinned")))
                .startsWith("rts-fake: seed 7 (@Seed on the method)").endsWith("-Drtsfake.seed=7");
    }

    @Test
    void seedProperty_setsTheSeedForAWholeRun_overSeedAnnotations_asTheRerunLineUsesIt() {
        SEEDS.clear();
        Map<String, String> property = Map.of(RtsFakeTest.SEED_PROPERTY, "123");
        TestKit.run(AnnotationSeedCase.class, property);
        EngineExecutionResults classSeeded = TestKit.run(ClassSeedCase.class, property);

        assertThat(SEEDS.values()).containsOnly(123L).hasSize(4);
        assertThat(TestKit.reportOf(TestKit.failureOf(classSeeded, "pinned")))
                .startsWith("rts-fake: seed 123 (-Drtsfake.seed)").endsWith("-Drtsfake.seed=123");
    }

    static final Map<String, String> TRACES = new ConcurrentHashMap<>();
    static final Set<FakeRtsCloud> CLOUDS = ConcurrentHashMap.newKeySet();
    static final Set<String> THREADS = ConcurrentHashMap.newKeySet();
    static volatile CountDownLatch together;

    @RtsFakeTest
    static class ParallelCase {
        FakeRtsCloud cloud;

        void chat(TestInfo info) throws InterruptedException {
            together.countDown();
            if (!together.await(20, TimeUnit.SECONDS)) {
                throw new AssertionError("the tests did not run at the same time");
            }
            RTS alice = RTS.createRTS(null, RtsFakeTest.APP_ID, new IRTSEventHandler() { }, null);
            RTS bob = RTS.createRTS(null, RtsFakeTest.APP_ID, new IRTSEventHandler() { }, null);
            alice.login(cloud.tokens().issue(RtsFakeTest.APP_ID, "alice", RtsFakeExtensionFailureTest.HOUR), "alice");
            bob.login(cloud.tokens().issue(RtsFakeTest.APP_ID, "bob", RtsFakeExtensionFailureTest.HOUR), "bob");
            cloud.runUntilIdle();
            for (int i = 0; i < 50; i++) {
                alice.sendMessage("bob", "m" + i, MessageConfig.RELIABLE_ORDERED);
                cloud.advance(java.time.Duration.ofMillis(7));
            }
            cloud.runUntilIdle();
            TRACES.put(info.getDisplayName(), String.join("\n", cloud.trace().lines()));
            CLOUDS.add(cloud);
            THREADS.add(Thread.currentThread().getName());
        }

        @Test
        void t1(TestInfo i) throws InterruptedException {
            chat(i);
        }

        @Test
        void t2(TestInfo i) throws InterruptedException {
            chat(i);
        }

        @Test
        void t3(TestInfo i) throws InterruptedException {
            chat(i);
        }

        @Test
        void t4(TestInfo i) throws InterruptedException {
            chat(i);
        }
    }

    @Test
    void parallelExecution_eachConcurrentTestHasItsOwnInstalledCloud_andTheSameSeedGivesTheSameTrace() {
        TRACES.clear();
        CLOUDS.clear();
        THREADS.clear();
        together = new CountDownLatch(4);

        EngineExecutionResults results = TestKit.run(ParallelCase.class, Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "4"));

        results.testEvents().assertStatistics(s -> s.succeeded(4).failed(0));
        assertThat(THREADS).hasSize(4);
        assertThat(CLOUDS).hasSize(4);
        assertThat(Set.copyOf(TRACES.values())).as("one trace, whatever ran beside it").hasSize(1);
        assertThat(RTS.createRTS(null, RtsFakeTest.APP_ID, new IRTSEventHandler() { }, null)).isNull();
    }
}
