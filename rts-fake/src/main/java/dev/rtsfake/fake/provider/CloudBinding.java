package dev.rtsfake.fake.provider;

/**
 * Which simulated cloud the SDK's static methods use on the current thread. Inherited by threads
 * started while a cloud is bound, so an app's own worker threads see the test's cloud.
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
