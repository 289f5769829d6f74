package dev.rtsfake.apicheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Guards the public API: the listing of rts-api's compiled classes must equal the checked-in record
 * {@code rts-api/api/rts-api.txt}. Run with {@code -Drts.api.update=true} to rewrite the record
 * after a deliberate change.
 */
class ApiRecordTest {

    static final String UPDATE_PROPERTY = "rts.api.update";

    @Test
    void publicApi_matchesCheckedInRecord() throws IOException {
        ApiCheckTool.Result result = ApiCheckTool.run(
                "--dump", ApiCheckTool.rtsApiClasses().toString(), "--package", "dev.rtsfake.spi.");
        assertThat(result.exitCode).as("%s", result).isZero();
        List<String> actual = result.lines();
        assertThat(actual).as("the listing of our classes").isNotEmpty()
                .anyMatch(l -> l.startsWith("method com.ss.bytertc.rts.engine.RTS public static synchronized createRTS("))
                .anyMatch(l -> l.startsWith("class public abstract interface dev.rtsfake.spi.RtsEngineProvider"));

        Path record = ApiCheckTool.moduleDir().resolve("api/rts-api.txt");
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.createDirectories(record.getParent());
            Files.write(record, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(record)) {
            fail("No API record at " + record + "; run with -D" + UPDATE_PROPERTY + "=true to create it.");
        }
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(record, StandardCharsets.UTF_8)) {
            if (!line.isEmpty()) {
                expected.add(line);
            }
        }
        if (!expected.equals(actual)) {
            fail("The public API changed; if deliberate, run with -D" + UPDATE_PROPERTY
                    + "=true to rewrite rts-api/api/rts-api.txt\n" + diff(expected, actual));
        }
    }

    /** Lines only in the record prefixed '-', lines only in the build prefixed '+'. */
    static String diff(List<String> recorded, List<String> built) {
        Set<String> inRecord = new LinkedHashSet<>(recorded);
        Set<String> inBuild = new LinkedHashSet<>(built);
        StringBuilder sb = new StringBuilder();
        for (String l : recorded) {
            if (!inBuild.contains(l)) {
                sb.append("- ").append(l).append('\n');
            }
        }
        for (String l : built) {
            if (!inRecord.contains(l)) {
                sb.append("+ ").append(l).append('\n');
            }
        }
        if (sb.length() == 0) {
            sb.append("(same lines, different order or duplicates)\n");
        }
        return sb.toString();
    }

    @Test
    void diff_marksRemovedAndAddedLines() {
        String d = diff(List.of("a", "b", "c"), List.of("a", "c", "d"));

        assertThat(d).isEqualTo("- b\n+ d\n");
    }
}
