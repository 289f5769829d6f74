package com.example.chat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.json.JSONObject;

/**
 * Requests to the app's own server. A request goes up with {@code sendServerMessage}; the server
 * acknowledges it (the send result) and answers later with a server push carrying the same
 * {@code request_id}. Each request has a deadline on the app's timers. Not thread-safe: the
 * {@link ChatClient} guards it.
 */
final class ServerRequests {
    static final int MAX_PENDING = 100;

    /** The app server refused or never received a request: {@code code} is the SDK's send result. */
    static final class RequestFailedException extends Exception {
        private static final long serialVersionUID = 1L;
        final int code;

        RequestFailedException(String requestId, int code) {
            super("request " + requestId + " failed with send result " + code);
            this.code = code;
        }
    }

    private record Pending(CompletableFuture<JSONObject> answer, ScheduledFuture<?> deadline) {
    }

    private final ScheduledExecutorService timers;
    private final Duration timeout;
    private final Object lock;
    private final Map<String, Pending> pending = new HashMap<>();
    private final Map<Long, String> bySdkId = new HashMap<>();

    ServerRequests(ScheduledExecutorService timers, Duration timeout, Object lock) {
        this.timers = timers;
        this.timeout = timeout;
        this.lock = lock;
    }

    /** Starts waiting for the answer to {@code requestId}, up to the timeout. */
    CompletableFuture<JSONObject> expect(String requestId) {
        CompletableFuture<JSONObject> answer = new CompletableFuture<>();
        if (pending.size() >= MAX_PENDING) {
            answer.completeExceptionally(new IllegalStateException("too many requests waiting: " + MAX_PENDING));
            return answer;
        }
        ScheduledFuture<?> deadline = timers.schedule(() -> {
            synchronized (lock) {
                fail(requestId, new TimeoutException("no answer to " + requestId + " within " + timeout));
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        pending.put(requestId, new Pending(answer, deadline));
        return answer;
    }

    void sent(long sdkId, String requestId) {
        bySdkId.put(sdkId, requestId);
    }

    /** The SDK's send result: 0 means the server took it (the answer follows as a push). */
    void sendResult(long sdkId, int error) {
        String requestId = bySdkId.remove(sdkId);
        if (requestId != null && error != 0) {
            fail(requestId, new RequestFailedException(requestId, error));
        }
    }

    /** A server push; true when it answered one of our requests. */
    boolean answered(JSONObject push) {
        Pending waiting = pending.remove(push.optString("request_id"));
        if (waiting == null) {
            return false;
        }
        waiting.deadline().cancel(false);
        waiting.answer().complete(push);
        return true;
    }

    void fail(String requestId, Exception why) {
        Pending waiting = pending.remove(requestId);
        if (waiting != null) {
            waiting.deadline().cancel(false);
            waiting.answer().completeExceptionally(why);
        }
    }

    void failAll(Exception why) {
        for (String requestId : Map.copyOf(pending).keySet()) {
            fail(requestId, why);
        }
        bySdkId.clear();
    }
}
