package dev.rtsfake.scenarios.model;

/**
 * What a {@link Step} does: an action of a user's client ({@link ClientAction}: SDK calls, or a
 * named action of the team's own client code), a network fault or rule ({@link NetworkAction}), or
 * something the cloud or the app's server does ({@link CloudAction}). Users are named by their
 * scenario name ({@link UserSpec#name()}). Make them with {@link Actions}.
 */
public sealed interface Action permits ClientAction, NetworkAction, CloudAction {

    /** One line for the timeline: {@code alice sends "hi" to bob}. */
    String describe();

    /**
     * The action that undoes this one when its step has a {@code for} duration, or null when it has
     * none (only faults, rules and app-server failures have one).
     */
    default Action undo() {
        return null;
    }

    /** Whether this breaks something (a fault, rule or app-server failure), whose firing is counted. */
    default boolean isFault() {
        return false;
    }
}
