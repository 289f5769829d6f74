package dev.rtsfake.scenarios.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rtsfake.fake.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * One trace step as the filters and printers see it, whether it came from a run (a
 * {@link TraceEvent}) or from a JSON-lines trace file.
 *
 * @param seq its sequence number
 * @param timeNanos virtual time
 * @param kind CALL, CALLBACK, NET, CLOUD, STATE, HARNESS, MISUSE or HANDLER_ERROR
 * @param actor who acted
 * @param name the step
 * @param args the arguments as text
 * @param text the whole line: {@code "   0.030000s #12 CALLBACK  bob onMessageReceived("alice", "hi")"}
 * @param body the line without its time, number and kind: {@code bob onMessageReceived("alice", "hi")}
 */
public record TraceLine(long seq, long timeNanos, String kind, String actor, String name, List<String> args, String text,
                        String body) {

    /** From a run's trace, written exactly as the trace writes it. */
    public static TraceLine of(TraceEvent e) {
        String text = e.format();
        String marker = " #" + e.seq() + " " + e.kind().name();
        int at = text.indexOf(marker);
        String body = at < 0 ? text : text.substring(at + marker.length()).stripLeading();
        List<String> args = new ArrayList<>();
        e.args().forEach(a -> args.add(String.valueOf(a)));
        return new TraceLine(e.seq(), e.timeNanos(), e.kind().name(), e.actor(), e.name(), args, text, body);
    }

    /**
     * From one line of a JSON-lines trace file ({@code seq, timeNanos, kind, actor, name, args,
     * result}). The file holds every value as text, so here every argument is shown as JSON shows
     * it: quoted.
     */
    public static TraceLine ofJson(JsonNode n) {
        long seq = n.path("seq").asLong();
        long time = n.path("timeNanos").asLong();
        String kind = n.path("kind").asText();
        String actor = n.path("actor").asText();
        String name = n.path("name").asText();
        List<String> args = new ArrayList<>();
        StringBuilder body = new StringBuilder(actor).append(' ').append(name).append('(');
        JsonNode list = n.path("args");
        for (int i = 0; i < list.size(); i++) {
            JsonNode a = list.get(i);
            args.add(a.isNull() ? "null" : a.asText());
            body.append(i == 0 ? "" : ", ").append(a.isNull() ? "null" : a.toString());
        }
        body.append(')');
        JsonNode result = n.path("result");
        if (!result.isMissingNode() && !result.isNull()) {
            body.append(" -> ").append(result);
        }
        String text = clock(time) + " #" + seq + " " + kind + " ".repeat(Math.max(1, 15 - kind.length())) + body;
        return new TraceLine(seq, time, kind, actor, name, args, text, body.toString());
    }

    /** "   0.030000s", as trace lines write virtual time. */
    static String clock(long nanos) {
        long micros = nanos / 1_000;
        String frac = Long.toString(micros % 1_000_000);
        String t = (micros / 1_000_000) + "." + "000000".substring(frac.length()) + frac + "s";
        return " ".repeat(Math.max(0, 12 - t.length())) + t;
    }

    /** Whether this is a reliable packet sent again: a NET "lost" step. */
    boolean isRetransmission() {
        return kind.equals("NET") && name.equals("lost");
    }

    /** The packet a NET step is about, with the link direction: what repeated retransmissions share. */
    String packetKey() {
        return actor + " " + (args.isEmpty() ? "" : args.get(0));
    }
}
