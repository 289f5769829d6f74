package dev.rtsfake.fake.token;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A second, independent implementation of the vendor's version "001" AccessToken, written from
 * the format description only (reference section 4.3) and in a different style from the main code:
 * streams for writing, {@link ByteBuffer} in little-endian order for reading.
 *
 * <p>It deliberately uses no class of the main {@code dev.rtsfake.fake.token} package, so that
 * tests can check the main code against it in both directions, and so that other tests can make
 * tokens "as an app server would" and prove that they log in to the fake.
 *
 * <p>Like the vendor code, {@link #verify(String, String, long)} checks only expiry and
 * signature; appId, uid and room checks belong to the service.
 */
public final class VendorTokenReference {

    /** Privilege key that brings keys 1, 2 and 3 along when granted through {@link #create}. */
    public static final int PUBLISH_STREAM = 0;

    /** Privilege key for subscribing. */
    public static final int SUBSCRIBE_STREAM = 4;

    private VendorTokenReference() {
    }

    /**
     * Makes a token string the way the vendor's server code does: privileges are granted one by
     * one in ascending key order, and granting key 0 also grants keys 1, 2 and 3 with the same
     * expiry (an explicit entry for 1, 2 or 3 in the map wins over that).
     *
     * @param appId      24-character appId (not checked here)
     * @param appKey     the signing key
     * @param userId     the uid
     * @param roomId     the roomId, "" for an RTS login token
     * @param nonce      the nonce (any 32-bit value)
     * @param issuedAt   Unix seconds
     * @param expireAt   Unix seconds, 0 = never
     * @param privileges key to expiry
     * @return the token string
     */
    public static String create(String appId, String appKey, String userId, String roomId, int nonce,
            long issuedAt, long expireAt, Map<Integer, Long> privileges) {
        TreeMap<Integer, Long> granted = new TreeMap<>();
        if (privileges.containsKey(PUBLISH_STREAM)) {
            long expiry = privileges.get(PUBLISH_STREAM);
            for (int k = 0; k <= 3; k++) {
                granted.put(k, expiry);
            }
        }
        granted.putAll(privileges);
        return createWithExactPrivileges(appId, appKey, userId, roomId, nonce, issuedAt, expireAt, granted);
    }

    /**
     * Like {@link #create} but writes exactly the given privileges, without expanding key 0.
     *
     * @param appId      24-character appId (not checked here)
     * @param appKey     the signing key
     * @param userId     the uid
     * @param roomId     the roomId
     * @param nonce      the nonce
     * @param issuedAt   Unix seconds
     * @param expireAt   Unix seconds, 0 = never
     * @param privileges key to expiry, written in ascending key order
     * @return the token string
     */
    public static String createWithExactPrivileges(String appId, String appKey, String userId, String roomId,
            int nonce, long issuedAt, long expireAt, Map<Integer, Long> privileges) {
        byte[] msg = packMsg(nonce, issuedAt, expireAt, roomId, userId, new TreeMap<>(privileges));
        byte[] sig = hmacSha256(appKey, msg);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeShortLe(out, msg.length);
            out.write(msg);
            writeShortLe(out, sig.length);
            out.write(sig);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "001" + appId + Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /**
     * Checks a token as the vendor's helper does: parse, reject if expired
     * ({@code expireAt != 0 && now > expireAt}), recompute the signature and compare.
     *
     * @param token           the token string
     * @param appKey          the key it should be signed with
     * @param nowEpochSeconds the current time in Unix seconds
     * @return true if the token parses, is not expired and its signature matches
     */
    public static boolean verify(String token, String appKey, long nowEpochSeconds) {
        Decoded d = decode(token);
        if (d == null) {
            return false;
        }
        if (d.expireAt != 0 && nowEpochSeconds > d.expireAt) {
            return false;
        }
        byte[] expected = hmacSha256(appKey,
                packMsg(d.nonce, d.issuedAt, d.expireAt, d.roomId, d.userId, d.privileges));
        return MessageDigest.isEqual(expected, d.signature);
    }

    /**
     * Decodes a token into its fields, or returns null if it cannot be read.
     *
     * @param token the token string
     * @return the fields, or null
     */
    public static Decoded decode(String token) {
        if (token == null || token.length() < 27 || !token.startsWith("001")) {
            return null;
        }
        try {
            ByteBuffer content = ByteBuffer.wrap(Base64.getDecoder().decode(token.substring(27)))
                    .order(ByteOrder.LITTLE_ENDIAN);
            byte[] msgBytes = new byte[Short.toUnsignedInt(content.getShort())];
            content.get(msgBytes);
            byte[] sig = new byte[Short.toUnsignedInt(content.getShort())];
            content.get(sig);

            ByteBuffer msg = ByteBuffer.wrap(msgBytes).order(ByteOrder.LITTLE_ENDIAN);
            Decoded d = new Decoded();
            d.appId = token.substring(3, 27);
            d.nonce = msg.getInt();
            d.issuedAt = Integer.toUnsignedLong(msg.getInt());
            d.expireAt = Integer.toUnsignedLong(msg.getInt());
            d.roomId = readString(msg);
            d.userId = readString(msg);
            int count = Short.toUnsignedInt(msg.getShort());
            for (int i = 0; i < count; i++) {
                int key = Short.toUnsignedInt(msg.getShort());
                d.privileges.put(key, Integer.toUnsignedLong(msg.getInt()));
            }
            d.signature = sig;
            return d;
        } catch (IllegalArgumentException | BufferUnderflowException e) {
            return null;
        }
    }

    /** The fields of a decoded token. */
    public static final class Decoded {
        /** The appId (characters 4 to 27). */
        public String appId;
        /** The nonce. */
        public int nonce;
        /** Unix seconds. */
        public long issuedAt;
        /** Unix seconds, 0 = never. */
        public long expireAt;
        /** The roomId. */
        public String roomId;
        /** The uid. */
        public String userId;
        /** Key to expiry. */
        public final TreeMap<Integer, Long> privileges = new TreeMap<>();
        /** The signature bytes. */
        public byte[] signature;
    }

    private static byte[] packMsg(int nonce, long issuedAt, long expireAt, String roomId, String userId,
            TreeMap<Integer, Long> privileges) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeIntLe(out, nonce);
            writeIntLe(out, (int) issuedAt);
            writeIntLe(out, (int) expireAt);
            writeStringLe(out, roomId);
            writeStringLe(out, userId);
            writeShortLe(out, privileges.size());
            for (Map.Entry<Integer, Long> e : privileges.entrySet()) {
                writeShortLe(out, e.getKey());
                writeIntLe(out, (int) e.getValue().longValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String readString(ByteBuffer buf) {
        byte[] raw = new byte[Short.toUnsignedInt(buf.getShort())];
        buf.get(raw);
        return new String(raw, StandardCharsets.UTF_8);
    }

    private static void writeStringLe(DataOutputStream out, String s) throws IOException {
        byte[] raw = s.getBytes(StandardCharsets.UTF_8);
        writeShortLe(out, raw.length);
        out.write(raw);
    }

    // DataOutputStream is big-endian; swap the bytes by hand.
    private static void writeShortLe(DataOutputStream out, int v) throws IOException {
        out.writeShort(Short.reverseBytes((short) v));
    }

    private static void writeIntLe(DataOutputStream out, int v) throws IOException {
        out.writeInt(Integer.reverseBytes(v));
    }

    private static byte[] hmacSha256(String key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
