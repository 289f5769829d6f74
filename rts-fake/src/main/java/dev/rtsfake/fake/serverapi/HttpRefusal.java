package dev.rtsfake.fake.serverapi;

/**
 * A request the endpoint refuses before it reaches the API (bad framing, too large, too slow), with
 * the error code and message of its answer. The connection closes after the answer.
 */
final class HttpRefusal extends Exception {
    private static final long serialVersionUID = 1L;
    private final String code;

    HttpRefusal(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** One of {@link ServerApiErrors}; its HTTP status is {@link ServerApiErrors#httpStatus}. */
    String code() {
        return code;
    }
}
