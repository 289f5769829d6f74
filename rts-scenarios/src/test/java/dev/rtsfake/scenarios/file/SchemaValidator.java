package dev.rtsfake.scenarios.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A JSON Schema validator for the keywords docs/scenario.schema.json uses, and no others: a keyword
 * it does not know fails, so the schema cannot lean on one that is not checked here.
 */
final class SchemaValidator {
    private static final Set<String> KNOWN = Set.of("$schema", "$id", "$ref", "$defs", "title", "description", "type",
            "properties", "additionalProperties", "required", "items", "enum", "const", "pattern", "minLength",
            "maxLength", "minimum", "maximum", "minProperties", "maxProperties", "anyOf", "oneOf", "allOf");

    private final JsonNode root;

    SchemaValidator(JsonNode root) {
        this.root = root;
    }

    /** Every problem, as "path: what"; empty when {@code value} is valid. */
    List<String> validate(JsonNode value) {
        List<String> problems = new ArrayList<>();
        check(root, value, "$", problems);
        return problems;
    }

    private void check(JsonNode schema, JsonNode v, String path, List<String> out) {
        for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KNOWN.contains(k)) {
                throw new IllegalStateException("the schema uses '" + k + "', which this validator does not check");
            }
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#/$defs/")) {
                throw new IllegalStateException("only local references are supported: " + ref);
            }
            JsonNode target = root.get("$defs").get(ref.substring("#/$defs/".length()));
            if (target == null) {
                throw new IllegalStateException("no definition " + ref);
            }
            check(target, v, path, out);
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), v)) {
            out.add(path + ": is " + v.getNodeType() + ", not " + schema.get("type"));
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= same(e, v);
            }
            if (!found) {
                out.add(path + ": " + v + " is not one of " + schema.get("enum"));
            }
        }
        if (schema.has("const") && !same(schema.get("const"), v)) {
            out.add(path + ": " + v + " is not " + schema.get("const"));
        }
        if (v.isTextual()) {
            String s = v.asText();
            if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(s).find()) {
                out.add(path + ": \"" + s + "\" does not match " + schema.get("pattern").asText());
            }
            if (schema.has("minLength") && s.codePointCount(0, s.length()) < schema.get("minLength").asInt()) {
                out.add(path + ": shorter than " + schema.get("minLength"));
            }
            if (schema.has("maxLength") && s.codePointCount(0, s.length()) > schema.get("maxLength").asInt()) {
                out.add(path + ": longer than " + schema.get("maxLength"));
            }
        }
        if (v.isNumber()) {
            if (schema.has("minimum") && v.asDouble() < schema.get("minimum").asDouble()) {
                out.add(path + ": less than " + schema.get("minimum"));
            }
            if (schema.has("maximum") && v.asDouble() > schema.get("maximum").asDouble()) {
                out.add(path + ": more than " + schema.get("maximum"));
            }
        }
        if (v.isObject()) {
            object(schema, v, path, out);
        }
        if (v.isArray() && schema.has("items")) {
            for (int i = 0; i < v.size(); i++) {
                check(schema.get("items"), v.get(i), path + "[" + i + "]", out);
            }
        }
        combinators(schema, v, path, out);
    }

    private void object(JsonNode schema, JsonNode v, String path, List<String> out) {
        if (schema.has("required")) {
            for (JsonNode r : schema.get("required")) {
                if (!v.has(r.asText())) {
                    out.add(path + ": missing " + r.asText());
                }
            }
        }
        if (schema.has("minProperties") && v.size() < schema.get("minProperties").asInt()) {
            out.add(path + ": fewer than " + schema.get("minProperties") + " fields");
        }
        if (schema.has("maxProperties") && v.size() > schema.get("maxProperties").asInt()) {
            out.add(path + ": more than " + schema.get("maxProperties") + " fields");
        }
        JsonNode props = schema.get("properties");
        JsonNode extra = schema.get("additionalProperties");
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String at = path + "." + f.getKey();
            if (props != null && props.has(f.getKey())) {
                check(props.get(f.getKey()), f.getValue(), at, out);
            } else if (extra != null && extra.isBoolean() && !extra.asBoolean()) {
                out.add(at + ": not allowed");
            } else if (extra != null && extra.isObject()) {
                check(extra, f.getValue(), at, out);
            }
        }
    }

    private void combinators(JsonNode schema, JsonNode v, String path, List<String> out) {
        if (schema.has("allOf")) {
            for (JsonNode s : schema.get("allOf")) {
                check(s, v, path, out);
            }
        }
        if (schema.has("anyOf")) {
            boolean any = false;
            for (JsonNode s : schema.get("anyOf")) {
                any |= validates(s, v, path);
            }
            if (!any) {
                out.add(path + ": matches none of anyOf");
            }
        }
        if (schema.has("oneOf")) {
            int n = 0;
            for (JsonNode s : schema.get("oneOf")) {
                n += validates(s, v, path) ? 1 : 0;
            }
            if (n != 1) {
                out.add(path + ": matches " + n + " of oneOf, not exactly 1");
            }
        }
    }

    private boolean validates(JsonNode schema, JsonNode v, String path) {
        List<String> inner = new ArrayList<>();
        check(schema, v, path, inner);
        return inner.isEmpty();
    }

    private static boolean typeMatches(JsonNode type, JsonNode v) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, v)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> throw new IllegalStateException("unknown type " + type);
        };
    }

    private static boolean same(JsonNode a, JsonNode b) {
        return a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) == 0 : a.equals(b);
    }
}
