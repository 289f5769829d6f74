package dev.rtsfake.scenarios.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rtsfake.scenarios.model.Durations;
import dev.rtsfake.scenarios.report.TraceFilter;
import dev.rtsfake.scenarios.report.TraceLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code rts-sim trace FILE.jsonl}: prints a JSON-lines trace (a run's {@code .trace.jsonl}, or a
 * cloud's {@code traceFile}) as readable lines, filtered. It reads the file as it streams, so a
 * trace of any size prints in bounded memory.
 */
final class TraceCommand implements Command {
    private static final Set<String> KINDS = Set.of("CALL", "CALLBACK", "NET", "CLOUD", "STATE", "HARNESS", "MISUSE",
            "HANDLER_ERROR", "APP_TIMER");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "trace";
    }

    @Override
    public String summary() {
        return "prints a .trace.jsonl file as readable lines, filtered by kind, actor, name, time or text";
    }

    @Override
    public void usage(PrintStream s) {
        s.println("usage: rts-sim trace FILE.jsonl [--kind K,...] [--actor A,...] [--name N,...] [--from T] [--to T]");
        s.println("                    [--grep TEXT] [--hide-sys-stats] [--hide-retransmissions] [--limit N]");
        s.println("                    [--format text|jsonl]");
        s.println("Prints a JSON-lines trace, one step a line: virtual time, number, kind, actor, step(arguments).");
        s.println("  --kind K,...            only these kinds: CALL, CALLBACK, NET, CLOUD, STATE, HARNESS, MISUSE,");
        s.println("                          HANDLER_ERROR, APP_TIMER");
        s.println("  --actor A,...           only these actors (alice; rts-1 also keeps its links rts-1/up, rts-1/down)");
        s.println("  --name N,...            only these steps (onMessage* keeps every name that starts so)");
        s.println("  --from T, --to T        only steps at or after / at or before a virtual instant such as 5s");
        s.println("  --grep TEXT             only lines that contain TEXT");
        s.println("  --hide-sys-stats        leave out onSysStats");
        s.println("  --hide-retransmissions  show a reliable packet's first loss only, not each retransmission");
        s.println("  --limit N               stop after N lines");
        s.println("  --format text|jsonl     readable lines (the default), or the kept JSON lines as they are");
        s.println("Values show as the file holds them: every argument as JSON text, quoted.");
        s.println("Exit status: 0, 2 a usage error or a file that is not a JSON-lines trace, 3 an internal error.");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = Options.parse(args, Set.of("--hide-sys-stats", "--hide-retransmissions"),
                    Set.of("--kind", "--actor", "--name", "--from", "--to", "--grep", "--limit", "--format"));
            if (o.has("--help")) {
                usage(out);
                return 0;
            }
            if (o.positional().size() != 1) {
                throw new Options.UsageException("give one trace file, such as rts-sim-out/lift-outage-8s-seed1.trace.jsonl");
            }
            TraceFilter filter = filter(o);
            boolean jsonl = o.choice("--format", "text", List.of("text", "jsonl")).equals("jsonl");
            long limit = o.longValue("--limit", Long.MAX_VALUE);
            return print(Path.of(o.positional().get(0)), filter, jsonl, limit, out, err);
        } catch (Options.UsageException e) {
            return RtsSim.usageError(this, e.getMessage(), err);
        }
    }

    private static TraceFilter filter(Options o) throws Options.UsageException {
        Set<String> kinds = list(o.value("--kind"));
        for (String k : kinds) {
            if (!KINDS.contains(k.toUpperCase(java.util.Locale.ROOT))) {
                throw new Options.UsageException("--kind: no kind '" + k + "'"
                        + dev.rtsfake.scenarios.model.Suggest.didYouMean(k, KINDS) + " (the kinds: "
                        + String.join(", ", new java.util.TreeSet<>(KINDS)) + ")");
            }
        }
        long from = instant(o, "--from", 0);
        long to = instant(o, "--to", Long.MAX_VALUE);
        return new TraceFilter(Set.of(), list(o.value("--actor")), list(o.value("--name")), from, to, o.value("--grep"),
                o.has("--hide-sys-stats"), o.has("--hide-retransmissions")).onlyKinds(kinds);
    }

    private static long instant(Options o, String name, long otherwise) throws Options.UsageException {
        if (!o.has(name)) {
            return otherwise;
        }
        Duration d = Durations.parseOrNull(o.value(name));
        if (d == null) {
            throw new Options.UsageException(name + " takes a virtual instant such as 5s or 1500ms, not '" + o.value(name) + "'");
        }
        return d.toNanos();
    }

    private static Set<String> list(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private int print(Path file, TraceFilter filter, boolean jsonl, long limit, PrintStream out, PrintStream err) {
        TraceFilter.Pass pass = filter.pass();
        long shown = 0;
        long number = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null && shown < limit; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (IOException e) {
                    err.println("rts-sim trace: " + file + ":" + number + ": not a JSON line of a trace ("
                            + e.getMessage().lines().findFirst().orElse("") + ")");
                    return 2;
                }
                if (!node.isObject() || !node.has("seq") || !node.has("kind") || !node.has("name")) {
                    err.println("rts-sim trace: " + file + ":" + number + ": not a trace step (it needs seq, timeNanos,"
                            + " kind, actor, name, args and result); is this a .trace.jsonl file?");
                    return 2;
                }
                TraceLine l = TraceLine.ofJson(node);
                if (pass.admits(l)) {
                    out.println(jsonl ? line : l.text());
                    shown++;
                }
            }
        } catch (NoSuchFileException e) {
            err.println("rts-sim trace: no file " + file);
            return 2;
        } catch (IOException e) {
            err.println("rts-sim trace: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        if (!jsonl && pass.hidden() > 0) {
            out.println("(" + pass.hidden() + " repeated retransmissions hidden)");
        }
        return 0;
    }
}
