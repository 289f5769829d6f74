package dev.rtsfake.conformance;

/**
 * The optional things a {@link ConformanceTarget} may offer beyond making engines, tokens and waiting.
 * A check that needs one the target lacks is skipped with the reason, never passed.
 */
public enum Capability {
    /** A second device: engines that stand for other users, to message and meet in rooms. */
    SECOND_DEVICE("a second device (engines for other users)"),
    /** Network faults: take one device's link down and bring it back. */
    NETWORK_FAULTS("network faults (disconnect and reconnect one device)"),
    /** Clock control: let minutes of the target's time pass in far less wall-clock time. */
    CLOCK_CONTROL("clock control (long waits in little wall-clock time)"),
    /** Tokens other than a plain valid one: expired, or expiring soon. */
    TOKEN_CONTROL("token control (expired or short-lived tokens)"),
    /** Server push: the vendor's OpenAPI (SendUnicast, SendBroadcast, SendRoomUnicast) as calls. */
    SERVER_PUSH("server push (the OpenAPI)"),
    /** The app's own server: an address the cloud forwards P2Server messages to, and a way to script it. */
    APP_SERVER("app-server scripting"),
    /** The cloud ends a user's session from its side (a server-side fault). */
    SERVER_FAULTS("server-side faults (the cloud invalidates a session)"),
    /** More than 500 engines logged in at once, to fill a room past its notice limit. */
    CROWD("a crowd (more than 500 engines logged in at once)");

    private final String description;

    Capability(String description) {
        this.description = description;
    }

    /** What the capability is, in a few words, for skip reasons and the scorecard. */
    public String description() {
        return description;
    }
}
