package dev.rtsfake.scenarios.report;

import dev.rtsfake.fake.trace.Trace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Writes a run's trace into a folder, one file per format: {@code lift-outage-8s-seed1.trace.txt}. */
public final class TraceFiles {
    private TraceFiles() {
    }

    /**
     * Writes {@code trace} as {@code dir/base.ENDING} in each format.
     *
     * @return the files, in the order of {@link TraceFormat}
     */
    public static List<Path> write(Trace trace, Path dir, String base, Set<TraceFormat> formats) {
        List<Path> written = new ArrayList<>();
        try {
            for (TraceFormat f : TraceFormat.values()) {
                if (!formats.contains(f)) {
                    continue;
                }
                Path file = dir.resolve(base + "." + f.ending());
                switch (f) {
                    case TEXT -> trace.writeText(file);
                    case JSONL -> trace.writeJsonLines(file);
                    case HTML -> trace.writeHtml(file, base + " (seed " + trace.seed() + ", " + trace.size() + " steps)");
                }
                written.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trace into " + dir + ": " + e.getMessage(), e);
        }
        return written;
    }

    /** A file name made of a scenario's name or file: {@code lift-outage-8s-seed1}. */
    public static String baseName(String source, long seed) {
        String name = source;
        int slash = Math.max(name.lastIndexOf('/'), Math.max(name.lastIndexOf('\\'), name.lastIndexOf(':')));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        name = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return name + "-seed" + seed;
    }
}
