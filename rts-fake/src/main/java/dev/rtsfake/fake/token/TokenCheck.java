package dev.rtsfake.fake.token;

/**
 * The outcome of checking a token at login, as decided by {@link TokenVerifier}.
 *
 * <p>Every outcome except {@link #VALID} makes the real SDK answer
 * {@code onLoginResult(uid, LOGIN_ERROR_CODE_INVALID_TOKEN (-1000), elapsed)}; the distinct values
 * exist so that logs and traces can say why.
 */
public enum TokenCheck {

    /** The token is well formed, for this app and user, correctly signed, and not expired. */
    VALID("The token is valid for this login."),

    /** The token is null, empty, or not a well-formed version "001" token. */
    MALFORMED("The token is not a well-formed version \"001\" AccessToken."),

    /** The token does not start with the version "001". */
    WRONG_VERSION("The token does not start with version \"001\"."),

    /** The token was made for another appId than the engine's. */
    WRONG_APP_ID("The token was made for a different appId than the engine's."),

    /** The token was made for another uid than the one logging in. */
    WRONG_USER_ID("The token was made for a different uid than the one logging in."),

    /** The signature does not match: the token was signed with another app key, or altered. */
    BAD_SIGNATURE("The token's signature does not match the app key: it was signed with another key or altered."),

    /** The token's expireAt is in the past. */
    EXPIRED("The token has expired.");

    private final String description;

    TokenCheck(String description) {
        this.description = description;
    }

    /**
     * Returns one sentence explaining this outcome, for logs and traces.
     *
     * @return a sentence such as "The token has expired."
     */
    public String describe() {
        return description;
    }

    /**
     * Tells whether this outcome lets the login go ahead.
     *
     * @return true only for {@link #VALID}
     */
    public boolean isValid() {
        return this == VALID;
    }
}
