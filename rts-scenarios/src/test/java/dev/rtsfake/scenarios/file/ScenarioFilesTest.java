package dev.rtsfake.scenarios.file;

import static dev.rtsfake.scenarios.model.Actions.*;
import static dev.rtsfake.scenarios.model.Expectations.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rtsfake.fake.net.LossModel;
import dev.rtsfake.scenarios.canned.CannedScenarios;
import dev.rtsfake.scenarios.model.Anchor;
import dev.rtsfake.scenarios.model.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden round trips: file to model to file gives the same bytes, in YAML and in JSON. */
class ScenarioFilesTest {

    static String resource(String name) {
        try (InputStream in = ScenarioFilesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    static java.util.List<String> canned() {
        return CannedScenarios.names();
    }

    @ParameterizedTest
    @MethodSource("canned")
    void cannedScenario_isCanonical_yamlAndJsonRoundTripsGiveTheSameBytes(String name) {
        String yaml = CannedScenarios.yaml(name);
        Scenario s = ScenarioFiles.parse(yaml, name + ".yaml", ScenarioFiles.Format.YAML).scenario();

        assertThat(ScenarioFiles.toYaml(s)).isEqualTo(yaml);
        String json = ScenarioFiles.toJson(s);
        Scenario fromJson = ScenarioFiles.parse(json, name + ".json", ScenarioFiles.Format.JSON).scenario();
        assertThat(fromJson).isEqualTo(s);
        assertThat(ScenarioFiles.toJson(fromJson)).isEqualTo(json);
    }

    @Test
    void everyField_yamlGolden_readsAndWritesBackByteForByte() {
        String yaml = resource("golden/every-field.yaml");
        Scenario s = ScenarioFiles.parse(yaml, "every-field.yaml", ScenarioFiles.Format.YAML).scenario();

        assertThat(ScenarioFiles.toYaml(s)).isEqualTo(yaml);
        assertThat(s.steps()).hasSize(45);
        assertThat(s.expectations()).hasSize(25);
    }

    @Test
    void everyField_jsonGolden_isTheSameScenarioAsTheYaml_andWritesBackByteForByte() {
        String json = resource("golden/every-field.json");
        Scenario fromJson = ScenarioFiles.parse(json, "every-field.json", ScenarioFiles.Format.JSON).scenario();
        Scenario fromYaml = ScenarioFiles.parse(resource("golden/every-field.yaml"), "every-field.yaml",
                ScenarioFiles.Format.YAML).scenario();

        assertThat(fromJson).isEqualTo(fromYaml);
        assertThat(ScenarioFiles.toJson(fromJson)).isEqualTo(json);
    }

    @Test
    void javaDsl_writtenAsYaml_readsBackAsTheSameScenario() {
        Scenario s = Scenario.named("Alice's messages get through weak 3G")
                .seed(9).users("alice", "bob")
                .at(seconds(1), loss("bob", LossModel.bursty(0.05, 0.3, 0.0, 0.8))).lasting(seconds(5))
                .at(seconds(2), send("alice", "bob", "odd: text, with # and \"quotes\"\n").times(2)).label("odd")
                .expect(received("bob", "alice", "odd: text, with # and \"quotes\"\n (1)").within(seconds(9)).after("odd"))
                .expect(eventually(connected("alice"), Anchor.HEAL, seconds(1)))
                .build();

        String yaml = ScenarioFiles.toYaml(s);

        assertThat(ScenarioFiles.parse(yaml, "dsl.yaml", ScenarioFiles.Format.YAML).scenario()).isEqualTo(s);
        assertThat(yaml).contains("send: {from: alice, to: bob, text: \"odd: text, with # and \\\"quotes\\\"\\n\", count: 2}");
    }

    @Test
    void write_thenRead_fromAFile_byItsEnding(@TempDir Path dir) throws IOException {
        Scenario s = CannedScenarios.load("lift-outage-8s").scenario();
        Path yaml = ScenarioFiles.write(s, dir.resolve("a/lift.yml"));
        Path json = ScenarioFiles.write(s, dir.resolve("lift.json"));

        assertThat(ScenarioFiles.read(yaml).scenario()).isEqualTo(s);
        assertThat(ScenarioFiles.read(json).scenario()).isEqualTo(s);
        assertThat(Files.readString(json)).startsWith("{\n  \"name\" : \"Alice's message reaches bob");
    }
}
