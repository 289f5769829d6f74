package dev.rtsfake.fake.trace;

import dev.rtsfake.fake.internal.trace.TraceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trace as one self-contained HTML page ({@link Trace#writeHtml}): a sequence diagram with a
 * lane per engine, the cloud and each app server, drawn by the page's own script from the steps
 * written into it as JSON. No network: the style and the script are inline, and the page's content
 * security policy forbids loading anything. The same trace always gives the same bytes.
 *
 * <p>Everything from the trace reaches the page as JSON text inside a {@code <script type=
 * "application/json">} element, with {@code <}, {@code >} and {@code &} written as escapes (so a
 * message holding {@code </script>} cannot end it), and the script shows it as text, never as HTML.
 *
 * <p>Large traces: the page holds at most {@link #MAX_STEPS} steps (the last ones, saying so at the
 * top), and draws only the rows near the part of the diagram on screen.
 */
final class TracePage {
    /** Steps a page holds at most: as many as a cloud's trace keeps by default. */
    static final int MAX_STEPS = 100_000;
    private static final String TEMPLATE = "trace-page.html";
    private static final String TITLE_MARK = "@@TITLE@@";
    private static final String DATA_MARK = "@@DATA@@";

    private TracePage() {
    }

    /** Writes the page of {@code trace}; {@code title} null for the trace's own header. */
    static void write(Trace trace, String title, Writer out, int maxSteps) throws IOException {
        List<TraceEvent> all = trace.events();
        int from = Math.max(0, all.size() - maxSteps);
        List<TraceEvent> shown = all.subList(from, all.size());
        TraceIndex index = new TraceIndex(shown);
        String heading = title != null ? title : trace.header().substring(2);
        String template = template();
        int t1 = template.indexOf(TITLE_MARK);
        int t2 = template.indexOf(TITLE_MARK, t1 + 1);
        int d = template.indexOf(DATA_MARK);
        if (t1 < 0 || t2 < 0 || d < t2) {
            throw new IllegalStateException("the page template " + TEMPLATE + " lost its marks");
        }
        StringBuilder sb = new StringBuilder(shown.size() * 120 + template.length() + 1024);
        sb.append(template, 0, t1);
        html(sb, heading);
        sb.append(template, t1 + TITLE_MARK.length(), t2);
        html(sb, heading);
        sb.append(template, t2 + TITLE_MARK.length(), d);
        out.append(sb);
        sb.setLength(0);
        data(sb, out, trace, index, title, from);
        sb.append(template, d + DATA_MARK.length(), template.length());
        out.append(sb);
    }

    private static void data(StringBuilder sb, Writer out, Trace trace, TraceIndex index, String title, int from)
            throws IOException {
        sb.append("{\"title\":");
        string(sb, title != null ? title : trace.header().substring(2));
        sb.append(",\"seed\":").append(title != null ? "null" : Long.toString(trace.seed()));
        sb.append(",\"total\":").append(trace.size());
        sb.append(",\"dropped\":").append(trace.dropped());
        sb.append(",\"capped\":").append(from);
        sb.append(",\"kinds\":[");
        for (TraceKind k : TraceKind.values()) {
            sb.append(k.ordinal() == 0 ? "" : ",");
            string(sb, k.name());
        }
        sb.append("],\"marks\":[");
        for (TraceIndex.Mark m : TraceIndex.Mark.values()) {
            sb.append(m.ordinal() == 0 ? "" : ",");
            string(sb, m.name());
        }
        sb.append("],\"lanes\":[");
        Map<String, List<String>> devices = index.devices();
        for (int i = 0; i < index.lanes.size(); i++) {
            String lane = index.lanes.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"name\":");
            string(sb, lane);
            sb.append(",\"kind\":");
            string(sb, index.laneKinds.get(i).name());
            sb.append(",\"devices\":");
            strings(sb, devices.getOrDefault(lane, List.of()));
            sb.append('}');
        }
        sb.append("],\"users\":");
        strings(sb, index.users);
        sb.append(",\"rooms\":");
        strings(sb, index.rooms);
        Map<String, Integer> table = new HashMap<>();
        StringBuilder words = new StringBuilder(4096).append('[');
        sb.append(",\"steps\":[");
        for (int i = 0; i < index.events.size(); i++) {
            TraceEvent e = index.events.get(i);
            sb.append(i == 0 ? "[" : ",\n[").append(e.seq()).append(',').append(e.timeNanos()).append(',')
                    .append(e.kind().ordinal()).append(',').append(word(table, words, e.actor())).append(',')
                    .append(word(table, words, e.name())).append(',').append(index.lane[i]).append(',')
                    .append(index.from[i]).append(',').append(index.to[i]).append(',').append(index.latency[i])
                    .append(',').append(index.mark[i].ordinal()).append(',').append(index.run[i]).append(',');
            ints(sb, index.stepUsers[i]);
            sb.append(',');
            ints(sb, index.stepRooms[i]);
            sb.append(",[");
            for (int a = 0; a < e.args().size(); a++) {
                sb.append(a == 0 ? "" : ",");
                value(sb, e.args().get(a));
            }
            sb.append("],");
            value(sb, e.result());
            sb.append(']');
            if (sb.length() > 1 << 16) {
                out.append(sb);
                sb.setLength(0);
            }
        }
        sb.append("],\"words\":").append(words).append("]}");
    }

    /** The index of {@code s} in the table of actors and names, added when new. */
    private static int word(Map<String, Integer> table, StringBuilder words, String s) {
        Integer k = table.get(s);
        if (k == null) {
            k = table.size();
            table.put(s, k);
            if (k > 0) {
                words.append(',');
            }
            string(words, s);
        }
        return k;
    }

    /** A string argument as the string; any other value as {@code [text]}, its text as a trace line shows it; null as null. */
    private static void value(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            string(sb, s);
        } else {
            StringBuilder text = new StringBuilder();
            TraceText.appendValue(text, v);
            sb.append('[');
            string(sb, text.toString());
            sb.append(']');
        }
    }

    private static void strings(StringBuilder sb, List<String> list) {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            sb.append(i == 0 ? "" : ",");
            string(sb, list.get(i));
        }
        sb.append(']');
    }

    private static void ints(StringBuilder sb, int[] values) {
        sb.append('[');
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ",").append(values[i]);
        }
        sb.append(']');
    }

    /**
     * A JSON string that is also safe inside an HTML script element: besides JSON's own escapes,
     * {@code <}, {@code >}, {@code &}, U+2028, U+2029 and a surrogate without its pair are written
     * as {@code \}{@code uXXXX}, so the page is valid UTF-8 and nothing in it can close the element.
     */
    static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029 || lone(s, i, c)) {
                TraceText.unicodeEscape(sb, c);
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }

    private static boolean lone(String s, int i, char c) {
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    /** Text as HTML: {@code & < > " '} escaped, and what could not be written as UTF-8 replaced. */
    static void html(StringBuilder sb, String s) {
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c < 0x20 || lone(s, i, c) ? '\uFFFD' : c);
            }
        }
    }

    private static String template() {
        try (InputStream in = TracePage.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("the page template " + TEMPLATE + " is missing from rts-fake's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page template " + TEMPLATE, e);
        }
    }
}
