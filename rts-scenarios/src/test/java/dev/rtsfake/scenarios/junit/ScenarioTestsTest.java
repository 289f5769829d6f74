package dev.rtsfake.scenarios.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rtsfake.scenarios.canned.CannedScenarios;
import dev.rtsfake.scenarios.file.ScenarioFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The @TestFactory helper: one dynamic test per file (or per seed), failures with the seed and a rerun line. */
class ScenarioTestsTest {
    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.createDirectories(dir.resolve(name).getParent());
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void inFolder_makesOneTestPerScenarioFile_inPathOrder_withItsFileAsSource() throws IOException {
        write("b/lift.yaml", CannedScenarios.yaml("lift-outage-8s"));
        write("a.json", "{\"name\": \"Nothing happens to alice\", \"users\": [\"alice\"]}");
        write("notes.txt", "not a scenario");

        List<DynamicNode> tests = ScenarioTests.inFolder(dir).tests().toList();

        assertThat(tests).extracting(DynamicNode::getDisplayName).containsExactly("a.json", "b/lift.yaml");
        assertThat(tests.get(1).getTestSourceUri()).contains(dir.resolve("b/lift.yaml").toUri());
    }

    @Test
    void passingScenario_passes() throws Throwable {
        write("lift.yaml", CannedScenarios.yaml("lift-outage-8s"));
        ((DynamicTest) ScenarioTests.inFolder(dir).tests().findFirst().orElseThrow()).getExecutable().execute();
    }

    @Test
    void failingScenario_failsWithEveryVerdictTheSeedAndARerunLine() throws IOException {
        write("late.yaml", """
                name: Bob gets alice's message within 1 s of her 8 s drop
                seed: 7
                users: [alice, bob]
                steps:
                  - at: 1s
                    disconnect: alice
                    for: 8s
                  - at: 2s
                    send: {from: alice, to: bob, text: hi}
                    label: hi
                  - at: 30s
                    loss: {user: bob, probability: 0.5}
                    for: 1s
                expect:
                  - received: {user: bob, from: alice, text: hi, after: hi, within: 1s}
                  - sendResult: {send: hi, code: 0}
                """);
        DynamicTest test = (DynamicTest) ScenarioTests.inFolder(dir).tests().findFirst().orElseThrow();
        String file = dir.resolve("late.yaml").toString();

        assertThatThrownBy(() -> test.getExecutable().execute()).isInstanceOf(AssertionError.class).hasMessage(
                "scenario 'Bob gets alice's message within 1 s of her 8 s drop' (" + file + ") failed with seed 7:\n"
                        + "  FAILED  bob receives \"hi\" from alice within 1s after step hi: bob received no such message"
                        + " between 2.000s and 3.000s; what bob received: \"hi\" from alice at 9.260s\n"
                        + "  PASSED  the send hi gets result 0\n"
                        + "  note: steps[2] bob's link loses 50% of packets both ways for 1s: NEVER ACTED\n"
                        + "rerun: rts-sim run " + file + " --seed 7");
    }

    @Test
    void malformedFile_failsItsTestWithLineColumnAndField() throws IOException {
        write("typo.yaml", "name: A typo\nusers: [alice]\nsteps:\n  - at: 1s\n    logut: alice\n");
        DynamicTest test = (DynamicTest) ScenarioTests.inFolder(dir).tests().findFirst().orElseThrow();

        assertThatThrownBy(() -> test.getExecutable().execute()).isInstanceOf(ScenarioFileException.class)
                .hasMessageStartingWith(dir.resolve("typo.yaml") + ":5:5: steps[0].logut: unknown field 'logut'; did you mean"
                        + " 'logout'?");
    }

    @Test
    void seeds_makeAContainerPerFileWithATestPerSeed() throws Throwable {
        write("lift.yaml", CannedScenarios.yaml("lift-outage-8s"));

        DynamicContainer c = (DynamicContainer) ScenarioTests.inFolder(dir).seeds(3, 5).tests().findFirst().orElseThrow();
        List<? extends DynamicNode> perSeed = c.getChildren().toList();

        assertThat(perSeed).extracting(DynamicNode::getDisplayName).containsExactly("seed 3", "seed 4", "seed 5");
        for (DynamicNode n : perSeed) {
            ((DynamicTest) n).getExecutable().execute();
        }
    }

    @Test
    void inFolder_refusesAMissingOrEmptyFolder_sayingWhy() {
        assertThatThrownBy(() -> ScenarioTests.inFolder(dir.resolve("nope"))).hasMessageContaining("is not a folder");
        assertThatThrownBy(() -> ScenarioTests.inFolder(dir)).hasMessage(dir.toAbsolutePath()
                + " holds no .yaml, .yml or .json file");
    }
}
