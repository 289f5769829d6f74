package dev.rtsfake.fake.appserver;

/**
 * How one P2Server request ended, as the cloud sees it. The cloud turns it into the sender's
 * {@code onServerMessageSendResult}: a 2xx answer gives 0 and the body; any other status gives 18
 * (E2BS_RETURN_FAILED); an unreachable or silent server gives 17 (E2BS_SEND_FAILED).
 */
public sealed interface AppServerOutcome {

    /** The server answered with an HTTP status and a body. */
    record Answered(int status, byte[] body) implements AppServerOutcome {
        /** Copies the body; null becomes empty. */
        public Answered {
            body = body == null ? new byte[0] : body.clone();
        }

        /** A copy of the body. */
        @Override
        public byte[] body() {
            return body.clone();
        }

        /** Whether the status is 2xx. */
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            return "Answered[" + status + ", " + body.length + " bytes]";
        }
    }

    /** The server could not be reached. */
    record Unreachable(String reason) implements AppServerOutcome {
    }

    /** The server did not answer in time. */
    record TimedOut() implements AppServerOutcome {
    }
}
