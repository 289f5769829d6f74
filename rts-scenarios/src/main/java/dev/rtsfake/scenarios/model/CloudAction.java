package dev.rtsfake.scenarios.model;

import dev.rtsfake.fake.appserver.AppServerFailure;
import java.time.Duration;
import java.util.Objects;

/** What the cloud or the app's own server does: a server push, a session invalidated, the app server failing. */
public sealed interface CloudAction extends Action {
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
    record Push(String from, String to, String room, String text) implements CloudAction {
        /** Checks that a receiver or a room is given. */
        public Push {
            Texts.requireName("push from", from);
            Objects.requireNonNull(text, "push text");
            if (to == null && room == null) {
                throw new IllegalArgumentException("a push needs 'to' (a user), 'room', or both");
            }
        }

        public String describe() {
            return "the app's backend pushes " + Texts.quote(text) + " to " + (to == null ? "room " + room
                    : to + (room == null ? "" : " in room " + room));
        }
    }
    /**
     * The cloud declares the user's session invalid: connection state FAILED (7), no reconnect.
     *
     * @param user whose session
     */
    record InvalidateSession(String user) implements CloudAction {
        /** Checks the user. */
        public InvalidateSession {
            Texts.requireName("invalidateSession user", user);
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
    record AppServerFailNext(AppServerFailure failure) implements CloudAction {
        /** Checks the failure. */
        public AppServerFailNext {
            Objects.requireNonNull(failure, "failure");
        }

        public String describe() {
            return "the app server's next answer fails: " + Texts.failureText(failure);
        }

        /** Equal when the failures are alike (a status failure holds its body in an array). */
        @Override
        public boolean equals(Object o) {
            return o instanceof AppServerFailNext other && Texts.sameFailure(failure, other.failure);
        }

        @Override
        public int hashCode() {
            return Texts.failureText(failure).hashCode();
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
    record AppServerDelayNext(Duration delay) implements CloudAction {
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
    record AppServerDown(AppServerFailure failure) implements CloudAction {
        /** Checks the failure. */
        public AppServerDown {
            Objects.requireNonNull(failure, "failure");
        }

        public String describe() {
            return "the app server is down: " + Texts.failureText(failure);
        }

        /** Equal when the failures are alike (a status failure holds its body in an array). */
        @Override
        public boolean equals(Object o) {
            return o instanceof AppServerDown other && Texts.sameFailure(failure, other.failure);
        }

        @Override
        public int hashCode() {
            return Texts.failureText(failure).hashCode();
        }

        public Action undo() {
            return new AppServerUp();
        }

        public boolean isFault() {
            return true;
        }
    }
    /** The app's server is back up. */
    record AppServerUp() implements CloudAction {
        public String describe() {
            return "the app server is back up";
        }
    }
    /**
     * Every answer of the app's server comes {@code delay} late (zero: on time again).
     *
     * @param delay how late, in virtual time
     */
    record AppServerSlow(Duration delay) implements CloudAction {
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
}
