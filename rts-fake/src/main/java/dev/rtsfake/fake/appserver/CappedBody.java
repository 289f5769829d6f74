package dev.rtsfake.fake.appserver;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads an app server's answer body, but never more than {@code limit} + 1 bytes: once it has more
 * than the limit (or at once, for a non-2xx answer, whose body the cloud does not use) it stops
 * reading and cancels the body, which makes the HTTP client close the connection. The body it
 * gives is what it read: the whole body when it fits, else the first {@code limit} + 1 bytes (so the
 * caller sees that it was too long). One instance serves one exchange.
 */
final class CappedBody implements HttpResponse.BodyHandler<byte[]> {
    private final int limit;
    private volatile Reader reader;
    private volatile boolean cancelled;

    CappedBody(int limit) {
        this.limit = limit;
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
        boolean ok = info.statusCode() >= 200 && info.statusCode() < 300;
        Reader r = new Reader(ok ? limit + 1 : 0);
        reader = r;
        if (cancelled) {
            r.stop();
        }
        return r;
    }

    /** Stops reading the body (the exchange was abandoned). */
    void cancel() {
        cancelled = true;
        Reader r = reader;
        if (r != null) {
            r.stop();
        }
    }

    /** Collects up to {@code keep} bytes, then cancels the subscription and completes with them. */
    private static final class Reader implements HttpResponse.BodySubscriber<byte[]> {
        private final int keep;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;
        private boolean stopped;

        Reader(int keep) {
            this.keep = keep;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public synchronized void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (stopped) {
                s.cancel();
            } else if (keep == 0) {
                finish();
            } else {
                s.request(1);
            }
        }

        @Override
        public synchronized void onNext(List<ByteBuffer> items) {
            if (stopped) {
                return;
            }
            for (ByteBuffer item : items) {
                int n = Math.min(item.remaining(), keep - bytes.size());
                byte[] chunk = new byte[n];
                item.get(chunk);
                bytes.write(chunk, 0, n);
                if (bytes.size() >= keep) {
                    finish();
                    return;
                }
            }
            subscription.request(1);
        }

        @Override
        public synchronized void onError(Throwable error) {
            stopped = true;
            result.completeExceptionally(error);
        }

        @Override
        public synchronized void onComplete() {
            stopped = true;
            result.complete(bytes.toByteArray());
        }

        /** Enough read: stop the body here and give what was read. */
        private void finish() {
            stopped = true;
            subscription.cancel();
            result.complete(bytes.toByteArray());
        }

        /** Abandoned: stop reading; the caller no longer waits for the result. */
        synchronized void stop() {
            stopped = true;
            if (subscription != null) {
                subscription.cancel();
            }
            result.cancel(false);
        }
    }
}
