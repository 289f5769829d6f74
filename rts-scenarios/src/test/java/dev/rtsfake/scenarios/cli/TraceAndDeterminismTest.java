package dev.rtsfake.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtsfake.scenarios.client.ClientAdapter;
import dev.rtsfake.scenarios.client.ClientAdapterFactory;
import dev.rtsfake.scenarios.client.ClientContext;
import dev.rtsfake.scenarios.run.ScenarioRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rts-sim trace (print and filter a JSON-lines trace) and rts-sim check-determinism. */
class TraceAndDeterminismTest {
    @TempDir
    Path dir;

    private Path traceOfLiftOutage() {
        assertThat(Cli.run("run", "lift-outage-8s", "--out", dir.toString(), "--quiet").exit()).isZero();
        return dir.resolve("lift-outage-8s-seed1.trace.jsonl");
    }

    @Test
    void trace_printsEveryStepAsALine() throws IOException {
        Path file = traceOfLiftOutage();

        Cli c = Cli.run("trace", file.toString());

        assertThat(c.exit()).isZero();
        assertThat(c.outLines()).hasSize(Files.readAllLines(file).size());
        assertThat(c.outLines().get(0)).isEqualTo("   0.000000s #0 CALL           rts-1"
                + " createRTS(\"rtsfake-scenario-app-001\", \"Handler\", null) -> \"rts-1\"");
    }

    @Test
    void trace_html_writesTheKeptStepsOfTheFileAsTheTracePage() throws IOException {
        Path file = traceOfLiftOutage();
        Path html = dir.resolve("pages/lift.html");
        long net = Files.readAllLines(file).stream().filter(l -> l.contains("\"kind\":\"NET\"")).count();

        Cli c = Cli.run("trace", file.toString(), "--kind", "NET", "--html", html.toString());

        assertThat(c.exit()).isZero();
        assertThat(c.outLines()).containsExactly("Trace page: " + html);
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>")
                .contains("<title>lift-outage-8s-seed1.trace.jsonl (" + net + " steps)</title>")
                .contains("\"total\":" + net + ",")
                // read back from text, the packets still make lanes and arrows with their latency
                .contains("\"lanes\":[{\"name\":\"alice\",\"kind\":\"ENGINE\",\"devices\":[\"rts-1\"]},{\"name\":\"cloud\"")
                .contains(",\"30ms\"]");
        assertThat(Cli.run("trace", file.toString(), "--html", html.toString(), "--format", "text").exit()).isEqualTo(2);
    }

    @Test
    void trace_filtersByKindActorNameTimeAndText() {
        Path file = traceOfLiftOutage();

        Cli bob = Cli.run("trace", file.toString(), "--kind", "callback", "--actor", "bob", "--name", "onMessage*");
        Cli window = Cli.run("trace", file.toString(), "--from", "6s", "--to", "6s", "--kind", "CALLBACK,STATE");
        Cli grep = Cli.run("trace", file.toString(), "--grep", "sent in the lift", "--kind", "CALLBACK");

        assertThat(bob.outLines()).containsExactly(
                "   9.260000s #63 CALLBACK       bob onMessageReceived(\"alice\", \"sent in the lift\")");
        assertThat(window.outLines()).allMatch(l -> l.startsWith("   6.000000s")).anyMatch(l -> l.contains("onConnectionStateChanged"));
        assertThat(grep.outLines()).hasSize(1);
    }

    @Test
    void trace_hidesSysStatsAndRepeatedRetransmissions_andCanPassTheJsonLinesThrough() throws IOException {
        Path file = traceOfLiftOutage();

        Cli all = Cli.run("trace", file.toString(), "--kind", "NET");
        Cli once = Cli.run("trace", file.toString(), "--kind", "NET", "--hide-retransmissions");
        Cli noStats = Cli.run("trace", file.toString(), "--hide-sys-stats");
        Cli json = Cli.run("trace", file.toString(), "--actor", "rts-1/up", "--format", "jsonl", "--limit", "2");

        assertThat(once.outLines().size()).isLessThan(all.outLines().size());
        assertThat(once.outLines()).last().asString().matches("\\(\\d+ repeated retransmissions hidden\\)");
        assertThat(noStats.out()).doesNotContain("onSysStats");
        List<String> original = Files.readAllLines(file);
        assertThat(json.outLines()).hasSize(2).allMatch(original::contains);
    }

