package dev.rtsfake.scenarios.run;

import static dev.rtsfake.scenarios.model.Actions.*;
import static dev.rtsfake.scenarios.model.Expectations.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rtsfake.fake.appserver.AppServerFailure;
import dev.rtsfake.fake.net.LinkDirection;
import dev.rtsfake.fake.net.LossModel;
import dev.rtsfake.fake.net.RuleAction;
import dev.rtsfake.scenarios.model.Anchor;
import dev.rtsfake.scenarios.model.RuleMatch;
import dev.rtsfake.scenarios.model.Scenario;
import dev.rtsfake.scenarios.model.ScenarioBuilder;
import dev.rtsfake.scenarios.model.UserSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runner: a verdict per expectation with its reason, what faults did, step errors, validation. */
class ScenarioRunnerTest {
    private final ScenarioRunner runner = new ScenarioRunner();

    private static ScenarioBuilder liftOutage() {
        return Scenario.named("Bob gets alice's message after her 8 s lift outage")
                .users("alice", "bob")
                .at(seconds(1), disconnect("alice")).lasting(seconds(8)).label("lift")
                .at(seconds(2), send("alice", "bob", "hi")).label("hi");
    }

    private static List<String> lines(RunResult r) {
        return r.verdicts().stream().map(Verdict::line).toList();
    }

    @Test
    void liftOutage_everyExpectationHolds_withWhenItHeld() {
        RunResult r = runner.run(liftOutage()
                .expect(received("bob", "alice", "hi").within(seconds(15)).after("hi"))
                .expect(sendResult("hi", 0))
                .expect(states("alice", 2, 3, 4, 5))
                .expect(eventually(connected("alice"), Anchor.HEAL, seconds(5)))
                .expect(always(inOrder()))
                .expect(fired("lift"))
                .build());

        assertThat(lines(r)).containsExactly(
                "PASSED  bob receives \"hi\" from alice within 15s after step hi (at 9.260s)",
                "PASSED  the send hi gets result 0",
                "PASSED  alice's connection states are CONNECTING, CONNECTED, RECONNECTING, RECONNECTED",
                "PASSED  eventually alice is connected, within 5s after the heal (held at 11.060s)",
                "PASSED  always: reliable messages arrive in the order they were sent (from 0.000s to 32.000s)",
                "PASSED  the fault lift acts at least once (acted 25 times)");
        assertThat(r.passed()).isTrue();
        assertThat(r.summary()).isEqualTo("PASSED: 6 expectations held (seed 1)");
        assertThat(r.endNanos()).isEqualTo(32_000_000_000L);
        assertThat(r.steps()).extracting(StepRecord::line).containsExactly(
                "     0.000s  start    alice logs in -> 0",
                "     0.000s  start    bob logs in -> 0",
                "     1.000s  steps[0] alice's network drops",
                "     2.000s  steps[1] alice sends \"hi\" to bob -> 1",
                "     9.000s  steps[0] alice's network is back (end of the step's 'for')");
    }

    @Test
    void failedExpectations_sayWhatHappenedInstead() {
        RunResult r = runner.run(liftOutage()
                .expect(received("bob", "alice", "hi").within(seconds(2)).after("hi"))
                .expect(sendResult("hi", 1))
                .expect(states("alice", 2, 3))
                .expect(eventually(connected("alice"), Anchor.HEAL, seconds(1)))
                .expect(never(inState("alice", 4)))
                .expect(notReceived("bob", "alice", "hi"))
                .build());

        assertThat(lines(r)).containsExactly(
                "FAILED  bob receives \"hi\" from alice within 2s after step hi: bob received no such message between"
                        + " 2.000s and 4.000s; what bob received: \"hi\" from alice at 9.260s",
                "FAILED  the send hi gets result 1: alice's \"hi\" to bob (id 1) got 0 at 11.060s",
                "FAILED  alice's connection states are CONNECTING, CONNECTED: alice's connection states were CONNECTING,"
                        + " CONNECTED, RECONNECTING, RECONNECTED",
                "FAILED  eventually alice is connected, within 1s after the heal: alice is connected did not come to hold"
                        + " between 9.000s and 10.000s; at 10.000s alice's latest connection state was RECONNECTING",
                "FAILED  never: alice is RECONNECTING: at 6.000s alice's latest connection state was RECONNECTING",
                "FAILED  bob receives no \"hi\" from alice: bob received \"hi\" from alice at 9.260s");
        assertThat(r.summary()).isEqualTo("FAILED: 6 of 6 expectations failed (seed 1)");
    }

