package dev.rtsfake.fake.net;

import dev.rtsfake.fake.time.TimeLimits;
import java.time.Duration;

/**
 * A network fault as a value: apply it now with {@code network.apply(fault)}, later with
 * {@code network.schedule(delay, fault)}, for a while with {@code network.during(duration, fault)},
 * or as a {@link At timeline}. Each fault names the client it hits by uid or engine name.
 *
 * <pre>{@code
 * cloud.network().timeline(List.of(
 *         Fault.at(Duration.ofSeconds(1), new Fault.Disconnect("alice")),
 *         Fault.at(Duration.ofSeconds(40), new Fault.Reconnect("alice"))));
 * }</pre>
 */
public sealed interface Fault {

    /** Carries the fault out on {@code network}. */
    void applyTo(Network network);

    /** The fault that undoes this one, or null when there is none. */
    Fault inverse();

    /** A step of a timeline: {@code fault} at {@code offset} from when the timeline is applied. */
    record At(Duration offset, Fault fault) {
    }

    /** A timeline step. */
    static At at(Duration offset, Fault fault) {
        return new At(offset, fault);
    }

    /** Nothing crosses the client's link until {@link Reconnect}. */
    record Disconnect(String who) implements Fault {
        public void applyTo(Network n) {
            n.disconnect(who);
        }

        public Fault inverse() {
            return new Reconnect(who);
        }
    }

    /** Undoes {@link Disconnect}. */
    record Reconnect(String who) implements Fault {
        public void applyTo(Network n) {
            n.reconnect(who);
        }

        public Fault inverse() {
            return new Disconnect(who);
        }
    }

    /** One direction of the link stops carrying packets. */
    record Cut(String who, LinkDirection direction) implements Fault {
        public void applyTo(Network n) {
            n.cut(who, direction);
        }

        public Fault inverse() {
            return new Heal(who, direction);
        }
    }

    /** Undoes {@link Cut}. */
    record Heal(String who, LinkDirection direction) implements Fault {
        public void applyTo(Network n) {
            n.heal(who, direction);
        }

        public Fault inverse() {
            return new Cut(who, direction);
        }
    }

    /** Packets arriving on a direction wait until released. */
    record Hold(String who, LinkDirection direction) implements Fault {
        public void applyTo(Network n) {
            n.hold(who, direction);
        }

        public Fault inverse() {
            return new Release(who, direction);
        }
    }

    /** Delivers held packets in order and stops holding. */
    record Release(String who, LinkDirection direction) implements Fault {
        public void applyTo(Network n) {
            n.release(who, direction);
        }

        public Fault inverse() {
            return new Hold(who, direction);
        }
    }

    /** Sets latency and jitter (no opposite: schedule the old values back yourself). */
    record Latency(String who, LinkDirection direction, Duration base, Duration jitter) implements Fault {
        /** Checks the times when the fault is made, so a scheduled one cannot fail later: zero to 3,650 days. */
        public Latency {
            TimeLimits.setting("latency", base, true);
            TimeLimits.setting("jitter", jitter, true);
        }

        public void applyTo(Network n) {
            n.latency(who, direction, base, jitter);
        }

        public Fault inverse() {
            return null;
        }
    }

    /** Sets a loss model; its opposite is no loss. */
    record Loss(String who, LinkDirection direction, LossModel model) implements Fault {
        public void applyTo(Network n) {
            n.loss(who, direction, model);
        }

        public Fault inverse() {
            return new Loss(who, direction, LossModel.none());
        }
    }

    /** The whole cloud becomes unreachable. */
    record Outage() implements Fault {
        public void applyTo(Network n) {
            n.outage();
        }

        public Fault inverse() {
            return new Restore();
        }
    }

    /** Ends an outage. */
    record Restore() implements Fault {
        public void applyTo(Network n) {
            n.restore();
        }

        public Fault inverse() {
            return new Outage();
        }
    }
}
