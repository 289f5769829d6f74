package dev.rtsfake.scenarios.file;

import dev.rtsfake.scenarios.model.Scenario;
import dev.rtsfake.scenarios.run.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario read from a file, with what it needs to place later problems in the file (the
 * runner's checks of client adapters, for instance).
 */
public final class ScenarioFile {
    private final String source;
    private final Node root;
    private final Scenario scenario;

    ScenarioFile(String source, Node root, Scenario scenario) {
        this.source = source;
        this.root = root;
        this.scenario = scenario;
    }

    /** The file's name as it was given. */
    public String source() {
        return source;
    }

    /** The scenario. */
    public Scenario scenario() {
        return scenario;
    }

    /** {@code problems} placed in the file: each at the line and column of its path (or of the nearest part there is). */
    public ScenarioFileException locate(List<Problem> problems) {
        List<FileProblem> placed = new ArrayList<>();
        for (Problem p : problems) {
            Node.Location at = find(root, p.path());
            placed.add(new FileProblem(source, at.line(), at.column(), p.path(), p.message()));
        }
        return new ScenarioFileException(placed);
    }

    /** Where {@code path} ({@code steps[3].send.to}) is in the tree, or its nearest ancestor. */
    static Node.Location find(Node root, String path) {
        Node at = root;
        Node.Location found = root.location();
        for (String part : path.split("\\.")) {
            String name = part;
            List<Integer> indexes = new ArrayList<>();
            int bracket = part.indexOf('[');
            if (bracket >= 0) {
                name = part.substring(0, bracket);
                for (String i : part.substring(bracket + 1, part.length() - 1).split("\\]\\[")) {
                    indexes.add(Integer.parseInt(i));
                }
            }
            if (!name.isEmpty()) {
                if (!(at instanceof Node.MapNode m) || !m.entries().containsKey(name)) {
                    return found;
                }
                Node.Location key = m.keys().get(name);
                at = m.entries().get(name);
                found = at instanceof Node.Scalar ? at.location() : key;
            }
            for (int i : indexes) {
                if (!(at instanceof Node.ListNode l) || i >= l.items().size()) {
                    return found;
                }
                at = l.items().get(i);
                found = at.location();
            }
        }
        return found;
    }
}
