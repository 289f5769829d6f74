package dev.rtsfake.fake.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TokenVerifierTest {

    private static final String APP_ID = "123456781234567812345678";
    private static final String OTHER_APP_ID = "876543218765432187654321";
    private static final String KEY = "app-key-1";
    private static final long ISSUED = 1_700_000_000L;
    private static final long EXPIRES = 1_700_086_400L;
    private static final long NOW = 1_700_000_100L;

    private final TokenVerifier verifier = new TokenVerifier();

    private static AccessToken.Builder tokenFor(String uid) {
        return AccessToken.builder(APP_ID, uid).nonce(42).issuedAt(ISSUED).expireAt(EXPIRES)
                .privilege(AccessToken.PRIV_PUBLISH_STREAM, 0).privilege(AccessToken.PRIV_SUBSCRIBE_STREAM, 0);
    }

    private static String aliceToken() {
        return tokenFor("alice").sign(KEY).serialize();
    }

    private TokenCheck checkAlice(String token, long now) {
        return verifier.check(token, APP_ID, KEY, "alice", now);
    }

    // ---------------------------------------------------------------- each outcome

    @Test
    void check_ofGoodToken_isValid() {
        assertThat(checkAlice(aliceToken(), NOW)).isEqualTo(TokenCheck.VALID);
    }

    @Test
    void check_ofNullOrEmptyToken_isMalformed() {
        assertThat(checkAlice(null, NOW)).isEqualTo(TokenCheck.MALFORMED);
        assertThat(checkAlice("", NOW)).isEqualTo(TokenCheck.MALFORMED);
        assertThat(verifier.verify(null, APP_ID, KEY, "alice", NOW).detail()).isEqualTo("token is null");
        assertThat(verifier.verify("", APP_ID, KEY, "alice", NOW).detail()).isEqualTo("token is empty");
    }

    @Test
    void check_ofGarbage_isMalformed() {
        assertThat(checkAlice("001", NOW)).isEqualTo(TokenCheck.MALFORMED);
        assertThat(checkAlice("001" + APP_ID + "%%%", NOW)).isEqualTo(TokenCheck.MALFORMED);
        assertThat(checkAlice("001" + APP_ID + "AAAA", NOW)).isEqualTo(TokenCheck.MALFORMED);
    }

    @Test
    void check_ofOtherVersion_isWrongVersion() {
        String token = "002" + aliceToken().substring(3);

        TokenVerdict verdict = verifier.verify(token, APP_ID, KEY, "alice", NOW);
        assertThat(verdict.check()).isEqualTo(TokenCheck.WRONG_VERSION);
        assertThat(verdict.token()).isNull();
        assertThat(verdict.detail()).isEqualTo("version is '002', expected '001'");
        assertThat(checkAlice("hello world", NOW)).isEqualTo(TokenCheck.WRONG_VERSION);
    }

    @Test
    void check_ofTokenForOtherApp_isWrongAppId() {
        String token = AccessToken.builder(OTHER_APP_ID, "alice").sign(KEY).serialize();

        TokenVerdict verdict = verifier.verify(token, APP_ID, KEY, "alice", NOW);
        assertThat(verdict.check()).isEqualTo(TokenCheck.WRONG_APP_ID);
        assertThat(verdict.detail()).contains(OTHER_APP_ID, APP_ID);
        assertThat(verifier.check(aliceToken(), null, KEY, "alice", NOW)).isEqualTo(TokenCheck.WRONG_APP_ID);
    }

    @Test
    void check_ofTokenSignedWithWrongKey_isBadSignature() {
        String token = tokenFor("alice").sign("app-key-2").serialize();

        assertThat(checkAlice(token, NOW)).isEqualTo(TokenCheck.BAD_SIGNATURE);
    }

    @Test
    void check_withNullOrEmptyAppKey_isBadSignatureWithoutThrowing() {
        assertThat(verifier.check(aliceToken(), APP_ID, null, "alice", NOW)).isEqualTo(TokenCheck.BAD_SIGNATURE);
        TokenVerdict verdict = verifier.verify(aliceToken(), APP_ID, "", "alice", NOW);
        assertThat(verdict.check()).isEqualTo(TokenCheck.BAD_SIGNATURE);
        assertThat(verdict.detail()).contains("no app key");
    }

    @Test
    void check_ofTokenForOtherUser_isWrongUserId() {
        TokenVerdict verdict = verifier.verify(tokenFor("bob").sign(KEY).serialize(), APP_ID, KEY, "alice", NOW);

        assertThat(verdict.check()).isEqualTo(TokenCheck.WRONG_USER_ID);
        assertThat(verdict.detail()).isEqualTo("token is for uid 'bob' but uid 'alice' is logging in");
        assertThat(verifier.check(aliceToken(), APP_ID, KEY, null, NOW)).isEqualTo(TokenCheck.WRONG_USER_ID);
        assertThat(verifier.check(aliceToken(), APP_ID, KEY, "Alice", NOW)).isEqualTo(TokenCheck.WRONG_USER_ID);
    }

    @Test
    void check_afterExpiry_isExpired() {
        TokenVerdict verdict = verifier.verify(aliceToken(), APP_ID, KEY, "alice", EXPIRES + 100);

        assertThat(verdict.check()).isEqualTo(TokenCheck.EXPIRED);
        assertThat(verdict.detail()).isEqualTo("expireAt 1700086400, now 1700086500 (100 s late)");
    }

    @Test
    void check_coversEveryOutcome() {
        EnumSet<TokenCheck> seen = EnumSet.noneOf(TokenCheck.class);
        seen.add(checkAlice(aliceToken(), NOW));
        seen.add(checkAlice("002" + aliceToken().substring(3), NOW));
        seen.add(checkAlice("001", NOW));
        seen.add(checkAlice(AccessToken.builder(OTHER_APP_ID, "alice").sign(KEY).serialize(), NOW));
        seen.add(checkAlice(tokenFor("bob").sign(KEY).serialize(), NOW));
        seen.add(checkAlice(tokenFor("alice").sign("nope").serialize(), NOW));
        seen.add(checkAlice(aliceToken(), EXPIRES + 1));

        assertThat(seen).containsExactlyInAnyOrder(TokenCheck.values());
    }

    // ---------------------------------------------------------------- order of checks

    @Test
    void check_order_appIdBeforeSignatureBeforeUserIdBeforeExpiry() {
        String otherAppOtherKey = AccessToken.builder(OTHER_APP_ID, "bob").expireAt(1).sign("k2").serialize();
        String otherKeyOtherUser = tokenFor("bob").expireAt(1).sign("k2").serialize();
        String otherUserExpired = tokenFor("bob").expireAt(1).sign(KEY).serialize();

        assertThat(checkAlice(otherAppOtherKey, NOW)).isEqualTo(TokenCheck.WRONG_APP_ID);
        assertThat(checkAlice(otherKeyOtherUser, NOW)).isEqualTo(TokenCheck.BAD_SIGNATURE);
        assertThat(checkAlice(otherUserExpired, NOW)).isEqualTo(TokenCheck.WRONG_USER_ID);
    }

    // ---------------------------------------------------------------- expiry boundary

    @Test
    void check_atExpireAtSecond_isStillValid() {
        assertThat(checkAlice(aliceToken(), EXPIRES)).isEqualTo(TokenCheck.VALID);
    }

    @Test
    void check_oneSecondAfterExpireAt_isExpired() {
        assertThat(checkAlice(aliceToken(), EXPIRES + 1)).isEqualTo(TokenCheck.EXPIRED);
    }

    @Test
    void check_ofExpireAtZero_neverExpires() {
        String token = tokenFor("alice").expireAt(0).sign(KEY).serialize();

        assertThat(checkAlice(token, AccessToken.MAX_UINT32)).isEqualTo(TokenCheck.VALID);
        assertThat(checkAlice(token, Long.MAX_VALUE)).isEqualTo(TokenCheck.VALID);
        assertThat(verifier.verify(token, APP_ID, KEY, "alice", NOW).detail()).contains("never expires");
    }

    @Test
    void check_ignoresIssuedAtInTheFutureAndPrivilegeExpiries() {
        String token = tokenFor("alice").issuedAt(NOW + 1000)
                .privilege(AccessToken.PRIV_SUBSCRIBE_STREAM, ISSUED).sign(KEY).serialize();

        assertThat(checkAlice(token, NOW)).isEqualTo(TokenCheck.VALID);
    }

    // ---------------------------------------------------------------- roomId ignored

    @Test
    void check_ignoresRoomId() {
        for (String room : new String[] {"", "room-1", "*", "房间"}) {
            String token = tokenFor("alice").roomId(room).sign(KEY).serialize();
            assertThat(checkAlice(token, NOW)).as("roomId '%s'", room).isEqualTo(TokenCheck.VALID);
        }
    }

    // ---------------------------------------------------------------- tampering

    @Test
    void check_ofTokenWithAnyBase64CharacterChanged_isMalformedOrBadSignature() {
        String token = aliceToken();
        byte[] original = Base64.getDecoder().decode(token.substring(27));
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";
        int changed = 0;
        for (int i = 27; i < token.length(); i++) {
            for (char replacement : new char[] {alphabet.charAt(i % 65), 'A', '/', '=', '*'}) {
                if (replacement == token.charAt(i)) {
                    continue;
                }
                String tampered = token.substring(0, i) + replacement + token.substring(i + 1);
                TokenCheck result = checkAlice(tampered, NOW);
                if (decodesTo(tampered, original)) {
                    // only the unused low bits of the last Base64 character changed
                    assertThat(result).isEqualTo(TokenCheck.VALID);
                } else {
                    changed++;
                    assertThat(result).as("character %d -> '%s'", i, replacement)
                            .isIn(TokenCheck.MALFORMED, TokenCheck.BAD_SIGNATURE);
                }
            }
        }
        assertThat(changed).isGreaterThan(400);
    }

    @Test
    void check_ofTokenWithAnyContentBitFlipped_isMalformedOrBadSignature() {
        String token = aliceToken();
        byte[] content = Base64.getDecoder().decode(token.substring(27));
        for (int i = 0; i < content.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] flipped = content.clone();
                flipped[i] ^= (byte) (1 << bit);
                String tampered = token.substring(0, 27) + Base64.getEncoder().encodeToString(flipped);
                assertThat(checkAlice(tampered, NOW)).as("byte %d bit %d", i, bit)
                        .isIn(TokenCheck.MALFORMED, TokenCheck.BAD_SIGNATURE);
            }
        }
    }

    @Test
    void check_ofTokenWithExtendedExpiry_isBadSignature() {
        String token = tokenFor("alice").expireAt(NOW - 10).sign(KEY).serialize();
        byte[] content = Base64.getDecoder().decode(token.substring(27));
        Arrays.fill(content, 10, 14, (byte) 0); // expireAt := 0, never
        String extended = token.substring(0, 27) + Base64.getEncoder().encodeToString(content);

        assertThat(checkAlice(token, NOW)).isEqualTo(TokenCheck.EXPIRED);
        assertThat(checkAlice(extended, NOW)).isEqualTo(TokenCheck.BAD_SIGNATURE);
    }

    @Test
    void check_ofRandomInput_neverThrows() {
        SplittableRandom random = new SplittableRandom(20240601);
        String prefix = "001" + APP_ID;
        for (int i = 0; i < 2000; i++) {
            byte[] junk = new byte[random.nextInt(120)];
            random.nextBytes(junk);
            String base64 = Base64.getEncoder().encodeToString(junk);
            String candidate = switch (i % 3) {
                case 0 -> prefix + base64;
                case 1 -> prefix + base64.substring(0, random.nextInt(base64.length() + 1));
                default -> new String(junk, java.nio.charset.StandardCharsets.ISO_8859_1);
            };
            assertThatCode(() -> {
                TokenCheck result = checkAlice(candidate, NOW);
                assertThat(result).isNotEqualTo(TokenCheck.VALID);
            }).doesNotThrowAnyException();
        }
    }

    // ---------------------------------------------------------------- verdict and enum

    @Test
    void verify_returnsParsedTokenAndCheckDelegatesToIt() {
        String token = aliceToken();
        TokenVerdict verdict = verifier.verify(token, APP_ID, KEY, "alice", NOW);

        assertThat(verdict.check()).isEqualTo(TokenCheck.VALID);
        assertThat(verdict.isValid()).isTrue();
        assertThat(verdict.token()).isEqualTo(AccessToken.parse(token));
        assertThat(verdict.detail()).isEqualTo("token for uid 'alice' is valid until 1700086400");
        assertThat(verdict.describe()).isEqualTo(
                "The token is valid for this login. (token for uid 'alice' is valid until 1700086400)");
        assertThat(verifier.verify(tokenFor("bob").sign(KEY).serialize(), APP_ID, KEY, "alice", NOW).token())
                .isNotNull();
        assertThat(verifier.verify("junk", APP_ID, KEY, "alice", NOW).token()).isNull();
    }

    @Test
    void describe_ofEveryOutcome_isADistinctSentence() {
        assertThat(TokenCheck.values()).allSatisfy(c -> assertThat(c.describe()).matches("^[A-Z].*\\.$"));
        assertThat(Arrays.stream(TokenCheck.values()).map(TokenCheck::describe).distinct())
                .hasSize(TokenCheck.values().length);
        assertThat(TokenCheck.EXPIRED.describe()).isEqualTo("The token has expired.");
        assertThat(Arrays.stream(TokenCheck.values()).filter(TokenCheck::isValid)).containsExactly(TokenCheck.VALID);
    }

    @Test
    void verdict_rejectsNullCheckOrDetail() {
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> new TokenVerdict(null, null, "x")).withMessage("check");
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> new TokenVerdict(TokenCheck.VALID, null, null)).withMessage("detail");
    }

    @Test
    void check_ofReferenceTokenWithExactPrivileges_isValid() {
        String token = VendorTokenReference.createWithExactPrivileges(APP_ID, KEY, "alice", "", 1, ISSUED, EXPIRES,
                Map.of(4, 0L));

        assertThat(checkAlice(token, NOW)).isEqualTo(TokenCheck.VALID);
    }

    private static boolean decodesTo(String token, byte[] expected) {
        try {
            return Arrays.equals(Base64.getDecoder().decode(token.substring(27)), expected);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
