package dev.rtsfake.fake.appserver;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A scripted failure of the app's server for one P2Server request, given to
 * {@link AppServer#failNext(AppServerFailure)}. The sender sees:
 * <ul>
 *   <li>{@link #UNREACHABLE}: 17 (E2BS_SEND_FAILED) at once, as for a refused connection;</li>
 *   <li>{@link #TIMEOUT}: 17 after the app server's timeout ({@link AppServer#timeout(Duration)},
 *       5 s of virtual time by default);</li>
 *   <li>{@link #status(int)} with a non-2xx code: 18 (E2BS_RETURN_FAILED) at once.</li>
 * </ul>
 *
 * <pre>{@code
 * cloud.appServer(APP).failNext(AppServerFailure.TIMEOUT);
 * cloud.appServer(APP).failNext(AppServerFailure.status(503));
 * }</pre>
 */
public sealed interface AppServerFailure {

    /** The connection is refused: nothing reaches the server's handler. */
    AppServerFailure UNREACHABLE = new Unreachable();

    /** The server never answers: the cloud gives up after the app server's timeout. */
    AppServerFailure TIMEOUT = new Timeout();

    /** The server answers at once with {@code status} and an empty body (the handler is not called). */
    static AppServerFailure status(int status) {
        return new Status(status, new byte[0]);
    }

    /** The server answers at once with {@code status} and a UTF-8 body (the handler is not called). */
    static AppServerFailure status(int status, String body) {
        return new Status(status, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
    }

    /** The connection is refused. */
    record Unreachable() implements AppServerFailure {
    }

    /** No answer in time. */
    record Timeout() implements AppServerFailure {
    }

    /**
     * A fixed answer instead of the handler's.
     *
     * @param status the HTTP status (100-599)
     * @param body the body
     */
    record Status(int status, byte[] body) implements AppServerFailure {
        /** Checks the status and copies the body. */
        public Status {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("HTTP status " + status + " is not in 100..599");
            }
            body = body == null ? new byte[0] : body.clone();
        }

        /** A copy of the body. */
        @Override
        public byte[] body() {
            return body.clone();
        }

        @Override
        public String toString() {
            return "Status[" + status + ", " + body.length + " bytes]";
        }
    }
}
