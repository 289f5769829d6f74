package dev.rtsfake.scenarios.file;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a {@link ScenarioTree} as YAML in one canonical layout: the scenario's fields, each step
 * and each expectation in block style; everything inside them in flow style ({@code {from: alice,
 * to: bob}}) when it fits on the line, else in block style; text plain where YAML reads it back as
 * the same text, else double-quoted; a long description folded.
 */
final class YamlEmitter {
    private static final int WIDTH = 100;
    private static final Pattern DURATION = Pattern.compile("[0-9]+(ns|us|ms|s|m|h)");
    private static final Pattern RESERVED = Pattern.compile(
            "(?i)null|~|true|false|yes|no|on|off|y|n|\\.inf|-\\.inf|\\+\\.inf|\\.nan");

    private final StringBuilder out = new StringBuilder();

    static String write(Map<String, Object> tree) {
        YamlEmitter e = new YamlEmitter();
        e.topLevel(tree);
        return e.out.toString();
    }

    private void topLevel(Map<String, Object> tree) {
        for (Map.Entry<String, Object> en : tree.entrySet()) {
            String key = en.getKey();
            Object v = en.getValue();
            if (key.equals("description") && v instanceof String s && fold(s)) {
                folded(key, s);
            } else if (key.equals("description") && v instanceof String s && s.length() > WIDTH - 14 && !s.contains("  ")
                    && s.equals(s.strip())) {
                wrappedQuote(key, s);
            } else if (v instanceof List<?> list && (key.equals("steps") || key.equals("expect"))) {
                out.append(key).append(":\n");
                for (Object item : list) {
                    blockItem(item);
                }
            } else {
                entry(0, key, v);
            }
        }
    }

    /** A step or an expectation: "  - first: value" then its other keys under it. */
    @SuppressWarnings("unchecked")
    private void blockItem(Object item) {
        Map<String, Object> m = (Map<String, Object>) item;
        boolean first = true;
        for (Map.Entry<String, Object> en : m.entrySet()) {
            out.append(first ? "  - " : "    ");
            first = false;
            entryRest(4, en.getKey(), en.getValue());
        }
    }

    private void entry(int indent, String key, Object v) {
        out.append(" ".repeat(indent));
        entryRest(indent, key, v);
    }

    /** "key: value" with the key already indented; block style under it when the value does not fit. */
    private void entryRest(int indent, String key, Object v) {
        String k = key(key);
        if (v == null) {
            out.append(k).append(":\n");
            return;
        }
        if (!(v instanceof Map<?, ?>) && !(v instanceof List<?>)) {
            out.append(k).append(": ").append(scalar(v, false)).append('\n');
            return;
        }
        String flow = flow(v);
        if (indent + k.length() + 2 + flow.length() <= WIDTH) {
            out.append(k).append(": ").append(flow).append('\n');
            return;
        }
        out.append(k).append(":\n");
        block(indent + 2, v);
    }

    @SuppressWarnings("unchecked")
    private void block(int indent, Object v) {
        if (v instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).forEach((k, x) -> entry(indent, k, x));
        } else if (v instanceof List<?> list) {
            for (Object item : list) {
                out.append(" ".repeat(indent)).append("- ");
                String flow = flow(item);
                if (flow != null && indent + 2 + flow.length() <= WIDTH) {
                    out.append(flow).append('\n');
                } else if (item instanceof Map<?, ?> m && !m.isEmpty()) {
                    boolean first = true;
                    for (Map.Entry<String, Object> en : ((Map<String, Object>) m).entrySet()) {
                        if (!first) {
                            out.append(" ".repeat(indent + 2));
                        }
                        first = false;
                        entryRest(indent + 2, en.getKey(), en.getValue());
                    }
                } else {
                    out.append(scalar(item, false)).append('\n');
                }
            }
        } else {
            out.append(" ".repeat(indent)).append(scalar(v, false)).append('\n');
        }
    }

    /** The value on one line in flow style. */
    @SuppressWarnings("unchecked")
    private static String flow(Object v) {
        if (v instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<String, Object> en : ((Map<String, Object>) map).entrySet()) {
                sb.append(first ? "" : ", ").append(key(en.getKey())).append(": ");
                first = false;
                sb.append(en.getValue() == null ? "null" : flow(en.getValue()));
            }
            return sb.append('}').toString();
        }
        if (v instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(flow(list.get(i)));
            }
            return sb.append(']').toString();
        }
        return scalar(v, true);
    }

    private static String key(String k) {
        return plain(k, true) ? k : quote(k);
    }

    static String scalar(Object v, boolean inFlow) {
        if (v instanceof String s) {
            return plain(s, inFlow) ? s : quote(s);
        }
        if (v instanceof Double d) {
            String t = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            return t.contains(".") ? t : t + ".0";
        }
        return String.valueOf(v);
    }

    /** Whether YAML reads {@code s} written bare as this very text. */
    static boolean plain(String s, boolean inFlow) {
        if (s.isEmpty() || !s.equals(s.strip()) || RESERVED.matcher(s).matches()) {
            return false;
        }
        char c = s.charAt(0);
        if (Character.isDigit(c) || c == '+' || c == '-' || c == '.') {
            return DURATION.matcher(s).matches();
        }
        if ("?:,[]{}#&*!|>'\"%@`".indexOf(c) >= 0) {
            return false;
        }
        if (s.contains(": ") || s.contains(" #") || s.endsWith(":") || s.contains("  ")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x20 || ch == 0x7f || ch == 0x85 || ch == 0x2028 || ch == 0x2029 || ch == 0xfeff
                    || Character.isSurrogate(ch) || (inFlow && ",[]{}:".indexOf(ch) >= 0)) {
                return false;
            }
        }
        return true;
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff
                            || (Character.isSurrogate(c) && !pairedAt(s, i))) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /**
     * A long one-line text that reads back the same folded ({@code >-}): words joined by single
     * spaces, nothing at either end, no control characters.
     */
    private static boolean fold(String s) {
        if (s.length() <= WIDTH - 14 || !s.equals(s.strip()) || s.contains("  ")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x20 || ch == 0x7f || ch == 0x85 || ch == 0x2028 || ch == 0x2029 || ch == 0xfeff
                    || (Character.isSurrogate(ch) && !pairedAt(s, i))) {
                return false;
            }
        }
        return true;
    }

    /** A long quoted text over several lines: in a double-quoted YAML text a line break reads as one space. */
    private void wrappedQuote(String key, String s) {
        String q = quote(s);
        out.append(key).append(": ");
        int column = key.length() + 2;
        boolean first = true;
        for (String word : q.split(" ", -1)) {
            if (!first && column + 1 + word.length() > WIDTH) {
                out.append('\n').append("  ");
                column = 2;
            } else if (!first) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
            first = false;
        }
        out.append('\n');
    }

    private void folded(String key, String s) {
        out.append(key).append(": >-\n");
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH - 2) {
                out.append("  ").append(line).append('\n');
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        out.append("  ").append(line).append('\n');
    }
}
