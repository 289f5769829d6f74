package dev.rtsfake.fake.serverapi;

import java.time.Duration;

/**
 * The bounds of the OpenAPI's HTTP endpoint: how long a request may take to arrive, how long an idle
 * connection is kept, how long the rest of a refused request is read and thrown away, how many
 * connections are served at once, and how large a request head and body may be. Every wait of the
 * endpoint has one of these deadlines, every buffer one of these caps.
 *
 * @param requestDeadline from the first byte of a request (or from the connect, for the first
 *     request of a connection) until its last body byte; past it: 408 and the connection closes
 * @param idleTimeout how long a kept-alive connection waits for its next request before it closes
 * @param drainTime after a refusal that closes the connection (400, 408, 413...), how long what the
 *     client is still sending is read and dropped, so that it reads the answer instead of a reset
 * @param maxConnections connections served at once; one more is answered 503 and closed
 * @param maxHeadBytes the request line and headers together (and a chunked body's trailers); past it: 431
 * @param maxBodyBytes the body (after chunked decoding); past it: 413
 */
record HttpLimits(Duration requestDeadline, Duration idleTimeout, Duration drainTime, int maxConnections,
                  int maxHeadBytes, int maxBodyBytes) {

    /** The limits {@link ServerApi#listen()} uses. */
    static final HttpLimits DEFAULT = new HttpLimits(OpenApiHttpServer.REQUEST_DEADLINE, OpenApiHttpServer.IDLE_TIMEOUT,
            Duration.ofSeconds(1), OpenApiHttpServer.MAX_CONNECTIONS, OpenApiHttpServer.MAX_HEAD_BYTES,
            OpenApiHttpServer.MAX_BODY_BYTES);

    HttpLimits {
        for (Duration d : new Duration[] {requestDeadline, idleTimeout, drainTime}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("HTTP limits need positive durations, not " + d);
            }
        }
        if (maxConnections < 1 || maxHeadBytes < 256 || maxBodyBytes < 0) {
            throw new IllegalArgumentException("HTTP limits out of range: " + maxConnections + " connections, "
                    + maxHeadBytes + " head bytes, " + maxBodyBytes + " body bytes");
        }
    }
}
