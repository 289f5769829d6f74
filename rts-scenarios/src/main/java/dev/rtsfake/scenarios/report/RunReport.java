package dev.rtsfake.scenarios.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rtsfake.fake.trace.TraceEvent;
import dev.rtsfake.scenarios.model.Durations;
import dev.rtsfake.scenarios.run.FaultReport;
import dev.rtsfake.scenarios.run.RunResult;
import dev.rtsfake.scenarios.run.StepRecord;
import dev.rtsfake.scenarios.run.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code rts-sim run} prints for one run: as text for people, or as JSON lines for programs. */
public final class RunReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * How much to print.
     *
     * @param filter which trace steps the timeline shows
     * @param verbose the timeline shows every trace step
     * @param quiet no timeline, no fault report: the verdicts that failed and the summary
     */
    public record Options(TraceFilter filter, boolean verbose, boolean quiet) {
    }

    private RunReport() {
    }

    /** The text report. */
    public static List<String> text(RunResult r, String source, Options o, List<Path> traceFiles) {
        List<String> out = new ArrayList<>();
        if (!o.quiet()) {
            out.add("rts-sim run: " + r.scenario().name());
            out.add("  (" + source + ", seed " + r.seed() + ", " + Durations.clock(r.endNanos()) + " of virtual time)");
            out.add("");
            out.add("Timeline:");
            int[] hidden = new int[1];
            out.addAll(Timeline.lines(r, o.filter(), o.verbose(), hidden));
            if (hidden[0] > 0) {
                out.add("  (" + hidden[0] + " repeated retransmissions hidden)");
            }
            if (r.trace() != null && r.trace().dropped() > 0) {
                out.add("  (the first " + r.trace().dropped() + " trace steps are not kept; the trace files hold the rest)");
            }
            out.add("");
            out.add("Expectations:");
        }
        for (Verdict v : r.verdicts()) {
            if (!o.quiet() || !v.passed()) {
                out.add("  " + v.line());
            }
        }
        if (!o.quiet() && !r.faults().isEmpty()) {
            out.add("");
            out.add("Faults and rules:");
            r.faults().forEach(f -> out.add("  " + f.line()));
        }
        if (!o.quiet() && !traceFiles.isEmpty()) {
            out.add("");
            out.add("Trace: " + String.join(", ", traceFiles.stream().map(Path::toString).toList()));
        }
        out.add((o.quiet() ? source + ": " : "") + r.summary() + (r.passed() ? ""
                : ". Rerun: rts-sim run " + source + " --seed " + r.seed()));
        return out;
    }

    /** The JSON-lines report: a run line, the timeline's steps and events, the verdicts, the faults, a summary. */
    public static List<String> jsonl(RunResult r, String source, Options o, List<Path> traceFiles) {
        List<String> out = new ArrayList<>();
        Map<String, Object> run = object("run");
        run.put("scenario", r.scenario().name());
        run.put("source", source);
        run.put("seed", r.seed());
        run.put("endNanos", r.endNanos());
        out.add(json(run));
        if (!o.quiet()) {
            for (StepRecord s : r.steps()) {
                Map<String, Object> m = object("step");
                m.put("timeNanos", s.timeNanos());
                m.put("step", s.step());
                m.put("describe", s.describe());
                m.put("result", s.result() == null ? null : String.valueOf(s.result()));
                m.put("error", s.error());
                m.put("traceSeq", s.traceSeq());
                out.add(json(m));
            }
            if (r.trace() != null) {
                TraceFilter f = o.verbose() || !o.filter().kinds().isEmpty() ? o.filter() : o.filter().onlyKinds(Timeline.APP_KINDS);
                List<TraceLine> all = new ArrayList<>();
                for (TraceEvent e : r.trace().events()) {
                    all.add(TraceLine.of(e));
                }
                for (TraceLine l : f.apply(all, null)) {
                    Map<String, Object> m = object("event");
                    m.put("seq", l.seq());
                    m.put("timeNanos", l.timeNanos());
                    m.put("kind", l.kind());
                    m.put("actor", l.actor());
                    m.put("name", l.name());
                    m.put("line", l.body());
                    out.add(json(m));
                }
            }
        }
        for (Verdict v : r.verdicts()) {
            Map<String, Object> m = object("verdict");
            m.put("index", v.index());
            m.put("expectation", v.expectation());
            m.put("passed", v.passed());
            m.put("reason", v.reason());
            out.add(json(m));
        }
        for (FaultReport f : r.faults()) {
            Map<String, Object> m = object("fault");
            m.put("step", f.step());
            m.put("label", f.label());
            m.put("describe", f.describe());
            m.put("fired", f.fired());
            out.add(json(m));
        }
        Map<String, Object> summary = object("summary");
        summary.put("passed", r.passed());
        summary.put("summary", r.summary());
        summary.put("traceFiles", traceFiles.stream().map(Path::toString).toList());
        summary.put("rerun", "rts-sim run " + source + " --seed " + r.seed());
        out.add(json(summary));
        return out;
    }

    private static Map<String, Object> object(String type) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        return m;
    }

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain maps and values always write", e);
        }
    }
}
