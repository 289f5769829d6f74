package dev.rtsfake.scenarios.model;

import java.util.Objects;

/**
 * Something that holds or not at an instant of a run, for {@link Expectation.Eventually},
 * {@link Expectation.Always} and {@link Expectation.Never}. The first five look at one user; the
 * rest at everything observed so far ("nothing bad has happened yet").
 */
public sealed interface Condition {

    /** How it reads: "alice is connected". */
    String describe();

    /**
     * The user's latest connection state is CONNECTED (3) or RECONNECTED (5).
     *
     * @param user the user
     */
    record Connected(String user) implements Condition {
        /** Checks the user. */
        public Connected {
            Objects.requireNonNull(user, "user");
        }

        public String describe() {
            return user + " is connected";
        }
    }

    /**
     * The user's latest connection state is {@code state}.
     *
     * @param user the user
     * @param state a connection state, 1 to 7
     */
    record InState(String user, int state) implements Condition {
        /** Checks the fields. */
        public InState {
            Objects.requireNonNull(user, "user");
            ConnectionStates.require(state);
        }

        public String describe() {
            return user + " is " + ConnectionStates.name(state);
        }
    }

    /**
     * The cloud has the user in the room.
     *
     * @param user the user
     * @param room the room id
     */
    record InRoom(String user, String room) implements Condition {
        /** Checks the fields. */
        public InRoom {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(room, "room");
        }

        public String describe() {
            return user + " is in room " + room;
        }
    }

    /**
     * The cloud has a session for the user (peers see ONLINE).
     *
     * @param user the user
     */
    record Online(String user) implements Condition {
        /** Checks the user. */
        public Online {
            Objects.requireNonNull(user, "user");
        }

        public String describe() {
            return user + " is online";
        }
    }

    /**
     * The cloud has no session for the user.
     *
     * @param user the user
     */
    record Offline(String user) implements Condition {
        /** Checks the user. */
        public Offline {
            Objects.requireNonNull(user, "user");
        }

        public String describe() {
            return user + " is offline";
        }
    }

    /** Every message sent so far (P2P, room, to the app server) has its result. */
    record Answered() implements Condition {
        public String describe() {
            return "every send has its result";
        }
    }

    /** No SDK misuse and no handler failure so far. */
    record Clean() implements Condition {
        public String describe() {
            return "no SDK misuse and no handler failure";
        }
    }

    /** Every reliable message so far arrived after the ones its sender sent before it (per receiver). */
    record InOrder() implements Condition {
        public String describe() {
            return "reliable messages arrive in the order they were sent";
        }
    }

    /** No receiver got a message more often than it was sent. */
    record NoDuplicates() implements Condition {
        public String describe() {
            return "no message arrives twice";
        }
    }

    /** No send got more than one result. */
    record OneResultPerSend() implements Condition {
        public String describe() {
            return "no send gets two results";
        }
    }
}