    @Test
    void faultThatNeverActs_isReportedAsNeverActed() {
        RunResult r = runner.run(Scenario.named("A loss on bob's link while nobody talks does nothing")
                .users("alice", "bob")
                .at(seconds(5), loss("bob", LossModel.independent(0.5))).lasting(seconds(5)).label("quiet")
                .at(seconds(20), disconnect("alice")).lasting(seconds(1))
                .build());

        assertThat(r.faults()).extracting(FaultReport::line).containsExactly(
                "steps[0] (quiet) bob's link loses 50% of packets both ways for 5s: NEVER ACTED",
                "steps[1] alice's network drops for 1s: NEVER ACTED");
        assertThat(r.neverFired()).hasSize(2);
    }

    @Test
    void rule_countsTheSendsItActedOn_andTheSenderHearsItsResult() {
        RunResult r = runner.run(Scenario.named("The 2nd message alice sends bob fails with EXCEED_QPS")
                .users("alice", "bob")
                .at(seconds(1), rule("second", RuleMatch.of("p2p").from("alice").to("bob").nth(2), RuleAction.fail(5)))
                .label("rule")
                .at(seconds(2), send("alice", "bob", "m").times(3).every(millis(100))).label("m")
                .expect(sendResult("m", 5).times(1))
                .expect(sendResult("m", 0).times(2))
                .expect(fired("rule"))
                .expect(notReceived("bob", "alice", "m (2)"))
                .build());

        assertThat(lines(r)).containsExactly(
                "PASSED  1 of the sends m gets result 5 (results: 0 x2, 5 x1)",
                "PASSED  2 of the sends m get result 0 (results: 0 x2, 5 x1)",
                "PASSED  the fault rule acts at least once (acted 1 time)",
                "PASSED  bob receives no \"m (2)\" from alice");
    }

    @Test
    void onlineAt_samplesTheCloudsView_beforeTheStepsOfThatInstant() {
        RunResult r = runner.run(Scenario.named("Bob stays online for the grace period after his phone drops")
                .users("alice", "bob")
                .at(seconds(1), disconnect("bob"))
                .expect(onlineAt("bob", seconds(30)))
                .expect(offlineAt("bob", seconds(40)))
                .expect(onlineAt("bob", seconds(50)))
                .build());

        assertThat(lines(r)).containsExactly(
                "PASSED  bob is online at 30s",
                "PASSED  bob is offline at 40s",
                "FAILED  bob is online at 50s: at 50.000s the cloud had no session for bob (online: [alice])");
    }

    @Test
    void appServerDown_sendsGet17_andReturnedReadsTheCallsValue() {
        RunResult r = runner.run(Scenario.named("Alice's requests fail with 17 while the app server is down")
                .users("alice")
                .at(millis(500), serverParams("alice", "sig", "https://app.example/rts")).label("params")
                .at(seconds(1), appServerDown(AppServerFailure.UNREACHABLE)).lasting(seconds(2)).label("down")
                .at(seconds(2), sendServer("alice", "r1")).label("during")
                .at(seconds(4), sendServer("alice", "r2")).label("after")
                .expect(returned("params", 0))
                .expect(sendResult("during", 17))
                .expect(sendResult("after", 0))
                .expect(fired("down"))
                .build());

        assertThat(lines(r)).containsExactly(
                "PASSED  step params returns 0",
                "PASSED  the send during gets result 17",
                "PASSED  the send after gets result 0",
                "PASSED  the fault down acts at least once (acted 1 time)");
    }

