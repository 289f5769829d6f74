package dev.rtsfake.fake.serverapi;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.x request as read off the wire: method, request target, version, headers (names in
 * lower case, values in arrival order) and the whole body (chunked coding removed).
 */
record WireRequest(String method, String target, String version, Map<String, List<String>> headers, byte[] body) {

    /** The first value of a header, or null. */
    String header(String lowerCaseName) {
        List<String> values = headers.get(lowerCaseName);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Whether the connection closes after the answer: HTTP/1.0, or {@code Connection: close}. */
    boolean closesConnection() {
        if (!"HTTP/1.1".equals(version)) {
            return true;
        }
        List<String> values = headers.get("connection");
        if (values != null) {
            for (String v : values) {
                for (String token : v.split(",")) {
                    if (token.trim().toLowerCase(Locale.ROOT).equals("close")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
