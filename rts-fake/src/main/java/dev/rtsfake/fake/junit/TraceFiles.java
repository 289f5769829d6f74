package dev.rtsfake.fake.junit;

import dev.rtsfake.fake.trace.Trace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the trace of a failed test goes on disk, and the one place that writes it. */
final class TraceFiles {
    private TraceFiles() {
    }

    /**
     * Writes {@code trace} next to {@code base} (a path without extension, such as
     * {@code target/rts-fake/dev.example.ChatTest/aliceLogsIn}) in every format, and returns the files
     * written. Every format the failure report names is written here and nowhere else.
     */
    static List<Path> write(Trace trace, Path base) throws IOException {
        List<Path> written = new ArrayList<>();
        written.add(trace.writeText(withExtension(base, ".txt")));
        written.add(trace.writeJsonLines(withExtension(base, ".jsonl")));
        written.add(trace.writeHtml(withExtension(base, ".html")));
        return written;
    }

    private static Path withExtension(Path base, String extension) {
        return base.resolveSibling(base.getFileName() + extension);
    }
}
