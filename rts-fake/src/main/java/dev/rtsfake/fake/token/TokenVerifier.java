package dev.rtsfake.fake.token;

/**
 * Checks the token an app passes to {@code login}, the way the RTS cloud does.
 *
 * <p>The checks run in this order and the first failure decides the outcome:
 * <ol>
 *   <li>parse the string: {@link TokenCheck#MALFORMED} (also for null or empty) or
 *       {@link TokenCheck#WRONG_VERSION};</li>
 *   <li>the appId must equal the engine's: {@link TokenCheck#WRONG_APP_ID};</li>
 *   <li>the signature must match the app key: {@link TokenCheck#BAD_SIGNATURE};</li>
 *   <li>the userId must equal the uid logging in: {@link TokenCheck#WRONG_USER_ID};</li>
 *   <li>the token must not be expired ({@code expireAt > 0 && now > expireAt}):
 *       {@link TokenCheck#EXPIRED}.</li>
 * </ol>
 * The roomId is ignored, so console tokens made for any room log in too. Privilege expiries are
 * not checked at login.
 *
 * <pre>{@code
 * TokenVerifier verifier = new TokenVerifier();
 * TokenCheck result = verifier.check(token, engineAppId, appKey, uid, clock.nowSeconds());
 * if (result != TokenCheck.VALID) {
 *     // onLoginResult(uid, LoginErrorCode.LOGIN_ERROR_CODE_INVALID_TOKEN, elapsed)
 * }
 * }</pre>
 *
 * <p>The verifier never throws: bad or missing arguments become a failed outcome. It holds no
 * state and is safe to share between threads.
 */
public final class TokenVerifier {

    /** Creates a verifier. It holds no state, so one instance can serve every login. */
    public TokenVerifier() {
        // stateless
    }

    /**
     * Checks a token for a login and returns only the outcome.
     *
     * @param token           the token string the app passed to {@code login}; may be null
     * @param expectedAppId   the appId of the engine that is logging in
     * @param appKey          the app key the simulated cloud holds for that appId
     * @param expectedUserId  the uid passed to {@code login}
     * @param nowEpochSeconds the current virtual time in Unix seconds
     * @return the outcome; never null
     */
    public TokenCheck check(String token, String expectedAppId, String appKey, String expectedUserId,
            long nowEpochSeconds) {
        return verify(token, expectedAppId, appKey, expectedUserId, nowEpochSeconds).check();
    }

    /**
     * Checks a token for a login and returns the outcome with the parsed token and a detail sentence.
     *
     * @param token           the token string the app passed to {@code login}; may be null
     * @param expectedAppId   the appId of the engine that is logging in
     * @param appKey          the app key the simulated cloud holds for that appId
     * @param expectedUserId  the uid passed to {@code login}
     * @param nowEpochSeconds the current virtual time in Unix seconds
     * @return the verdict; never null
     */
    public TokenVerdict verify(String token, String expectedAppId, String appKey, String expectedUserId,
            long nowEpochSeconds) {
        if (token == null || token.isEmpty()) {
            return new TokenVerdict(TokenCheck.MALFORMED, null,
                    "token is " + (token == null ? "null" : "empty"));
        }
        AccessToken parsed;
        try {
            parsed = AccessToken.parse(token);
        } catch (TokenFormatException e) {
            return new TokenVerdict(e.isWrongVersion() ? TokenCheck.WRONG_VERSION : TokenCheck.MALFORMED, null,
                    e.getMessage());
        }
        if (!parsed.appId().equals(expectedAppId)) {
            return new TokenVerdict(TokenCheck.WRONG_APP_ID, parsed,
                    "token is for appId '" + parsed.appId() + "' but the engine's appId is " + quote(expectedAppId));
        }
        if (appKey == null || appKey.isEmpty()) {
            return new TokenVerdict(TokenCheck.BAD_SIGNATURE, parsed,
                    "no app key to check the signature with (got " + quote(appKey) + ")");
        }
        if (!parsed.signatureMatches(appKey)) {
            return new TokenVerdict(TokenCheck.BAD_SIGNATURE, parsed,
                    "signature does not match the app key of appId '" + parsed.appId() + "'");
        }
        if (!parsed.userId().equals(expectedUserId)) {
            return new TokenVerdict(TokenCheck.WRONG_USER_ID, parsed,
                    "token is for uid '" + parsed.userId() + "' but uid " + quote(expectedUserId) + " is logging in");
        }
        if (parsed.isExpiredAt(nowEpochSeconds)) {
            return new TokenVerdict(TokenCheck.EXPIRED, parsed,
                    "expireAt " + parsed.expireAt() + ", now " + nowEpochSeconds + " ("
                            + (nowEpochSeconds - parsed.expireAt()) + " s late)");
        }
        return new TokenVerdict(TokenCheck.VALID, parsed, "token for uid '" + parsed.userId() + "' "
                + (parsed.expireAt() == 0 ? "never expires" : "is valid until " + parsed.expireAt()));
    }

    private static String quote(String value) {
        return value == null ? "null" : "'" + value + "'";
    }
}
