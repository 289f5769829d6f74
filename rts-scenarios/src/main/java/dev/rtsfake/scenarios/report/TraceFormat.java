package dev.rtsfake.scenarios.report;

/**
 * The formats a run's trace file can be written in; {@link TraceFiles} writes each, and
 * {@code rts-sim run} writes all three. {@code rts-sim trace FILE.jsonl --html OUT.html} makes the
 * page of a trace file.
 */
public enum TraceFormat {
    /** The readable lines of {@code Trace.format()}: {@code NAME.trace.txt}. */
    TEXT("trace.txt"),
    /** One JSON object a step, as {@code Trace.writeJsonLines} writes it: {@code NAME.trace.jsonl}. */
    JSONL("trace.jsonl"),
    /**
     * The trace page, as {@code Trace.writeHtml} writes it: one self-contained HTML file, a sequence
     * diagram with filters, zoom and the details of each step: {@code NAME.trace.html}.
     */
    HTML("trace.html");

    private final String ending;

    TraceFormat(String ending) {
        this.ending = ending;
    }

    /** The ending of the file's name. */
    public String ending() {
        return ending;
    }
}
