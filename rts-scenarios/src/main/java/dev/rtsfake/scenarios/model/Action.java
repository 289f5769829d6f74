package dev.rtsfake.scenarios.model;

import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.appserver.AppServerFailure;
import dev.rtsfake.fake.net.LinkDirection;
import dev.rtsfake.fake.net.LossModel;
import dev.rtsfake.fake.net.RuleAction;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link Step} does: an action of a user's client (SDK calls, or a named action of the
 * team's own client code), a network fault or rule, a server push, or a change to the app's server.
 * Users are named by their scenario name ({@link UserSpec#name()}). Make them with {@link Actions}.
 */
public sealed interface Action {

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

    // ------------------------------------------------------------------ a user's client

    /** An action of one user's client. */
    sealed interface ClientAction extends Action {
        /** The user whose client acts. */
        String user();
    }

    /**
     * Logs in with a fresh token.
     *
     * @param user who logs in
     * @param tokenTtl how long the token is valid, or null for the user's {@link UserSpec#tokenTtl()}
     */
    record Login(String user, Duration tokenTtl) implements ClientAction {
        /** Checks the user. */
        public Login {
            requireName("login user", user);
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
            requireName("logout user", user);
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
            requireName("send from", user);
            requireName("send to", to);
            Objects.requireNonNull(text, "send text");
            reliability = reliability == null ? MessageConfig.RELIABLE_ORDERED : reliability;
            every = every == null ? Duration.ZERO : Durations.requireNonNegative("every", every);
            requireCount(count);
        }

        public String describe() {
            return user + " sends " + quote(text) + timesText(count, every) + " to " + to
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
            requireName("broadcast from", user);
            requireName("broadcast room", room);
            Objects.requireNonNull(text, "broadcast text");
            every = every == null ? Duration.ZERO : Durations.requireNonNegative("every", every);
            requireCount(count);
        }

        public String describe() {
            return user + " sends " + quote(text) + timesText(count, every) + " to room " + room + (binary ? " as bytes" : "");
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
            requireName("sendServer from", user);
            Objects.requireNonNull(text, "sendServer text");
            every = every == null ? Duration.ZERO : Durations.requireNonNegative("every", every);
            requireCount(count);
        }

        public String describe() {
            return user + " sends " + quote(text) + timesText(count, every) + " to the app server" + (binary ? " as bytes" : "");
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
            requireName("join user", user);
            requireName("join room", room);
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
            requireName("leave user", user);
            requireName("leave room", room);
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
            requireName("serverParams user", user);
            Objects.requireNonNull(signature, "signature");
            Objects.requireNonNull(url, "url");
        }

        public String describe() {
            return user + " sets server params " + quote(signature) + " " + url;
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
            requireName("peerStatus user", user);
            requireName("peerStatus peer", peer);
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
            requireName("renewToken user", user);
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
            requireName("destroy user", user);
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
            requireName("act user", user);
            requireName("act action", action);
            args = args == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
        }

        public String describe() {
            return user + " " + action + (args.isEmpty() ? "" : " " + args);
        }
    }

    // ------------------------------------------------------------------ the network

    /**
     * Nothing crosses the user's link until {@link Reconnect}.
     *
     * @param user whose link
     */
    record Disconnect(String user) implements Action {
        /** Checks the user. */
        public Disconnect {
            requireName("disconnect user", user);
        }

        public String describe() {
            return user + "'s network drops";
        }

        public Action undo() {
            return new Reconnect(user);
        }

        public boolean isFault() {
            return true;
        }
    }

    /**
     * Undoes {@link Disconnect}.
     *
     * @param user whose link
     */
    record Reconnect(String user) implements Action {
        /** Checks the user. */
        public Reconnect {
            requireName("reconnect user", user);
        }

        public String describe() {
            return user + "'s network is back";
        }
    }

    /**
     * One direction of the user's link stops carrying packets.
     *
     * @param user whose link
     * @param direction UP (to the cloud), DOWN or BOTH
     */
    record Cut(String user, LinkDirection direction) implements Action {
        /** Checks the fields. */
        public Cut {
            requireName("cut user", user);
            Objects.requireNonNull(direction, "direction");
        }

        public String describe() {
            return user + "'s link is cut " + directionText(direction);
        }

        public Action undo() {
            return new Heal(user, direction);
        }

        public boolean isFault() {
            return true;
        }
    }

    /**
     * Undoes {@link Cut}.
     *
     * @param user whose link
     * @param direction UP, DOWN or BOTH
     */
    record Heal(String user, LinkDirection direction) implements Action {
        /** Checks the fields. */
        public Heal {
            requireName("heal user", user);
            Objects.requireNonNull(direction, "direction");
        }

        public String describe() {
            return user + "'s link heals " + directionText(direction);
        }
    }

    /**
     * Packets arriving on a direction wait until {@link Release}.
     *
     * @param user whose link
     * @param direction UP, DOWN or BOTH
     */
    record Hold(String user, LinkDirection direction) implements Action {
        /** Checks the fields. */
        public Hold {
            requireName("hold user", user);
            Objects.requireNonNull(direction, "direction");
        }

        public String describe() {
            return user + "'s packets are held " + directionText(direction);
        }

        public Action undo() {
            return new Release(user, direction);
        }

        public boolean isFault() {
            return true;
        }
    }

    /**
     * Delivers the held packets in order and stops holding.
     *
     * @param user whose link
     * @param direction UP, DOWN or BOTH
     */
    record Release(String user, LinkDirection direction) implements Action {
        /** Checks the fields. */
        public Release {
            requireName("release user", user);
            Objects.requireNonNull(direction, "direction");
        }

        public String describe() {
            return user + "'s held packets are released " + directionText(direction);
        }
    }

    /**
     * Sets the latency of the user's link; undone, it goes back to the cloud's latency without jitter.
     *
     * @param user whose link
     * @param direction UP, DOWN or BOTH
     * @param base the one-way latency, or null for the cloud's ({@link CloudSpec#latency()})
     * @param jitter the most added at random to each packet
     */
    record Latency(String user, LinkDirection direction, Duration base, Duration jitter) implements Action {
        /** Checks the fields; a null jitter is zero. */
        public Latency {
            requireName("latency user", user);
            Objects.requireNonNull(direction, "direction");
            if (base != null) {
                Durations.requireNonNegative("latency", base);
            }
            jitter = jitter == null ? Duration.ZERO : Durations.requireNonNegative("jitter", jitter);
        }

        public String describe() {
            return user + "'s latency " + (base == null ? "goes back to the cloud's" : "becomes " + Durations.format(base))
                    + (jitter.isZero() ? "" : " +- " + Durations.format(jitter)) + " " + directionText(direction);
        }

        public Action undo() {
            return base == null && jitter.isZero() ? null : new Latency(user, direction, null, Duration.ZERO);
        }

        public boolean isFault() {
            return base != null || !jitter.isZero();
        }
    }

    /**
     * Sets how the user's link loses packets; undone, it loses none.
     *
     * @param user whose link
     * @param direction UP, DOWN or BOTH
     * @param model independent or bursty (Gilbert-Elliott) loss
     */
    record Loss(String user, LinkDirection direction, LossModel model) implements Action {
        /** Checks the fields. */
        public Loss {
            requireName("loss user", user);
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(model, "loss model");
        }

        public String describe() {
            return user + "'s link loses " + lossText(model) + " " + directionText(direction);
        }

        public Action undo() {
            return model == LossModel.none() ? null : new Loss(user, direction, LossModel.none());
        }

        public boolean isFault() {
            return model != LossModel.none();
        }
    }

    /** The whole cloud becomes unreachable for everyone. */
    record Outage() implements Action {
        public String describe() {
            return "the cloud is down for everyone";
        }

        public Action undo() {
            return new Restore();
        }

        public boolean isFault() {
            return true;
        }
    }

    /** Ends an outage. */
    record Restore() implements Action {
        public String describe() {
            return "the cloud is back";
        }
    }

    /**
     * Puts a rule in force: what a client sends that matches gets the rule's action instead of
     * being carried normally.
     *
     * @param name the rule's name, as the trace and the fault report show it
     * @param match what it looks for
     * @param effect what happens to what it matches
     */
    record AddRule(String name, RuleMatch match, RuleAction effect) implements Action {
        /** Checks the fields. */
        public AddRule {
            requireName("rule name", name);
            Objects.requireNonNull(match, "rule match");
            Objects.requireNonNull(effect, "rule effect");
        }

        public String describe() {
            return "rule " + quote(name) + ": " + match.describe() + " -> " + effectText(effect);
        }

        public Action undo() {
            return new RemoveRule(name);
        }

        public boolean isFault() {
            return true;
        }
    }

    /**
     * Takes a rule out.
     *
     * @param name the rule's name
     */
    record RemoveRule(String name) implements Action {
        /** Checks the name. */
        public RemoveRule {
            requireName("removeRule name", name);
        }

        public String describe() {
            return "rule " + quote(name) + " is removed";
        }
    }

    // ------------------------------------------------------------------ the cloud and the app's server

    /**
     * The app's backend pushes a message through the server-push OpenAPI: to one user
     * ({@code SendUnicast}), to everyone in a room ({@code SendBroadcast}), or to one user in a room
     * ({@code SendRoomUnicast}).
     *
     * @param from the sender's name, as receivers see it
     * @param to the receiving uid, or null for everyone in {@code room}
     * @param room the room, or null for a push to one user outside rooms
     * @param text the message
     */
    record Push(String from, String to, String room, String text) implements Action {
        /** Checks that a receiver or a room is given. */
        public Push {
            requireName("push from", from);
            Objects.requireNonNull(text, "push text");
            if (to == null && room == null) {
                throw new IllegalArgumentException("a push needs 'to' (a user), 'room', or both");
            }
        }

        public String describe() {
            return "the app's backend pushes " + quote(text) + " to " + (to == null ? "room " + room
                    : to + (room == null ? "" : " in room " + room));
        }
    }

    /**
     * The cloud declares the user's session invalid: connection state FAILED (7), no reconnect.
     *
     * @param user whose session
     */
    record InvalidateSession(String user) implements Action {
        /** Checks the user. */
        public InvalidateSession {
            requireName("invalidateSession user", user);
        }

        public String describe() {
            return "the cloud invalidates " + user + "'s session";
        }
    }

    /**
     * The next request to the app's server fails.
     *
     * @param failure unreachable (17), timeout (17 after the app server's timeout), or an HTTP status (18)
     */
    record AppServerFailNext(AppServerFailure failure) implements Action {
        /** Checks the failure. */
        public AppServerFailNext {
            Objects.requireNonNull(failure, "failure");
        }

        public String describe() {
            return "the app server's next answer fails: " + failureText(failure);
        }

        /** Equal when the failures are alike (a status failure holds its body in an array). */
        @Override
        public boolean equals(Object o) {
            return o instanceof AppServerFailNext other && sameFailure(failure, other.failure);
        }

        @Override
        public int hashCode() {
            return failureText(failure).hashCode();
        }

        public boolean isFault() {
            return true;
        }
    }

    /**
     * The answer to the next request to the app's server comes late.
     *
     * @param delay how late, in virtual time
     */
    record AppServerDelayNext(Duration delay) implements Action {
        /** Checks the delay. */
        public AppServerDelayNext {
            Durations.requireNonNegative("delay", delay);
        }

        public String describe() {
            return "the app server's next answer is " + Durations.format(delay) + " late";
        }

        public boolean isFault() {
            return true;
        }
    }

    /**
     * The app's server is down: every request fails until {@link AppServerUp}.
     *
     * @param failure how each request fails
     */
    record AppServerDown(AppServerFailure failure) implements Action {
        /** Checks the failure. */
        public AppServerDown {
            Objects.requireNonNull(failure, "failure");
        }

        public String describe() {
            return "the app server is down: " + failureText(failure);
        }

        /** Equal when the failures are alike (a status failure holds its body in an array). */
        @Override
        public boolean equals(Object o) {
            return o instanceof AppServerDown other && sameFailure(failure, other.failure);
        }

        @Override
        public int hashCode() {
            return failureText(failure).hashCode();
        }

        public Action undo() {
            return new AppServerUp();
        }

        public boolean isFault() {
            return true;
        }
    }

    /** The app's server is back up. */
    record AppServerUp() implements Action {
        public String describe() {
            return "the app server is back up";
        }
    }

    /**
     * Every answer of the app's server comes {@code delay} late (zero: on time again).
     *
     * @param delay how late, in virtual time
     */
    record AppServerSlow(Duration delay) implements Action {
        /** Checks the delay. */
        public AppServerSlow {
            Durations.requireNonNegative("delay", delay);
        }

        public String describe() {
            return delay.isZero() ? "the app server answers on time again"
                    : "the app server answers " + Durations.format(delay) + " late";
        }

        public Action undo() {
            return delay.isZero() ? null : new AppServerSlow(Duration.ZERO);
        }

        public boolean isFault() {
            return !delay.isZero();
        }
    }

    // ------------------------------------------------------------------ helpers

    private static void requireName(String what, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
    }

    private static void requireCount(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be 1 or more, was " + count);
        }
    }

    private static String timesText(int count, Duration every) {
        if (count == 1) {
            return "";
        }
        return " " + count + " times" + (every.isZero() ? " at once" : " every " + Durations.format(every));
    }

    private static String directionText(LinkDirection d) {
        return switch (d) {
            case UP -> "up";
            case DOWN -> "down";
            case BOTH -> "both ways";
        };
    }

    /** "20%" or "bursts (Gilbert-Elliott 0.05/0.3, 0% good, 80% bad)". */
    static String lossText(LossModel model) {
        if (model instanceof LossModel.Independent i) {
            return percent(i.probability()) + " of packets";
        }
        if (model instanceof LossModel.GilbertElliott g) {
            return "packets in bursts (into a burst " + percent(g.goodToBad()) + ", out " + percent(g.badToGood())
                    + ", loss " + percent(g.lossInGood()) + " outside, " + percent(g.lossInBad()) + " inside)";
        }
        return "no packets";
    }

    private static String percent(double p) {
        return java.math.BigDecimal.valueOf(p * 100).stripTrailingZeros().toPlainString() + "%";
    }

    static String effectText(RuleAction e) {
        if (e instanceof RuleAction.Delay d) {
            return "delay " + Durations.format(d.extra());
        }
        return e instanceof RuleAction.Fail f ? "fail " + f.resultCode() : e.toString();
    }

    private static boolean sameFailure(AppServerFailure a, AppServerFailure b) {
        if (a instanceof AppServerFailure.Status x && b instanceof AppServerFailure.Status y) {
            return x.status() == y.status() && java.util.Arrays.equals(x.body(), y.body());
        }
        return a.equals(b);
    }

    static String failureText(AppServerFailure f) {
        if (f instanceof AppServerFailure.Status s) {
            return "HTTP " + s.status();
        }
        return f instanceof AppServerFailure.Timeout ? "no answer (timeout)" : "unreachable";
    }

    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