    @Test
    void trace_ofAFileThatIsNotATrace_exits2_namingTheLine() throws IOException {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"seq\":0,\"timeNanos\":0,\"kind\":\"CALL\",\"actor\":\"a\",\"name\":\"x\",\"args\":[],\"result\":null}\n"
                + "not json\n");

        Cli c = Cli.run("trace", bad.toString());

        assertThat(c.exit()).isEqualTo(RtsSim.USAGE);
        assertThat(c.errLines().get(0)).startsWith("rts-sim trace: " + bad + ":2: not a JSON line of a trace (");
        assertThat(Cli.run("trace", dir.resolve("none.jsonl").toString()).errLines())
                .containsExactly("rts-sim trace: no file " + dir.resolve("none.jsonl"));
    }

    @Test
    void checkDeterminism_ofACannedScenario_findsTwoIdenticalRuns() {
        Cli c = Cli.run("check-determinism", "weak-3g", "--seed", "9");

        assertThat(c.exit()).isZero();
        assertThat(c.outLines().get(0)).isEqualTo("rts-sim check-determinism: Alice and bob chat over weak 3G, with 300 ms"
                + " latency and bursty loss both ways (weak-3g, seed 9)");
        assertThat(c.outLines().get(1)).matches("SAME: two runs gave the same trace, \\d+ steps, \\d+ bytes \\(sha256"
                + " [0-9a-f]{16}\\), and the same verdicts \\(PASSED: 6 expectations held \\(seed 9\\)\\)");
    }

    /** A client whose app reads the wall clock: what check-determinism is there to catch. */
    static final class WallClockAdapter implements ClientAdapter {
        private ClientContext context;
        private com.ss.bytertc.rts.engine.RTS rts;

        @Override
        public Set<String> actions() {
            return Set.of("login", "send");
        }

        @Override
        public void start(ClientContext c) {
            context = c;
            rts = c.cloud().createRTS(c.appId(), new com.ss.bytertc.rts.engine.handler.IRTSEventHandler() { });
        }

        @Override
        public Object perform(String action, Map<String, String> args) {
            if (action.equals("login")) {
                return rts.login(args.get("token"), args.get("uid"));
            }
            return rts.sendMessage(args.get("to"), args.get("text") + " at " + System.nanoTime(),
                    com.ss.bytertc.rts.engine.type.MessageConfig.RELIABLE_ORDERED);
        }
    }

    @Test
    void checkDeterminism_ofAClientThatReadsTheWallClock_findsTheFirstDifference() throws IOException {
        Path file = dir.resolve("wall.yaml");
        Files.writeString(file, "name: Alice's client stamps its message with the wall clock\nusers:\n"
                + "  - {name: alice, client: wall-clock}\n  - bob\nsteps:\n  - at: 1s\n    send: {from: alice, to: bob, text: hi}\n");
        ScenarioRunner runner = new ScenarioRunner().withClient(new ClientAdapterFactory() {
            @Override
            public String name() {
                return "wall-clock";
            }

            @Override
            public ClientAdapter create() {
                return new WallClockAdapter();
            }
        });

        Cli c = Cli.run(runner, "check-determinism", file.toString(), "--out", dir.resolve("runs").toString());

        assertThat(c.exit()).isEqualTo(RtsSim.FAILED);
        List<String> lines = c.outLines();
        assertThat(lines.get(1)).matches("DIFFERENT: the traces differ first at step \\d+:");
        assertThat(lines.get(2)).startsWith("  run 1: {").contains("\"hi at ");
        assertThat(lines.get(3)).startsWith("  run 2: {").contains("\"hi at ");
        assertThat(dir.resolve("runs/run-1.trace.jsonl")).exists();
    }
}
