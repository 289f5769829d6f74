package dev.rtsfake.fake.net;

import dev.rtsfake.fake.time.TimeLimits;
import java.time.Duration;

/** What a {@link Rule} does to a send it matches. */
public sealed interface RuleAction {

    /** The send is lost for good: no retransmission; the sender hears its timeout. */
    static RuleAction drop() {
        return new Drop();
    }

    /** The send waits {@code extra} (zero to 3,650 days) before it is carried on. */
    static RuleAction delay(Duration extra) {
        return new Delay(extra);
    }

    /**
     * The send waits on its link, visible in heldPackets(), until the test delivers or drops it, or
     * its deadline passes (the sender then hears TIMEOUT). Like one TCP connection, a held reliable
     * send holds back the later reliable traffic of the same direction until then.
     */
    static RuleAction hold() {
        return new Hold();
    }

    /**
     * The send fails: the sender gets {@code resultCode} as its result (for a login, as the login
     * error code) after a round trip, and nothing reaches the cloud.
     */
    static RuleAction fail(int resultCode) {
        return new Fail(resultCode);
    }

    /** See {@link #drop()}. */
    record Drop() implements RuleAction {
        @Override
        public String toString() {
            return "drop";
        }
    }

    /** See {@link #delay(Duration)}. */
    record Delay(Duration extra) implements RuleAction {
        /** Checks the delay: zero to 3,650 days ({@link TimeLimits#MAX_SETTING}). */
        public Delay {
            TimeLimits.setting("delay", extra, true);
        }

        @Override
        public String toString() {
            return "delay " + extra;
        }
    }

    /** See {@link #hold()}. */
    record Hold() implements RuleAction {
        @Override
        public String toString() {
            return "hold";
        }
    }

    /** See {@link #fail(int)}. */
    record Fail(int resultCode) implements RuleAction {
        @Override
        public String toString() {
            return "fail " + resultCode;
        }
    }
}
