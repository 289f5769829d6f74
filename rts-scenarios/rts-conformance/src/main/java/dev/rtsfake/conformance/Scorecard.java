package dev.rtsfake.conformance;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The outcome of every check of one run against one target: passed, failed, or skipped with the reason,
 * with each check's level and source. Written as Markdown (for people) and JSON (for tools), checks in a
 * fixed order (group, then name), so two runs with the same outcomes give the same files.
 */
public final class Scorecard {
    /** How a check ended. */
    public enum Status { PASSED, FAILED, SKIPPED }

    /** One check's outcome. */
    public static final class Entry {
        final String group;
        final String check;
        final String level;
        final String source;
        final Status status;
        final String reason;

        /** A check of {@code group} ended with {@code status}; {@code reason} for a failure or a skip. */
        public Entry(String group, String check, String level, String source, Status status, String reason) {
            this.group = group;
            this.check = check;
            this.level = level;
            this.source = source;
            this.status = status;
            this.reason = reason;
        }

        /** The check's name (its method). */
        public String check() {
            return check;
        }

        /** How it ended. */
        public Status status() {
            return status;
        }

        /** Why it failed or was skipped (the first line), or null. */
        public String reason() {
            return reason;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private String target = "";
    private String suite = "";
    private File dir;
    private String name;

    synchronized void add(Entry e) {
        entries.add(e);
    }

    synchronized void target(String target) {
        if (target != null) {
            this.target = target;
        }
    }

    synchronized void suite(String suite) {
        this.suite = suite;
    }

    synchronized void output(File dir, String name) {
        this.dir = dir;
        this.name = name;
    }

    /** The entries in scorecard order. */
    public synchronized List<Entry> entries() {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing((Entry e) -> e.group).thenComparing(e -> e.check));
        return sorted;
    }

    private int count(Status s, String level) {
        int n = 0;
        for (Entry e : entries()) {
            if (e.status == s && (level == null || level.equals(e.level))) {
                n++;
            }
        }
        return n;
    }

    /** The scorecard as Markdown. */
    public synchronized String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# Conformance scorecard: ").append(target).append("\n\n");
        b.append("Suite `").append(suite).append("`: ").append(entries.size()).append(" checks; ")
                .append(count(Status.PASSED, null)).append(" passed, ").append(count(Status.FAILED, null))
                .append(" failed, ").append(count(Status.SKIPPED, null)).append(" skipped (required: ")
                .append(count(Status.PASSED, "required")).append(" passed, ").append(count(Status.FAILED, "required"))
                .append(" failed, ").append(count(Status.SKIPPED, "required")).append(" skipped).\n\n");
        b.append("| group | check | level | source | result | reason |\n|---|---|---|---|---|---|\n");
        for (Entry e : entries()) {
            b.append("| ").append(e.group).append(" | ").append(e.check).append(" | ").append(e.level).append(" | ")
                    .append(cell(e.source)).append(" | ").append(e.status.name().toLowerCase(java.util.Locale.ROOT))
                    .append(" | ").append(cell(firstLine(e.reason))).append(" |\n");
        }
        return b.toString();
    }

    /** The scorecard as JSON: {@code {"target", "suite", "totals", "checks": [...]}}. */
    public synchronized String json() {
        StringBuilder b = new StringBuilder();
        b.append("{\n  \"target\": ").append(quote(target)).append(",\n  \"suite\": ").append(quote(suite))
                .append(",\n  \"totals\": {\"checks\": ").append(entries.size()).append(", \"passed\": ")
                .append(count(Status.PASSED, null)).append(", \"failed\": ").append(count(Status.FAILED, null))
                .append(", \"skipped\": ").append(count(Status.SKIPPED, null)).append("},\n  \"checks\": [");
        List<Entry> sorted = entries();
        for (int i = 0; i < sorted.size(); i++) {
            Entry e = sorted.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    {\"group\": ").append(quote(e.group)).append(", \"check\": ")
                    .append(quote(e.check)).append(", \"level\": ").append(quote(e.level)).append(", \"source\": ")
                    .append(quote(e.source)).append(", \"result\": ")
                    .append(quote(e.status.name().toLowerCase(java.util.Locale.ROOT))).append(", \"reason\": ")
                    .append(e.reason == null ? "null" : quote(firstLine(e.reason))).append('}');
        }
        return b.append("\n  ]\n}\n").toString();
    }

    /** Writes {@code name.md} and {@code name.json} to the folder the suite named. */
    synchronized void write() throws IOException {
        if (dir == null) {
            return;
        }
        if (!dir.isDirectory() && !dir.mkdirs()) {
            throw new IOException("cannot make the scorecard folder " + dir.getAbsolutePath());
        }
        writeFile(new File(dir, name + ".md"), markdown());
        writeFile(new File(dir, name + ".json"), json());
    }

    private static void writeFile(File f, String text) throws IOException {
        try (Writer w = new OutputStreamWriter(new FileOutputStream(f), StandardCharsets.UTF_8)) {
            w.write(text);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.append('"').toString();
    }
}
