package dev.rtsfake.scenarios.canned;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtsfake.scenarios.file.ScenarioFiles;
import dev.rtsfake.scenarios.junit.ScenarioTests;
import dev.rtsfake.scenarios.run.RunResult;
import dev.rtsfake.scenarios.run.ScenarioRunner;
import dev.rtsfake.scenarios.run.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every canned scenario passes; its broken twin fails with a clear reason; each is listed and documented. */
class CannedScenariosTest {

    @TestFactory
    Stream<DynamicNode> everyCannedScenario_passes() {
        return ScenarioTests.canned().tests();
    }

    static Stream<Arguments> twins() {
        return Stream.of(
                Arguments.of("weak-3g", "FAILED  bob receives 20 messages from alice within 5s: bob received 4, not 20"
                        + " between 0.000s and 5.000s; what bob received: \"chat (1)\" from alice at 2.647s; \"chat (2)\""
                        + " from alice at 3.203s; \"chat (3)\" from alice at 3.711s; \"chat (4)\" from alice at 4.223s;"
                        + " \"chat (5)\" from alice at 5.533s; and 15 more"),
                Arguments.of("lift-outage-8s", "FAILED  alice's connection states are CONNECTING, CONNECTED: alice's"
                        + " connection states were CONNECTING, CONNECTED, RECONNECTING, RECONNECTED"),
                Arguments.of("flapping-link", "FAILED  alice's connection states include, in order, RECONNECTING: alice's"
                        + " connection states were CONNECTING, CONNECTED"),
                Arguments.of("long-outage-lost", "FAILED  alice is online at 40s: at 40.000s the cloud had no session for"
                        + " alice (online: [bob])"),
                Arguments.of("cloud-outage", "FAILED  the send during gets result 0: alice's \"during the outage\" to bob"
                        + " (id 1) got 1 at 13.000s"),
                Arguments.of("token-expires-in-outage", "FAILED  eventually alice is connected, within 5s after the heal:"
                        + " alice is connected did not come to hold between 35.000s and 40.000s; at 40.000s alice's latest"
                        + " connection state was LOST"),
                Arguments.of("duplicate-login", "FAILED  phone receives \"where are you\" from bob: phone received no such"
                        + " message in the run; what phone received: nothing"),
                Arguments.of("peer-offline-during-send", "FAILED  the send late gets result 0: alice's \"are you there\" to"
                        + " bob (id 1) got 4 at 3.000s"),
                Arguments.of("room-member-rejoins", "FAILED  alice never observes onUserLeave(uid=carol): observed 37.030s"
                        + " alice onUserLeave(room=lobby, uid=carol, reason=1)"),
                Arguments.of("app-server-slow", "FAILED  the send slowRequest gets result 0 within 2s: alice's \"slow"
                        + " request\" to the app server (id 1) got 0 at 5.060s, 3060ms after it was sent"),
                Arguments.of("app-server-down", "FAILED  the send whileDown gets result 18: alice's \"request (1)\" to the"
                        + " app server (id 1) got 17 at 2.060s; results: 17 x3"),
                Arguments.of("rate-limit-burst", "FAILED  the send burst gets result 0: alice's \"spam (101)\" to bob (id"
                        + " 101) got 5 at 1.060s; results: 0 x100, 5 x50"),
                Arguments.of("push-during-reconnect", "FAILED  alice receives \"your order shipped\" from server within 8s:"
                        + " alice received no such message between 0.000s and 8.000s; what alice received: \"your order"
                        + " shipped\" from server at 10.060s"),
                Arguments.of("half-open-link", "FAILED  bob receives 3 messages from alice within 4s: bob received no such"
                        + " message between 0.000s and 4.000s; what bob received: \"while cut (1)\" from alice at 5.160s;"
                        + " \"while cut (2)\" from alice at 5.160s; \"while cut (3)\" from alice at 5.260s"),
                Arguments.of("held-then-released", "FAILED  the fault stall acts at least 4 times: it acted 3 times"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twins")
    void brokenTwin_isReportedFailed_withAClearReason(String name, String failure) throws IOException {
        RunResult r = new ScenarioRunner().run(ScenarioFiles.parse(twin(name), "broken/" + name + ".yaml",
                ScenarioFiles.Format.YAML).scenario());

        assertThat(r.passed()).isFalse();
        assertThat(r.failures()).extracting(Verdict::line).containsExactly(failure);
        assertThat(r.summary()).startsWith("FAILED: 1 of ");
    }

    @Test
    void everyCannedScenario_hasABrokenTwin_andTwinsDifferInOneExpectation() throws IOException {
        assertThat(twins().map(a -> (String) a.get()[0]).toList()).containsExactlyInAnyOrderElementsOf(CannedScenarios.names());
        for (String name : CannedScenarios.names()) {
            var original = CannedScenarios.load(name).scenario();
            var twin = ScenarioFiles.parse(twin(name), name, ScenarioFiles.Format.YAML).scenario();
            assertThat(twin.steps()).as(name).isEqualTo(original.steps());
            assertThat(twin.expectations()).as(name).hasSameSizeAs(original.expectations());
        }
    }

    @Test
    void index_listsEveryCannedFile_atLeastTwelve_eachNamedAsASentence() throws IOException {
        Path folder = Path.of("src/main/resources/dev/rtsfake/scenarios/canned");
        List<String> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".yaml"))
                    .map(f -> f.substring(0, f.length() - 5)).sorted().toList();
        }
        assertThat(CannedScenarios.names()).hasSizeGreaterThanOrEqualTo(12).containsExactlyInAnyOrderElementsOf(files);
        for (String name : CannedScenarios.names()) {
            String sentence = CannedScenarios.load(name).scenario().name();
            assertThat(sentence).as(name).matches("[A-Z].* .* .*[a-zA-Z0-9)]").doesNotEndWith(".");
            assertThat(CannedScenarios.load(name).scenario().description()).as(name).isNotBlank();
        }
    }

    @Test
    void docsScenariosMd_documentsEveryCannedScenarioByNameAndSentence() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "scenarios.md"));
        for (String name : CannedScenarios.names()) {
            assertThat(doc).as(name).contains("`" + name + "`").contains(CannedScenarios.load(name).scenario().name());
        }
    }

    private static String twin(String name) throws IOException {
        try (InputStream in = CannedScenariosTest.class.getResourceAsStream("/dev/rtsfake/scenarios/canned-broken/" + name + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
