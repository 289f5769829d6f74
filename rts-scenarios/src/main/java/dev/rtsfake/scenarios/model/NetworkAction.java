package dev.rtsfake.scenarios.model;

import dev.rtsfake.fake.net.LinkDirection;
import dev.rtsfake.fake.net.LossModel;
import dev.rtsfake.fake.net.RuleAction;
import java.time.Duration;
import java.util.Objects;

/** A network fault, its undo, or a rule on what clients send: what breaks between the clients and the cloud. */
public sealed interface NetworkAction extends Action {
    /**
     * Nothing crosses the user's link until {@link Reconnect}.
     *
     * @param user whose link
     */
    record Disconnect(String user) implements NetworkAction {
        /** Checks the user. */
        public Disconnect {
            Texts.requireName("disconnect user", user);
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
    record Reconnect(String user) implements NetworkAction {
        /** Checks the user. */
        public Reconnect {
            Texts.requireName("reconnect user", user);
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
    record Cut(String user, LinkDirection direction) implements NetworkAction {
        /** Checks the fields. */
        public Cut {
            Texts.requireName("cut user", user);
            Objects.requireNonNull(direction, "direction");
        }

        public String describe() {
            return user + "'s link is cut " + Texts.directionText(direction);
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
    record Heal(String user, LinkDirection direction) implements NetworkAction {
        /** Checks the fields. */
        public Heal {
            Texts.requireName("heal user", user);
            Objects.requireNonNull(direction, "direction");
        }

        public String describe() {
            return user + "'s link heals " + Texts.directionText(direction);
        }
    }
    /**
     * Packets arriving on a direction wait until {@link Release}.
     *
     * @param user whose link
     * @param direction UP, DOWN or BOTH
     */
    record Hold(String user, LinkDirection direction) implements NetworkAction {
        /** Checks the fields. */
        public Hold {
            Texts.requireName("hold user", user);
            Objects.requireNonNull(direction, "direction");
        }

        public String describe() {
            return user + "'s packets are held " + Texts.directionText(direction);
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
    record Release(String user, LinkDirection direction) implements NetworkAction {
        /** Checks the fields. */
        public Release {
            Texts.requireName("release user", user);
            Objects.requireNonNull(direction, "direction");
        }

        public String describe() {
            return user + "'s held packets are released " + Texts.directionText(direction);
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
    record Latency(String user, LinkDirection direction, Duration base, Duration jitter) implements NetworkAction {
        /** Checks the fields; a null jitter is zero. */
        public Latency {
            Texts.requireName("latency user", user);
            Objects.requireNonNull(direction, "direction");
            if (base != null) {
                Durations.requireNonNegative("latency", base);
            }
            jitter = jitter == null ? Duration.ZERO : Durations.requireNonNegative("jitter", jitter);
        }

        public String describe() {
            return user + "'s latency " + (base == null ? "goes back to the cloud's" : "becomes " + Durations.format(base))
                    + (jitter.isZero() ? "" : " +- " + Durations.format(jitter)) + " " + Texts.directionText(direction);
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
    record Loss(String user, LinkDirection direction, LossModel model) implements NetworkAction {
        /** Checks the fields. */
        public Loss {
            Texts.requireName("loss user", user);
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(model, "loss model");
        }

        public String describe() {
            return user + "'s link loses " + Texts.lossText(model) + " " + Texts.directionText(direction);
        }

        public Action undo() {
            return model == LossModel.none() ? null : new Loss(user, direction, LossModel.none());
        }

        public boolean isFault() {
            return model != LossModel.none();
        }
    }
    /** The whole cloud becomes unreachable for everyone. */
    record Outage() implements NetworkAction {
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
    record Restore() implements NetworkAction {
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
    record AddRule(String name, RuleMatch match, RuleAction effect) implements NetworkAction {
        /** Checks the fields. */
        public AddRule {
            Texts.requireName("rule name", name);
            Objects.requireNonNull(match, "rule match");
            Objects.requireNonNull(effect, "rule effect");
        }

        public String describe() {
            return "rule " + Texts.quote(name) + ": " + match.describe() + " -> " + Texts.effectText(effect);
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
    record RemoveRule(String name) implements NetworkAction {
        /** Checks the name. */
        public RemoveRule {
            Texts.requireName("removeRule name", name);
        }

        public String describe() {
            return "rule " + Texts.quote(name) + " is removed";
        }
    }
}
