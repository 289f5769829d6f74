package dev.rtsfake.fake.trace;

/** What a {@link TraceEvent} records. */
public enum TraceKind {
    /** An SDK method called by the app: arguments and return value. */
    CALL,
    /** A callback delivered to an app handler. */
    CALLBACK,
    /** A packet arriving over, dropped by, or held on a link. */
    NET,
    /** A decision of the simulated cloud (session opened, message routed, limit hit). */
    CLOUD,
    /** A change of an engine's connection or login state. */
    STATE,
    /** Something the test harness did: a fault applied, a clock drive, a setting changed. */
    HARNESS,
    /** A documented misuse of the SDK, recorded by strict mode. */
    MISUSE,
    /** An exception thrown by an app handler, caught as the real SDK would. */
    HANDLER_ERROR,
    /** The app's own timers and main-thread tasks ({@code cloud.scheduler()}, {@code cloud.mainThread()}). */
    APP_TIMER
}
