package dev.rtsfake.scenarios.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.rtsfake.scenarios.canned.CannedScenarios;
import dev.rtsfake.scenarios.model.Syntax;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/scenario.schema.json, the schema editors use: every canned scenario and the golden files
 * validate against it, malformed ones do not, and its fields are exactly the reader's.
 */
class ScenarioSchemaTest {
    private static final Path SCHEMA = Path.of("..", "docs", "scenario.schema.json");
    private static JsonNode schema;
    private static SchemaValidator validator;

    @BeforeAll
    static void load() throws IOException {
        schema = new ObjectMapper().readTree(SCHEMA.toFile());
        validator = new SchemaValidator(schema);
    }

    private static JsonNode yaml(String text) throws IOException {
        return new YAMLMapper().readTree(text);
    }

    static List<String> canned() {
        return CannedScenarios.names();
    }

    @ParameterizedTest
    @MethodSource("canned")
    void cannedScenario_validatesAgainstTheSchema(String name) throws IOException {
        assertThat(validator.validate(yaml(CannedScenarios.yaml(name)))).isEmpty();
    }

    @Test
    void goldenFiles_validateAgainstTheSchema() throws IOException {
        assertThat(validator.validate(yaml(ScenarioFilesTest.resource("golden/every-field.yaml")))).isEmpty();
        assertThat(validator.validate(new ObjectMapper().readTree(ScenarioFilesTest.resource("golden/every-field.json"))))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"misspelt-rule-field.yaml", "misspelt-action.yaml", "misspelt-top-field.json",
        "duration-without-unit.yaml", "two-actions.yaml", "at-and-after.yaml", "no-timing.yaml", "missing-field.yaml",
        "bad-state-name.yaml", "unknown-expectation.yaml", "bad-reliability.yaml", "count-not-a-number.yaml",
        "steps-not-a-list.yaml"})
    void fieldLevelMalformedFile_isRejectedByTheSchemaToo(String file) throws IOException {
        String text = ScenarioFilesTest.resource("malformed/" + file);
        JsonNode doc = file.endsWith(".json") ? new ObjectMapper().readTree(text) : yaml(text);
        assertThat(validator.validate(doc)).isNotEmpty();
    }

    @Test
    void schema_namesExactlyTheFieldsTheReaderKnows() {
        JsonNode defs = schema.get("$defs");
        assertThat(names(schema.get("properties"))).containsExactlyElementsOf(Shapes.SCENARIO.fields());
        assertThat(names(defs.get("cloud").get("properties"))).containsExactlyElementsOf(Shapes.CLOUD.fields());
        assertThat(names(defs.get("appServer").get("properties"))).containsExactlyElementsOf(Shapes.APP_SERVER.fields());
        assertThat(names(defs.get("user").get("anyOf").get(1).get("properties"))).containsExactlyElementsOf(Shapes.USER.fields());
        List<String> stepFields = new ArrayList<>(Shapes.STEP_FIELDS);
        stepFields.addAll(Shapes.ACTIONS.keySet());
        assertThat(names(defs.get("step").get("properties"))).containsExactlyElementsOf(stepFields);
        assertThat(Shapes.ACTIONS.keySet()).containsExactlyElementsOf(Syntax.ACTIONS.values());
        for (Map.Entry<String, Shapes.Shape> a : Shapes.ACTIONS.entrySet()) {
            assertThat(objectFields(defs.get("action-" + a.getKey()))).as(a.getKey())
                    .containsExactlyElementsOf(a.getValue().fields());
        }
        assertThat(names(defs.get("expectation").get("properties"))).containsExactlyElementsOf(Shapes.EXPECTATIONS.keySet());
        for (Map.Entry<String, Shapes.Shape> e : Shapes.EXPECTATIONS.entrySet()) {
            List<String> expected = new ArrayList<>(e.getValue().fields());
            if (List.of("eventually", "always", "never").contains(e.getKey())) {
                expected.addAll(Syntax.CONDITIONS.values());
            }
            assertThat(objectFields(defs.get("expect-" + e.getKey()))).as(e.getKey()).containsExactlyElementsOf(expected);
        }
    }

    /** The fields of a definition's object form (itself, or the object among its anyOf). */
    private static Set<String> objectFields(JsonNode def) {
        if (def.has("properties")) {
            return names(def.get("properties"));
        }
        if (def.has("anyOf")) {
            for (JsonNode alt : def.get("anyOf")) {
                if (alt.has("properties")) {
                    return names(alt.get("properties"));
                }
            }
        }
        return Set.of();
    }

    private static Set<String> names(JsonNode properties) {
        Set<String> names = new LinkedHashSet<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
