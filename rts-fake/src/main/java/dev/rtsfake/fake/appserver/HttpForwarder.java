package dev.rtsfake.fake.appserver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts P2Server requests to a real HTTP app server with the JDK client, as the vendor's cloud does:
 * the body {@code {"message","binary","signature"}} and no JSON content type. Wall-clock and
 * blocking; the caller must not hold the simulation lock.
 *
 * <p>One deadline covers the whole exchange, connect, headers and body: a server that sends its
 * headers and then stalls or trickles the body times out like one that never answers. The answer
 * body is read only up to {@link AppServer#MAX_ANSWER_BYTES} + 1 bytes ({@link CappedBody}); a
 * longer one is cut off there and the connection closed, so its size never costs memory.
 */
final class HttpForwarder {
    private HttpClient client;
    private Duration clientTimeout;

    /**
     * Posts {@code request} to {@code target} and waits at most {@code timeout} for the whole answer.
     * A refused connection or a bad URL is Unreachable; the deadline passing is TimedOut; an answer
     * is Answered with its status and its body (at most the limit + 1 bytes; empty for a non-2xx).
     */
    AppServerOutcome post(URI target, AppServerRequest request, Duration timeout) {
        if (target == null || target.getScheme() == null
                || !(target.getScheme().equalsIgnoreCase("http") || target.getScheme().equalsIgnoreCase("https"))
                || target.getHost() == null) {
            return new AppServerOutcome.Unreachable("not an http(s) URL: " + target);
        }
        CappedBody body = new CappedBody(AppServer.MAX_ANSWER_BYTES);
        CompletableFuture<HttpResponse<byte[]>> exchange;
        try {
            HttpRequest post = HttpRequest.newBuilder(target)
                    .timeout(timeout)
                    .POST(HttpRequest.BodyPublishers.ofString(request.body()))
                    .build();
            exchange = client(timeout).sendAsync(post, body);
        } catch (IllegalArgumentException e) {
            return new AppServerOutcome.Unreachable(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
            HttpResponse<byte[]> response = exchange.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return new AppServerOutcome.Answered(response.statusCode(), response.body());
        } catch (TimeoutException e) {
            abandon(exchange, body);
            return new AppServerOutcome.TimedOut();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                return new AppServerOutcome.TimedOut();
            }
            return new AppServerOutcome.Unreachable(cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (InterruptedException e) {
            abandon(exchange, body);
            Thread.currentThread().interrupt();
            return new AppServerOutcome.Unreachable("interrupted");
        }
    }

    /** Gives up an exchange: cancels it and stops reading its body, which closes the connection. */
    private static void abandon(CompletableFuture<?> exchange, CappedBody body) {
        exchange.cancel(true);
        body.cancel();
    }

    private synchronized HttpClient client(Duration timeout) {
        if (client == null || !timeout.equals(clientTimeout)) {
            client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(timeout)
                    .build();
            clientTimeout = timeout;
        }
        return client;
    }

}
