package dev.rtsfake.scenarios.model;

import com.ss.bytertc.rts.engine.type.MessageConfig;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An action of one user's client: SDK calls for a plain engine, or named actions of the team's own
 * client code through its adapter. Users are named by their scenario name.
 */
public sealed interface ClientAction extends Action {

    /** The user whose client acts. */
    String user();
    /**
     * Logs in with a fresh token.
     *
     * @param user who logs in
     * @param tokenTtl how long the token is valid, or null for the user's {@link UserSpec#tokenTtl()}
     */
    record Login(String user, Duration tokenTtl) implements ClientAction {
        /** Checks the user. */
        public Login {
            Texts.requireName("login user", user);
        }

        public String describe() {
            return user + " logs in" + (tokenTtl == null ? "" : " with a token valid for " + Durations.format(tokenTtl));
        }
    }
    /**
     * Logs out.
     *
     * @param user who logs out
     */
    record Logout(String user) implements ClientAction {
        /** Checks the user. */
        public Logout {
            Texts.requireName("logout user", user);
        }

        public String describe() {
            return user + " logs out";
        }
    }
    /**
     * Sends {@code count} point-to-point messages, {@code every} apart.
     *
     * @param user the sender
     * @param to the receiving uid
     * @param text the message; with several, each gets " (n)" appended (n from 1)
     * @param reliability how the SDK carries it
     * @param binary whether it goes as bytes ({@code sendBinaryMessage}: the UTF-8 of the text)
     * @param count how many, 1 or more
     * @param every the time between two of them (zero: all at once)
     */
    record Send(String user, String to, String text, MessageConfig reliability, boolean binary, int count,
                Duration every) implements ClientAction {
        /** Checks the fields; a null reliability is RELIABLE_ORDERED, a null every zero. */
        public Send {
            Texts.requireName("send from", user);
            Texts.requireName("send to", to);
            Objects.requireNonNull(text, "send text");
            reliability = reliability == null ? MessageConfig.RELIABLE_ORDERED : reliability;
            every = every == null ? Duration.ZERO : Durations.requireNonNegative("every", every);
            Texts.requireCount(count);
        }

        public String describe() {
            return user + " sends " + Texts.quote(text) + Texts.timesText(count, every) + " to " + to
                    + (reliability == MessageConfig.RELIABLE_ORDERED ? "" : " " + reliability)
                    + (binary ? " as bytes" : "");
        }

        /** The same send, {@code n} times. */
        public Send times(int n) {
            return new Send(user, to, text, reliability, binary, n, every);
        }

        /** The same send, {@code interval} apart. */
        public Send every(Duration interval) {
            return new Send(user, to, text, reliability, binary, count, interval);
        }

        /** The same send with another reliability. */
        public Send reliability(MessageConfig config) {
            return new Send(user, to, text, config, binary, count, every);
        }
    }
    /**
     * Sends {@code count} messages to everyone in a room, {@code every} apart.
     *
     * @param user the sender, who must have joined the room
     * @param room the room id
     * @param text the message; with several, each gets " (n)" appended
     * @param binary whether it goes as bytes
     * @param count how many, 1 or more
     * @param every the time between two of them
     */
    record Broadcast(String user, String room, String text, boolean binary, int count, Duration every)
            implements ClientAction {
        /** Checks the fields. */
        public Broadcast {
            Texts.requireName("broadcast from", user);
            Texts.requireName("broadcast room", room);
            Objects.requireNonNull(text, "broadcast text");
            every = every == null ? Duration.ZERO : Durations.requireNonNegative("every", every);
            Texts.requireCount(count);
        }

        public String describe() {
            return user + " sends " + Texts.quote(text) + Texts.timesText(count, every) + " to room " + room + (binary ? " as bytes" : "");
        }

        /** The same broadcast, {@code n} times. */
        public Broadcast times(int n) {
            return new Broadcast(user, room, text, binary, n, every);
        }

        /** The same broadcast, {@code interval} apart. */
        public Broadcast every(Duration interval) {
            return new Broadcast(user, room, text, binary, count, interval);
        }
    }
    /**
     * Sends {@code count} messages to the app's server, {@code every} apart.
     *
     * @param user the sender, whose server parameters must be set
     * @param text the message; with several, each gets " (n)" appended
     * @param binary whether it goes as bytes
     * @param count how many
     * @param every the time between two of them
     */
    record SendServer(String user, String text, boolean binary, int count, Duration every) implements ClientAction {
        /** Checks the fields. */
        public SendServer {
            Texts.requireName("sendServer from", user);
            Objects.requireNonNull(text, "sendServer text");
            every = every == null ? Duration.ZERO : Durations.requireNonNegative("every", every);
            Texts.requireCount(count);
        }

