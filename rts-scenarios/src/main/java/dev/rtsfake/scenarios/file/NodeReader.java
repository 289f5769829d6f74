package dev.rtsfake.scenarios.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML or JSON text into {@link Node}s with Jackson's streaming parsers, keeping the line
 * and column of every key and value. A key given twice, a second YAML document, or text that is
 * not YAML or JSON at all fails here, with its place.
 */
final class NodeReader {
    /** The deepest nesting a scenario file may have. */
    static final int MAX_DEPTH = 32;
    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = new YAMLFactory();

    private final String source;

    NodeReader(String source) {
        this.source = source;
    }

    /** Parses {@code text}; JSON when {@code json}, else YAML (of which JSON is a part). */
    Node read(String text, boolean json) {
        try (JsonParser p = (json ? JSON : YAML).createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw problem(new Node.Location(1, 1), "", "the file is empty; a scenario starts with 'name:'");
            }
            Node root = value(p, first, "", 0);
            JsonToken after = p.nextToken();
            if (after != null) {
                throw problem(location(p), "", "a second document; keep one scenario per file");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String why = e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException y ? yamlReason(y)
                    : e.getOriginalMessage().replace('\n', ' ').replaceAll("\\s+", " ").strip();
            throw problem(at == null ? new Node.Location(1, 1) : new Node.Location(Math.max(1, at.getLineNr()),
                    Math.max(1, at.getColumnNr())), "", "not valid " + (json ? "JSON" : "YAML") + ": " + why);
        } catch (IOException e) {
            throw problem(new Node.Location(1, 1), "", "cannot be read: " + e.getMessage());
        }
    }

    /** SnakeYAML's problem without its quoted snippets: "expected ',' or '}', but got : (in the flow mapping at line 5, column 11)". */
    private static String yamlReason(org.yaml.snakeyaml.error.MarkedYAMLException y) {
        String problem = y.getProblem() == null ? "unreadable" : y.getProblem().strip();
        if (y.getContext() == null || y.getContextMark() == null) {
            return problem;
        }
        String context = y.getContext().strip().replaceFirst("^while parsing ", "");
        return problem + " (in the " + context.replaceFirst("^an? ", "") + " that starts at line "
                + (y.getContextMark().getLine() + 1) + ", column " + (y.getContextMark().getColumn() + 1) + ")";
    }

    private Node value(JsonParser p, JsonToken t, String path, int depth) throws IOException {
        Node.Location at = location(p);
        if (depth > MAX_DEPTH) {
            throw problem(at, path, "nested more than " + MAX_DEPTH + " levels deep");
        }
        switch (t) {
            case START_OBJECT -> {
                Map<String, Node> entries = new LinkedHashMap<>();
                Map<String, Node.Location> keys = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String key = p.currentName();
                    Node.Location keyAt = location(p);
                    String child = path.isEmpty() ? key : path + "." + key;
                    if (entries.containsKey(key)) {
                        throw problem(keyAt, child, "given twice (first at line " + keys.get(key).line() + "); give each field once");
                    }
                    Node v = value(p, p.nextToken(), child, depth + 1);
                    entries.put(key, v);
                    keys.put(key, keyAt);
                }
                return new Node.MapNode(entries, keys, at);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                for (JsonToken i = p.nextToken(); i != JsonToken.END_ARRAY; i = p.nextToken()) {
                    items.add(value(p, i, path + "[" + items.size() + "]", depth + 1));
                }
                return new Node.ListNode(items, at);
            }
            case VALUE_STRING -> {
                return new Node.Scalar(p.getText(), Node.Type.STRING, at);
            }
            case VALUE_NUMBER_INT -> {
                return new Node.Scalar(p.getText(), Node.Type.INTEGER, at);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Node.Scalar(p.getText(), Node.Type.DECIMAL, at);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node.Scalar(Boolean.toString(t == JsonToken.VALUE_TRUE), Node.Type.BOOLEAN, at);
            }
            case VALUE_NULL -> {
                return new Node.Scalar("null", Node.Type.NULL, at);
            }
            default -> throw problem(at, path, "unexpected " + t);
        }
    }

    private static Node.Location location(JsonParser p) {
        JsonLocation l = p.currentTokenLocation();
        return new Node.Location(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    ScenarioFileException problem(Node.Location at, String path, String message) {
        return new ScenarioFileException(new FileProblem(source, at.line(), at.column(), path, message));
    }
}
