package dev.rtsfake.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Dispatch, help, version, and the documented exit statuses. */
class RtsSimTest {

    @Test
    void help_listsEveryCommandWithItsSummaryAndTheExitStatuses() {
        Cli c = Cli.run("--help");

        assertThat(c.exit()).isEqualTo(RtsSim.OK);
        assertThat(c.outLines()).extracting(l -> l.strip().split(" ")[0])
                .contains("list", "run", "shrink", "check-determinism", "trace", "serve", "demo", "check-api", "--version");
        assertThat(c.out()).contains("Exit status: 0 success, 1 a check failed", "2 a usage error", "3 an internal error");
    }

    @Test
    void helpCommand_printsThatCommandsUsage_toStandardOutput() {
        Cli c = Cli.run("help", "run");

        assertThat(c.exit()).isZero();
        assertThat(c.out()).startsWith("usage: rts-sim run FILE|NAME... [--seed N] [OUTPUT OPTIONS]\n")
                .contains("--seeds FIRST..LAST", "--shard K/N", "--hide-sys-stats", "Exit status: 0 every expectation held");
        assertThat(Cli.run("run", "--help").out()).isEqualTo(c.out());
    }

    @Test
    void version_printsTheProjectsVersion() {
        Cli c = Cli.run("--version");

        assertThat(c.exit()).isZero();
        assertThat(c.out()).matches("rts-sim 0\\.1\\.0-SNAPSHOT \\(Java .+\\)\n");
    }

    @Test
    void unknownCommand_exits2_withTheNearestOne() {
        Cli c = Cli.run("rnu", "weak-3g");

        assertThat(c.exit()).isEqualTo(RtsSim.USAGE);
        assertThat(c.errLines().get(0)).isEqualTo("rts-sim: unknown command 'rnu'; did you mean 'run'?");
        assertThat(Cli.run("help", "shirnk").errLines().get(0))
                .isEqualTo("rts-sim help: unknown command 'shirnk'; did you mean 'shrink'?");
    }

    @Test
    void noArguments_exits2_withTheUsage() {
        Cli c = Cli.run();

        assertThat(c.exit()).isEqualTo(RtsSim.USAGE);
        assertThat(c.err()).startsWith("usage: rts-sim COMMAND [OPTIONS]");
    }

    @Test
    void readmesFirstCommand_buildsAndRunsACannedScenario_throughTheLauncher() throws java.io.IOException {
        java.nio.file.Path readme = java.nio.file.Path.of("..", "README.md");
        String first = java.nio.file.Files.readAllLines(readme).stream().filter(l -> l.startsWith("mvn ")).findFirst()
                .orElseThrow();
        java.nio.file.Path launcher = java.nio.file.Path.of("..", "rts-sim");

        assertThat(first).isEqualTo("mvn -B -q -DskipTests package && ./rts-sim run lift-outage-8s --hide-sys-stats");
        assertThat(java.nio.file.Files.isExecutable(launcher)).isTrue();
        assertThat(java.nio.file.Files.readString(launcher)).contains("rts-scenarios/target/rts-sim.jar");
        Cli c = Cli.run("run", "lift-outage-8s", "--hide-sys-stats", "--no-trace-files");
        assertThat(c.exit()).isZero();
        assertThat(c.outLines()).last().isEqualTo("PASSED: 6 expectations held (seed 1)");
    }

    @Test
    void list_namesEveryCannedScenarioWithItsSentence() {
        Cli c = Cli.run("list");

        assertThat(c.exit()).isZero();
        assertThat(c.outLines().get(0)).isEqualTo("weak-3g                   Alice and bob chat over weak 3G, with 300 ms"
                + " latency and bursty loss both ways");
        assertThat(c.outLines()).hasSize(dev.rtsfake.scenarios.canned.CannedScenarios.names().size() + 2);
        assertThat(Cli.run("list", "--format", "jsonl").outLines().get(1)).startsWith(
                "{\"name\":\"lift-outage-8s\",\"scenario\":\"Alice's message reaches bob after her 8 s lift outage\"");
    }
}
