package dev.rtsfake.scenarios.model;

import java.time.Duration;
import java.util.Objects;

/**
 * The stretch of virtual time an expectation looks at: from an anchor, for a while or to the end.
 *
 * @param after where it starts
 * @param within how long it lasts, or null for to the end of the run
 */
public record Window(Anchor after, Duration within) {
    /** The whole run. */
    public static final Window WHOLE_RUN = new Window(Anchor.START, null);

    /** Checks the fields. */
    public Window {
        Objects.requireNonNull(after, "after");
        if (within != null) {
            Durations.requireNonNegative("within", within);
        }
    }

    /** The same start, lasting {@code d}. */
    public Window within(Duration d) {
        return new Window(after, d);
    }

    /** The same length, from {@code anchor}. */
    public Window after(Anchor anchor) {
        return new Window(anchor, within);
    }

    /** " within 12s after the heal", or "" for the whole run. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (within != null) {
            sb.append(" within ").append(Durations.format(within));
        }
        if (!(after instanceof Anchor.Start)) {
            sb.append(" after ").append(after.describe());
        }
        return sb.toString();
    }
}
