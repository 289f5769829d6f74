package dev.rtsfake.fake.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.diag.MisuseError;
import dev.rtsfake.fake.diag.MisuseRule;
import dev.rtsfake.fake.diag.Strictness;
import dev.rtsfake.fake.token.TokenCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** What fails a test at its end, with which message, and what a failed test prints. */
class RtsFakeExtensionFailureTest {
    static final Duration HOUR = Duration.ofHours(1);

    @TempDir
    Path traces;

    private EngineExecutionResults run(Class<?> fixture) {
        return TestKit.run(fixture, Map.of(RtsFakeTest.TRACE_DIR_PROPERTY, traces.toString()));
    }

    /** alice logs in and the clock runs: 0.060 s, nothing pending. */
    static RTS loggedIn(FakeRtsCloud cloud, String uid, IRTSEventHandler handler) {
        RTS rts = RTS.createRTS(null, RtsFakeTest.APP_ID, handler, null);
        rts.login(cloud.tokens().issue(RtsFakeTest.APP_ID, uid, HOUR), uid);
        cloud.runUntilIdle();
        return rts;
    }

    @RtsFakeTest
    static class MisuseCase {
        FakeRtsCloud cloud;

        @Test
        void logsInTwice() {
            RTS alice = loggedIn(cloud, "alice", new IRTSEventHandler() { });
            alice.login(cloud.tokens().issue(RtsFakeTest.APP_ID, "alice", HOUR), "alice");
        }
    }

    @Test
    void misuse_failsTheTestAtItsEnd_namingTheCallAndWhatToDoInstead() {
        Throwable failure = TestKit.failureOf(run(MisuseCase.class), "logsInTwice");

        assertThat(failure).isInstanceOf(AssertionError.class).hasMessage(
                "rts-fake: the test ended with 1 problem (seed 20240101):\n  misuse: alice.login at PT0.06S: "
                        + MisuseRule.LOGIN_WHILE_LOGGED_IN.advice());
    }

    @RtsFakeTest(strictness = Strictness.FAIL_AT_CALL)
    static class FailAtCallCase {
        FakeRtsCloud cloud;

        @Test
        void logsInTwice() {
            RTS alice = loggedIn(cloud, "alice", new IRTSEventHandler() { });
            alice.login(cloud.tokens().issue(RtsFakeTest.APP_ID, "alice", HOUR), "alice");
        }
    }

    @Test
    void strictnessFailAtCall_failsAtTheOffendingLine_andDoesNotListTheMisuseAgain() {
        Throwable failure = TestKit.failureOf(run(FailAtCallCase.class), "logsInTwice");

        assertThat(failure).isInstanceOf(MisuseError.class);
        assertThat(failure.getStackTrace()).anySatisfy(f -> assertThat(f.getMethodName()).isEqualTo("logsInTwice"));
        assertThat(failure.getSuppressed()).hasSize(1).allSatisfy(s -> assertThat(s).isInstanceOf(FailureReport.class));
    }

    @RtsFakeTest(strictness = Strictness.OFF)
    static class StrictnessOffCase {
        FakeRtsCloud cloud;

        @Test
        void logsInTwice() {
            RTS alice = loggedIn(cloud, "alice", new IRTSEventHandler() { });
            alice.login(cloud.tokens().issue(RtsFakeTest.APP_ID, "alice", HOUR), "alice");
        }
    }

    @Test
    void strictnessOff_misuseDoesNotFailTheTest() {
        run(StrictnessOffCase.class).testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
    }

    static final IllegalStateException BOOM = new IllegalStateException("boom in the handler");

    @RtsFakeTest
    static class HandlerFailureCase {
        FakeRtsCloud cloud;

        @Test
        void handlerThrows() {
            loggedIn(cloud, "alice", new IRTSEventHandler() {
                @Override
                public void onLoginResult(String uid, int errorCode, int elapsed) {
                    throw BOOM;
                }
            });
        }
    }

