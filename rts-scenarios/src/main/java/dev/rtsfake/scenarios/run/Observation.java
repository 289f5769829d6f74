package dev.rtsfake.scenarios.run;

import dev.rtsfake.scenarios.model.Durations;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One thing a user's client observed, at an instant of virtual time: an SDK callback with its
 * arguments by name ({@code onMessageReceived}: {@code uid}, {@code message}), or what a client
 * adapter reported.
 *
 * @param timeNanos virtual time since the start
 * @param user the user's scenario name
 * @param name the callback or observation
 * @param args its values as text, in order
 */
public record Observation(long timeNanos, String user, String name, Map<String, String> args) {
    /** Copies the arguments. */
    public Observation {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(name, "name");
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    /** One argument, or null. */
    public String arg(String key) {
        return args.get(key);
    }

    /**
     * The message this observation delivered, if it is one: {@code onMessageReceived},
     * {@code onBinaryMessageReceived}, {@code onRoomMessageReceived}, {@code onRoomBinaryMessageReceived},
     * or an adapter's {@code received}.
     */
    public Receipt receipt() {
        return switch (name) {
            case "onMessageReceived", "onBinaryMessageReceived" -> new Receipt(arg("uid"), arg("message"), null, timeNanos);
            case "onRoomMessageReceived", "onRoomBinaryMessageReceived" ->
                    new Receipt(arg("uid"), arg("message"), arg("room"), timeNanos);
            case "received" -> new Receipt(arg("from"), arg("text"), arg("room"), timeNanos);
            default -> null;
        };
    }

    /** The connection state this observation reported, or -1. */
    public int connectionState() {
        String s = switch (name) {
            case "onConnectionStateChanged", "connectionState" -> arg("state");
            default -> null;
        };
        try {
            return s == null ? -1 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** "12.030s alice onMessageReceived(uid=bob, message=hi)". */
    public String describe() {
        return Durations.clock(timeNanos) + " " + user + " " + name + args.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ", "(", ")"));
    }

    /**
     * A message as it arrived.
     *
     * @param from the sender's uid (or a push's sender name)
     * @param text the message (bytes as UTF-8)
     * @param room the room, or null
     * @param timeNanos when
     */
    public record Receipt(String from, String text, String room, long timeNanos) {
        /** {@code "hi" from alice in room lobby at 2.030s}. */
        public String describe() {
            return '"' + text + "\" from " + from + (room == null ? "" : " in room " + room) + " at " + Durations.clock(timeNanos);
        }
    }
}
