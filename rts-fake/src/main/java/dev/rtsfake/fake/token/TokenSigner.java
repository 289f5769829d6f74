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
 * <p>All methods are static. Each thread keeps one {@link Mac}, keyed with the app key it signed
 * with last: looking the algorithm up and keying it cost more than signing a token, and a test
 * signs and checks one per login, with the same key.
 */
final class TokenSigner {

    private static final String HMAC_ALGORITHM = "HmacSHA256";

    /** A thread's Mac and the key it holds. */
    private static final class Keyed {
        final Mac mac;
        String key;

        Keyed(Mac mac) {
            this.mac = mac;
        }
    }

    private static final ThreadLocal<Keyed> MACS = ThreadLocal.withInitial(() -> {
        try {
            return new Keyed(Mac.getInstance(HMAC_ALGORITHM));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK cannot compute " + HMAC_ALGORITHM, e);
        }
    });

    private TokenSigner() {
    }

    /**
     * Signs a packed message.
     *
     * @throws IllegalArgumentException if appKey is null or empty
     */
    static byte[] sign(String appKey, byte[] message) {
        requireAppKey(appKey);
        Keyed keyed = MACS.get();
        if (!appKey.equals(keyed.key)) {
            try {
                keyed.key = null;
                keyed.mac.init(new SecretKeySpec(appKey.getBytes(StandardCharsets.UTF_8), HMAC_ALGORITHM));
                keyed.key = appKey;
            } catch (InvalidKeyException e) {
                throw new IllegalStateException("this JDK cannot compute " + HMAC_ALGORITHM, e);
            }
        }
        // doFinal leaves the Mac reset and still keyed, ready for the next message.
        return keyed.mac.doFinal(message);
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