    @Test
    void handlerFailure_failsTheTest_withTheHandlersExceptionSuppressedForItsStackTrace() {
        Throwable failure = TestKit.failureOf(run(HandlerFailureCase.class), "handlerThrows");

        assertThat(failure).hasMessage("rts-fake: the test ended with 1 problem (seed 20240101):\n  handler failure:"
                + " alice.onLoginResult at PT0.06S threw " + BOOM);
        assertThat(failure.getSuppressed()).contains(BOOM);
    }

    @RtsFakeTest
    static class PendingCase {
        FakeRtsCloud cloud;

        @Test
        void sendsWithoutDriving() {
            RTS alice = loggedIn(cloud, "alice", new IRTSEventHandler() { });
            loggedIn(cloud, "bob", new IRTSEventHandler() { });
            alice.sendMessage("bob", "hi", MessageConfig.RELIABLE_ORDERED);
        }

        @Test
        void drivesPartWay() {
            RTS alice = loggedIn(cloud, "alice", new IRTSEventHandler() { });
            loggedIn(cloud, "bob", new IRTSEventHandler() { });
            alice.sendMessage("bob", "hi", MessageConfig.RELIABLE_ORDERED);
            cloud.advance(Duration.ofMillis(10));
        }

        @Test
        @RtsFakeTest(failOnPendingEvents = false)
        void optsOut() {
            RTS alice = loggedIn(cloud, "alice", new IRTSEventHandler() { });
            alice.sendMessage("bob", "hi", MessageConfig.RELIABLE_ORDERED);
        }

        @Test
        void failsOnItsOwn() {
            RTS alice = loggedIn(cloud, "alice", new IRTSEventHandler() { });
            alice.sendMessage("bob", "hi", MessageConfig.RELIABLE_ORDERED);
            throw new AssertionError("its own failure");
        }
    }

    @Test
    void pendingEvents_theClockNotDrivenAfterTheLastSdkCall_failTheTest_withCountTimeAndTheFix() {
        Throwable failure = TestKit.failureOf(run(PendingCase.class), "sendsWithoutDriving");

        assertThat(failure).hasMessage("rts-fake: the test ended with 1 problem (seed 20240101):\n  1 event pending"
                + " at 0.120 s: the clock was not driven after the last SDK call (alice.sendMessage). Drive the clock"
                + " before the test ends (cloud.runUntilIdle(), cloud.advance(...)), or opt out with"
                + " @RtsFakeTest(failOnPendingEvents = false)");
    }

    @Test
    void pendingEvents_afterAPartialDrive_sayHowFarTheClockWasDriven() {
        Throwable failure = TestKit.failureOf(run(PendingCase.class), "drivesPartWay");

        assertThat(failure).hasMessageContaining("1 event pending at 0.130 s: the test drove the clock to 0.130 s,"
                + " and these were still to come.");
    }

    @Test
    void pendingEvents_optedOut_orTheTestFailedOnItsOwn_areNotAProblem() {
        EngineExecutionResults results = run(PendingCase.class);

        assertThat(TestKit.finished(results, "optsOut").getStatus().name()).isEqualTo("SUCCESSFUL");
        assertThat(TestKit.failureOf(results, "failsOnItsOwn")).hasMessage("its own failure")
                .satisfies(f -> assertThat(f.getSuppressed()).singleElement().isInstanceOf(FailureReport.class));
    }

    @RtsFakeTest
    @TestMethodOrder(MethodOrderer.MethodName.class)
    static class LeakCase {
        FakeRtsCloud cloud;

        @Test
        void a_leaksAnInstallation() {
            cloud.install();
        }

        @Test
        void b_isClean() {
            RTS rts = RTS.createRTS(null, RtsFakeTest.APP_ID, new IRTSEventHandler() { }, null);
            if (rts == null || !cloud.engines().contains(rts)) {
                throw new AssertionError("b did not get its own cloud installed");
            }
        }
    }

