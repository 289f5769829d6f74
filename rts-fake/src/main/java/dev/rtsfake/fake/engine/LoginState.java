package dev.rtsfake.fake.engine;

/** Where an engine is in logging in, as the fake tracks it. */
public enum LoginState {
    /** Not logged in (never, after logout, after a failed login, or kicked). */
    LOGGED_OUT,
    /** login was called and its result has not arrived. */
    LOGGING_IN,
    /** Logged in; sends go out (and wait on the link while it is down). */
    LOGGED_IN
}
