package dev.rtsfake.scenarios.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How the app's own server answers the messages clients send it, unless a step says otherwise.
 *
 * @param status the HTTP status of every answer (200 by default; non-2xx gives the sender 18)
 * @param body the body of every answer
 * @param timeout how long the cloud waits for an answer before it gives the sender 17 (null: 5 s)
 */
public record AppServerSpec(int status, String body, Duration timeout) {
    /** 200 with an empty body, after the default timeout. */
    public static final AppServerSpec DEFAULT = new AppServerSpec(200, "", null);

    /** Checks the status and timeout. */
    public AppServerSpec {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("an HTTP status is from 100 to 599, was " + status);
        }
        Objects.requireNonNull(body, "body");
        if (timeout != null) {
            Durations.requirePositive("timeout", timeout);
        }
    }
}
