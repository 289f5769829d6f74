package dev.rtsfake.fake.recording;

/**
 * One SDK callback as a value: which callback it was and the arguments it carried. An engine's
 * callbacks are {@link EngineCallback}s, a room's are {@link RoomCallback}s; each is a small record
 * named for its callback ({@code onMessageReceived} is {@link EngineCallback.MessageReceived}).
 *
 * <p>Values are immutable: payload buffers and statistics objects are copied when the callback
 * arrives, so what the app does with its own arguments later cannot change what was recorded.
 */
public sealed interface Callback permits EngineCallback, RoomCallback {

    /** The SDK method this callback came through, for example {@code "onMessageReceived"}. */
    default String callbackName() {
        return "on" + getClass().getSimpleName();
    }

    /**
     * The callback as it would be written in code: {@code onMessageReceived("alice", "hi")}, with
     * strings quoted and escaped and payloads as {@code bytes[2]:6869}.
     */
    default String describe() {
        return CallbackText.describe(this);
    }
}
