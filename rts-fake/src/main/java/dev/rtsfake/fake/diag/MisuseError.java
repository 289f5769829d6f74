package dev.rtsfake.fake.diag;

/**
 * Thrown by an SDK method that was misused, only when the cloud's strictness is
 * {@link Strictness#FAIL_AT_CALL}: the test asked to fail at the offending call rather than at its end.
 * The misuse is recorded first (in {@code cloud.misuses()} and the trace), as with
 * {@link Strictness#REPORT}; the call's own step is not.
 */
public final class MisuseError extends AssertionError {
    private static final long serialVersionUID = 1L;

    /** The misuse this call made. */
    private final transient Misuse misuse;

    /** An error for {@code misuse}. */
    public MisuseError(Misuse misuse) {
        super("SDK misuse (strictness FAIL_AT_CALL): " + misuse.message());
        this.misuse = misuse;
    }

    /** The misuse this call made. */
    public Misuse misuse() {
        return misuse;
    }
}
