package dev.rtsfake.fake.serverapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rtsfake.fake.internal.cloud.Payload;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one OpenAPI HTTP request (query string and JSON body) into a {@link ServerApi} call, and a
 * result into the vendor's response envelope. Never throws for bad input: every problem becomes an
 * {@link ServerApiResult.Error}.
 */
final class OpenApiCodec {
    static final Set<String> VERSIONS = Set.of("2020-12-01", "2023-07-20");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The Action and Version of a query string (either may be null). */
    record Route(String action, String version) {
    }

    private OpenApiCodec() {
    }

    static Route route(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String k = decode(eq < 0 ? pair : pair.substring(0, eq));
                String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
                params.putIfAbsent(k, v);
            }
        }
        return new Route(params.get("Action"), params.get("Version"));
    }

    /** Checks the route and body and makes the call; the simulation lock is taken by the call. */
    static ServerApiResult handle(ServerApi api, Route route, byte[] body) {
        if (route.action() == null || route.action().isEmpty()) {
            return missing("the query parameter Action is required, e.g. POST /?Action=SendUnicast&Version=2020-12-01");
        }
        if (route.version() == null || route.version().isEmpty()) {
            return missing("the query parameter Version is required (2020-12-01 or 2023-07-20)");
        }
        ServerApiAction action = ServerApiAction.named(route.action());
        if (action == null || !VERSIONS.contains(route.version())) {
            return ServerApiResult.error(ServerApiErrors.INVALID_ACTION_OR_VERSION, "Action '" + route.action()
                    + "' with Version '" + route.version() + "' is not offered; actions: SendUnicast, SendRoomUnicast,"
                    + " SendBroadcast, BatchSendRoomUnicast; versions: 2020-12-01, 2023-07-20");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return malformed("the body is not valid JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException | RuntimeException e) {
            return malformed("the body is not valid JSON: " + e.getMessage());
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            return malformed("the body must be a JSON object with AppId, From, To, Binary and Message");
        }
        try {
            return call(api, action, (ObjectNode) root);
        } catch (FieldError e) {
            return e.result;
        }
    }

    private static ServerApiResult call(ServerApi api, ServerApiAction action, ObjectNode body) throws FieldError {
        String appId = string(body, "AppId");
        if (!appId.equals(api.appId())) {
            return ServerApiResult.error(ServerApiErrors.INVALID_APP_ID, "AppId '" + appId + "' is not the app this"
                    + " endpoint serves (" + api.appId() + "); listen() on cloud.serverApi(\"" + appId + "\") instead");
        }
        String roomId = action.needsRoom ? string(body, "RoomId") : null;
        String from = string(body, "From");
        List<String> to = switch (action) {
            case SendBroadcast -> List.of();
            case BatchSendRoomUnicast -> strings(body, "To");
            default -> List.of(string(body, "To"));
        };
        JsonNode binaryNode = field(body, "Binary");
        if (!binaryNode.isBoolean()) {
            throw new FieldError(invalid("Binary must be a JSON boolean, not " + binaryNode.getNodeType()));
        }
        String message = string(body, "Message");
        Payload payload;
        if (binaryNode.booleanValue()) {
            try {
                payload = Payload.binary(Base64.getDecoder().decode(message));
            } catch (IllegalArgumentException e) {
                throw new FieldError(invalid("Message must be Base64 when Binary is true: " + e.getMessage()));
            }
        } else {
            payload = Payload.text(message);
        }
        return api.call(action, roomId, from, to, payload);
    }

    /** The vendor's envelope for {@code result}. */
    static byte[] envelope(String requestId, Route route, ServerApiResult result) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode meta = root.putObject("ResponseMetadata");
        meta.put("RequestId", requestId);
        meta.put("Action", route.action() == null ? "" : route.action());
        meta.put("Version", route.version() == null ? "" : route.version());
        meta.put("Service", "rtc");
        meta.put("Region", "cn-north-1");
        if (result instanceof ServerApiResult.Error e) {
            ObjectNode error = meta.putObject("Error");
            error.put("Code", e.code());
            error.put("Message", e.message());
        } else {
            root.putObject("Result").put("message", "success");
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode field(ObjectNode body, String name) throws FieldError {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            throw new FieldError(missing("the body field " + name + " is required"));
        }
        return node;
    }

    private static String string(ObjectNode body, String name) throws FieldError {
        JsonNode node = field(body, name);
        if (!node.isTextual()) {
            throw new FieldError(invalid(name + " must be a JSON string, not " + node.getNodeType()));
        }
        return node.textValue();
    }

    private static List<String> strings(ObjectNode body, String name) throws FieldError {
        JsonNode node = field(body, name);
        if (!node.isArray()) {
            throw new FieldError(invalid(name + " must be a JSON array of strings, not " + node.getNodeType()));
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw new FieldError(invalid(name + " must contain only strings, found " + item.getNodeType()));
            }
            out.add(item.textValue());
        }
        return out;
    }

    private static ServerApiResult missing(String message) {
        return ServerApiResult.error(ServerApiErrors.MISSING_PARAMETER, message);
    }

    private static ServerApiResult invalid(String message) {
        return ServerApiResult.error(ServerApiErrors.INVALID_PARAMETER, message);
    }

    private static ServerApiResult malformed(String message) {
        return ServerApiResult.error(ServerApiErrors.MALFORMED_REQUEST, message);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** A field problem, carried out of the parsing helpers. */
    private static final class FieldError extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient ServerApiResult result;

        FieldError(ServerApiResult result) {
            super(null, null, false, false);
            this.result = result;
        }
    }
}
