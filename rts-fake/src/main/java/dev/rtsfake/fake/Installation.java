package dev.rtsfake.fake;

import dev.rtsfake.fake.internal.provider.CloudBinding;

/**
 * The scope in which the SDK's own static methods ({@code RTS.createRTS}, {@code RTS.destroyRTS},
 * {@code RTS.setLogConfig}) work against one simulated cloud. It binds the cloud to the current
 * thread (and threads it starts), so test classes running in parallel each see their own cloud.
 * What is bound is a small handle the cloud clears when it is closed: a long-lived thread started
 * inside the scope sees no cloud afterwards and does not keep the closed cloud in memory. Callbacks
 * in real-time mode need no installation: the cloud's own threads are always bound to it.
 *
 * <p>Installations of the same cloud may nest on one thread: the cloud stays installed until the
 * last of them is closed. An installation is closed on the thread that made it (try-with-resources
 * does that); closing it on another thread is refused, since it would leave the installing thread
 * bound. Closing the cloud ends all of its installations.
 *
 * <pre>{@code
 * try (Installation ignored = cloud.install()) {
 *     RTS rts = RTS.createRTS(null, APP_ID, handler, null);   // an engine of this cloud
 * }
 * }</pre>
 */
public final class Installation implements AutoCloseable {
    private final FakeRtsCloud cloud;
    private final Thread owner;
    private volatile boolean closed;

    Installation(FakeRtsCloud cloud) {
        this.cloud = cloud;
        this.owner = Thread.currentThread();
        CloudBinding.bind(cloud.engineFactory());
    }

    /** The installed cloud. */
    public FakeRtsCloud cloud() {
        return cloud;
    }

    /**
     * Ends this installation; with the last open installation of the cloud on its thread, the cloud
     * is unbound from that thread. Engines already made keep working. A second close does nothing.
     *
     * @throws IllegalStateException if called on another thread than the one that installed
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        Thread me = Thread.currentThread();
        if (me != owner) {
            throw new IllegalStateException("this Installation binds the cloud to thread '" + owner.getName()
                    + "', which made it, and thread '" + me.getName() + "' cannot unbind another thread:"
                    + " close it on '" + owner.getName() + "' (try-with-resources does), or close the cloud,"
                    + " which ends every installation of it");
        }
        closed = true;
        CloudBinding.unbind(cloud.engineFactory());
    }
}
