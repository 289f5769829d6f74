package dev.rtsfake.scenarios.run;

import dev.rtsfake.scenarios.model.Action;
import dev.rtsfake.scenarios.model.ClientAction;

/** One user's client in a run: an SDK engine, or the team's client code through its adapter. */
interface Actor {

    /** Makes the engine (or starts the adapter's client) before the first step. */
    void start();

    /**
     * Performs a client action.
     *
     * @param action what
     * @param text for a send, the text of this one (with " (n)" for repeated sends)
     * @param token for a login or token renewal, the fresh token
     * @return what the call returned, or null
     */
    Object perform(ClientAction action, String text, String token);

    /** How the network names this client's link (its engine's name), or its uid when it has no engine yet. */
    String linkName();

    /** The names of the engines this client uses, for counting what faults did to them. */
    java.util.List<String> engineNames();

    /** Where the result of a send comes back: p2p, server, room:R; {@code any} for an adapter. */
    String resultChannel(ClientAction send);
}
