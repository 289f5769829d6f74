package dev.rtsfake.conformance;

/**
 * Thrown by a {@link ConformanceTarget}'s optional capability it does not offer. The suite turns it into a
 * skipped check (a JUnit assumption failure) whose reason names the capability, never into a pass.
 */
public final class UnsupportedCapabilityException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Capability capability;

    /** The target does not offer {@code capability}; {@code detail} may say why (or be null). */
    public UnsupportedCapabilityException(Capability capability, String detail) {
        super("the target does not offer " + capability.description()
                + (detail == null || detail.isEmpty() ? "" : ": " + detail));
        this.capability = capability;
    }

    /** The capability that is missing. */
    public Capability capability() {
        return capability;
    }
}
