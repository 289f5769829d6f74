package dev.rtsfake.fake.diag;

import java.time.Duration;

/**
 * One documented misuse of the SDK seen by strict mode.
 *
 * @param at virtual time since the start of the simulation
 * @param engine the engine involved ("alice", or "rts-1" before login)
 * @param call the SDK method that was misused
 * @param rule the rule broken
 */
public record Misuse(Duration at, String engine, String call, MisuseRule rule) {

    /** A sentence naming the call, the engine and the rule, with what to do instead. */
    public String message() {
        return engine + "." + call + " at " + at + ": " + rule.advice();
    }

    @Override
    public String toString() {
        return message();
    }
}
