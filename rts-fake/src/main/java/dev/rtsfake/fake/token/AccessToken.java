package dev.rtsfake.fake.token;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable version "001" RTS access token: the string an app passes to {@code RTS.login(token, uid)}.
 *
 * <p>The token string is {@code "001" + appId + Base64(content)}, where the appId is exactly
 * {@value #APP_ID_LENGTH} characters and the content holds a signed message (nonce, issue time,
 * expiry, roomId, userId, privileges) followed by its HMAC-SHA256 signature. All numbers are
 * little-endian; see {@link #serialize()} for the exact layout.
 *
 * <p>Make a token with the {@linkplain #builder(String, String) builder}, read one with
 * {@link #parse(String)}:
 *
 * <pre>{@code
 * AccessToken token = AccessToken.builder("123456781234567812345678", "alice")
 *         .nonce(12345)
 *         .issuedAt(1_700_000_000L)
 *         .expireAt(1_700_086_400L)
 *         .privilege(AccessToken.PRIV_PUBLISH_STREAM, 0)
 *         .privilege(AccessToken.PRIV_SUBSCRIBE_STREAM, 0)
 *         .sign("app-key-1");
 * String text = token.serialize();              // "001123456781234567812345678..."
 * AccessToken back = AccessToken.parse(text);   // equal to token
 * boolean ok = back.signatureMatches("app-key-1");
 * }</pre>
 *
 * <p>For checking a token at login use {@link TokenVerifier}; for minting login tokens the way an
 * app server does, use {@link TokenIssuer}.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class AccessToken {

    /** The token version this class reads and writes: {@value}. */
    public static final String VERSION = "001";

    /** The number of characters the format reserves for the appId: {@value}. */
    public static final int APP_ID_LENGTH = 24;

    /**
     * Privilege key 0, {@code PrivPublishStream}. Granting it through the builder also grants keys
     * 1, 2 and 3 with the same expiry, as the vendor's token code does.
     */
    public static final int PRIV_PUBLISH_STREAM = 0;

    /** Privilege key 1, {@code privPublishAudioStream} (internal; granted together with key 0). */
    public static final int PRIV_PUBLISH_AUDIO_STREAM = 1;

    /** Privilege key 2, {@code privPublishVideoStream} (internal; granted together with key 0). */
    public static final int PRIV_PUBLISH_VIDEO_STREAM = 2;

    /** Privilege key 3, {@code privPublishDataStream} (internal; granted together with key 0). */
    public static final int PRIV_PUBLISH_DATA_STREAM = 3;

    /** Privilege key 4, {@code PrivSubscribeStream}. */
    public static final int PRIV_SUBSCRIBE_STREAM = 4;

    /** The largest value a uint32 field holds, and so the latest time a token can carry: {@value}. */
    public static final long MAX_UINT32 = 0xFFFF_FFFFL;

    /** The largest value a uint16 field holds, and so the longest string or message in bytes: {@value}. */
    public static final int MAX_UINT16 = 0xFFFF;

    private static final int SIGNATURE_PREFIX_BYTES = 4;

    private final String appId;
    private final int nonce;
    private final long issuedAt;
    private final long expireAt;
    private final String roomId;
    private final String userId;
    private final SortedMap<Integer, Long> privileges;
    private final byte[] signature;

    /** Takes the fields as they are; the builder and {@link TokenCodec#parse} have checked them. */
    AccessToken(String appId, int nonce, long issuedAt, long expireAt, String roomId, String userId,
            SortedMap<Integer, Long> privileges, byte[] signature) {
        this.appId = appId;
        this.nonce = nonce;
        this.issuedAt = issuedAt;
        this.expireAt = expireAt;
        this.roomId = roomId;
        this.userId = userId;
        this.privileges = Collections.unmodifiableSortedMap(new TreeMap<>(privileges));
        this.signature = signature.clone();
    }

    /**
     * Starts a token for one user of one app. Everything else defaults to zero or empty: nonce 0,
     * issuedAt 0, expireAt 0 (never expires), roomId "" (a login token), no privileges.
     *
     * @param appId  the app's id; the format needs exactly {@value #APP_ID_LENGTH} characters
     * @param userId the uid the token is for (the uid passed to {@code login}); may be empty, not null
     * @return a new builder
     * @throws IllegalArgumentException if appId is null or not exactly {@value #APP_ID_LENGTH} characters,
     *                                  or userId is null, not valid Unicode, or longer than 65535 UTF-8 bytes
     */
    public static Builder builder(String appId, String userId) {
        return new Builder(appId, userId);
    }

    /**
     * Reads a token string made by {@link #serialize()} or by any other implementation of the
     * version "001" format. The signature is kept but not checked: call
     * {@link #signatureMatches(String)} for that.
     *
     * <p>Parsing is strict: the result always serializes back to exactly the same string. Besides
     * a broken layout, it rejects bytes left over after the privileges or the signature, privileges
     * that are not in ascending key order, and strings that are not valid UTF-8.
     *
     * @param token the token string, {@code "001" + appId + Base64(content)}
     * @return the token's fields
     * @throws TokenFormatException if the string is not a well-formed version "001" token; its message
     *                              says what is wrong, and {@link TokenFormatException#isWrongVersion()}
     *                              tells a wrong version apart from other problems
     */
    public static AccessToken parse(String token) {
        return TokenCodec.parse(token);
    }

    /**
     * Writes the token string: {@code "001" + appId + Base64.getEncoder().encode(content)}.
     *
     * <p>The content is {@code uint16 len(msg) || msg || uint16 len(sig) || sig}; the message is, in
     * order and little-endian: uint32 nonce, uint32 issuedAt, uint32 expireAt, uint16 length and UTF-8
     * bytes of roomId, uint16 length and UTF-8 bytes of userId, uint16 privilege count, then per
     * privilege in ascending key order a uint16 key and a uint32 expiry.
     *
     * @return the token string an app passes to {@code login}
     */
    public String serialize() {
        return TokenCodec.serialize(this);
    }

    /**
     * Checks the signature: recomputes HMAC-SHA256 over the message with the given app key and
     * compares it with the stored signature in constant time.
     *
     * @param appKey the app key the token should have been signed with
     * @return true if the stored signature is the one this key produces
     * @throws IllegalArgumentException if appKey is null or empty (an HMAC key cannot be empty)
     */
    public boolean signatureMatches(String appKey) {
        return TokenSigner.matches(appKey, TokenCodec.message(this), signature);
    }

    /**
     * Tells whether the token has expired at the given time: true when {@link #expireAt()} is not 0
     * and {@code nowEpochSeconds > expireAt}. A token is still valid during its last second.
     *
     * @param nowEpochSeconds the current (virtual) time in Unix seconds
     * @return true if the token is expired at that time
     */
    public boolean isExpiredAt(long nowEpochSeconds) {
        return expireAt > 0 && nowEpochSeconds > expireAt;
    }

    /**
     * Returns the token version, always {@value #VERSION}.
     *
     * @return {@value #VERSION}
     */
    public String version() {
        return VERSION;
    }

    /**
     * Returns the appId, exactly {@value #APP_ID_LENGTH} characters.
     *
     * @return the appId
     */
    public String appId() {
        return appId;
    }

    /**
     * Returns the nonce. The format stores it as uint32; values with the top bit set read back as
     * negative ints, exactly as they were given.
     *
     * @return the nonce
     */
    public int nonce() {
        return nonce;
    }

    /**
     * Returns the issue time.
     *
     * @return Unix seconds, 0..{@value #MAX_UINT32}
     */
    public long issuedAt() {
        return issuedAt;
    }

    /**
     * Returns the expiry time; 0 means the token never expires.
     *
     * @return Unix seconds, 0..{@value #MAX_UINT32}
     */
    public long expireAt() {
        return expireAt;
    }

    /**
     * Returns the roomId; empty for an RTS login token, {@code "*"} for a wildcard RTC token.
     *
     * @return the roomId, never null
     */
    public String roomId() {
        return roomId;
    }

    /**
     * Returns the uid the token was made for.
     *
     * @return the userId, never null
     */
    public String userId() {
        return userId;
    }

    /**
     * Returns the privileges: key (0..65535, normally 0..4) to expiry in Unix seconds (0 means no expiry).
     *
     * @return an unmodifiable map sorted by key
     */
    public SortedMap<Integer, Long> privileges() {
        return privileges;
    }

    /**
     * Returns the signature bytes (32 bytes for a token this class signed).
     *
     * @return a copy of the signature
     */
    public byte[] signature() {
        return signature.clone();
    }

    /**
     * Two tokens are equal when every field, the signature included, is equal; equal tokens
     * serialize to the same string.
     *
     * @param other the object to compare with
     * @return true if other is an equal AccessToken
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AccessToken)) {
            return false;
        }
        AccessToken that = (AccessToken) other;
        return nonce == that.nonce
                && issuedAt == that.issuedAt
                && expireAt == that.expireAt
                && appId.equals(that.appId)
                && roomId.equals(that.roomId)
                && userId.equals(that.userId)
                && privileges.equals(that.privileges)
                && Arrays.equals(signature, that.signature);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * Objects.hash(appId, nonce, issuedAt, expireAt, roomId, userId, privileges)
                + Arrays.hashCode(signature);
    }

    /**
     * Describes the token for logs. The signature appears only as its first four bytes in hex and its
     * length, for example {@code signature=1a2b3c4d... (32 bytes)}.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < Math.min(SIGNATURE_PREFIX_BYTES, signature.length); i++) {
            hex.append(String.format(java.util.Locale.ROOT, "%02x", signature[i] & 0xFF));
        }
        if (signature.length > SIGNATURE_PREFIX_BYTES) {
            hex.append("...");
        }
        return "AccessToken{version=" + VERSION
                + ", appId=" + appId
                + ", userId='" + userId + '\''
                + ", roomId='" + roomId + '\''
                + ", nonce=" + nonce
                + ", issuedAt=" + issuedAt
                + ", expireAt=" + expireAt
                + ", privileges=" + privileges
                + ", signature=" + hex + " (" + signature.length + " bytes)}";
    }

    /**
     * Collects the fields of a token and signs it. Get one from {@link AccessToken#builder(String, String)}.
     *
     * <p>Every setter checks its argument at once and throws {@link IllegalArgumentException} with a
     * message that says what to pass instead. A builder can sign several times; each token gets a
     * snapshot of the fields at that moment.
     *
     * <pre>{@code
     * String token = AccessToken.builder(appId, "alice")
     *         .issuedAt(now).expireAt(now + 86_400)
     *         .privilege(AccessToken.PRIV_PUBLISH_STREAM, 0)
     *         .privilege(AccessToken.PRIV_SUBSCRIBE_STREAM, 0)
     *         .sign(appKey)
     *         .serialize();
     * }</pre>
     */
    public static final class Builder {

        private final String appId;
        private final String userId;
        private String roomId = "";
        private int nonce;
        private long issuedAt;
        private long expireAt;
        private final TreeMap<Integer, Long> privileges = new TreeMap<>();

        private Builder(String appId, String userId) {
            if (appId == null || appId.length() != APP_ID_LENGTH) {
                throw new IllegalArgumentException("appId must be exactly " + APP_ID_LENGTH
                        + " characters, because the token format reads characters 4 to "
                        + TokenCodec.PREFIX_LENGTH + " of the token as the appId; got "
                        + (appId == null ? "null" : "'" + appId + "' (" + appId.length() + " characters)")
                        + ". Register and use a " + APP_ID_LENGTH + "-character appId");
            }
            checkedUtf8(userId, "userId");
            this.appId = appId;
            this.userId = userId;
        }

        /**
         * Sets the roomId. Leave it empty (the default) for an RTS login token; any value is
         * accepted at login, as for the console's temporary tokens.
         *
         * @param roomId the roomId, not null, at most 65535 UTF-8 bytes
         * @return this builder
         * @throws IllegalArgumentException if roomId is null, not valid Unicode, or too long
         */
        public Builder roomId(String roomId) {
            checkedUtf8(roomId, "roomId");
            this.roomId = roomId;
            return this;
        }

        /**
         * Sets the nonce. Any int is fine; negative values are written as their unsigned 32-bit form
         * and read back unchanged.
         *
         * @param nonce the nonce, normally random
         * @return this builder
         */
        public Builder nonce(int nonce) {
            this.nonce = nonce;
            return this;
        }

        /**
         * Sets the issue time (default 0).
         *
         * @param epochSeconds Unix seconds, 0..{@value AccessToken#MAX_UINT32}
         * @return this builder
         * @throws IllegalArgumentException if the time is negative or above {@value AccessToken#MAX_UINT32}
         */
        public Builder issuedAt(long epochSeconds) {
            this.issuedAt = checkedTime(epochSeconds, "issuedAt");
            return this;
        }

        /**
         * Sets the expiry time; 0 (the default) means the token never expires. The token is still
         * valid during the second {@code epochSeconds} itself.
         *
         * @param epochSeconds Unix seconds, 0..{@value AccessToken#MAX_UINT32}
         * @return this builder
         * @throws IllegalArgumentException if the time is negative or above {@value AccessToken#MAX_UINT32}
         */
        public Builder expireAt(long epochSeconds) {
            this.expireAt = checkedTime(epochSeconds, "expireAt");
            return this;
        }

        /**
         * Grants a privilege. Granting {@link AccessToken#PRIV_PUBLISH_STREAM} (0) also grants keys
         * 1, 2 and 3 with the same expiry. Granting a key again replaces its expiry, so the last call
         * wins: {@code privilege(0, 5).privilege(2, 9)} leaves key 2 at 9.
         *
         * @param key      the privilege key, 0..65535 (the vendor defines 0..4)
         * @param expireAt when the privilege ends, Unix seconds; 0 means never
         * @return this builder
         * @throws IllegalArgumentException if the key is outside 0..65535 or the time outside
         *                                  0..{@value AccessToken#MAX_UINT32}
         */
        public Builder privilege(int key, long expireAt) {
            if (key < 0 || key > MAX_UINT16) {
                throw new IllegalArgumentException("privilege key must be in 0.." + MAX_UINT16
                        + " (the token stores it as uint16; the vendor defines 0..4), got " + key);
            }
            checkedTime(expireAt, "privilege expireAt");
            privileges.put(key, expireAt);
            if (key == PRIV_PUBLISH_STREAM) {
                privileges.put(PRIV_PUBLISH_AUDIO_STREAM, expireAt);
                privileges.put(PRIV_PUBLISH_VIDEO_STREAM, expireAt);
                privileges.put(PRIV_PUBLISH_DATA_STREAM, expireAt);
            }
            return this;
        }

        /**
         * Signs the fields with {@code HMAC-SHA256(key = appKey as UTF-8, data = message)} and returns
         * the finished token.
         *
         * @param appKey the app key registered for the app; not null or empty
         * @return the signed token
         * @throws IllegalArgumentException if appKey is null or empty, or the message would exceed
         *                                  65535 bytes (roomId and userId too long together)
         */
        public AccessToken sign(String appKey) {
            TokenSigner.requireAppKey(appKey);
            byte[] room = TokenCodec.utf8Bytes(roomId);
            byte[] user = TokenCodec.utf8Bytes(userId);
            long length = TokenCodec.messageLength(room.length, user.length, privileges.size());
            if (length > MAX_UINT16) {
                throw new IllegalArgumentException("the signed message would be " + length
                        + " bytes, but the token format stores at most " + MAX_UINT16
                        + "; shorten roomId (" + room.length + " bytes) or userId (" + user.length
                        + " bytes), or grant fewer privileges (" + privileges.size() + ")");
            }
            byte[] message = TokenCodec.packMessage(nonce, issuedAt, expireAt, room, user, privileges);
            return new AccessToken(appId, nonce, issuedAt, expireAt, roomId, userId, privileges,
                    TokenSigner.sign(appKey, message));
        }

        /** Encodes a builder string, refusing unpaired surrogates and anything over the uint16 length limit. */
        private static byte[] checkedUtf8(String value, String name) {
            if (value == null) {
                throw new IllegalArgumentException(name + " must not be null; pass \"\" for an empty " + name);
            }
            ByteBuffer encoded;
            try {
                encoded = StandardCharsets.UTF_8.newEncoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .encode(CharBuffer.wrap(value));
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException(name + " is not valid Unicode (it has an unpaired surrogate"
                        + " character), so it has no UTF-8 form the token can carry", e);
            }
            if (encoded.remaining() > MAX_UINT16) {
                throw new IllegalArgumentException(name + " is " + encoded.remaining()
                        + " UTF-8 bytes long; the token format stores at most " + MAX_UINT16 + " bytes");
            }
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        }

        private static long checkedTime(long epochSeconds, String name) {
            if (epochSeconds < 0 || epochSeconds > MAX_UINT32) {
                throw new IllegalArgumentException(name + " must be Unix seconds in 0.." + MAX_UINT32
                        + " (the token stores it as uint32), got " + epochSeconds);
            }
            return epochSeconds;
        }
    }
}
