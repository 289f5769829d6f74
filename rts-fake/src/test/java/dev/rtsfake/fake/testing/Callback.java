package dev.rtsfake.fake.testing;

import java.util.List;

/**
 * One callback a recording handler saw: when (virtual time), on which thread, from the engine or a
 * room ({@code scope} "engine" or "room:" + roomId), its name, and its arguments as text.
 *
 * <p>Three views of it serve the tests: {@link #entry()}, the readable line the engine tests assert
 * ({@code onLoginResult(alice,0,60)}, binary payloads as their bytes {@code [1, 2]}); {@link #args()},
 * the typed-ish values the network tests read ({@code arg(i)}, {@code intArg(i)}, binary payloads as
 * UTF-8 text); and {@link #piped()}, the {@code name|arg|...} form of the app-server tests.
 *
 * @param atMillis virtual time since the cloud was built, in milliseconds (-1 when the recorder has no clock)
 * @param thread   the name of the thread the callback ran on
 * @param scope    "engine", or "room:" + roomId
 * @param name     the callback's name ({@code onMessageReceived})
 * @param args     its arguments as text
 * @param entry    its readable line
 */
public record Callback(long atMillis, String thread, String scope, String name, List<String> args, String entry) {
    /** Copies the arguments. */
    public Callback {
        args = List.copyOf(args);
    }

    /** Argument {@code i} as text. */
    public String arg(int i) {
        return args.get(i);
    }

    /** Argument {@code i} as an int. */
    public int intArg(int i) {
        return Integer.parseInt(args.get(i));
    }

    /** Whether a room's handler received it. */
    public boolean inRoom() {
        return scope.startsWith("room:");
    }

    /** {@code name|arg|...}; a room's callback as {@code room:name|roomId|arg|...}. */
    public String piped() {
        StringBuilder sb = new StringBuilder();
        if (inRoom()) {
            sb.append("room:").append(name).append('|').append(scope.substring("room:".length()));
        } else {
            sb.append(name);
        }
        for (String a : args) {
            sb.append('|').append(a);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return atMillis + "ms " + scope + " " + name + args;
    }
}
