package dev.rtsfake.fake.diag;

/**
 * What strict mode does with a documented misuse of the SDK (the rules are {@link MisuseRule}), as
 * Mockito's strictness levels do with unused stubs. Set it on the builder
 * ({@code FakeRtsCloud.builder().strictness(Strictness.FAIL_AT_CALL)}) or on the JUnit extension
 * ({@code @RtsFakeTest(strictness = Strictness.FAIL_AT_CALL)}).
 */
public enum Strictness {
    /** Misuse is not recorded: {@code cloud.misuses()} stays empty and nothing fails because of it. */
    OFF,
    /**
     * The default: the SDK call returns what the real SDK would, and the misuse is recorded
     * ({@code cloud.misuses()}, a MISUSE step in the trace). {@code cloud.assertClean()} and the JUnit
     * extension fail the test at its end, listing each misuse with what to do instead.
     */
    REPORT,
    /**
     * The misuse is recorded as with {@link #REPORT}, and then the SDK method throws a
     * {@link MisuseError} (an {@code AssertionError}) instead of returning: the test fails at the
     * offending line, with its stack trace. This is the one exception to "SDK methods never throw",
     * and only a test that asks for it gets it. A misuse made inside a callback throws into the
     * handler; if the handler lets it out, the fake catches it as it catches any handler exception,
     * so it is also listed among {@code cloud.handlerFailures()}.
     */
    FAIL_AT_CALL;

    /** Whether misuse is recorded at all (every level but {@link #OFF}). */
    public boolean records() {
        return this != OFF;
    }
}
