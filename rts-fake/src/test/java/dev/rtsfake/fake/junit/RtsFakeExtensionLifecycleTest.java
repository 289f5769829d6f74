package dev.rtsfake.fake.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.FakeRtsCloudBuilder;
import dev.rtsfake.fake.diag.Strictness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** The extension's lifecycle, run through the engine test kit: which cloud a test gets, when it is installed and closed. */
class RtsFakeExtensionLifecycleTest {
    /** What the fixtures saw, in the order they saw it (the fixtures run one at a time, on this thread). */
    static final List<Object> SEEN = new ArrayList<>();

    private static EngineExecutionResults run(Class<?> fixture) {
        SEEN.clear();
        return TestKit.run(fixture);
    }

    private static void assertClosed(FakeRtsCloud cloud) {
        assertThatThrownBy(cloud::runUntilIdle).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @RtsFakeTest
    @TestMethodOrder(MethodOrderer.MethodName.class)
    static class InstanceFieldCase {
        FakeRtsCloud cloud;

        @Test
        void a() {
            SEEN.add(cloud);
            RTS engine = RTS.createRTS(null, RtsFakeTest.APP_ID, new IRTSEventHandler() { }, null);
            SEEN.add(engine != null && cloud.engines().contains(engine));
        }

        @Test
        void b() {
            SEEN.add(cloud);
            RTS engine = RTS.createRTS(null, RtsFakeTest.APP_ID, new IRTSEventHandler() { }, null);
            SEEN.add(engine != null && cloud.engines().contains(engine));
        }
    }

    @Test
    void instanceField_getsAFreshCloudPerTest_installedForRtsCreateRtsDuringTheTest_andClosedAfter() {
        EngineExecutionResults results = run(InstanceFieldCase.class);

        results.testEvents().assertStatistics(s -> s.succeeded(2).failed(0));
        FakeRtsCloud first = (FakeRtsCloud) SEEN.get(0);
        FakeRtsCloud second = (FakeRtsCloud) SEEN.get(2);
        assertThat(first).isNotSameAs(second);
        assertThat(SEEN.get(1)).as("RTS.createRTS made an engine of the test's cloud").isEqualTo(true);
        assertThat(SEEN.get(3)).as("RTS.createRTS made an engine of the test's cloud").isEqualTo(true);
        assertClosed(first);
        assertClosed(second);
        assertThat(RTS.createRTS(null, RtsFakeTest.APP_ID, new IRTSEventHandler() { }, null))
                .as("nothing is installed on this thread after the tests").isNull();
    }

    @RtsFakeTest
    @TestMethodOrder(MethodOrderer.MethodName.class)
    static class StaticFieldCase {
        static FakeRtsCloud cloud;

        @BeforeAll
        static void setUp(FakeRtsCloud given) {
            SEEN.add(given);
            SEEN.add(cloud);
        }

        @Test
        void a(FakeRtsCloud given) {
            SEEN.add(given);
            SEEN.add(RTS.createRTS(null, RtsFakeTest.APP_ID, new IRTSEventHandler() { }, null));
        }

        @Test
        void b() {
            SEEN.add(cloud);
            SEEN.add(cloud.engines().size());
        }
    }

    @Test
    void staticField_oneCloudForTheWholeClass_givenToBeforeAll_installedInEachTest_closedAfterTheClass() {
        EngineExecutionResults results = run(StaticFieldCase.class);

        results.testEvents().assertStatistics(s -> s.succeeded(2).failed(0));
        FakeRtsCloud cloud = (FakeRtsCloud) SEEN.get(0);
        assertThat(SEEN.get(1)).isSameAs(cloud);
        assertThat(SEEN.get(2)).isSameAs(cloud);
        assertThat(SEEN.get(3)).isNotNull();
        assertThat(SEEN.get(4)).isSameAs(cloud);
        assertThat(SEEN.get(5)).as("test b sees the engine test a made").isEqualTo(1);
        assertClosed(cloud);
        assertThat(StaticFieldCase.cloud).as("the field lets go of the closed cloud").isNull();
    }

    @RtsFakeTest
    static class ParameterCase {
        @BeforeEach
        void before(FakeRtsCloud cloud) {
            SEEN.add(cloud);
        }

        @Test
        void only(FakeRtsCloud cloud) {
            SEEN.add(cloud);
        }

        @AfterEach
        void after(FakeRtsCloud cloud) {
            SEEN.add(cloud);
        }
    }

    @Test
    void parameter_withoutAField_isTheTestsCloud_inBeforeEachTheTestAndAfterEach() {
        run(ParameterCase.class).testEvents().assertStatistics(s -> s.succeeded(1));

        assertThat(SEEN).hasSize(3).containsOnly(SEEN.get(0));
        assertClosed((FakeRtsCloud) SEEN.get(0));
    }

    @RtsFakeTest
    static class FailingCase {
        FakeRtsCloud cloud;

        @Test
        void fails() {
            SEEN.add(cloud);
            throw new AssertionError("the test's own failure");
        }
    }

    @Test
    void cloud_isClosed_evenWhenTheTestFails_andTheTestsOwnFailureIsKept() {
        EngineExecutionResults results = run(FailingCase.class);

        assertThat(TestKit.failureOf(results, "fails")).hasMessage("the test's own failure");
        assertClosed((FakeRtsCloud) SEEN.get(0));
    }

    @RtsFakeTest(builder = "chat", seed = 99, strictness = Strictness.OFF)
    static class BuilderMethodCase {
        static final String APP = "chat-app-000000000000001";
        FakeRtsCloud cloud;

        static FakeRtsCloudBuilder chat() {
            return FakeRtsCloud.builder().app(APP, "chat-key").latency(Duration.ofMillis(80)).seed(1)
                    .strictness(Strictness.FAIL_AT_CALL);
        }

        @Test
        void only() {
            SEEN.add(cloud);
        }
    }

    @Test
    void builderMethod_configuresTheCloud_andTheAnnotationsSeedAndStrictnessAreSetOnIt() {
        run(BuilderMethodCase.class).testEvents().assertStatistics(s -> s.succeeded(1));

        FakeRtsCloud cloud = (FakeRtsCloud) SEEN.get(0);
        assertThat(cloud.settings().latency()).isEqualTo(Duration.ofMillis(80));
        assertThat(cloud.seed()).isEqualTo(99);
        assertThat(cloud.settings().strictness()).isEqualTo(Strictness.OFF);
        assertThat(cloud.tokens().issue(BuilderMethodCase.APP, "alice", Duration.ofHours(1))).isNotEmpty();
    }

    @RtsFakeTest
    static class InstanceBuilderMethodCase {
        private final Duration latency = Duration.ofMillis(5);
        FakeRtsCloud cloud;

        @RtsFakeTest(builder = "slow")
        @Test
        void withItsOwnSettings() {
            SEEN.add(cloud.settings().latency());
        }

        FakeRtsCloudBuilder slow() {
            return FakeRtsCloud.builder().app(RtsFakeTest.APP_ID, RtsFakeTest.APP_KEY).latency(latency);
        }
    }

    @Test
    void rtsFakeTestOnAMethod_replacesTheClasssForThatTest_andAnInstanceBuilderMethodMayReadTheInstance() {
        run(InstanceBuilderMethodCase.class).testEvents().assertStatistics(s -> s.succeeded(1));

        assertThat(SEEN).containsExactly(Duration.ofMillis(5));
    }

    @Test
    void defaultCloud_hasTheDocumentedApp() {
        assertThat(RtsFakeTest.APP_ID).hasSize(24);
        run(ParameterCase.class);
        FakeRtsCloud cloud = (FakeRtsCloud) SEEN.get(0);
        assertThat(cloud.settings().strictness()).isEqualTo(Strictness.REPORT);
        assertThat(Map.of("seed", cloud.seed())).containsEntry("seed", dev.rtsfake.fake.CloudSettings.DEFAULT_SEED);
    }
}
