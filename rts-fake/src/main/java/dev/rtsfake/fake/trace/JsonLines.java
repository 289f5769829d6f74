package dev.rtsfake.fake.trace;

import dev.rtsfake.fake.internal.trace.TraceText;

/**
 * One trace step as one line of JSON: {@code seq}, {@code timeNanos}, {@code kind}, {@code actor},
 * {@code name}, {@code args} and {@code result}. A string argument or result is written as it was
 * recorded; any other value as the text a trace line shows for it ({@link TraceText}). Every line
 * is valid JSON on one line and valid UTF-8: control characters, line separators and lone
 * surrogates are written as escapes.
 */
final class JsonLines {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private JsonLines() {
    }

    /** Appends the JSON object of {@code e}, without the line break. */
    static void append(StringBuilder sb, TraceEvent e) {
        sb.append("{\"seq\":").append(e.seq())
                .append(",\"timeNanos\":").append(e.timeNanos())
                .append(",\"kind\":");
        string(sb, e.kind().name());
        sb.append(",\"actor\":");
        string(sb, e.actor());
        sb.append(",\"name\":");
        string(sb, e.name());
        sb.append(",\"args\":[");
        for (int i = 0; i < e.args().size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            value(sb, e.args().get(i));
        }
        sb.append("],\"result\":");
        value(sb, e.result());
        sb.append('}');
    }

    private static void value(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            string(sb, s);
        } else {
            StringBuilder text = new StringBuilder();
            TraceText.appendValue(text, v);
            string(sb, text.toString());
        }
    }

    /** A JSON string literal. */
    static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029 || lone(s, i, c)) {
                        sb.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf])
                                .append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
                    } else {
                        sb.append(c);
                    }
                }
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
}
