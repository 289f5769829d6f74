package dev.rtsfake.fake.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * A fixed known-answer vector. The expected string was computed outside Java (Python's struct, hmac
 * and base64 modules) and is cross-checked here against the independent {@link VendorTokenReference}
 * and byte by byte at fixed offsets.
 */
class AccessTokenKnownAnswerTest {

    static final String APP_ID = "123456781234567812345678";
    static final String APP_KEY = "app-key-1";
    static final String UID = "alice";
    static final int NONCE = 12345;
    static final long ISSUED_AT = 1_700_000_000L;
    static final long EXPIRE_AT = 1_700_086_400L;

    static final String EXPECTED = "001123456781234567812345678"
            + "NQA5MAAAAPFTZYBCVWUAAAUAYWxpY2UFAAAAAAAAAAEAAAAAAAIAAAAAAAMAAAAAAAQAAAAAACAA"
            + "1TYQgSubQkaSofMNmiLBwzRuq/pIJYeQOrP2rLoXEFU=";

    static final String EXPECTED_SIGNATURE_HEX =
            "d53610812b9b424692a1f30d9a22c1c3346eabfa482587903ab3f6acba171055";

    static AccessToken knownToken() {
        return AccessToken.builder(APP_ID, UID)
                .nonce(NONCE)
                .issuedAt(ISSUED_AT)
                .expireAt(EXPIRE_AT)
                .privilege(AccessToken.PRIV_PUBLISH_STREAM, 0)
                .privilege(AccessToken.PRIV_SUBSCRIBE_STREAM, 0)
                .sign(APP_KEY);
    }

    @Test
    void serialize_ofKnownInputs_givesExpectedString() {
        assertThat(knownToken().serialize()).isEqualTo(EXPECTED);
    }

    @Test
    void referenceCreate_ofKnownInputs_givesExpectedString() {
        String reference = VendorTokenReference.create(APP_ID, APP_KEY, UID, "", NONCE, ISSUED_AT, EXPIRE_AT,
                Map.of(0, 0L, 4, 0L));
        assertThat(reference).isEqualTo(EXPECTED);
    }

    @Test
    void parse_ofKnownString_givesKnownFields() {
        AccessToken token = AccessToken.parse(EXPECTED);
        assertThat(token.version()).isEqualTo("001");
        assertThat(token.appId()).isEqualTo(APP_ID);
        assertThat(token.userId()).isEqualTo(UID);
        assertThat(token.roomId()).isEmpty();
        assertThat(token.nonce()).isEqualTo(NONCE);
        assertThat(token.issuedAt()).isEqualTo(ISSUED_AT);
        assertThat(token.expireAt()).isEqualTo(EXPIRE_AT);
        assertThat(token.privileges()).containsExactly(
                Map.entry(0, 0L), Map.entry(1, 0L), Map.entry(2, 0L), Map.entry(3, 0L), Map.entry(4, 0L));
        assertThat(hex(token.signature())).isEqualTo(EXPECTED_SIGNATURE_HEX);
        assertThat(token).isEqualTo(knownToken());
        assertThat(token.signatureMatches(APP_KEY)).isTrue();
    }

    @Test
    void content_ofKnownToken_hasVendorByteLayoutAtFixedOffsets() throws Exception {
        String token = knownToken().serialize();
        assertThat(token).startsWith("001" + APP_ID);
        byte[] c = Base64.getDecoder().decode(token.substring(27));
        assertThat(c).hasSize(89);

        // uint16 LE message length: 12 + (2 + 0) + (2 + 5) + 2 + 5 * 6 = 53
        assertThat(bytes(c, 0, 2)).containsExactly(0x35, 0x00);
        // uint32 LE nonce 12345 = 0x3039
        assertThat(bytes(c, 2, 4)).containsExactly(0x39, 0x30, 0x00, 0x00);
        // uint32 LE issuedAt 1700000000 = 0x6553F100
        assertThat(bytes(c, 6, 4)).containsExactly(0x00, 0xF1, 0x53, 0x65);
        // uint32 LE expireAt 1700086400 = 0x65554280
        assertThat(bytes(c, 10, 4)).containsExactly(0x80, 0x42, 0x55, 0x65);
        // roomId: uint16 length 0, no bytes
        assertThat(bytes(c, 14, 2)).containsExactly(0x00, 0x00);
        // userId: uint16 length 5, then "alice"
        assertThat(bytes(c, 16, 2)).containsExactly(0x05, 0x00);
        assertThat(new String(Arrays.copyOfRange(c, 18, 23), StandardCharsets.US_ASCII)).isEqualTo("alice");
        // privilege count 5
        assertThat(bytes(c, 23, 2)).containsExactly(0x05, 0x00);
        // five entries: uint16 key k, uint32 expiry 0, keys ascending
        for (int k = 0; k < 5; k++) {
            int at = 25 + 6 * k;
            assertThat(bytes(c, at, 6)).as("privilege entry %d", k).containsExactly(k, 0, 0, 0, 0, 0);
        }
        // uint16 LE signature length 32
        assertThat(bytes(c, 55, 2)).containsExactly(0x20, 0x00);
        // the signature is HMAC-SHA256(appKey, bytes 2..54), computed here directly
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(APP_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expectedSig = mac.doFinal(Arrays.copyOfRange(c, 2, 55));
        assertThat(Arrays.copyOfRange(c, 57, 89)).isEqualTo(expectedSig);
        assertThat(hex(expectedSig)).isEqualTo(EXPECTED_SIGNATURE_HEX);
    }

    private static int[] bytes(byte[] source, int from, int count) {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = source[from + i] & 0xFF;
        }
        return out;
    }

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(String.format("%02x", b & 0xFF));
        }
        return sb.toString();
    }
}
