package dev.rtsfake.scenarios.model;

import java.util.List;

/** The SDK's connection states by name, as scenario files write them (1 DISCONNECTED ... 7 FAILED). */
public final class ConnectionStates {
    /** The names, index = state. */
    public static final List<String> NAMES = List.of("NONE", "DISCONNECTED", "CONNECTING", "CONNECTED",
            "RECONNECTING", "RECONNECTED", "LOST", "FAILED");

    private ConnectionStates() {
    }

    /** "RECONNECTING" for 4. */
    public static String name(int state) {
        return state >= 0 && state < NAMES.size() ? NAMES.get(state) : Integer.toString(state);
    }

    /** 4 for "RECONNECTING", or -1. */
    public static int byName(String name) {
        return NAMES.indexOf(name);
    }

    static void require(int state) {
        if (state < 1 || state > 7) {
            throw new IllegalArgumentException("a connection state is 1 to 7 (" + String.join(", ",
                    NAMES.subList(1, NAMES.size())) + "), was " + state);
        }
    }
}
