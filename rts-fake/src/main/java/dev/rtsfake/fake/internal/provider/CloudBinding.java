package dev.rtsfake.fake.internal.provider;



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
    /**
     * What one thread has bound: a cloud and how many installations of it are open on the thread
     * (nested {@code install()} of the same cloud count up, each close counts down). Immutable, so a
     * thread that inherits it shares nothing it could change.
     */
    private record Binding(EngineFactory factory, int depth) {
    }

    private static final InheritableThreadLocal<Binding> CURRENT = new InheritableThreadLocal<>();

    private CloudBinding() {
    }

    /**
     * Binds a cloud to this thread, or counts one more installation of the cloud already bound;
     * fails if another live cloud is bound.
     */
    public static void bind(EngineFactory factory) {
        Binding existing = CURRENT.get();
        if (existing != null && existing.factory() == factory) {
            CURRENT.set(new Binding(factory, existing.depth() + 1));
            return;
        }
        if (existing != null && !existing.factory().isClosed()) {
            throw new IllegalStateException("another FakeRtsCloud is already installed on this thread;"
                    + " close its Installation first (use try-with-resources), or create engines of the"
                    + " second cloud with cloud.createRTS(...) instead of RTS.createRTS(...)");
        }
        CURRENT.set(new Binding(factory, 1));
    }

    /**
     * Binds {@code factory} on one of its cloud's own threads (clock, callbacks), replacing whatever
     * the thread inherited from the thread that created it.
     */
    public static void bindOwn(EngineFactory factory) {
        CURRENT.set(new Binding(factory, 1));
    }

    /**
     * Ends one installation of {@code factory} on this thread: the cloud stays bound while another
     * installation of it is still open here (or the binding was inherited), and is unbound with the last.
     */
    public static void unbind(EngineFactory factory) {
        Binding b = CURRENT.get();
        if (b == null || b.factory() != factory) {
            return;
        }
        if (b.depth() > 1) {
            CURRENT.set(new Binding(factory, b.depth() - 1));
        } else {
            CURRENT.remove();
        }
    }

    /**
     * Unbinds whatever this thread has bound, however many installations are open (the JUnit extension
     * clears what a test leaked, so the next test on the thread starts clean).
     */
    public static void release() {
        CURRENT.remove();
    }

    /** The cloud bound to this thread, or null (also when the bound cloud was closed). */
    public static EngineFactory current() {
        Binding b = CURRENT.get();
        return b == null || b.factory().isClosed() ? null : b.factory();
    }
}
