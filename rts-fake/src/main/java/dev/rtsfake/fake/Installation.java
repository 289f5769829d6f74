package dev.rtsfake.fake;

import dev.rtsfake.fake.provider.CloudBinding;

/**
 * The scope in which the SDK's own static methods ({@code RTS.createRTS}, {@code RTS.destroyRTS},
 * {@code RTS.setLogConfig}) work against one simulated cloud. It binds the cloud to the current
 * thread (and threads it starts), so test classes running in parallel each see their own cloud.
 * What is bound is a small handle the cloud clears when it is closed: a long-lived thread started
 * inside the scope sees no cloud afterwards and does not keep the closed cloud in memory. Callbacks
 * in real-time mode need no installation: the cloud's own threads are always bound to it.
 *
 * <pre>{@code
 * try (Installation ignored = cloud.install()) {
 *     RTS rts = RTS.createRTS(null, APP_ID, handler, null);   // an engine of this cloud
 * }
 * }</pre>
 */
public final class Installation implements AutoCloseable {
    private final FakeRtsCloud cloud;
    private boolean closed;

    Installation(FakeRtsCloud cloud) {
        this.cloud = cloud;
        CloudBinding.bind(cloud.engineFactory());
    }

    /** The installed cloud. */
    public FakeRtsCloud cloud() {
        return cloud;
    }

    /** Unbinds the cloud from this thread; engines already made keep working. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            CloudBinding.unbind(cloud.engineFactory());
        }
    }
}
