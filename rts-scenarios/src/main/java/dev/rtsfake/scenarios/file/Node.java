package dev.rtsfake.scenarios.file;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed scenario file as a tree that remembers where each part was: maps, lists and scalars. */
sealed interface Node {

    /** Where the node starts: 1-based line and column. */
    Location location();

    /** How the node reads in an error: "a map", "a list", "the number 5". */
    String what();

    /**
     * A place in a file.
     *
     * @param line 1-based
     * @param column 1-based
     */
    record Location(int line, int column) {
    }

    /**
     * A map; its keys in file order.
     *
     * @param entries the values by key
     * @param keys where each key is
     * @param location where the map starts
     */
    record MapNode(Map<String, Node> entries, Map<String, Location> keys, Location location) implements Node {
        public MapNode {
            entries = new LinkedHashMap<>(entries);
            keys = new LinkedHashMap<>(keys);
        }

        public String what() {
            return "a map";
        }
    }

    /**
     * A list.
     *
     * @param items the items
     * @param location where it starts
     */
    record ListNode(List<Node> items, Location location) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        public String what() {
            return "a list";
        }
    }

    /** What sort of scalar. */
    enum Type { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

    /**
     * A scalar.
     *
     * @param text its text as written (for null, "null")
     * @param type what the file's syntax made of it
     * @param location where it is
     */
    record Scalar(String text, Type type, Location location) implements Node {
        public String what() {
            return switch (type) {
                case STRING -> "the text \"" + text + "\"";
                case INTEGER, DECIMAL -> "the number " + text;
                case BOOLEAN -> text;
                case NULL -> "nothing";
            };
        }
    }
}
