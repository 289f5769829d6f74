package dev.rtsfake.fake.token;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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

    private static final String HMAC_ALGORITHM = "HmacSHA256";
    private static final int PREFIX_LENGTH = VERSION.length() + APP_ID_LENGTH;
    private static final int SIGNATURE_PREFIX_BYTES = 4;

    private final String appId;
    private final int nonce;
    private final long issuedAt;
    private final long expireAt;
    private final String roomId;
    private final String userId;
    private final SortedMap<Integer, Long> privileges;
    private final byte[] signature;

    private AccessToken(String appId, int nonce, long issuedAt, long expireAt, String roomId, String userId,
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
        if (token == null) {
            throw new TokenFormatException("token is null");
        }
        if (token.length() >= VERSION.length()) {
            String version = token.substring(0, VERSION.length());
            if (!version.equals(VERSION)) {
                throw TokenFormatException.wrongVersion(version);
            }
        }
        if (token.length() < PREFIX_LENGTH) {
            throw new TokenFormatException("token is shorter than " + PREFIX_LENGTH + " characters (it has "
                    + token.length() + "); it must start with \"" + VERSION + "\" and the "
                    + APP_ID_LENGTH + "-character appId, followed by the Base64 content");
        }
        String appId = token.substring(VERSION.length(), PREFIX_LENGTH);
        byte[] content;
        try {
            content = Base64.getDecoder().decode(token.substring(PREFIX_LENGTH));
        } catch (IllegalArgumentException e) {
            throw new TokenFormatException("content is not valid Base64 (" + e.getMessage() + ")", e);
        }

        Reader contentReader = new Reader(content, 0, content.length, "content");
        int messageLength = contentReader.uint16("message length");
        int messageStart = contentReader.position();
        contentReader.skip(messageLength, "message");
        int signatureLength = contentReader.uint16("signature length");
        byte[] signature = contentReader.bytes(signatureLength, "signature");
        if (contentReader.remaining() > 0) {
            throw new TokenFormatException("content has " + contentReader.remaining()
                    + " unexpected byte(s) after the signature");
        }

        Reader message = new Reader(content, messageStart, messageStart + messageLength, "message");
        int nonce = (int) message.uint32("nonce");
        long issuedAt = message.uint32("issuedAt");
        long expireAt = message.uint32("expireAt");
        String roomId = message.utf8("roomId");
        String userId = message.utf8("userId");
        int count = message.uint16("privilege count");
        SortedMap<Integer, Long> privileges = new TreeMap<>();
        int previousKey = -1;
        for (int i = 0; i < count; i++) {
            int key = message.uint16("key of privilege " + (i + 1) + " of " + count);
            long expiry = message.uint32("expiry of privilege " + (i + 1) + " of " + count);
            if (key <= previousKey) {
                throw new TokenFormatException("privilege keys must be in ascending order without repeats, but key "
                        + key + " follows key " + previousKey);
            }
            privileges.put(key, expiry);
            previousKey = key;
        }
        if (message.remaining() > 0) {
            throw new TokenFormatException("message has " + message.remaining()
                    + " unexpected byte(s) after the privileges");
        }
        return new AccessToken(appId, nonce, issuedAt, expireAt, roomId, userId, privileges, signature);
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
        byte[] message = message();
        Writer content = new Writer(2 + message.length + 2 + signature.length);
        content.uint16(message.length);
        content.bytes(message);
        content.uint16(signature.length);
        content.bytes(signature);
        return VERSION + appId + Base64.getEncoder().encodeToString(content.result());
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
        requireAppKey(appKey);
        return MessageDigest.isEqual(hmac(appKey, message()), signature);
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
            hex.append(String.format("%02x", signature[i] & 0xFF));
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

    /** Packs the signed message from the fields. */
    private byte[] message() {
        return packMessage(nonce, issuedAt, expireAt, utf8Bytes(roomId), utf8Bytes(userId), privileges);
    }

    private static byte[] packMessage(int nonce, long issuedAt, long expireAt, byte[] roomId, byte[] userId,
            SortedMap<Integer, Long> privileges) {
        Writer w = new Writer(messageLength(roomId.length, userId.length, privileges.size()));
        w.uint32(nonce & MAX_UINT32);
        w.uint32(issuedAt);
        w.uint32(expireAt);
        w.uint16(roomId.length);
        w.bytes(roomId);
        w.uint16(userId.length);
        w.bytes(userId);
        w.uint16(privileges.size());
        for (Map.Entry<Integer, Long> privilege : privileges.entrySet()) {
            w.uint16(privilege.getKey());
            w.uint32(privilege.getValue());
        }
        return w.result();
    }

    private static long messageLength(int roomIdBytes, int userIdBytes, int privilegeCount) {
        return 4L + 4 + 4 + 2 + roomIdBytes + 2 + userIdBytes + 2 + 6L * privilegeCount;
    }

    private static byte[] hmac(String appKey, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC_ALGORITHM);
            mac.init(new SecretKeySpec(appKey.getBytes(StandardCharsets.UTF_8), HMAC_ALGORITHM));
            return mac.doFinal(data);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("this JDK cannot compute " + HMAC_ALGORITHM, e);
        }
    }

    private static void requireAppKey(String appKey) {
        if (appKey == null || appKey.isEmpty()) {
            throw new IllegalArgumentException("appKey must be the non-empty app key registered for the app"
                    + " (an HMAC-SHA256 key cannot be empty), got " + (appKey == null ? "null" : "\"\""));
        }
    }

    private static byte[] utf8Bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
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
                        + " characters, because the token format reads characters 4 to " + PREFIX_LENGTH
                        + " of the token as the appId; got "
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
            requireAppKey(appKey);
            byte[] room = utf8Bytes(roomId);
            byte[] user = utf8Bytes(userId);
            long length = messageLength(room.length, user.length, privileges.size());
            if (length > MAX_UINT16) {
                throw new IllegalArgumentException("the signed message would be " + length
                        + " bytes, but the token format stores at most " + MAX_UINT16
                        + "; shorten roomId (" + room.length + " bytes) or userId (" + user.length
                        + " bytes), or grant fewer privileges (" + privileges.size() + ")");
            }
            byte[] message = packMessage(nonce, issuedAt, expireAt, room, user, privileges);
            return new AccessToken(appId, nonce, issuedAt, expireAt, roomId, userId, privileges,
                    hmac(appKey, message));
        }
    }

    /** Fills a byte array of known size with little-endian fields. */
    private static final class Writer {
        private final byte[] buffer;
        private int position;

        Writer(long size) {
            this.buffer = new byte[Math.toIntExact(size)];
        }

        void uint16(int value) {
            buffer[position++] = (byte) value;
            buffer[position++] = (byte) (value >>> 8);
        }

        void uint32(long value) {
            for (int shift = 0; shift < 32; shift += 8) {
                buffer[position++] = (byte) (value >>> shift);
            }
        }

        void bytes(byte[] value) {
            System.arraycopy(value, 0, buffer, position, value.length);
            position += value.length;
        }

        byte[] result() {
            if (position != buffer.length) {
                throw new IllegalStateException("packed " + position + " bytes into a " + buffer.length
                        + "-byte buffer");
            }
            return buffer;
        }
    }

    /** Reads little-endian fields from a slice of a byte array, naming the missing field when it runs out. */
    private static final class Reader {
        private final byte[] buffer;
        private final int end;
        private final String where;
        private int position;

        Reader(byte[] buffer, int start, int end, String where) {
            this.buffer = buffer;
            this.position = start;
            this.end = end;
            this.where = where;
        }

        int position() {
            return position;
        }

        int remaining() {
            return end - position;
        }

        private void need(int count, String field) {
            if (remaining() < count) {
                throw new TokenFormatException(where + " ends before the " + field + " (needs " + count
                        + " byte(s), " + remaining() + " left)");
            }
        }

        int uint16(String field) {
            need(2, field);
            int value = (buffer[position] & 0xFF) | (buffer[position + 1] & 0xFF) << 8;
            position += 2;
            return value;
        }

        long uint32(String field) {
            need(4, field);
            long value = 0;
            for (int i = 3; i >= 0; i--) {
                value = (value << 8) | (buffer[position + i] & 0xFF);
            }
            position += 4;
            return value;
        }

        void skip(int count, String field) {
            need(count, field);
            position += count;
        }

        byte[] bytes(int count, String field) {
            need(count, field);
            byte[] value = Arrays.copyOfRange(buffer, position, position + count);
            position += count;
            return value;
        }

        String utf8(String field) {
            int length = uint16(field + " length");
            byte[] raw = bytes(length, field);
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(raw))
                        .toString();
            } catch (CharacterCodingException e) {
                throw new TokenFormatException(field + " is not valid UTF-8", e);
            }
        }
    }
}
