package dev.rtsfake.fake.appserver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Posts P2Server requests to a real HTTP app server with the JDK client, as the vendor's cloud does:
 * the body {@code {"message","binary","signature"}} and no JSON content type. Wall-clock and
 * blocking; the caller must not hold the simulation lock.
 */
final class HttpForwarder {
    private HttpClient client;
    private Duration clientTimeout;

    /** Posts {@code request} to {@code target}; a refused connection or a bad URL is Unreachable. */
    AppServerOutcome post(URI target, AppServerRequest request, Duration timeout) {
        if (target == null || target.getScheme() == null
                || !(target.getScheme().equalsIgnoreCase("http") || target.getScheme().equalsIgnoreCase("https"))
                || target.getHost() == null) {
            return new AppServerOutcome.Unreachable("not an http(s) URL: " + target);
        }
        try {
            HttpRequest post = HttpRequest.newBuilder(target)
                    .timeout(timeout)
                    .POST(HttpRequest.BodyPublishers.ofString(request.body()))
                    .build();
            HttpResponse<byte[]> response = client(timeout).send(post, HttpResponse.BodyHandlers.ofByteArray());
            return new AppServerOutcome.Answered(response.statusCode(), response.body());
        } catch (HttpTimeoutException e) {
            return new AppServerOutcome.TimedOut();
        } catch (IOException | IllegalArgumentException e) {
            return new AppServerOutcome.Unreachable(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new AppServerOutcome.Unreachable("interrupted");
        }
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
