package dev.rtsfake.scenarios.model;

import java.time.Duration;
import java.util.Objects;

/**
 * One step of a scenario's timeline.
 *
 * @param timing when it happens
 * @param label a name expectations refer to it by ({@code sendResult: {send: hi}}), or null
 * @param action what happens
 * @param lasting for a fault, rule or app-server failure: how long before it is undone by itself, or null
 */
public record Step(Timing timing, String label, Action action, Duration lasting) {
    /** Checks the fields: a label is a word, and only an action with an undo may last. */
    public Step {
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(action, "action");
        if (label != null && !label.matches("[A-Za-z][A-Za-z0-9_\\-]{0,63}")) {
            throw new IllegalArgumentException("a label starts with a letter and holds letters, digits, _ and -, not '"
                    + label + "'");
        }
        if (lasting != null) {
            Durations.requirePositive("for", lasting);
            if (action.undo() == null) {
                throw new IllegalArgumentException("'" + action.describe() + "' cannot last: only faults, rules and"
                        + " app-server failures are undone by themselves");
            }
        }
    }

    /** The same step with a label. */
    public Step label(String newLabel) {
        return new Step(timing, newLabel, action, lasting);
    }

    /** The same step, undone after {@code d}. */
    public Step lasting(Duration d) {
        return new Step(timing, label, action, d);
    }

    /** The same step with other timing. */
    public Step timing(Timing newTiming) {
        return new Step(newTiming, label, action, lasting);
    }

    /** The same step with another action. */
    public Step action(Action newAction) {
        return new Step(timing, label, newAction, lasting);
    }
}
