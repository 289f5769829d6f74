package dev.rtsfake.scenarios.report;

/**
 * The formats a run's trace file can be written in. The trace page (an HTML view of a trace) is a
 * format to come: it will be one more constant here, written by {@link TraceFiles}, and
 * {@code rts-sim run --trace-format} and {@code rts-sim trace} will offer it by its name.
 */
public enum TraceFormat {
    /** The readable lines of {@code Trace.format()}: {@code NAME.trace.txt}. */
    TEXT("trace.txt"),
    /** One JSON object a step, as {@code Trace.writeJsonLines} writes it: {@code NAME.trace.jsonl}. */
    JSONL("trace.jsonl");

    private final String ending;

    TraceFormat(String ending) {
        this.ending = ending;
    }

    /** The ending of the file's name. */
    public String ending() {
        return ending;
    }
}
