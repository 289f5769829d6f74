package dev.rtsfake.fake.assertj.error;

import dev.rtsfake.fake.recording.CallbackRecorder;
import dev.rtsfake.fake.recording.CallbackRecorder.Mark;
import dev.rtsfake.fake.recording.RecordedCallback;
import dev.rtsfake.fake.recording.RecordingEventHandler;
import dev.rtsfake.fake.trace.Trace;
import dev.rtsfake.fake.trace.TraceEvent;
import java.util.List;

/** How the error factories write recorders, callbacks and steps. */
final class Render {
    static final String NL = System.lineSeparator();
    /** Entries a list in a message shows (the latest ones). */
    static final int SHOWN = 20;

    private Render() {
    }

    /** {@code the engine handler of bob}, {@code the room handler of bob}. */
    static String recorder(CallbackRecorder r) {
        return (r instanceof RecordingEventHandler ? "the engine handler of " : "the room handler of ")
                + r.uid().orElse("(no uid seen yet)");
    }

    /** {@code ""} from the start, else {@code " since the mark at 0.120s (after callback #4)"}. */
    static String since(Mark since) {
        return since.received() == 0 ? "" : " since the mark at " + RecordedCallback.seconds(since.at())
                + " (after callback #" + since.received() + ")";
    }

    /** Recorded callbacks, one per indented line (the latest {@value #SHOWN}), or {@code "  (none)"}. */
    static String callbacks(List<RecordedCallback> list) {
        if (list.isEmpty()) {
            return "  (none)";
        }
        StringBuilder sb = new StringBuilder();
        int from = Math.max(0, list.size() - SHOWN);
        if (from > 0) {
            sb.append("  … ").append(from).append(" earlier not shown").append(NL);
        }
        for (int i = from; i < list.size(); i++) {
            if (i > from) {
                sb.append(NL);
            }
            sb.append("  ").append(list.get(i).describe());
        }
        return sb.toString();
    }

    /** A note when the recorder dropped callbacks past its cap, else {@code ""}. */
    static String dropped(CallbackRecorder r) {
        return r.dropped() == 0 ? "" : NL + "(" + r.dropped() + " earlier callbacks were dropped: the recorder keeps the last "
                + r.keepLast() + "; pass a larger keepLast to its constructor to see them)";
    }

    /** Trace steps, one per indented line (the latest {@value #SHOWN}), or {@code "  (none)"}. */
    static String steps(List<TraceEvent> list) {
        if (list.isEmpty()) {
            return "  (none)";
        }
        StringBuilder sb = new StringBuilder();
        int from = Math.max(0, list.size() - SHOWN);
        if (from > 0) {
            sb.append("  … ").append(from).append(" earlier not shown").append(NL);
        }
        for (int i = from; i < list.size(); i++) {
            if (i > from) {
                sb.append(NL);
            }
            sb.append("  ").append(list.get(i).format().strip());
        }
        return sb.toString();
    }

    /** A note when the trace no longer holds its earliest steps, else {@code ""}. */
    static String dropped(Trace trace) {
        return trace.dropped() == 0 ? "" : NL + "(the trace no longer holds its first " + trace.dropped()
                + " steps: raise traceKeepLast(...) or use traceKeepAll() on the builder to see them)";
    }

    /** Strings in a list quoted: {@code ["alice", "bob"]}. */
    static String quoted(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(values.get(i) == null ? "null" : '"' + values.get(i) + '"');
        }
        return sb.append(']').toString();
    }
}
