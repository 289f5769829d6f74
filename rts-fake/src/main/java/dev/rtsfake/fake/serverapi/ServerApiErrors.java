package dev.rtsfake.fake.serverapi;

/**
 * The error codes the fake server push API returns, in the style of the Volcengine OpenAPI
 * ({@code ResponseMetadata.Error.Code}), with the HTTP status each gets from
 * {@link ServerApi#listen()}. The vendor's exact list was not available; these names are the
 * fake's choice.
 *
 * <pre>{@code
 * assertThat(cloud.serverApi(APP).sendUnicast("server", "nobody", "hi").code())
 *         .isEqualTo(ServerApiErrors.USER_NOT_FOUND);
 * }</pre>
 */
public final class ServerApiErrors {
    /** A required field (or the Action / Version query parameter) is absent or null. HTTP 400. */
    public static final String MISSING_PARAMETER = "MissingParameter";
    /** A field has the wrong type or an invalid value (From charset, empty To, bad Base64...). HTTP 400. */
    public static final String INVALID_PARAMETER = "InvalidParameter";
    /** The body's AppId is not the app this endpoint serves. HTTP 400. */
    public static final String INVALID_APP_ID = "InvalidAppId";
    /** The message is over 64 KiB (BatchSendRoomUnicast: 20 KiB). HTTP 400. */
    public static final String MESSAGE_TOO_LARGE = "MessageTooLarge";
    /** The body is not a JSON object. HTTP 400. */
    public static final String MALFORMED_REQUEST = "MalformedRequest";
    /** The Action or Version is not one this API offers. HTTP 400. */
    public static final String INVALID_ACTION_OR_VERSION = "InvalidActionOrVersion";
    /** SendUnicast: the To user is not logged in. HTTP 404. */
    public static final String USER_NOT_FOUND = "UserNotFound";
    /** SendRoomUnicast / BatchSendRoomUnicast: the To user(s) are not in the room. HTTP 404. */
    public static final String USER_NOT_IN_ROOM = "UserNotInRoom";
    /** SendBroadcast: the room has no members. HTTP 404. */
    public static final String ROOM_NOT_FOUND = "RoomNotFound";
    /** Over 500 messages per second for the app, or 100 per second for the room. HTTP 429. */
    public static final String FLOW_LIMIT_EXCEEDED = "FlowLimitExceeded";
    /** HTTP only: the path is not {@code /}. HTTP 404. */
    public static final String NOT_FOUND = "NotFound";
    /** HTTP only: the method is not POST. HTTP 405. */
    public static final String METHOD_NOT_ALLOWED = "MethodNotAllowed";
    /** HTTP only: the body is larger than the endpoint accepts (256 KiB). HTTP 413. */
    public static final String REQUEST_TOO_LARGE = "RequestEntityTooLarge";
    /** HTTP only: the request did not arrive within the endpoint's deadline (5 s). HTTP 408. */
    public static final String REQUEST_TIMEOUT = "RequestTimeout";
    /** HTTP only: the request line and headers are larger than the endpoint accepts (16 KiB). HTTP 431. */
    public static final String HEADERS_TOO_LARGE = "RequestHeaderFieldsTooLarge";
    /** HTTP only: a transfer coding other than chunked. HTTP 501. */
    public static final String NOT_IMPLEMENTED = "NotImplemented";
    /** HTTP only: an HTTP version other than 1.0 and 1.1. HTTP 505. */
    public static final String HTTP_VERSION_NOT_SUPPORTED = "HttpVersionNotSupported";
    /** HTTP only: the simulation stayed busy (locked) too long, or too many connections are open. HTTP 503. */
    public static final String SERVICE_BUSY = "ServiceBusy";
    /** HTTP only: a bug in the fake. HTTP 500. */
    public static final String INTERNAL_ERROR = "InternalError";

    private ServerApiErrors() {
    }

    /** The HTTP status {@link ServerApi#listen()} answers an error code with. */
    public static int httpStatus(String code) {
        return switch (code) {
            case USER_NOT_FOUND, USER_NOT_IN_ROOM, ROOM_NOT_FOUND, NOT_FOUND -> 404;
            case FLOW_LIMIT_EXCEEDED -> 429;
            case METHOD_NOT_ALLOWED -> 405;
            case REQUEST_TIMEOUT -> 408;
            case REQUEST_TOO_LARGE -> 413;
            case HEADERS_TOO_LARGE -> 431;
            case NOT_IMPLEMENTED -> 501;
            case HTTP_VERSION_NOT_SUPPORTED -> 505;
            case SERVICE_BUSY -> 503;
            case INTERNAL_ERROR -> 500;
            default -> 400;
        };
    }
}
