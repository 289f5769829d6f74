package dev.rtsfake.fake.token;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the message of an {@link AccessToken}:
 * {@code HMAC-SHA256(key = appKey as UTF-8, data = message)}, where the message is packed by
 * {@link TokenCodec#packMessage}.
 *
 * <p>Stateless; all methods are static.
 */
final class TokenSigner {

    private static final String HMAC_ALGORITHM = "HmacSHA256";

    private TokenSigner() {
    }

    /**
     * Signs a packed message.
     *
     * @throws IllegalArgumentException if appKey is null or empty
     */
    static byte[] sign(String appKey, byte[] message) {
        requireAppKey(appKey);
        try {
            Mac mac = Mac.getInstance(HMAC_ALGORITHM);
            mac.init(new SecretKeySpec(appKey.getBytes(StandardCharsets.UTF_8), HMAC_ALGORITHM));
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("this JDK cannot compute " + HMAC_ALGORITHM, e);
        }
    }

    /**
     * Tells, in constant time, whether signature is the one appKey produces for the message.
     *
     * @throws IllegalArgumentException if appKey is null or empty
     */
    static boolean matches(String appKey, byte[] message, byte[] signature) {
        return MessageDigest.isEqual(sign(appKey, message), signature);
    }

    /** Refuses a key HMAC cannot use, before any other work on it. */
    static void requireAppKey(String appKey) {
        if (appKey == null || appKey.isEmpty()) {
            throw new IllegalArgumentException("appKey must be the non-empty app key registered for the app"
                    + " (an HMAC-SHA256 key cannot be empty), got " + (appKey == null ? "null" : "\"\""));
        }
    }
}
