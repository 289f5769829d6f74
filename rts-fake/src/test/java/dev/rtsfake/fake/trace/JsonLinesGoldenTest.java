package dev.rtsfake.fake.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON-lines format of docs/trace-format.md, held byte for byte by a golden file of a small fixed
 * scenario (issue 12, item 3). When the format changes on purpose, update the page and the file:
 * the failure message names the file this run wrote.
 */
class JsonLinesGoldenTest {
    private static final String GOLDEN = "small.trace.jsonl";
    private static final List<String> FIELDS = List.of("seq", "timeNanos", "kind", "actor", "name", "args", "result");

    @TempDir
    Path tmp;

    private static String golden() throws IOException {
        try (InputStream in = JsonLinesGoldenTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as("the golden file " + GOLDEN + " next to this test").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void smallScenario_writesTheGoldenFile_byteForByte() throws IOException {
        Path written = ReconnectSample.small().writeJsonLines(tmp.resolve("small.trace.jsonl"));
        Path kept = Path.of("target", "golden-actual", GOLDEN);
        Files.createDirectories(kept.getParent());
        Files.copy(written, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.readString(written, StandardCharsets.UTF_8))
                .as("the JSON lines of ReconnectSample.small() (this run's are in rts-fake/" + kept
                        + "; if the change is meant, copy them over src/test/resources/dev/rtsfake/fake/trace/"
                        + GOLDEN + " and update docs/trace-format.md)")
                .isEqualTo(golden());
    }

    @Test
    void everyLine_hasTheDocumentedFieldsInOrder_withTheirTypes() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<TraceKind> seen = EnumSet.noneOf(TraceKind.class);
        long seq = 0;
        String text = golden();
        assertThat(text).endsWith("\n").doesNotContain("\r", "\n\n");
        for (String line : text.split("\n")) {
            JsonNode n = json.readTree(line);
            List<String> names = new ArrayList<>();
            n.fieldNames().forEachRemaining(names::add);
            assertThat(names).as(line).isEqualTo(FIELDS);
            assertThat(n.get("seq").isIntegralNumber() && n.get("seq").asLong() == seq++).as(line).isTrue();
            assertThat(n.get("timeNanos").isIntegralNumber() && n.get("timeNanos").asLong() >= 0).as(line).isTrue();
            seen.add(TraceKind.valueOf(n.get("kind").asText()));
            assertThat(n.get("actor").isTextual() && n.get("name").isTextual()).as(line).isTrue();
            assertThat(n.get("args").isArray()).as(line).isTrue();
            for (Iterator<JsonNode> it = n.get("args").elements(); it.hasNext(); ) {
                JsonNode a = it.next();
                assertThat(a.isTextual() || a.isNull()).as("every argument is a string or null: " + line).isTrue();
            }
            assertThat(n.get("result").isTextual() || n.get("result").isNull()).as(line).isTrue();
            assertThat(json.writeValueAsString(n)).as("no whitespace between tokens").isEqualTo(line);
        }
        assertThat(seen).contains(TraceKind.CALL, TraceKind.CALLBACK, TraceKind.NET, TraceKind.CLOUD, TraceKind.STATE,
                TraceKind.HARNESS);
    }

    @Test
    void theFormatPage_documentsEveryFieldAndKind_andTheNetStepsThePageDraws() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "trace-format.md"), StandardCharsets.UTF_8);
        for (String field : FIELDS) {
            assertThat(doc).contains("| `" + field + "` |");
        }
        for (TraceKind k : TraceKind.values()) {
            assertThat(doc).contains("| `" + k.name() + "` |");
        }
        for (String net : List.of("deliver", "lost", "gave-up", "dropped", "rule", "discarded", "discarded-stale", "closed")) {
            assertThat(doc).contains("| `" + net + "`");
        }
        assertThat(doc).contains(golden().lines().filter(l -> l.contains("UNRELIABLE_ORDERED\",\"30ms\"")).findFirst().orElseThrow());
    }
}
