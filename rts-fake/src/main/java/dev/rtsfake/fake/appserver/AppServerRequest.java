package dev.rtsfake.fake.appserver;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What the app's own server receives for one P2Server message ({@code sendServerMessage} or
 * {@code sendServerBinaryMessage}): the fields of the vendor's POST body, and the URL it goes to.
 * Like the real request, it names neither the sender nor the message id.
 *
 * @param message the text, or for a binary message the Base64 of its bytes, as in the POST body
 * @param binary whether the app sent it with {@code sendServerBinaryMessage}
 * @param signature exactly what the app passed to {@code setServerParams}
 * @param url the URL the app passed to {@code setServerParams}
 */
public record AppServerRequest(String message, boolean binary, String signature, String url) {

    /** A request for a text message. */
    public static AppServerRequest text(String text, String signature, String url) {
        return new AppServerRequest(text, false, signature, url);
    }

    /** A request for a binary message; the bytes travel Base64-encoded. */
    public static AppServerRequest binary(byte[] bytes, String signature, String url) {
        return new AppServerRequest(Base64.getEncoder().encodeToString(bytes), true, signature, url);
    }

    /** The message bytes: the UTF-8 of the text, or the decoded Base64 of a binary message. */
    public byte[] messageBytes() {
        return binary ? Base64.getDecoder().decode(message) : message.getBytes(StandardCharsets.UTF_8);
    }

    /** The POST body the real cloud sends: {@code {"message":...,"binary":...,"signature":...}}. */
    public String body() {
        return "{\"message\":" + JsonText.quote(message) + ",\"binary\":" + binary
                + ",\"signature\":" + JsonText.quote(signature) + "}";
    }
}
