package dev.rtsfake.scenarios.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every test docs/fidelity.md names ({@code LoginTest#login_withIllegalUid_reportsInvalidUserId}, or
 * {@code #other} for another test of the class named before it on the line) exists: a renamed or moved
 * test fails here instead of leaving the table pointing at nothing.
 */
class FidelityReferencesTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern REFERENCE =
            Pattern.compile("(?:(?:[a-z][a-z0-9]*\\.)*([A-Z][A-Za-z0-9]*))?#([a-z][A-Za-z0-9_]*)");

    /** Source text of every test class (and conformance check) by simple class name. */
    private static Map<String, List<String>> sources() throws IOException {
        Map<String, List<String>> byName = new HashMap<>();
        for (Path tree : List.of(ROOT.resolve("rts-api/src/test/java"), ROOT.resolve("rts-fake/src/test/java"),
                ROOT.resolve("rts-scenarios/src/test/java"), ROOT.resolve("rts-scenarios/rts-conformance/src/main/java"))) {
            if (!Files.isDirectory(tree)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(tree)) {
                files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                    String name = p.getFileName().toString().replaceAll("\\.java$", "");
                    try {
                        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(Files.readString(p));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        return byName;
    }

    /** The references of {@code doc} that name no existing class or method, as "Class#method". */
    static List<String> unresolved(String doc, Map<String, List<String>> sources) {
        List<String> missing = new ArrayList<>();
        for (String line : doc.split("\n")) {
            String last = null;
            Matcher m = REFERENCE.matcher(line);
            while (m.find()) {
                if (m.group(1) != null) {
                    last = m.group(1);
                }
                if (last == null) {
                    continue;
                }
                Pattern method = Pattern.compile("\\b" + Pattern.quote(m.group(2)) + "\\s*\\(");
                List<String> texts = sources.getOrDefault(last, List.of());
                if (texts.stream().noneMatch(t -> method.matcher(t).find())) {
                    missing.add(last + "#" + m.group(2));
                }
            }
        }
        return missing;
    }

    @Test
    void everyTestTheFidelityTableNames_exists() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/fidelity.md"));
        Map<String, List<String>> sources = sources();

        assertThat(REFERENCE.matcher(doc).results().count()).as("references found").isGreaterThan(200);
        assertThat(unresolved(doc, sources)).as("tests named in docs/fidelity.md that do not exist").isEmpty();
    }

    @Test
    void aMissingTestOrClass_isReported_andHashReferencesUseTheClassBeforeThem() {
        Map<String, List<String>> sources = Map.of("LoginTest", List.of("void login_works() {}"));

        assertThat(unresolved("| LoginTest#login_works, #login_gone | OtherTest#x |", sources))
                .containsExactly("LoginTest#login_gone", "OtherTest#x");
    }
}
