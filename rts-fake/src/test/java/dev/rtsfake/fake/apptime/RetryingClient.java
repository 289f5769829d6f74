package dev.rtsfake.fake.apptime;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * App code as an app team writes it: a request to the app's server with a timeout per attempt and a
 * retry with doubling back-off. It knows nothing of rts-fake: its timers, its main thread and its
 * clock are injected (in production an executor, {@code Handler}-backed executor and
 * {@code Clock.systemUTC()}; in tests the cloud's).
 *
 * <p>SDK callbacks hop to the main thread, as an Android app's would; all its state is touched there
 * or on the timers, which in production share the main looper.
 */
final class RetryingClient extends IRTSEventHandler {
    private final ScheduledExecutorService timers;
    private final Executor main;
    private final Clock clock;
    private final Duration timeout;
    private final Duration firstBackoff;
    private final int maxAttempts;
    private final List<String> log = new ArrayList<>();
    private RTS rts;
    private String body;
    private int attempt;
    private long currentId;
    private ScheduledFuture<?> pendingTimeout;
    private ScheduledFuture<?> pendingRetry;
    private String outcome;

    RetryingClient(ScheduledExecutorService timers, Executor main, Clock clock, Duration timeout,
                   Duration firstBackoff, int maxAttempts) {
        this.timers = timers;
        this.main = main;
        this.clock = clock;
        this.timeout = timeout;
        this.firstBackoff = firstBackoff;
        this.maxAttempts = maxAttempts;
    }

    void attach(RTS engine) {
        this.rts = engine;
    }

    /** Sends {@code message} to the app server, retrying until it succeeds or attempts run out. */
    void request(String message) {
        body = message;
        attempt = 1;
        outcome = null;
        send();
    }

    private void send() {
        currentId = rts.sendServerMessage(body);
        note("attempt " + attempt + " sent as #" + currentId);
        long myId = currentId;
        pendingTimeout = timers.schedule(() -> timedOut(myId), timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void timedOut(long id) {
        if (id != currentId || outcome != null) {
            return;
        }
        note("attempt " + attempt + " timed out");
        if (attempt == maxAttempts) {
            outcome = "gave up";
            note(outcome);
            return;
        }
        Duration backoff = firstBackoff.multipliedBy(1L << (attempt - 1));
        note("retry in " + backoff.toMillis() + " ms");
        pendingRetry = timers.schedule(() -> {
            attempt++;
            send();
        }, backoff.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void onServerMessageSendResult(long msgid, int error, ByteBuffer message) {
        main.execute(() -> result(msgid, error));
    }

    @Override
    public void onConnectionStateChanged(int state, int reason) {
        main.execute(() -> note("connection state " + state));
    }

    private void result(long msgid, int error) {
        if (msgid != currentId || outcome != null) {
            note("late result of #" + msgid + ": " + error + " (ignored)");
            return;
        }
        if (error == 0) {
            pendingTimeout.cancel(false);
            if (pendingRetry != null) {
                pendingRetry.cancel(false);                    // a result after its timeout still counts
            }
            outcome = "ok after " + attempt + " attempt(s)";
            note(outcome);
        } else {
            note("attempt " + attempt + " failed with " + error);
        }
    }

    private void note(String what) {
        Duration at = Duration.between(java.time.Instant.parse("2025-01-01T00:00:00Z"), clock.instant());
        log.add(String.format(java.util.Locale.ROOT, "%6d ms %s", at.toMillis(), what));
    }

    /** What the client saw, each line stamped with its clock. */
    List<String> log() {
        return List.copyOf(log);
    }

    /** The request's end, or null while it goes on. */
    String outcome() {
        return outcome;
    }
}