    @Test
    void leakedInstallation_isReportedAgainstTheTestThatLeakedIt_andTheNextTestIsUnaffected() {
        EngineExecutionResults results = run(LeakCase.class);

        assertThat(TestKit.failureOf(results, "a_leaksAnInstallation")).hasMessageStartingWith(
                "rts-fake: the test ended with 1 problem (seed 20240101):\n  this test left a FakeRtsCloud installed on"
                        + " thread '" + Thread.currentThread().getName() + "': an Installation it opened was never closed.");
        assertThat(TestKit.finished(results, "b_isClean").getStatus().name()).isEqualTo("SUCCESSFUL");
        assertThat(RTS.createRTS(null, RtsFakeTest.APP_ID, new IRTSEventHandler() { }, null)).isNull();
    }

    @RtsFakeTest(lastSteps = 3)
    static class ReportCase {
        FakeRtsCloud cloud;

        @Test
        void refusedLoginThenFails() {
            RTS alice = RTS.createRTS(null, RtsFakeTest.APP_ID, new IRTSEventHandler() { }, null);
            alice.login("not-a-token", "alice");
            cloud.runUntilIdle();
            throw new AssertionError("alice is not online");
        }

        @Test
        void passes() {
            loggedIn(cloud, "alice", new IRTSEventHandler() { });
        }
    }

    @Test
    void failure_carriesTheReport_seedTracePathsThatExist_refusedLoginsWithTheirReason_lastSteps_rerunLine() throws Exception {
        Throwable failure = TestKit.failureOf(run(ReportCase.class), "refusedLoginThenFails");
        String report = TestKit.reportOf(failure);
        Path base = traces.resolve(ReportCase.class.getName());

        assertThat(failure).hasMessage("alice is not online");
        assertThat(report.lines()).first().asString().startsWith("rts-fake: seed 20240101 (the default seed), 0.060 s of virtual time, ");
        assertThat(report).contains("\n  trace: " + base.resolve("refusedLoginThenFails.txt") + ", "
                + base.resolve("refusedLoginThenFails.jsonl") + ", " + base.resolve("refusedLoginThenFails.html") + "\n");
        assertThat(Files.readString(base.resolve("refusedLoginThenFails.html"))).startsWith("<!DOCTYPE html>");
        assertThat(Files.readString(base.resolve("refusedLoginThenFails.txt"))).startsWith("# rts-fake trace, seed 20240101");
        assertThat(base.resolve("refusedLoginThenFails.jsonl")).isNotEmptyFile();
        assertThat(report).contains("\n  refused logins:\n    alice at 0.030 s: login refused with -1000, "
                + TokenCheck.WRONG_VERSION.describe() + "\n");
        assertThat(report).contains("\n  last 3 of ");
        assertThat(report.lines().filter(l -> l.startsWith("    ") && l.contains("s #")).count()).isEqualTo(3);
        assertThat(report.lines()).last().isEqualTo("  rerun: mvn test -Dtest='RtsFakeExtensionFailureTest$ReportCase"
                + "#refusedLoginThenFails' -Drtsfake.seed=20240101");
    }

    @Test
    void passingTest_writesNoTrace() {
        run(ReportCase.class);

        assertThat(traces.resolve(ReportCase.class.getName()).resolve("passes.txt")).doesNotExist();
    }

    @Test
    void traceFiles_goUnderTargetRtsFake_byDefault() {
        Throwable failure = TestKit.failureOf(TestKit.run(ReportCase.class), "refusedLoginThenFails");
        Path txt = Path.of("target", "rts-fake", ReportCase.class.getName(), "refusedLoginThenFails.txt");

        assertThat(TestKit.reportOf(failure)).contains("trace: " + txt);
        assertThat(txt).isNotEmptyFile();
    }
}
