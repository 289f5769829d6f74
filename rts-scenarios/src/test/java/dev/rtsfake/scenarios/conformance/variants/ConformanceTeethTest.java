package dev.rtsfake.scenarios.conformance.variants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.engine.TestExecutionResult.Status;

/**
 * The kit has teeth: each deliberately wrong variant of the fake (a decorator around its engines, rooms
 * or the app's handlers) fails the checks it names, and the decorators alone change nothing.
 */
class ConformanceTeethTest {

    @Test
    void theDecoratorsAlone_passTheWholeKit() {
        Map<String, Status> outcomes = KitRun.against(Variants.identity());
        assertThat(outcomes).hasSizeGreaterThan(100);
        assertThat(outcomes.entrySet()).filteredOn(e -> e.getValue() != Status.SUCCESSFUL).isEmpty();
    }

    @Test
    void thereAreAtLeastTwelveVariants_eachNamingTheChecksThatCatchIt() {
        assertThat(Variants.all()).hasSizeGreaterThanOrEqualTo(12).allSatisfy(v -> assertThat(v.caughtBy()).isNotEmpty());
    }

    @Test
    void everyVariant_isListedInConformanceMd_withTheChecksThatCatchIt() throws java.io.IOException {
        String doc = new String(java.nio.file.Files.readAllBytes(java.nio.file.Paths.get("..", "docs", "conformance.md")),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Variants.all()).allSatisfy(v -> {
            String row = doc.lines().filter(l -> l.startsWith("| " + v.name() + " |")).findFirst().orElse("");
            assertThat(row).as("the row of '%s' in docs/conformance.md §5", v.name()).isNotEmpty();
            v.caughtBy().forEach(check -> assertThat(row).contains("`" + check + "`"));
        });
    }

    @TestFactory
    Stream<DynamicTest> everyVariant_failsTheChecksThatNameIt_whichPassWithoutIt() {
        return Variants.all().stream().map(v -> DynamicTest.dynamicTest(v.name(), () -> {
            Map<String, Status> wrong = KitRun.against(v, v.caughtBy());
            assertThat(wrong).as("the checks that must catch '%s'", v.name()).hasSize(v.caughtBy().size())
                    .allSatisfy((check, status) -> assertThat(status).as(check).isEqualTo(Status.FAILED));
            Map<String, Status> right = KitRun.against(Variants.identity(), v.caughtBy());
            assertThat(right).as("the same checks without the variant")
                    .allSatisfy((check, status) -> assertThat(status).as(check).isEqualTo(Status.SUCCESSFUL));
        }));
    }
}
