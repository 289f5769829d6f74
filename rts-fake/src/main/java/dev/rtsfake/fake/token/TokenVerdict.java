package dev.rtsfake.fake.token;

import java.util.Objects;

/**
 * The full result of {@link TokenVerifier#verify(String, String, String, String, long)}: the outcome,
 * the parsed token when there is one, and a detail sentence naming the values involved.
 *
 * <p>Example detail for {@link TokenCheck#WRONG_USER_ID}:
 * {@code "token is for uid 'bob' but uid 'alice' is logging in"}.
 *
 * @param check  the outcome; never null
 * @param token  the parsed token, or null if the string could not be parsed
 *               ({@link TokenCheck#MALFORMED} or {@link TokenCheck#WRONG_VERSION})
 * @param detail what exactly was found, for logs and traces; never null
 */
public record TokenVerdict(TokenCheck check, AccessToken token, String detail) {

    /**
     * Creates a verdict.
     *
     * @param check  the outcome; never null
     * @param token  the parsed token, or null if the string could not be parsed
     * @param detail what exactly was found; never null
     * @throws NullPointerException if check or detail is null
     */
    public TokenVerdict {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * Tells whether the login may go ahead.
     *
     * @return true if {@link #check()} is {@link TokenCheck#VALID}
     */
    public boolean isValid() {
        return check.isValid();
    }

    /**
     * Combines {@link TokenCheck#describe()} and the detail into one line for logs.
     *
     * @return for example "The token has expired. (expireAt 1700086400, now 1700086401)"
     */
    public String describe() {
        return check.describe() + " (" + detail + ")";
    }
}
