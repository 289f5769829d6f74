package dev.rtsfake.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rts-sim run: timeline, verdicts, trace files, exit status, output options. */
class RunCommandTest {
    @TempDir
    Path dir;

    private String out() {
        return dir.resolve("out").toString();
    }

    @Test
    void cannedScenario_passes_printsTimelineVerdictsFaults_andWritesTraceFiles() throws IOException {
        Cli c = Cli.run("run", "lift-outage-8s", "--out", out(), "--hide-sys-stats");

        assertThat(c.exit()).isEqualTo(RtsSim.OK);
        List<String> lines = c.outLines();
        assertThat(lines.subList(0, 5)).containsExactly(
                "rts-sim run: Alice's message reaches bob after her 8 s lift outage",
                "  (lift-outage-8s, seed 1, 29.000s of virtual time)",
                "",
                "Timeline:",
                "     0.000s  start    alice logs in -> 0");
        assertThat(lines).contains(
                "     1.000s  steps[0] alice's network drops",
                "     2.000s  steps[1] alice sends \"sent in the lift\" to bob -> 1",
                "     6.000s           alice onConnectionStateChanged(4, -1)",
                "     9.000s  steps[0] alice's network is back (end of the step's 'for')",
                "     9.260s           bob onMessageReceived(\"alice\", \"sent in the lift\")",
                "  PASSED  the send inLift gets result 0",
                "  steps[0] (lift) alice's network drops for 8s: acted 25 times");
        assertThat(c.out()).doesNotContain("onSysStats");
        Path txt = dir.resolve("out/lift-outage-8s-seed1.trace.txt");
        Path jsonl = dir.resolve("out/lift-outage-8s-seed1.trace.jsonl");
        Path html = dir.resolve("out/lift-outage-8s-seed1.trace.html");
        assertThat(lines).contains("Trace: " + txt + ", " + jsonl + ", " + html);
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<title>lift-outage-8s-seed1 (seed 1, ");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("PASSED: 6 expectations held (seed 1)");
        assertThat(Files.readString(txt)).startsWith("# rts-fake trace, seed 1, ").contains("NET");
        assertThat(Files.readAllLines(jsonl)).allMatch(l -> l.startsWith("{\"seq\":"));
    }

    @Test
    void failingScenario_exits1_andSaysHowToRerunIt() throws IOException {
        Path file = dir.resolve("late.yaml");
        Files.writeString(file, "name: Bob gets alice's message at once\nusers: [alice, bob]\nsteps:\n"
                + "  - at: 1s\n    disconnect: alice\n    for: 8s\n  - at: 2s\n    send: {from: alice, to: bob, text: hi}\n"
                + "expect:\n  - received: {user: bob, text: hi, within: 3s}\n");

        Cli c = Cli.run("run", file.toString(), "--seed", "5", "--quiet", "--no-trace-files");

        assertThat(c.exit()).isEqualTo(RtsSim.FAILED);
        assertThat(c.outLines()).containsExactly(
                "  FAILED  bob receives \"hi\" within 3s: bob received no such message between 0.000s and 3.000s; what"
                        + " bob received: \"hi\" from alice at 9.260s",
                file + ": FAILED: 1 of 1 expectation failed (seed 5). Rerun: rts-sim run " + file + " --seed 5");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void formatJsonl_givesOneJsonObjectALine_runStepsEventsVerdictsFaultsSummary() throws IOException {
        Cli c = Cli.run("run", "app-server-down", "--format", "jsonl", "--out", out());

        assertThat(c.exit()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<String> types = new ArrayList<>();
        for (String line : c.outLines()) {
            JsonNode n = json.readTree(line);
            if (types.isEmpty() || !types.get(types.size() - 1).equals(n.get("type").asText())) {
                types.add(n.get("type").asText());
            }
        }
        assertThat(types).containsExactly("run", "step", "event", "verdict", "fault", "summary");
        JsonNode summary = json.readTree(c.outLines().get(c.outLines().size() - 1));
        assertThat(summary.get("passed").asBoolean()).isTrue();
        assertThat(summary.get("rerun").asText()).isEqualTo("rts-sim run app-server-down --seed 1");
    }

    @Test
    void verbose_showsEveryTraceStep_andHideRetransmissionsShowsAPacketsFirstLossOnly() {
        Cli all = Cli.run("run", "lift-outage-8s", "--verbose", "--no-trace-files");
        Cli once = Cli.run("run", "lift-outage-8s", "--verbose", "--no-trace-files", "--hide-retransmissions");

        long lostAll = all.outLines().stream().filter(l -> l.contains(" lost(")).count();
        long lostOnce = once.outLines().stream().filter(l -> l.contains(" lost(")).count();
        assertThat(all.out()).contains("NET            rts-1/up lost(P2P alice->bob #1, \"link down\")");
        assertThat(lostAll).isGreaterThan(lostOnce);
        assertThat(once.out()).contains("  (" + (lostAll - lostOnce) + " repeated retransmissions hidden)");
    }

    @Test
    void seed_overridesTheScenariosOwn_andTheTraceFileIsNamedForIt() {
        Cli c = Cli.run("run", "weak-3g", "--seed", "77", "--out", out(), "--quiet");

        assertThat(c.exit()).isZero();
        assertThat(c.outLines()).containsExactly("weak-3g: PASSED: 6 expectations held (seed 77)");
        assertThat(dir.resolve("out/weak-3g-seed77.trace.jsonl")).exists();
    }

    @Test
    void severalScenarios_eachRun_andOneFailingMakesTheExit1() throws IOException {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "name: Nothing reaches bob\nusers: [alice, bob]\nexpect:\n  - received: {user: bob}\n");

        Cli c = Cli.run("run", "lift-outage-8s", broken.toString(), "--quiet", "--no-trace-files");

        assertThat(c.exit()).isEqualTo(RtsSim.FAILED);
        assertThat(c.outLines()).containsExactly("lift-outage-8s: PASSED: 6 expectations held (seed 1)",
                "  FAILED  bob receives a message: bob received no such message in the run; what bob received: nothing",
                broken + ": FAILED: 1 of 1 expectation failed (seed 1). Rerun: rts-sim run " + broken + " --seed 1");
    }

    @Test
    void badFileOrName_exits2_withWhereAndTheNearestName() throws IOException {
        Path typo = dir.resolve("typo.yaml");
        Files.writeString(typo, "name: A typo\nusers: [alice]\nsteps:\n  - at: 1s\n    disconect: alice\n");

        Cli file = Cli.run("run", typo.toString());
        Cli name = Cli.run("run", "lift-outage");
        Cli missing = Cli.run("run", "nope.yaml");

        assertThat(file.exit()).isEqualTo(RtsSim.USAGE);
        assertThat(file.err()).startsWith(typo + ":5:5: steps[0].disconect: unknown field 'disconect'; did you mean 'disconnect'?");
        assertThat(name.exit()).isEqualTo(RtsSim.USAGE);
        assertThat(name.errLines().get(0)).isEqualTo("rts-sim run: 'lift-outage' is neither a scenario file nor a canned"
                + " scenario; did you mean 'lift-outage-8s'? ('rts-sim list' shows the canned ones)");
        assertThat(missing.errLines().get(0)).isEqualTo("rts-sim run: no file nope.yaml");
    }

    @Test
    void conflictingOrMisspeltOptions_exit2() {
        assertThat(Cli.run("run", "weak-3g", "--seed", "1", "--seeds", "1..5").errLines().get(0))
                .isEqualTo("rts-sim run: --seed runs one seed and --seeds a range; give one of them");
        assertThat(Cli.run("run", "weak-3g", "--shard", "1/2").errLines().get(0))
                .isEqualTo("rts-sim run: --shard and --jobs are for a sweep: add --seeds FIRST..LAST");
        assertThat(Cli.run("run", "weak-3g", "--hide-sysstats").errLines().get(0))
                .isEqualTo("rts-sim run: unknown option '--hide-sysstats'; did you mean '--hide-sys-stats'?");
        assertThat(Cli.run("run", "weak-3g", "--format", "html").errLines().get(0))
                .isEqualTo("rts-sim run: --format is one of text, jsonl, not 'html'");
    }
}
