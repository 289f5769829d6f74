package dev.rtsfake.scenarios.cli;

import dev.rtsfake.scenarios.report.RunReport;
import dev.rtsfake.scenarios.report.TraceFilter;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The output options {@code run}, {@code serve} and {@code trace} share. */
final class OutputOptions {
    static final Set<String> FLAGS = Set.of("--quiet", "--verbose", "--hide-sys-stats", "--hide-retransmissions",
            "--no-trace-files");
    static final Set<String> VALUED = Set.of("--format", "--out");
    static final Path DEFAULT_OUT = Path.of("rts-sim-out");

    final boolean jsonl;
    final boolean quiet;
    final boolean verbose;
    final boolean traceFiles;
    final Path out;
    final TraceFilter filter;

    OutputOptions(Options o) throws Options.UsageException {
        this.jsonl = o.choice("--format", "text", List.of("text", "jsonl")).equals("jsonl");
        this.quiet = o.has("--quiet");
        this.verbose = o.has("--verbose");
        if (quiet && verbose) {
            throw new Options.UsageException("--quiet and --verbose say opposite things; give one");
        }
        this.traceFiles = !o.has("--no-trace-files");
        this.out = Path.of(o.value("--out", DEFAULT_OUT.toString()));
        this.filter = TraceFilter.ALL.hidingSysStats(o.has("--hide-sys-stats"))
                .hidingRetransmissions(o.has("--hide-retransmissions"));
    }

    RunReport.Options report() {
        return new RunReport.Options(filter, verbose, quiet);
    }

    static void describe(PrintStream s) {
        s.println("  --format text|jsonl     text for people (the default), or one JSON object a line for programs");
        s.println("  --out DIR               where trace files go (default rts-sim-out)");
        s.println("  --no-trace-files        write no trace files");
        s.println("  --quiet                 print only what failed and the verdict");
        s.println("  --verbose               the timeline shows every trace step, not only what the apps saw");
        s.println("  --hide-sys-stats        leave onSysStats out of the timeline");
        s.println("  --hide-retransmissions  show a reliable packet's first loss only, not each retransmission");
    }
}
