package dev.rtsfake.fake.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessTokenTest {

    private static final String APP_ID = "123456781234567812345678";
    private static final String KEY = "app-key-1";

    private static AccessToken.Builder aliceBuilder() {
        return AccessToken.builder(APP_ID, "alice").nonce(7).issuedAt(1_700_000_000L).expireAt(1_700_086_400L);
    }

    // ---------------------------------------------------------------- round trips and fields

    @Test
    void parse_ofSerializedToken_roundTrips() {
        AccessToken token = aliceBuilder().roomId("room-1")
                .privilege(AccessToken.PRIV_PUBLISH_STREAM, 1_700_000_100L)
                .privilege(AccessToken.PRIV_SUBSCRIBE_STREAM, 0)
                .sign(KEY);

        AccessToken parsed = AccessToken.parse(token.serialize());

        assertThat(parsed).isEqualTo(token).hasSameHashCodeAs(token);
        assertThat(parsed.serialize()).isEqualTo(token.serialize());
        assertThat(parsed.roomId()).isEqualTo("room-1");
        assertThat(parsed.signatureMatches(KEY)).isTrue();
    }

    @Test
    void serialize_ofParsedForeignToken_givesSameString() {
        String foreign = VendorTokenReference.create(APP_ID, KEY, "bob", "*", -99, 5, 0,
                Map.of(4, 123L, 9, 4_000_000_000L));

        assertThat(AccessToken.parse(foreign).serialize()).isEqualTo(foreign);
    }

    @Test
    void builder_withOnlyAppIdAndUser_usesZeroAndEmptyDefaults() {
        AccessToken token = AccessToken.builder(APP_ID, "alice").sign(KEY);

        assertThat(token.version()).isEqualTo("001");
        assertThat(token.nonce()).isZero();
        assertThat(token.issuedAt()).isZero();
        assertThat(token.expireAt()).isZero();
        assertThat(token.roomId()).isEmpty();
        assertThat(token.privileges()).isEmpty();
        assertThat(token.signature()).hasSize(32);
        assertThat(AccessToken.parse(token.serialize())).isEqualTo(token);
    }

    @Test
    void builder_withEmptyUserId_isAllowedByTheFormat() {
        AccessToken token = AccessToken.builder(APP_ID, "").sign(KEY);

        assertThat(AccessToken.parse(token.serialize()).userId()).isEmpty();
    }

    @Test
    void nonce_negative_roundTripsAsUint32() {
        for (int nonce : new int[] {-1, Integer.MIN_VALUE, Integer.MAX_VALUE, -12345}) {
            AccessToken token = aliceBuilder().nonce(nonce).sign(KEY);
            byte[] content = content(token.serialize());

            assertThat(ByteBuffer.wrap(content, 2, 4).order(ByteOrder.LITTLE_ENDIAN).getInt()).isEqualTo(nonce);
            assertThat(AccessToken.parse(token.serialize()).nonce()).isEqualTo(nonce);
            assertThat(VendorTokenReference.decode(token.serialize()).nonce).isEqualTo(nonce);
        }
        assertThat(content(aliceBuilder().nonce(-1).sign(KEY).serialize())).startsWith(
                (byte) 0x17, (byte) 0x00, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF);
    }

    @Test
    void userId_nonAscii_roundTripsWithLengthsInBytes() {
        String uid = "丽丝é😀"; // 2 + 1 + 2 = 5 chars; 3 + 3 + 2 + 4 = 12 UTF-8 bytes
        AccessToken token = AccessToken.builder(APP_ID, uid).roomId("ü").sign(KEY);
        byte[] content = content(token.serialize());

        // msg: 12 fixed bytes, then roomId length at content offset 14
        assertThat(content[14] & 0xFF).isEqualTo(2);
        assertThat(content[18] & 0xFF).as("userId length in bytes").isEqualTo(12);
        AccessToken parsed = AccessToken.parse(token.serialize());
        assertThat(parsed.userId()).isEqualTo(uid);
        assertThat(parsed.roomId()).isEqualTo("ü");
        assertThat(parsed.signatureMatches(KEY)).isTrue();
        assertThat(VendorTokenReference.verify(token.serialize(), KEY, 0)).isTrue();
    }

    @Test
    void times_atUint32Limits_roundTrip() {
        AccessToken token = AccessToken.builder(APP_ID, "alice")
                .issuedAt(AccessToken.MAX_UINT32).expireAt(AccessToken.MAX_UINT32)
                .privilege(AccessToken.MAX_UINT16, AccessToken.MAX_UINT32)
                .sign(KEY);

        AccessToken parsed = AccessToken.parse(token.serialize());
        assertThat(parsed.issuedAt()).isEqualTo(4_294_967_295L);
        assertThat(parsed.expireAt()).isEqualTo(4_294_967_295L);
        assertThat(parsed.privileges()).containsExactly(Map.entry(65_535, 4_294_967_295L));
    }

    // ---------------------------------------------------------------- privileges

    @Test
    void privilege_publishStream_expandsToKeysOneTwoThreeWithSameExpiry() {
        AccessToken token = aliceBuilder().privilege(AccessToken.PRIV_PUBLISH_STREAM, 1_700_000_500L).sign(KEY);

        assertThat(token.privileges()).containsExactly(
                Map.entry(0, 1_700_000_500L), Map.entry(1, 1_700_000_500L),
                Map.entry(2, 1_700_000_500L), Map.entry(3, 1_700_000_500L));
    }

    @Test
    void privilege_otherKeys_doNotExpand() {
        AccessToken token = aliceBuilder().privilege(AccessToken.PRIV_SUBSCRIBE_STREAM, 0)
                .privilege(AccessToken.PRIV_PUBLISH_VIDEO_STREAM, 9).sign(KEY);

        assertThat(token.privileges()).containsExactly(Map.entry(2, 9L), Map.entry(4, 0L));
    }

    @Test
    void privilege_grantedAgain_lastCallWins() {
        AccessToken token = aliceBuilder()
                .privilege(AccessToken.PRIV_PUBLISH_STREAM, 5)
                .privilege(AccessToken.PRIV_PUBLISH_VIDEO_STREAM, 9)
                .sign(KEY);
        assertThat(token.privileges()).containsExactly(
                Map.entry(0, 5L), Map.entry(1, 5L), Map.entry(2, 9L), Map.entry(3, 5L));

        AccessToken regranted = aliceBuilder()
                .privilege(AccessToken.PRIV_PUBLISH_VIDEO_STREAM, 9)
                .privilege(AccessToken.PRIV_PUBLISH_STREAM, 5)
                .sign(KEY);
        assertThat(regranted.privileges()).containsEntry(2, 5L);
    }

    @Test
    void privileges_grantedOutOfOrder_areSerializedInAscendingKeyOrder() {
        AccessToken token = aliceBuilder().privilege(300, 1).privilege(4, 2).privilege(2, 3).sign(KEY);
        byte[] c = content(token.serialize());

        ByteBuffer msg = ByteBuffer.wrap(c).order(ByteOrder.LITTLE_ENDIAN);
        msg.position(2 + 12 + 2 + 2 + 5); // length, fixed fields, empty roomId, "alice"
        assertThat(msg.getShort()).isEqualTo((short) 3);
        int[] keys = new int[3];
        long[] expiries = new long[3];
        for (int i = 0; i < 3; i++) {
            keys[i] = Short.toUnsignedInt(msg.getShort());
            expiries[i] = Integer.toUnsignedLong(msg.getInt());
        }
        assertThat(keys).containsExactly(2, 4, 300);
        assertThat(expiries).containsExactly(3, 2, 1);
    }

    @Test
    void privileges_accessor_isUnmodifiable() {
        AccessToken token = aliceBuilder().privilege(4, 0).sign(KEY);

        assertThatThrownBy(() -> token.privileges().put(9, 9L)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void builder_afterSign_doesNotChangeEarlierToken() {
        AccessToken.Builder builder = aliceBuilder().privilege(4, 0);
        AccessToken first = builder.sign(KEY);
        builder.privilege(0, 0).roomId("later");

        assertThat(first.privileges()).containsOnlyKeys(4);
        assertThat(first.roomId()).isEmpty();
    }

    // ---------------------------------------------------------------- signature, equality, text

    @Test
    void signatureMatches_withSigningKey_isTrueAndWithOtherKey_isFalse() {
        AccessToken token = aliceBuilder().sign(KEY);

        assertThat(token.signatureMatches(KEY)).isTrue();
        assertThat(token.signatureMatches("app-key-2")).isFalse();
        assertThat(token.signatureMatches(KEY + " ")).isFalse();
    }

    @Test
    void signatureMatches_withNullOrEmptyKey_throwsWithFix() {
        AccessToken token = aliceBuilder().sign(KEY);

        assertThatThrownBy(() -> token.signatureMatches(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-empty app key");
        assertThatThrownBy(() -> token.signatureMatches(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be empty");
    }

    @Test
    void signature_accessor_returnsCopy() {
        AccessToken token = aliceBuilder().sign(KEY);
        byte[] copy = token.signature();
        copy[0] ^= 1;

        assertThat(token.signatureMatches(KEY)).isTrue();
        assertThat(token.signature()).isNotEqualTo(copy);
    }

    @Test
    void equals_comparesEveryFieldIncludingSignature() {
        AccessToken a = aliceBuilder().sign(KEY);

        assertThat(a).isEqualTo(aliceBuilder().sign(KEY)).hasSameHashCodeAs(aliceBuilder().sign(KEY));
        assertThat(a).isNotEqualTo(aliceBuilder().sign("other-key"));
        assertThat(a).isNotEqualTo(aliceBuilder().nonce(8).sign(KEY));
        assertThat(a).isNotEqualTo(aliceBuilder().roomId("r").sign(KEY));
        assertThat(a).isNotEqualTo(aliceBuilder().privilege(4, 0).sign(KEY));
        assertThat(a).isNotEqualTo(AccessToken.builder(APP_ID, "bob").nonce(7).issuedAt(1_700_000_000L)
                .expireAt(1_700_086_400L).sign(KEY));
        assertThat(a).isNotEqualTo(null).isNotEqualTo(a.serialize());
    }

    @Test
    void toString_showsFieldsButOnlyASignaturePrefix() {
        AccessToken token = AccessTokenKnownAnswerTest.knownToken();
        String text = token.toString();

        assertThat(text).contains("appId=123456781234567812345678", "userId='alice'", "nonce=12345",
                "expireAt=1700086400", "signature=d5361081... (32 bytes)");
        assertThat(text).doesNotContain(AccessTokenKnownAnswerTest.EXPECTED_SIGNATURE_HEX)
                .doesNotContain(token.serialize().substring(27));
    }

    @Test
    void isExpiredAt_followsExpireAtInclusiveAndZeroMeansNever() {
        AccessToken token = aliceBuilder().sign(KEY);
        assertThat(token.isExpiredAt(1_700_086_400L)).isFalse();
        assertThat(token.isExpiredAt(1_700_086_401L)).isTrue();
        assertThat(aliceBuilder().expireAt(0).sign(KEY).isExpiredAt(Long.MAX_VALUE)).isFalse();
    }

    // ---------------------------------------------------------------- builder misuse

    @Test
    void builder_withShortOrLongAppId_failsSayingExactly24Characters() {
        assertThatThrownBy(() -> AccessToken.builder("12345678123456781234567", "alice"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("appId must be exactly 24 characters")
                .hasMessageContaining("'12345678123456781234567' (23 characters)");
        assertThatThrownBy(() -> AccessToken.builder(APP_ID + "9", "alice"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly 24 characters").hasMessageContaining("(25 characters)");
        assertThatThrownBy(() -> AccessToken.builder(null, "alice"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly 24 characters").hasMessageContaining("got null");
    }

    @Test
    void builder_withNullStrings_failsNamingTheField() {
        assertThatThrownBy(() -> AccessToken.builder(APP_ID, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userId must not be null");
        assertThatThrownBy(() -> aliceBuilder().roomId(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("roomId must not be null; pass \"\"");
    }

    @Test
    void builder_withStringOver65535Utf8Bytes_failsCountingBytesNotChars() {
        assertThatThrownBy(() -> AccessToken.builder(APP_ID, "a".repeat(65_536)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("userId is 65536 UTF-8 bytes").hasMessageContaining("at most 65535");
        // 40000 characters but 80000 bytes
        assertThatThrownBy(() -> aliceBuilder().roomId("é".repeat(40_000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("roomId is 80000 UTF-8 bytes");
    }

    @Test
    void builder_withUnpairedSurrogate_fails() {
        assertThatThrownBy(() -> AccessToken.builder(APP_ID, "a\uD83Db"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("userId is not valid Unicode");
    }

    @Test
    void sign_whenMessageWouldPass65535Bytes_failsNamingTheSizes() {
        // 12 fixed + 2 + room + 2 + 0 + 2 = 65535 exactly when room is 65517 bytes
        AccessToken atLimit = AccessToken.builder(APP_ID, "").roomId("r".repeat(65_517)).sign(KEY);
        assertThat(AccessToken.parse(atLimit.serialize())).isEqualTo(atLimit);

        assertThatThrownBy(() -> AccessToken.builder(APP_ID, "").roomId("r".repeat(65_518)).sign(KEY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the signed message would be 65536 bytes")
                .hasMessageContaining("shorten roomId (65518 bytes)");
    }

    @Test
    void privilege_withKeyOutsideUint16_fails() {
        assertThatThrownBy(() -> aliceBuilder().privilege(-1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("privilege key must be in 0..65535").hasMessageContaining("got -1");
        assertThatThrownBy(() -> aliceBuilder().privilege(65_536, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 65536");
    }

    @Test
    void times_negativeOrAboveUint32_fail() {
        assertThatThrownBy(() -> aliceBuilder().issuedAt(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("issuedAt must be Unix seconds in 0..4294967295").hasMessageContaining("got -1");
        assertThatThrownBy(() -> aliceBuilder().expireAt(4_294_967_296L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expireAt must be Unix seconds").hasMessageContaining("got 4294967296");
        assertThatThrownBy(() -> aliceBuilder().privilege(4, -5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("privilege expireAt must be Unix seconds");
    }

    @Test
    void sign_withNullOrEmptyKey_fails() {
        assertThatThrownBy(() -> aliceBuilder().sign(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got null");
        assertThatThrownBy(() -> aliceBuilder().sign(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be empty");
    }

    // ---------------------------------------------------------------- parse errors

    @Test
    void parse_null_failsSayingNull() {
        assertThatThrownBy(() -> AccessToken.parse(null))
                .isInstanceOf(TokenFormatException.class).hasMessage("token is null");
    }

    @Test
    void parse_shortString_failsSayingShorterThan27() {
        for (String s : new String[] {"", "00", "001", "001" + APP_ID.substring(1)}) {
            assertThatThrownBy(() -> AccessToken.parse(s))
                    .as("'%s'", s)
                    .isInstanceOf(TokenFormatException.class)
                    .hasMessageContaining("token is shorter than 27 characters (it has " + s.length() + ")")
                    .matches(e -> !((TokenFormatException) e).isWrongVersion());
        }
    }

    @Test
    void parse_otherVersion_failsAsWrongVersion() {
        String token = "002" + AccessTokenKnownAnswerTest.EXPECTED.substring(3);

        assertThatThrownBy(() -> AccessToken.parse(token))
                .isInstanceOf(TokenFormatException.class)
                .hasMessage("version is '002', expected '001'")
                .matches(e -> ((TokenFormatException) e).isWrongVersion());
        assertThatThrownBy(() -> AccessToken.parse("abc"))
                .isInstanceOf(TokenFormatException.class).hasMessage("version is 'abc', expected '001'");
    }

    @Test
    void parse_nonBase64Content_fails() {
        assertThatThrownBy(() -> AccessToken.parse("001" + APP_ID + "not base64!"))
                .isInstanceOf(TokenFormatException.class)
                .hasMessageContaining("content is not valid Base64")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parse_emptyContent_failsBeforeMessageLength() {
        assertThatThrownBy(() -> AccessToken.parse("001" + APP_ID))
                .isInstanceOf(TokenFormatException.class)
                .hasMessageContaining("content ends before the message length");
    }

    @Test
    void parse_contentCutInsideMessage_fails() {
        byte[] full = content(AccessTokenKnownAnswerTest.EXPECTED);

        assertThatThrownBy(() -> AccessToken.parse(token(slice(full, 20))))
                .isInstanceOf(TokenFormatException.class)
                .hasMessageContaining("content ends before the message (needs 53 byte(s), 18 left)");
    }

    @Test
    void parse_contentCutBeforeOrInsideSignature_failsSayingSignature() {
        byte[] full = content(AccessTokenKnownAnswerTest.EXPECTED);

        assertThatThrownBy(() -> AccessToken.parse(token(slice(full, 55))))
                .isInstanceOf(TokenFormatException.class)
                .hasMessageContaining("content ends before the signature length");
        assertThatThrownBy(() -> AccessToken.parse(token(slice(full, 60))))
                .isInstanceOf(TokenFormatException.class)
                .hasMessageContaining("content ends before the signature (needs 32 byte(s), 3 left)");
    }

    @Test
    void parse_bytesAfterSignature_fail() {
        byte[] full = content(AccessTokenKnownAnswerTest.EXPECTED);
        byte[] longer = java.util.Arrays.copyOf(full, full.length + 2);

        assertThatThrownBy(() -> AccessToken.parse(token(longer)))
                .isInstanceOf(TokenFormatException.class)
                .hasMessageContaining("content has 2 unexpected byte(s) after the signature");
    }

    @Test
    void parse_messageTooShortForItsFields_failsNamingTheField() {
        assertThatThrownBy(() -> AccessToken.parse(token(content(new byte[] {1, 2, 3}, new byte[32]))))
                .isInstanceOf(TokenFormatException.class)
                .hasMessageContaining("message ends before the nonce");

        byte[] cutInUserId = msg().u32(1).u32(2).u32(3).str("").u16(9).raw(new byte[] {'a', 'b'}).bytes();
        assertThatThrownBy(() -> AccessToken.parse(token(content(cutInUserId, new byte[32]))))
                .isInstanceOf(TokenFormatException.class)
                .hasMessageContaining("message ends before the userId (needs 9 byte(s), 2 left)");

        byte[] noCount = msg().u32(1).u32(2).u32(3).str("").str("u").bytes();
        assertThatThrownBy(() -> AccessToken.parse(token(content(noCount, new byte[32]))))
                .isInstanceOf(TokenFormatException.class)
                .hasMessageContaining("message ends before the privilege count");

        byte[] missingEntry = msg().u32(1).u32(2).u32(3).str("").str("u").u16(2).u16(0).u32(0).bytes();
        assertThatThrownBy(() -> AccessToken.parse(token(content(missingEntry, new byte[32]))))
                .isInstanceOf(TokenFormatException.class)
                .hasMessageContaining("message ends before the key of privilege 2 of 2");
    }

    @Test
    void parse_bytesAfterPrivileges_fail() {
        byte[] extra = msg().u32(1).u32(2).u32(3).str("").str("u").u16(0).raw(new byte[] {0}).bytes();

        assertThatThrownBy(() -> AccessToken.parse(token(content(extra, new byte[32]))))
                .isInstanceOf(TokenFormatException.class)
                .hasMessageContaining("message has 1 unexpected byte(s) after the privileges");
    }

    @Test
    void parse_privilegesOutOfOrderOrRepeated_fail() {
        byte[] unsorted = msg().u32(1).u32(2).u32(3).str("").str("u").u16(2).u16(4).u32(0).u16(0).u32(0).bytes();
        assertThatThrownBy(() -> AccessToken.parse(token(content(unsorted, new byte[32]))))
                .isInstanceOf(TokenFormatException.class)
                .hasMessageContaining("ascending order").hasMessageContaining("key 0 follows key 4");

        byte[] repeated = msg().u32(1).u32(2).u32(3).str("").str("u").u16(2).u16(4).u32(0).u16(4).u32(1).bytes();
        assertThatThrownBy(() -> AccessToken.parse(token(content(repeated, new byte[32]))))
                .isInstanceOf(TokenFormatException.class).hasMessageContaining("key 4 follows key 4");
    }

    @Test
    void parse_invalidUtf8_failsNamingTheField() {
        byte[] badUser = msg().u32(1).u32(2).u32(3).str("").u16(1).raw(new byte[] {(byte) 0xFF}).u16(0).bytes();

        assertThatThrownBy(() -> AccessToken.parse(token(content(badUser, new byte[32]))))
                .isInstanceOf(TokenFormatException.class).hasMessage("userId is not valid UTF-8");
    }

    @Test
    void parse_signatureOfOddLength_isKeptButDoesNotMatch() {
        byte[] m = msg().u32(1).u32(2).u32(3).str("").str("u").u16(0).bytes();
        AccessToken token = AccessToken.parse(token(content(m, new byte[5])));

        assertThat(token.signature()).hasSize(5);
        assertThat(token.signatureMatches(KEY)).isFalse();
    }

    // ---------------------------------------------------------------- helpers

    static byte[] content(String token) {
        return Base64.getDecoder().decode(token.substring(27));
    }

    static String token(byte[] content) {
        return "001" + APP_ID + Base64.getEncoder().encodeToString(content);
    }

    static byte[] content(byte[] msg, byte[] sig) {
        return msg().u16(msg.length).raw(msg).u16(sig.length).raw(sig).bytes();
    }

    private static byte[] slice(byte[] source, int length) {
        return java.util.Arrays.copyOf(source, length);
    }

    static Bytes msg() {
        return new Bytes();
    }

    /** Hand-assembles little-endian bytes for malformed-token tests. */
    static final class Bytes {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Bytes u16(int v) {
            out.write(v & 0xFF);
            out.write((v >>> 8) & 0xFF);
            return this;
        }

        Bytes u32(long v) {
            for (int i = 0; i < 4; i++) {
                out.write((int) (v >>> (8 * i)) & 0xFF);
            }
            return this;
        }

        Bytes str(String s) {
            byte[] raw = s.getBytes(StandardCharsets.UTF_8);
            return u16(raw.length).raw(raw);
        }

        Bytes raw(byte[] raw) {
            out.writeBytes(raw);
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
