package dev.rtsfake.fake.diag;

import java.time.Duration;

/**
 * An exception that an app handler threw from a callback. The simulation caught it and went on, as
 * the real SDK does.
 *
 * @param at virtual time since the start of the simulation
 * @param engine the engine whose handler threw
 * @param callback the callback that was running
 * @param error what was thrown
 */
public record HandlerFailure(Duration at, String engine, String callback, Throwable error) {
    @Override
    public String toString() {
        return engine + "." + callback + " at " + at + " threw " + error;
    }
}
