package dev.rtsfake.fake;

/**
 * An open auto-advance block of a virtual-time cloud, from {@link FakeRtsCloud#autoAdvance()}: while
 * it is open, a wait on the app's scheduler ({@code future.get()}, {@code get(timeout, unit)},
 * {@code invokeAll}, {@code invokeAny}, {@code awaitTermination}) moves the clock from event to event,
 * running them in order, until the wait is over or its timeout (of virtual time) has passed. Outside
 * such a block the same wait fails at once, because the clock would never move.
 *
 * <pre>{@code
 * ScheduledFuture<String> reply = cloud.scheduler().schedule(() -> "pong", 2, TimeUnit.SECONDS);
 * try (AutoAdvance auto = cloud.autoAdvance()) {
 *     assertThat(reply.get()).isEqualTo("pong");         // the clock jumped to 2 s
 * }
 * }</pre>
 *
 * <p>Blocks nest; closing one more than once does nothing. {@link FakeRtsCloud#await()} drives the
 * clock with or without a block.
 */
public final class AutoAdvance implements AutoCloseable {
    private final Runnable closer;

    AutoAdvance(Runnable closer) {
        this.closer = closer;
    }

    /** Ends the block: waits fail again when they would need the clock to move. */
    @Override
    public void close() {
        closer.run();
    }
}
