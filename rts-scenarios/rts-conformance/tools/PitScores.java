import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Combines PIT runs over the same mutants: rts-fake's own tests (the first files: one run of them all, and
 * optionally further runs of some of them, whose detections are added) and the conformance kit (the last
 * file). Prints each side's score, the whole suite's (a mutant is detected when either side detects it),
 * the share of the whole suite's detections the kit makes alone, what only the own tests detect, and the
 * survivors, by class. Several kit runs are given after {@code --kit}: the first of every class, later
 * ones of some classes (after checks were added), whose detections are added. With {@code --equivalent=FILE} first, the mutants that file lists (each with the
 * reason it is equivalent) are left out of every figure, and a listed one that a test detects is reported.
 *
 * <pre>java PitScores.java rts-fake/target-pit/pit-reports/mutations.xml rts-scenarios/target-pit/pit-reports/mutations.xml</pre>
 */
public final class PitScores {
    public static void main(String[] args) throws Exception {
        Map<String, String> equivalent = new LinkedHashMap<>();
        if (args.length > 0 && args[0].startsWith("--equivalent=")) {
            equivalent = readEquivalent(new File(args[0].substring("--equivalent=".length())));
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        // Own-test runs first; the kit's runs after "--kit" (or, without it, the last file alone).
        int split = java.util.Arrays.asList(args).indexOf("--kit");
        String[] ownFiles = split < 0 ? java.util.Arrays.copyOfRange(args, 0, Math.max(0, args.length - 1))
                : java.util.Arrays.copyOfRange(args, 0, split);
        String[] kitFiles = split < 0 ? java.util.Arrays.copyOfRange(args, Math.max(0, args.length - 1), args.length)
                : java.util.Arrays.copyOfRange(args, split + 1, args.length);
        if (ownFiles.length == 0 || kitFiles.length == 0) {
            System.err.println("usage: java PitScores.java [--equivalent=FILE] OWN_TESTS_mutations.xml"
                    + " [MORE_OWN_TESTS_mutations.xml ...] [--kit] KIT_mutations.xml [MORE_KIT_mutations.xml ...]");
            System.exit(2);
        }
        Map<String, String[]> own = readAll(ownFiles);
        Map<String, String[]> kit = readAll(kitFiles);
        if (!own.keySet().equals(kit.keySet())) {
            System.err.println("warning: the runs have different mutants (" + own.size() + " and " + kit.size()
                    + "); comparing the ones in both");
        }
        int total = 0, ownKilled = 0, kitKilled = 0, whole = 0, kitOfWhole = 0, leftOut = 0;
        Map<String, List<String>> survivors = new TreeMap<>();
        Map<String, List<String>> ownOnly = new TreeMap<>();
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (Map.Entry<String, String[]> e : own.entrySet()) {
            String[] k = kit.get(e.getKey());
            if (k == null) {
                continue;
            }
            boolean o = detected(e.getValue()[0]);
            boolean c = detected(k[0]);
            String named = e.getValue()[2];
            if (equivalent.containsKey(named)) {
                listed.add(named);
                if (o || c) {
                    System.err.println("warning: listed as equivalent but detected (take it off the list): " + named);
                } else {
                    leftOut++;
                    continue;
                }
            }
            total++;
            ownKilled += o ? 1 : 0;
            kitKilled += c ? 1 : 0;
            if (o || c) {
                whole++;
                kitOfWhole += c ? 1 : 0;
                if (!c) {
                    ownOnly.computeIfAbsent(e.getValue()[1], x -> new ArrayList<>()).add(e.getValue()[2]);
                }
            } else {
                survivors.computeIfAbsent(e.getValue()[1], x -> new ArrayList<>()).add(e.getValue()[2]);
            }
        }
        for (String named : equivalent.keySet()) {
            if (!listed.contains(named)) {
                System.err.println("warning: listed as equivalent but no such mutant (the code moved?): " + named);
            }
        }
        if (leftOut > 0) {
            System.out.printf("left out as equivalent (listed with the reason in the --equivalent file): %d%n", leftOut);
        }
        System.out.printf("mutants: %d%n", total);
        System.out.printf("rts-fake's own tests: %d detected (%.1f %%)%n", ownKilled, 100.0 * ownKilled / total);
        System.out.printf("the kit alone:        %d detected (%.1f %%)%n", kitKilled, 100.0 * kitKilled / total);
        System.out.printf("the whole suite:      %d detected (%.1f %%)%n", whole, 100.0 * whole / total);
        System.out.printf("the kit detects %.1f %% of what the whole suite detects%n", 100.0 * kitOfWhole / whole);
        print("detected by rts-fake's own tests but not by the kit", ownOnly, whole - kitOfWhole);
        print("survivors of the whole suite", survivors, total - whole);
    }

    private static void print(String title, Map<String, List<String>> byClass, int count) {
        System.out.printf("%s: %d%n", title, count);
        for (Map.Entry<String, List<String>> s : byClass.entrySet()) {
            System.out.printf("  %-50s %3d%n", s.getKey(), s.getValue().size());
            for (String m : s.getValue()) {
                System.out.println("      " + m);
            }
        }
    }

    /**
     * The first run's mutants, each detected when any of the runs detects it: the later runs are of some
     * classes or some tests only (a run of the kit's new checks over the classes they aim at, say), over
     * the same code, so the first run names the mutants.
     */
    private static Map<String, String[]> readAll(String[] files) throws Exception {
        Map<String, String[]> out = read(new File(files[0]));
        for (int i = 1; i < files.length; i++) {
            for (Map.Entry<String, String[]> e : read(new File(files[i])).entrySet()) {
                String[] o = out.get(e.getKey());
                if (o != null && !detected(o[0]) && detected(e.getValue()[0])) {
                    out.put(e.getKey(), e.getValue());
                }
            }
        }
        return out;
    }

    /**
     * The equivalent-mutant list: one mutant a line, as this tool prints a survivor
     * ({@code Class.method line N: description}), then {@code " | "} and why no test can tell it from
     * the code. A line stands for every mutant of that line with that description (PIT makes several
     * "negated conditional"s of one line: list a line only when all of them are equivalent). Blank lines
     * and lines starting with {@code #} are comments.
     */
    private static Map<String, String> readEquivalent(File f) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : java.nio.file.Files.readAllLines(f.toPath())) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int bar = t.indexOf(" | ");
            if (bar < 0) {
                throw new IllegalArgumentException(f + ": no \" | reason\" in: " + line);
            }
            out.put(t.substring(0, bar).trim(), t.substring(bar + 3).trim());
        }
        return out;
    }

    private static boolean detected(String status) {
        return status.equals("KILLED") || status.equals("TIMED_OUT") || status.equals("MEMORY_ERROR");
    }

    /** mutant key -> {status, class, description}. */
    private static Map<String, String[]> read(File f) throws Exception {
        NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(f).getElementsByTagName("mutation");
        Map<String, String[]> out = new LinkedHashMap<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element m = (Element) nodes.item(i);
            String cls = text(m, "mutatedClass");
            String key = cls + "#" + text(m, "mutatedMethod") + text(m, "methodDescription") + ":" + text(m, "lineNumber")
                    + ":" + text(m, "mutator") + ":" + text(m, "indexes");
            int dollar = cls.indexOf('$');
            String outer = dollar < 0 ? cls : cls.substring(0, dollar);
            out.put(key, new String[] {m.getAttribute("status"), outer, cls.substring(cls.lastIndexOf('.') + 1) + "."
                    + text(m, "mutatedMethod") + " line " + text(m, "lineNumber") + ": " + text(m, "description")});
        }
        return out;
    }

    private static String text(Element m, String tag) {
        NodeList l = m.getElementsByTagName(tag);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent().trim();
    }
}
