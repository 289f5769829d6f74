package dev.rtsfake.fake.diag;

/**
 * The SDK usage rules that strict mode watches. Each rule says what went wrong and what to do
 * instead; the SDK call itself still returns what the real SDK would.
 */
public enum MisuseRule {
    /** destroyRTS from a callback deadlocks the real SDK. */
    DESTROY_IN_CALLBACK("destroyRTS() or an engine's destroy was called from inside an SDK callback; the real SDK"
            + " deadlocks there. Destroy from the thread that owns the engine, after the callback returns."),
    /** setLogConfig must come before createRTS. */
    LOG_CONFIG_AFTER_CREATE("RTS.setLogConfig was called while an engine made by RTS.createRTS exists; it only"
            + " works before createRTS."
            + " Call it first, or destroyRTS() before changing the log configuration."),
    /** setBusinessId must come before joinRoom. */
    BUSINESS_ID_AFTER_JOIN("setBusinessId was called while in a room; it must be called before joinRoom. The call"
            + " returns 0 but the id is not applied: set it before joining, or leave the room first."),
    /** setLocalProxy must come before joinRoom. */
    LOCAL_PROXY_AFTER_JOIN("setLocalProxy was called while in a room; set proxies before joinRoom."),
    /** Engine or room used after destroy. */
    USE_AFTER_DESTROY("a method was called on a destroyed engine or room; it returns a failure code and never"
            + " calls back. Create a new engine (or room) instead."),
    /** P2Server send before onServerParamsSetResult(200). */
    SERVER_MESSAGE_BEFORE_SERVER_PARAMS("sendServerMessage/sendServerBinaryMessage was called before"
            + " setServerParams succeeded; call setServerParams after login and wait for"
            + " onServerParamsSetResult(200)."),
    /** joinRoom needs a login. */
    JOIN_BEFORE_LOGIN("joinRoom was called before login succeeded; call login and wait for onLoginResult(uid, 0, ...)"
            + " first."),
    /** login while logged in (or logging in). */
    LOGIN_WHILE_LOGGED_IN("login was called while already logged in (or logging in); call logout first, or use"
            + " updateLoginToken to change the token."),
    /** A message or query that needs a login, made without one. */
    CALL_BEFORE_LOGIN("a method that needs a login was called while logged out; call login and wait for"
            + " onLoginResult(uid, 0, ...) first.");

    private final String advice;

    MisuseRule(String advice) {
        this.advice = advice;
    }

    /** What went wrong and what to do instead. */
    public String advice() {
        return advice;
    }
}
