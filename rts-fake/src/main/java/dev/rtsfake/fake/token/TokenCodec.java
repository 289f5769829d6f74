package dev.rtsfake.fake.token;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The byte layout of a version "001" {@link AccessToken}: writes and reads the token string and
 * packs the message that the signature covers.
 *
 * <p>The token string is {@code "001" + appId + Base64(content)}; the content is
 * {@code uint16 len(msg) || msg || uint16 len(sig) || sig}; the message is, in order and
 * little-endian: uint32 nonce, uint32 issuedAt, uint32 expireAt, uint16 length and UTF-8 bytes of
 * roomId, uint16 length and UTF-8 bytes of userId, uint16 privilege count, then per privilege in
 * ascending key order a uint16 key and a uint32 expiry.
 *
 * <p>Stateless; all methods are static.
 */
final class TokenCodec {

    /** Characters before the Base64 content: the version and the appId. */
    static final int PREFIX_LENGTH = AccessToken.VERSION.length() + AccessToken.APP_ID_LENGTH;

    private TokenCodec() {
    }

    /** Writes the token string; see {@link AccessToken#serialize()}. */
    static String serialize(AccessToken token) {
        byte[] message = message(token);
        byte[] signature = token.signature();
        Writer content = new Writer(2 + message.length + 2 + signature.length);
        content.uint16(message.length);
        content.bytes(message);
        content.uint16(signature.length);
        content.bytes(signature);
        return AccessToken.VERSION + token.appId() + Base64.getEncoder().encodeToString(content.result());
    }

    /** Reads a token string strictly; see {@link AccessToken#parse(String)}. */
    static AccessToken parse(String token) {
        if (token == null) {
            throw new TokenFormatException("token is null");
        }
        if (token.length() >= AccessToken.VERSION.length()) {
            String version = token.substring(0, AccessToken.VERSION.length());
            if (!version.equals(AccessToken.VERSION)) {
                throw TokenFormatException.wrongVersion(version);
            }
        }
        if (token.length() < PREFIX_LENGTH) {
            throw new TokenFormatException("token is shorter than " + PREFIX_LENGTH + " characters (it has "
                    + token.length() + "); it must start with \"" + AccessToken.VERSION + "\" and the "
                    + AccessToken.APP_ID_LENGTH + "-character appId, followed by the Base64 content");
        }
        String appId = token.substring(AccessToken.VERSION.length(), PREFIX_LENGTH);
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
        SortedMap<Integer, Long> privileges = privileges(message);
        if (message.remaining() > 0) {
            throw new TokenFormatException("message has " + message.remaining()
                    + " unexpected byte(s) after the privileges");
        }
        return new AccessToken(appId, nonce, issuedAt, expireAt, roomId, userId, privileges, signature);
    }

    private static SortedMap<Integer, Long> privileges(Reader message) {
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
        return privileges;
    }

    /** Packs the signed message of a finished token. */
    static byte[] message(AccessToken token) {
        return packMessage(token.nonce(), token.issuedAt(), token.expireAt(), utf8Bytes(token.roomId()),
                utf8Bytes(token.userId()), token.privileges());
    }

    /**
     * Packs the signed message from its fields. The caller has checked the ranges and that
     * {@link #messageLength} fits in a uint16.
     */
    static byte[] packMessage(int nonce, long issuedAt, long expireAt, byte[] roomId, byte[] userId,
            SortedMap<Integer, Long> privileges) {
        Writer w = new Writer(messageLength(roomId.length, userId.length, privileges.size()));
        w.uint32(nonce & AccessToken.MAX_UINT32);
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

    /** The size in bytes of a message with these string lengths and this many privileges. */
    static long messageLength(int roomIdBytes, int userIdBytes, int privilegeCount) {
        return 4L + 4 + 4 + 2 + roomIdBytes + 2 + userIdBytes + 2 + 6L * privilegeCount;
    }

    static byte[] utf8Bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
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
