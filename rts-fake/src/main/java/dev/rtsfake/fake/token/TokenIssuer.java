package dev.rtsfake.fake.token;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

/**
 * Mints RTS login tokens the way a typical app server does: empty roomId, privileges
 * {@link AccessToken#PRIV_PUBLISH_STREAM} (which brings keys 1 to 3) and
 * {@link AccessToken#PRIV_SUBSCRIBE_STREAM} with no expiry of their own, issued now, expiring after
 * a time-to-live.
 *
 * <p>The issuer is deterministic: the time comes from the given clock (the simulated cloud passes
 * its virtual time) and the nonce from the given random generator (the simulated cloud passes a
 * seeded one), so the same seed and the same virtual times give the same token strings.
 *
 * <pre>{@code
 * TokenIssuer issuer = new TokenIssuer(clock::nowSeconds, new SplittableRandom(42));
 * String token = issuer.issue("123456781234567812345678", "app-key-1", "alice", Duration.ofHours(24));
 * }</pre>
 *
 * <p>An issuer is as thread-safe as its clock and generator; most generators are not, so give
 * each thread its own issuer or confine it to the simulation thread.
 */
public final class TokenIssuer {

    private final LongSupplier nowEpochSeconds;
    private final RandomGenerator nonces;

    /**
     * Creates an issuer.
     *
     * @param nowEpochSeconds the clock, in Unix seconds (virtual time in the simulated cloud)
     * @param nonces          the source of nonces; each token takes one {@code nextInt()}, any 32-bit value
     * @throws NullPointerException if either argument is null
     */
    public TokenIssuer(LongSupplier nowEpochSeconds, RandomGenerator nonces) {
        this.nowEpochSeconds = Objects.requireNonNull(nowEpochSeconds,
                "nowEpochSeconds must be a clock in Unix seconds, e.g. the simulated cloud's virtual clock");
        this.nonces = Objects.requireNonNull(nonces,
                "nonces must be a random generator, e.g. new SplittableRandom(seed) for repeatable tokens");
    }

    /**
     * Issues a login token valid from now for the given time-to-live. The expiry is
     * {@code now + ttl} in whole seconds (any fraction of a second in ttl is dropped), and the token
     * stays valid through that second.
     *
     * @param appId  the app's 24-character appId
     * @param appKey the app key registered for that appId
     * @param userId the uid that will log in with the token
     * @param ttl    how long the token is valid, at least one second, e.g. {@code Duration.ofHours(24)};
     *               for a token without expiry use {@link #issueNeverExpiring(String, String, String)}
     * @return the serialized token
     * @throws IllegalArgumentException if an argument is null, blank or out of range; the message says
     *                                  what to pass instead
     * @throws IllegalStateException    if the clock reports a time a token cannot carry
     */
    public String issue(String appId, String appKey, String userId, Duration ttl) {
        checkIdentity(appId, appKey, userId);
        if (ttl == null) {
            throw new IllegalArgumentException("ttl must not be null; pass e.g. Duration.ofHours(24), or call"
                    + " issueNeverExpiring(appId, appKey, userId) for a token that never expires");
        }
        if (ttl.isZero()) {
            throw new IllegalArgumentException("ttl is zero, which the token format cannot express (expireAt 0"
                    + " means never expires); pass a positive ttl such as Duration.ofHours(24), or call"
                    + " issueNeverExpiring(appId, appKey, userId) for a token that never expires");
        }
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("ttl must be positive, got " + ttl + "; pass e.g."
                    + " Duration.ofHours(24). To get an already expired token, use AccessToken.builder with"
                    + " an expireAt in the past");
        }
        if (ttl.getSeconds() < 1) {
            throw new IllegalArgumentException("ttl must be at least 1 second (tokens count whole seconds),"
                    + " got " + ttl + "; pass e.g. Duration.ofSeconds(1)");
        }
        long now = now();
        long expireAt = now + Math.min(ttl.getSeconds(), AccessToken.MAX_UINT32 + 1);
        if (expireAt > AccessToken.MAX_UINT32) {
            throw new IllegalArgumentException("ttl " + ttl + " is too long: now (" + now + ") + ttl passes "
                    + AccessToken.MAX_UINT32 + ", the latest Unix time a token can carry; pass a shorter ttl,"
                    + " or call issueNeverExpiring(appId, appKey, userId)");
        }
        return mint(appId, appKey, userId, now, expireAt);
    }

    /**
     * Issues a login token that never expires (expireAt 0).
     *
     * @param appId  the app's 24-character appId
     * @param appKey the app key registered for that appId
     * @param userId the uid that will log in with the token
     * @return the serialized token
     * @throws IllegalArgumentException if an argument is null or blank; the message says what to pass instead
     * @throws IllegalStateException    if the clock reports a time a token cannot carry
     */
    public String issueNeverExpiring(String appId, String appKey, String userId) {
        checkIdentity(appId, appKey, userId);
        return mint(appId, appKey, userId, now(), 0);
    }

    private String mint(String appId, String appKey, String userId, long issuedAt, long expireAt) {
        return AccessToken.builder(appId, userId)
                .nonce(nonces.nextInt())
                .issuedAt(issuedAt)
                .expireAt(expireAt)
                .privilege(AccessToken.PRIV_PUBLISH_STREAM, 0)
                .privilege(AccessToken.PRIV_SUBSCRIBE_STREAM, 0)
                .sign(appKey)
                .serialize();
    }

    private long now() {
        long now = nowEpochSeconds.getAsLong();
        if (now < 0 || now > AccessToken.MAX_UINT32) {
            throw new IllegalStateException("the clock returned " + now + ", but a token carries Unix seconds"
                    + " in 0.." + AccessToken.MAX_UINT32 + "; give the issuer a clock in Unix seconds"
                    + " (not milliseconds)");
        }
        return now;
    }

    private static void checkIdentity(String appId, String appKey, String userId) {
        if (appId == null || appId.isBlank()) {
            throw new IllegalArgumentException("appId must be the " + AccessToken.APP_ID_LENGTH
                    + "-character appId registered in the simulated cloud, got " + describe(appId));
        }
        if (appKey == null || appKey.isEmpty()) {
            throw new IllegalArgumentException("appKey must be the app key registered for appId '" + appId
                    + "' in the simulated cloud, got " + describe(appKey));
        }
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("userId must be the uid the app passes to login, e.g. \"alice\";"
                    + " got " + describe(userId));
        }
    }

    private static String describe(String value) {
        return value == null ? "null" : "'" + value + "'";
    }
}
