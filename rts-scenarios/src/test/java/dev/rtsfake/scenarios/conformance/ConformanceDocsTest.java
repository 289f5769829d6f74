package dev.rtsfake.scenarios.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtsfake.conformance.Optional;
import dev.rtsfake.conformance.Required;
import dev.rtsfake.conformance.RtsConformanceSuite;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The docs stay true to the kit: fidelity.md's scorecard lists every check, each with a level and a source. */
class ConformanceDocsTest {

    static List<Method> checks() {
        List<Method> out = new ArrayList<>();
        for (Class<?> group : RtsConformanceSuite.class.getInterfaces()) {
            for (Method m : group.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Required.class) || m.isAnnotationPresent(Optional.class)) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    private static String doc(String name) throws IOException {
        Path p = Paths.get("..", "docs", name);
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }

    @Test
    void everyCheck_hasASource_andANameInTheHouseStyle() {
        assertThat(checks()).hasSizeGreaterThan(100).allSatisfy(m -> {
            Required r = m.getAnnotation(Required.class);
            Optional o = m.getAnnotation(Optional.class);
            assertThat(r == null ? o.value() : r.value()).as(m.getName()).isNotBlank();
            assertThat(m.getName()).as("operation_condition_outcome").contains("_");
        });
    }

    @Test
    void fidelityScorecard_listsEveryCheck() throws IOException {
        String fidelity = doc("fidelity.md");
        String scorecard = fidelity.substring(fidelity.indexOf("## 7."));
        assertThat(checks()).allSatisfy(m -> assertThat(scorecard).as("fidelity.md §7").contains("| " + m.getName() + " |"));
    }
}
