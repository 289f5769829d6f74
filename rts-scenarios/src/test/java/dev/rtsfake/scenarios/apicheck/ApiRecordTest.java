package dev.rtsfake.scenarios.apicheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record helper every API record test uses: compare, explain a difference, rewrite on request. */
class ApiRecordTest {
    private static final List<String> BUILT = List.of("class public a.A extends java.lang.Object",
            "method a.A public <init>()V", "method a.A public go()V");

    @TempDir
    Path tmp;

    @Test
    void verify_recordEqualsBuild_passes() throws IOException {
        Path record = Files.writeString(tmp.resolve("a.txt"), String.join("\n", BUILT) + "\n");

        ApiRecord.verify(record, BUILT, false);
    }

    @Test
    void verify_buildDiffers_failsNamingRemovedAndAddedLinesAndHowToUpdate() throws IOException {
        Path record = Files.writeString(tmp.resolve("a.txt"),
                "class public a.A extends java.lang.Object\nmethod a.A public <init>()V\nmethod a.A public stop()V\n");

        assertThatThrownBy(() -> ApiRecord.verify(record, BUILT, false)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(record.toString())
                .hasMessageContaining("-Drts.api.update=true")
                .hasMessageEndingWith("- method a.A public stop()V\n+ method a.A public go()V\n");
    }

    @Test
    void verify_update_rewritesTheRecord() throws IOException {
        Path record = tmp.resolve("api").resolve("a.txt");
        ApiRecord.verify(record, List.of("class public a.Old extends java.lang.Object"), true);

        ApiRecord.verify(record, BUILT, true);

        assertThat(Files.readString(record, StandardCharsets.UTF_8)).isEqualTo(String.join("\n", BUILT) + "\n");
        ApiRecord.verify(record, BUILT, false);
    }

    @Test
    void verify_noRecord_failsSayingHowToCreateIt() {
        assertThatThrownBy(() -> ApiRecord.verify(tmp.resolve("none.txt"), BUILT, false))
                .hasMessageContaining("No API record at").hasMessageContaining("-Drts.api.update=true");
    }

    @Test
    void verify_emptySurface_failsEvenWhenUpdating() {
        Path record = tmp.resolve("a.txt");

        assertThatThrownBy(() -> ApiRecord.verify(record, List.of(), true)).hasMessageContaining("is empty");
        assertThat(record).doesNotExist();
    }

    @Test
    void diff_marksRemovedAndAddedLines() {
        assertThat(ApiRecord.diff(List.of("a", "b", "c"), List.of("a", "c", "d"))).isEqualTo("- b\n+ d\n");
        assertThat(ApiRecord.diff(List.of("a", "b"), List.of("b", "a"))).contains("different order");
    }

    @Test
    void projectRoot_findsTheFolderHoldingTheModule() {
        Path root = ApiRecord.projectRoot("rts-api");

        assertThat(root.resolve("rts-api/api/rts-api.txt")).isRegularFile();
    }
}
