package dev.rtsfake.fake.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class TokenIssuerTest {

    private static final String APP_ID = "123456781234567812345678";
    private static final String KEY = "app-key-1";
    private static final long START = 1_700_000_000L;

    private final AtomicLong clock = new AtomicLong(START);

    private TokenIssuer issuer(long seed) {
        return new TokenIssuer(clock::get, new SplittableRandom(seed));
    }

    @Test
    void issue_withTtl_makesTypicalLoginToken() {
        String token = issuer(7).issue(APP_ID, KEY, "alice", Duration.ofHours(24));

        AccessToken parsed = AccessToken.parse(token);
        assertThat(parsed.appId()).isEqualTo(APP_ID);
        assertThat(parsed.userId()).isEqualTo("alice");
        assertThat(parsed.roomId()).isEmpty();
        assertThat(parsed.issuedAt()).isEqualTo(START);
        assertThat(parsed.expireAt()).isEqualTo(START + 86_400);
        assertThat(parsed.nonce()).isEqualTo(new SplittableRandom(7).nextInt());
        assertThat(parsed.privileges()).containsExactly(
                Map.entry(0, 0L), Map.entry(1, 0L), Map.entry(2, 0L), Map.entry(3, 0L), Map.entry(4, 0L));
        assertThat(parsed.signatureMatches(KEY)).isTrue();
    }

    @Test
    void issue_followsTheVirtualClock() {
        TokenIssuer issuer = issuer(1);
        clock.set(START + 500);

        AccessToken parsed = AccessToken.parse(issuer.issue(APP_ID, KEY, "alice", Duration.ofMinutes(1)));

        assertThat(parsed.issuedAt()).isEqualTo(START + 500);
        assertThat(parsed.expireAt()).isEqualTo(START + 560);
    }

    @Test
    void issue_withSameSeedAndTime_isRepeatable() {
        String a = issuer(99).issue(APP_ID, KEY, "alice", Duration.ofHours(1));
        String b = issuer(99).issue(APP_ID, KEY, "alice", Duration.ofHours(1));
        String c = issuer(100).issue(APP_ID, KEY, "alice", Duration.ofHours(1));

        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void issue_eachTokenTakesTheNextNonce() {
        TokenIssuer issuer = issuer(5);
        SplittableRandom expected = new SplittableRandom(5);

        for (int i = 0; i < 5; i++) {
            String token = issuer.issue(APP_ID, KEY, "alice", Duration.ofHours(1));
            assertThat(AccessToken.parse(token).nonce()).isEqualTo(expected.nextInt());
        }
    }

    @Test
    void issue_withNegativeNonceFromGenerator_keepsIt() {
        RandomGenerator fixed = new RandomGenerator() {
            @Override
            public long nextLong() {
                return -2L << 32;
            }

            @Override
            public int nextInt() {
                return -2;
            }
        };
        String token = new TokenIssuer(clock::get, fixed).issue(APP_ID, KEY, "alice", Duration.ofHours(1));

        assertThat(AccessToken.parse(token).nonce()).isEqualTo(-2);
        assertThat(VendorTokenReference.verify(token, KEY, START)).isTrue();
    }

    @Test
    void issue_dropsFractionOfASecondFromTtl() {
        String token = issuer(1).issue(APP_ID, KEY, "alice", Duration.ofMillis(90_900));

        assertThat(AccessToken.parse(token).expireAt()).isEqualTo(START + 90);
    }

    @Test
    void issue_tokenPassesVerifierUntilExpiry() {
        String token = issuer(3).issue(APP_ID, KEY, "alice", Duration.ofSeconds(30));
        TokenVerifier verifier = new TokenVerifier();

        assertThat(verifier.check(token, APP_ID, KEY, "alice", START + 30)).isEqualTo(TokenCheck.VALID);
        assertThat(verifier.check(token, APP_ID, KEY, "alice", START + 31)).isEqualTo(TokenCheck.EXPIRED);
    }

    @Test
    void issue_tokenVerifiesWithIndependentReference() {
        String token = issuer(11).issue(APP_ID, KEY, "alice", Duration.ofHours(24));

        assertThat(VendorTokenReference.verify(token, KEY, START + 86_400)).isTrue();
        assertThat(VendorTokenReference.verify(token, KEY, START + 86_401)).isFalse();
        assertThat(VendorTokenReference.verify(token, "wrong", START)).isFalse();
    }

    @Test
    void issueNeverExpiring_setsExpireAtZero() {
        String token = issuer(2).issueNeverExpiring(APP_ID, KEY, "alice");

        AccessToken parsed = AccessToken.parse(token);
        assertThat(parsed.expireAt()).isZero();
        assertThat(parsed.issuedAt()).isEqualTo(START);
        assertThat(parsed.privileges()).containsOnlyKeys(0, 1, 2, 3, 4);
        assertThat(new TokenVerifier().check(token, APP_ID, KEY, "alice", Long.MAX_VALUE))
                .isEqualTo(TokenCheck.VALID);
    }

    // ---------------------------------------------------------------- misuse

    @Test
    void issue_withNullOrBlankAppId_failsAskingForRegisteredAppId() {
        assertThatThrownBy(() -> issuer(1).issue(null, KEY, "alice", Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("appId must be the 24-character appId registered in the simulated cloud")
                .hasMessageContaining("got null");
        assertThatThrownBy(() -> issuer(1).issueNeverExpiring("  ", KEY, "alice"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got '  '");
    }

    @Test
    void issue_withWrongLengthAppId_failsSayingExactly24Characters() {
        assertThatThrownBy(() -> issuer(1).issue("short-app", KEY, "alice", Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("appId must be exactly 24 characters")
                .hasMessageContaining("'short-app' (9 characters)");
    }

    @Test
    void issue_withNullOrEmptyAppKey_fails() {
        assertThatThrownBy(() -> issuer(1).issue(APP_ID, null, "alice", Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("appKey must be the app key registered for appId '" + APP_ID + "'");
        assertThatThrownBy(() -> issuer(1).issueNeverExpiring(APP_ID, "", "alice"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got ''");
    }

    @Test
    void issue_withNullOrBlankUserId_failsAskingForLoginUid() {
        assertThatThrownBy(() -> issuer(1).issue(APP_ID, KEY, null, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("userId must be the uid the app passes to login").hasMessageContaining("null");
        assertThatThrownBy(() -> issuer(1).issue(APP_ID, KEY, "", Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got ''");
    }

    @Test
    void issue_withNullTtl_failsPointingAtAlternatives() {
        assertThatThrownBy(() -> issuer(1).issue(APP_ID, KEY, "alice", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ttl must not be null")
                .hasMessageContaining("Duration.ofHours(24)")
                .hasMessageContaining("issueNeverExpiring");
    }

    @Test
    void issue_withZeroTtl_failsPointingAtIssueNeverExpiring() {
        assertThatThrownBy(() -> issuer(1).issue(APP_ID, KEY, "alice", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ttl is zero")
                .hasMessageContaining("issueNeverExpiring(appId, appKey, userId)");
    }

    @Test
    void issue_withNegativeOrSubSecondTtl_fails() {
        assertThatThrownBy(() -> issuer(1).issue(APP_ID, KEY, "alice", Duration.ofSeconds(-5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ttl must be positive, got PT-5S");
        assertThatThrownBy(() -> issuer(1).issue(APP_ID, KEY, "alice", Duration.ofMillis(500)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ttl must be at least 1 second");
    }

    @Test
    void issue_withTtlPastUint32_failsAskingForShorterTtl() {
        assertThatThrownBy(() -> issuer(1).issue(APP_ID, KEY, "alice", Duration.ofDays(365L * 100)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is too long").hasMessageContaining("4294967295");
        assertThatThrownBy(() -> issuer(1).issue(APP_ID, KEY, "alice", Duration.ofSeconds(Long.MAX_VALUE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is too long");
    }

    @Test
    void issue_withMillisecondClock_failsExplainingTheUnit() {
        TokenIssuer issuer = new TokenIssuer(() -> START * 1000, new SplittableRandom(1));

        assertThatThrownBy(() -> issuer.issue(APP_ID, KEY, "alice", Duration.ofHours(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the clock returned 1700000000000")
                .hasMessageContaining("(not milliseconds)");
    }

    @Test
    void constructor_withNullArguments_fails() {
        assertThatNullPointerException().isThrownBy(() -> new TokenIssuer(null, new SplittableRandom(1)))
                .withMessageContaining("nowEpochSeconds must be a clock");
        assertThatNullPointerException().isThrownBy(() -> new TokenIssuer(clock::get, null))
                .withMessageContaining("new SplittableRandom(seed)");
    }
}
