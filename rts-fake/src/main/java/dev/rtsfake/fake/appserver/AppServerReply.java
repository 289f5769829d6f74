package dev.rtsfake.fake.appserver;

import java.nio.charset.StandardCharsets;

/**
 * What an in-process app server answers to one P2Server request: an HTTP status and a body. A 2xx
 * status sends the body back to the sender in {@code onServerMessageSendResult(id, 0, body)}; any
 * other status gives error 18 (E2BS_RETURN_FAILED) and an empty body.
 *
 * <pre>{@code
 * cloud.appServer(APP).onMessage(request -> AppServerReply.ok("{\"code\":200}"));
 * cloud.appServer(APP).onMessage(request -> AppServerReply.status(500, "boom"));
 * }</pre>
 *
 * @param status the HTTP status the server answers with
 * @param body the response body (copied in and out)
 */
public record AppServerReply(int status, byte[] body) {

    /** Checks the status (100-599) and copies the body. */
    public AppServerReply {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status " + status + " is not in 100..599");
        }
        body = body == null ? new byte[0] : body.clone();
    }

    /** 200 with an empty body (what the auto-answering server sends). */
    public static AppServerReply ok() {
        return new AppServerReply(200, new byte[0]);
    }

    /** 200 with a UTF-8 text body. */
    public static AppServerReply ok(String body) {
        return new AppServerReply(200, utf8(body));
    }

    /** 200 with a binary body. */
    public static AppServerReply ok(byte[] body) {
        return new AppServerReply(200, body);
    }

    /** Any status with an empty body. */
    public static AppServerReply status(int status) {
        return new AppServerReply(status, new byte[0]);
    }

    /** Any status with a UTF-8 text body. */
    public static AppServerReply status(int status, String body) {
        return new AppServerReply(status, utf8(body));
    }

    /** A copy of the body. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    AppServerOutcome toOutcome() {
        return new AppServerOutcome.Answered(status, body);
    }

    private static byte[] utf8(String s) {
        return s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "AppServerReply[" + status + ", " + body.length + " bytes]";
    }
}
