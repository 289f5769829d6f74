package dev.rtsfake.fake.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Signs and checks the message of an {@link AccessToken}:
 * {@code HMAC-SHA256(key = appKey as UTF-8, data = message)}, where the message is packed by
 * {@link TokenCodec#packMessage}.
 *
 * <p>HMAC (RFC 2104) is computed here over {@code MessageDigest} SHA-256 rather than with
 * {@code javax.crypto.Mac}: the result is the same bytes, but the first {@code Mac} of a JVM loads
 * the JCE framework and its policy files, about half a second of a test run's cold start. Each
 * thread keeps one digest and the padded key it used last (a test signs and checks one token per
 * login, with the same key). All methods are static.
 */
final class TokenSigner {

    private static final int BLOCK = 64;

    /** A thread's digest and the inner and outer padded keys of the app key it used last. */
    private static final class Keyed {
        final MessageDigest sha;
        final byte[] inner = new byte[BLOCK];
        final byte[] outer = new byte[BLOCK];
        String key;

        Keyed(MessageDigest sha) {
            this.sha = sha;
        }

        void use(String appKey) {
            if (appKey.equals(key)) {
                return;
            }
            byte[] k = appKey.getBytes(StandardCharsets.UTF_8);
            if (k.length > BLOCK) {
                k = sha.digest(k);
            }
            for (int i = 0; i < BLOCK; i++) {
                byte b = i < k.length ? k[i] : 0;
                inner[i] = (byte) (b ^ 0x36);
                outer[i] = (byte) (b ^ 0x5c);
            }
            key = appKey;
        }
    }

    private static final ThreadLocal<Keyed> DIGESTS = ThreadLocal.withInitial(() -> {
        try {
            return new Keyed(MessageDigest.getInstance("SHA-256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK cannot compute SHA-256", e);
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
        Keyed k = DIGESTS.get();
        k.use(appKey);
        MessageDigest sha = k.sha;
        sha.reset();
        sha.update(k.inner);
        sha.update(message);
        byte[] innerHash = sha.digest();
        sha.update(k.outer);
        sha.update(innerHash);
        return sha.digest();
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
