import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins scorecards of the same suite (JSON, as the kit writes them) into one Markdown table with a result
 * column per scorecard, as docs/fidelity.md §7 shows the fake's in both time modes.
 *
 * <pre>java ScorecardTable.java rts-scenarios/target/conformance/FakeVirtualTimeConformanceTest.json rts-scenarios/target/conformance/FakeRealTimeConformanceTest.json</pre>
 */
public final class ScorecardTable {
    private static final Pattern CHECK = Pattern.compile("\\{\"group\": \"([^\"]*)\", \"check\": \"([^\"]*)\", \"level\": \"([^\"]*)\","
            + " \"source\": \"((?:[^\"\\\\]|\\\\.)*)\", \"result\": \"([^\"]*)\", \"reason\": (null|\"(?:[^\"\\\\]|\\\\.)*\")\\}");
    private static final Pattern TARGET = Pattern.compile("\"target\": \"((?:[^\"\\\\]|\\\\.)*)\"");

    public static void main(String[] args) throws Exception {
        Map<String, String[]> rows = new LinkedHashMap<>();
        List<String> targets = new ArrayList<>();
        for (int f = 0; f < args.length; f++) {
            String json = new String(Files.readAllBytes(Paths.get(args[f])), StandardCharsets.UTF_8);
            Matcher t = TARGET.matcher(json);
            targets.add(t.find() ? t.group(1) : args[f]);
            Matcher m = CHECK.matcher(json);
            while (m.find()) {
                String[] row = rows.computeIfAbsent(m.group(2), k -> new String[4 + args.length]);
                row[0] = m.group(1);
                row[1] = m.group(2);
                row[2] = m.group(3);
                row[3] = m.group(4).replace("\\\"", "\"").replace("\\\\", "\\");
                row[4 + f] = m.group(5) + (m.group(6).equals("null") ? "" : ": " + m.group(6).replace("\"", ""));
            }
        }
        StringBuilder b = new StringBuilder("| group | check | level | source |");
        for (String t : targets) {
            b.append(' ').append(t).append(" |");
        }
        b.append("\n|---|---|---|---|").append("---|".repeat(targets.size())).append('\n');
        for (String[] r : rows.values()) {
            b.append("| ").append(r[0]).append(" | ").append(r[1]).append(" | ").append(r[2]).append(" | ")
                    .append(r[3].replace("|", "\\|")).append(" |");
            for (int i = 4; i < r.length; i++) {
                b.append(' ').append(r[i] == null ? "—" : r[i].replace("|", "\\|")).append(" |");
            }
            b.append('\n');
        }
        System.out.print(b);
    }
}