    @Test
    void alwaysConnected_failsAtTheFirstMomentItStopsHolding() {
        RunResult r = runner.run(Scenario.named("Alice's link is cut up for 6 s")
                .users("alice")
                .at(seconds(1), cut("alice", LinkDirection.UP)).lasting(seconds(6))
                .expect(always(connected("alice")).after(Anchor.at(seconds(1))))
                .build());

        assertThat(lines(r)).containsExactly("FAILED  always: alice is connected after 1s: at 6.000s it no longer held:"
                + " alice's latest connection state was RECONNECTING");
    }

    @Test
    void stepThatCannotRun_failsTheRunWithWhy() {
        RunResult r = runner.run(Scenario.named("Removing a rule that is not there fails the step")
                .users("alice")
                .at(seconds(1), new dev.rtsfake.scenarios.model.NetworkAction.RemoveRule("ghost"))
                .build());

        assertThat(lines(r)).containsExactly("FAILED  steps[0] (rule \"ghost\" is removed) runs: it could not: no rule"
                + " named 'ghost' is in force (in force: [])");
        assertThat(r.summary()).isEqualTo("FAILED: 0 of 0 expectations failed, 1 step could not run (seed 1)");
    }

    @Test
    void invalidScenario_isRefusedBeforeItRuns_withEveryProblemAndTheNearestName() {
        Scenario s = Scenario.named("A scenario with typos")
                .users("alice", "bob")
                .at(seconds(5), send("alcie", "bob", "hi")).label("hi")
                .at(seconds(2), disconnect("bob"))
                .expect(sendResult("ih", 0))
                .expect(eventually(connected("bob"), Anchor.HEAL, seconds(5)))
                .build();

        assertThatThrownBy(() -> runner.run(s)).isInstanceOf(InvalidScenarioException.class).hasMessage(
                "the scenario 'A scenario with typos' cannot run:\n"
                        + "  steps[0].send.from: no user named 'alcie'; did you mean 'alice'? (users: alice, bob)\n"
                        + "  steps[1].at: 2s is before the step before it (5s); list the steps in time order, or use"
                        + " 'after' for a time relative to the step before\n"
                        + "  expect[0].sendResult.send: no step is labelled 'ih'; did you mean 'hi'? (labels: hi)\n"
                        + "  expect[1].eventually.after: 'heal' never comes: bob's network drops is still in force at the"
                        + " end; give that step a 'for', or undo it with a later step");
    }

    @Test
    void sameSeed_sameTrace_otherSeed_otherLossPattern() {
        Scenario s = Scenario.named("Bob's link loses a third of its packets while alice sends ten messages")
                .users("alice", "bob")
                .at(seconds(1), loss("bob", LossModel.independent(0.33)))
                .at(seconds(2), send("alice", "bob", "m").times(10).every(millis(50)))
                .seed(7).build();

        RunResult a = runner.run(s);
        RunResult b = runner.run(s);
        RunResult c = runner.run(s, 8);

        assertThat(a.trace().lines()).isEqualTo(b.trace().lines());
        assertThat(c.trace().lines()).isNotEqualTo(a.trace().lines());
        assertThat(c.seed()).isEqualTo(8);
    }

    @Test
    void twoDevicesOfOneUser_duplicateLoginKicksTheFirst() {
        RunResult r = runner.run(Scenario.named("Alice's tablet logs in as alice and kicks her phone")
                .user(UserSpec.named("phone").uid("alice"))
                .user(UserSpec.named("tablet").uid("alice").noLogin())
                .at(seconds(1), login("tablet"))
                .expect(observed("phone", "onLogout").with("reason", 1))
                .expect(observed("tablet", "onLoginResult").with("errorCode", 0))
                .expect(eventually(online("tablet"), Anchor.at(seconds(1)), seconds(1)))
                .build());

        assertThat(r.failures()).isEmpty();
    }
}
