package dev.rtsfake.fake.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Checks the main code against the independent {@link VendorTokenReference} in both directions,
 * over many seeded random inputs.
 */
class VendorInteropTest {

    private static final String APP_ID = "123456781234567812345678";
    private static final String[] PIECES = {"a", "Z", "0", "_", "@", "-", ".", "é", "丽", "😀", " "};

    private static String randomText(SplittableRandom random, int maxPieces) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(maxPieces + 1);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    private static String randomAppId(SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            sb.append((char) ('0' + random.nextInt(75)));
        }
        return sb.toString();
    }

    private static Map<Integer, Long> randomPrivileges(SplittableRandom random) {
        Map<Integer, Long> map = new TreeMap<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            map.put(random.nextInt(6), random.nextBoolean() ? 0L : random.nextLong(0, AccessToken.MAX_UINT32 + 1));
        }
        return map;
    }

    @Test
    void ourTokens_verifyWithReference_andDecodeToSameFields() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 300; i++) {
            String appId = randomAppId(random);
            String key = "key-" + randomText(random, 6) + i;
            String uid = randomText(random, 8);
            String room = randomText(random, 5);
            int nonce = random.nextInt();
            long issuedAt = random.nextLong(0, AccessToken.MAX_UINT32 + 1);
            long expireAt = random.nextInt(4) == 0 ? 0 : random.nextLong(0, AccessToken.MAX_UINT32 + 1);
            Map<Integer, Long> privileges = randomPrivileges(random);
            AccessToken.Builder builder = AccessToken.builder(appId, uid).roomId(room).nonce(nonce)
                    .issuedAt(issuedAt).expireAt(expireAt);
            privileges.forEach(builder::privilege);
            AccessToken token = builder.sign(key);
            String text = token.serialize();

            long now = expireAt == 0 ? AccessToken.MAX_UINT32 : expireAt;
            assertThat(VendorTokenReference.verify(text, key, now)).as("case %d", i).isTrue();
            assertThat(VendorTokenReference.verify(text, key + "x", now)).isFalse();
            VendorTokenReference.Decoded decoded = VendorTokenReference.decode(text);
            assertThat(decoded.appId).isEqualTo(appId);
            assertThat(decoded.userId).isEqualTo(uid);
            assertThat(decoded.roomId).isEqualTo(room);
            assertThat(decoded.nonce).isEqualTo(nonce);
            assertThat(decoded.issuedAt).isEqualTo(issuedAt);
            assertThat(decoded.expireAt).isEqualTo(expireAt);
            assertThat(decoded.privileges).isEqualTo(token.privileges());
            assertThat(decoded.signature).isEqualTo(token.signature());
        }
    }

    @Test
    void referenceTokens_parseAndPassVerifier() {
        SplittableRandom random = new SplittableRandom(2);
        TokenVerifier verifier = new TokenVerifier();
        for (int i = 0; i < 300; i++) {
            String appId = randomAppId(random);
            String key = "k" + i + randomText(random, 4);
            String uid = randomText(random, 8);
            String room = randomText(random, 5);
            int nonce = random.nextInt();
            long issuedAt = random.nextLong(0, AccessToken.MAX_UINT32 + 1);
            long expireAt = random.nextInt(4) == 0 ? 0 : random.nextLong(1, AccessToken.MAX_UINT32 + 1);
            Map<Integer, Long> privileges = randomPrivileges(random);
            String text = VendorTokenReference.create(appId, key, uid, room, nonce, issuedAt, expireAt, privileges);

            AccessToken parsed = AccessToken.parse(text);
            assertThat(parsed.serialize()).as("case %d", i).isEqualTo(text);
            assertThat(parsed.userId()).isEqualTo(uid);
            assertThat(parsed.roomId()).isEqualTo(room);
            assertThat(parsed.nonce()).isEqualTo(nonce);
            assertThat(parsed.signatureMatches(key)).isTrue();

            long now = expireAt == 0 ? Long.MAX_VALUE : expireAt;
            assertThat(verifier.check(text, appId, key, uid, now)).isEqualTo(TokenCheck.VALID);
            if (expireAt != 0) {
                assertThat(verifier.check(text, appId, key, uid, expireAt + 1)).isEqualTo(TokenCheck.EXPIRED);
            }
        }
    }

    @Test
    void referenceCreate_andBuilder_agreeOnPrivilegeExpansion() {
        String reference = VendorTokenReference.create(APP_ID, "k", "u", "", 1, 2, 3, Map.of(0, 77L, 4, 0L));
        String ours = AccessToken.builder(APP_ID, "u").nonce(1).issuedAt(2).expireAt(3)
                .privilege(0, 77).privilege(4, 0).sign("k").serialize();

        assertThat(ours).isEqualTo(reference);
    }

    @Test
    void reference_rejectsExpiredWrongKeyAndGarbage() {
        String text = VendorTokenReference.create(APP_ID, "k", "u", "", 1, 2, 100, Map.of(4, 0L));

        assertThat(VendorTokenReference.verify(text, "k", 100)).isTrue();
        assertThat(VendorTokenReference.verify(text, "k", 101)).isFalse();
        assertThat(VendorTokenReference.verify(text, "k2", 50)).isFalse();
        assertThat(VendorTokenReference.verify(text.substring(0, 40), "k", 50)).isFalse();
        assertThat(VendorTokenReference.verify("002" + text.substring(3), "k", 50)).isFalse();
        assertThat(VendorTokenReference.verify(null, "k", 50)).isFalse();
    }
}