        public String describe() {
            return user + " sends " + Texts.quote(text) + Texts.timesText(count, every) + " to the app server" + (binary ? " as bytes" : "");
        }

        /** The same send, {@code n} times. */
        public SendServer times(int n) {
            return new SendServer(user, text, binary, n, every);
        }
    }
    /**
     * Joins a room (creating the user's room object the first time).
     *
     * @param user who joins
     * @param room the room id
     */
    record Join(String user, String room) implements ClientAction {
        /** Checks the fields. */
        public Join {
            Texts.requireName("join user", user);
            Texts.requireName("join room", room);
        }

        public String describe() {
            return user + " joins room " + room;
        }
    }
    /**
     * Leaves a room.
     *
     * @param user who leaves
     * @param room the room id
     */
    record Leave(String user, String room) implements ClientAction {
        /** Checks the fields. */
        public Leave {
            Texts.requireName("leave user", user);
            Texts.requireName("leave room", room);
        }

        public String describe() {
            return user + " leaves room " + room;
        }
    }
    /**
     * Sets the server parameters ({@code setServerParams}) that messages to the app's server need.
     *
     * @param user whose client
     * @param signature the signature the app's server checks
     * @param url the app server's URL
     */
    record ServerParams(String user, String signature, String url) implements ClientAction {
        /** Checks the fields. */
        public ServerParams {
            Texts.requireName("serverParams user", user);
            Objects.requireNonNull(signature, "signature");
            Objects.requireNonNull(url, "url");
        }

        public String describe() {
            return user + " sets server params " + Texts.quote(signature) + " " + url;
        }
    }
    /**
     * Asks whether a peer is online ({@code getPeerOnlineStatus}).
     *
     * @param user who asks
     * @param peer the uid asked about
     */
    record PeerStatus(String user, String peer) implements ClientAction {
        /** Checks the fields. */
        public PeerStatus {
            Texts.requireName("peerStatus user", user);
            Texts.requireName("peerStatus peer", peer);
        }

        public String describe() {
            return user + " asks whether " + peer + " is online";
        }
    }
    /**
     * Hands the client a fresh token ({@code updateLoginToken}).
     *
     * @param user whose client
     * @param tokenTtl how long the new token is valid, or null for the user's
     */
    record RenewToken(String user, Duration tokenTtl) implements ClientAction {
        /** Checks the user. */
        public RenewToken {
            Texts.requireName("renewToken user", user);
        }

        public String describe() {
            return user + " gets a fresh token" + (tokenTtl == null ? "" : " valid for " + Durations.format(tokenTtl));
        }
    }
    /**
     * Destroys the user's engine.
     *
     * @param user whose engine
     */
    record Destroy(String user) implements ClientAction {
        /** Checks the user. */
        public Destroy {
            Texts.requireName("destroy user", user);
        }

        public String describe() {
            return user + "'s engine is destroyed";
        }
    }
    /**
     * A named action of the team's own client code, through its adapter.
     *
     * @param user whose client
     * @param action the action's name, as the adapter declares it
     * @param args its arguments by name, in order
     */
    record Act(String user, String action, Map<String, String> args) implements ClientAction {
        /** Checks the fields and copies the arguments. */
        public Act {
            Texts.requireName("act user", user);
            Texts.requireName("act action", action);
            args = args == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
        }

        public String describe() {
            return user + " " + action + (args.isEmpty() ? "" : " " + args);
        }
    }
}
