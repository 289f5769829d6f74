package dev.rtsfake.fake.provider;

/**
 * Which simulated cloud the SDK's static methods use on the current thread. Inherited by threads
 * started while a cloud is bound, so an app's own worker threads see the test's cloud. A cloud's own
 * threads (the real-time clock and callback threads) are bound to that cloud explicitly
 * ({@link #bindOwn}), whatever their creator had bound: callbacks of a cloud's engines belong to it.
 *
 * <p>Clouds bind a {@link CloudHandle} that they clear on close, so a thread that inherited the
 * binding and outlives the cloud keeps only the handle reachable.
 */
public final class CloudBinding {
    private static final InheritableThreadLocal<EngineFactory> CURRENT = new InheritableThreadLocal<>();

    private CloudBinding() {
    }

    /** Binds a cloud to this thread; fails if another live cloud is bound. */
    public static void bind(EngineFactory factory) {
        EngineFactory existing = CURRENT.get();
        if (existing != null && existing != factory && !existing.isClosed()) {
            throw new IllegalStateException("another FakeRtsCloud is already installed on this thread;"
                    + " close its Installation first (use try-with-resources), or create engines of the"
                    + " second cloud with cloud.createRTS(...) instead of RTS.createRTS(...)");
        }
        CURRENT.set(factory);
    }

    /**
     * Binds {@code factory} on one of its cloud's own threads (clock, callbacks), replacing whatever
     * the thread inherited from the thread that created it.
     */
    public static void bindOwn(EngineFactory factory) {
        CURRENT.set(factory);
    }

    /** Unbinds a cloud from this thread if it is the bound one. */
    public static void unbind(EngineFactory factory) {
        if (CURRENT.get() == factory) {
            CURRENT.remove();
        }
    }

    /** The cloud bound to this thread, or null (also when the bound cloud was closed). */
    public static EngineFactory current() {
        EngineFactory f = CURRENT.get();
        return f == null || f.isClosed() ? null : f;
    }
}
