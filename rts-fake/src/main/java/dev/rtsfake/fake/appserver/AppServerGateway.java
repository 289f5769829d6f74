package dev.rtsfake.fake.appserver;

import java.util.function.Consumer;

/**
 * The cloud's way to the app's own server. The cloud hands it each P2Server request, under the
 * simulation lock, and the gateway calls {@code done} exactly once with the outcome, now or later
 * (on the virtual clock).
 */
public interface AppServerGateway {
    /** Delivers one request; calls {@code done} exactly once. */
    void deliver(AppServerRequest request, Consumer<AppServerOutcome> done);
}
