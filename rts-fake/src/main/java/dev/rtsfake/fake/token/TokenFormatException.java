package dev.rtsfake.fake.token;

/**
 * Thrown by {@link AccessToken#parse(String)} when a string is not a well-formed version "001" token.
 *
 * <p>The message says what is wrong in plain words, for example
 * {@code "token is shorter than 27 characters (it has 10)"} or
 * {@code "version is '002', expected '001'"}, so it can go straight into a log or a trace.
 *
 * <p>This exception is unchecked: a bad token from an app under test is an expected input for
 * {@link TokenVerifier}, which turns it into {@link TokenCheck#MALFORMED} or
 * {@link TokenCheck#WRONG_VERSION} instead of throwing.
 */
public final class TokenFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Whether the only problem is a version other than "001". */
    private final boolean wrongVersion;

    /**
     * Creates an exception for a token whose layout is broken.
     *
     * @param message what is wrong with the token, in plain words
     */
    public TokenFormatException(String message) {
        this(message, false, null);
    }

    /**
     * Creates an exception for a token whose layout is broken, keeping the low-level cause.
     *
     * @param message what is wrong with the token, in plain words
     * @param cause   the lower-level failure, for example a Base64 decoding error; may be null
     */
    public TokenFormatException(String message, Throwable cause) {
        this(message, false, cause);
    }

    private TokenFormatException(String message, boolean wrongVersion, Throwable cause) {
        super(message, cause);
        this.wrongVersion = wrongVersion;
    }

    /**
     * Creates the exception for a token that starts with a version other than "001".
     *
     * @param foundVersion the first three characters of the token
     * @return an exception whose {@link #isWrongVersion()} is true
     */
    static TokenFormatException wrongVersion(String foundVersion) {
        return new TokenFormatException(
                "version is '" + foundVersion + "', expected '" + AccessToken.VERSION + "'", true, null);
    }

    /**
     * Tells whether the token was rejected only because its first three characters are not "001".
     *
     * @return true for a wrong version, false for any other layout problem
     */
    public boolean isWrongVersion() {
        return wrongVersion;
    }
}
