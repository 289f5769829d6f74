package dev.rtsfake.scenarios.model;

import java.time.Duration;
import java.util.Objects;

/** The instant a window of an {@link Expectation} starts at. */
public sealed interface Anchor {
    /** The start of the run. */
    Anchor START = new Start();
    /** When the last fault of the scenario was undone. */
    Anchor HEAL = new Heal();

    /** An instant of virtual time. */
    static Anchor at(Duration instant) {
        return new At(instant);
    }

    /** The instant of the step labelled {@code label}. */
    static Anchor step(String label) {
        return new AfterStep(label);
    }

    /** How it reads: "the start", "heal", "step hi", "5s". */
    String describe();

    /** The start of the run. */
    record Start() implements Anchor {
        public String describe() {
            return "the start";
        }
    }

    /** The instant the last fault of the scenario is undone (by a step, or at the end of its {@code for}). */
    record Heal() implements Anchor {
        public String describe() {
            return "the heal";
        }
    }

    /**
     * An instant.
     *
     * @param instant virtual time since the start
     */
    record At(Duration instant) implements Anchor {
        /** Checks the instant. */
        public At {
            Durations.requireNonNegative("after", instant);
        }

        public String describe() {
            return Durations.format(instant);
        }
    }

    /**
     * The instant of a labelled step.
     *
     * @param label the step's label
     */
    record AfterStep(String label) implements Anchor {
        /** Checks the label. */
        public AfterStep {
            Objects.requireNonNull(label, "label");
        }

        public String describe() {
            return "step " + label;
        }
    }
}
