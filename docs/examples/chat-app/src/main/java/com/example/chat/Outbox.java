package com.example.chat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The direct messages the user wrote that have not been confirmed yet: queued while offline, in
 * flight under the SDK's message id, and queued again when a send fails. Keeps the user's order.
 * Not thread-safe: the {@link ChatClient} guards it.
 */
final class Outbox {
    /** One message the user wrote. */
    record Outgoing(long localId, String to, String text, int attempts) {
        Outgoing retried() {
            return new Outgoing(localId, to, text, attempts + 1);
        }
    }

    static final int MAX_QUEUED = 1_000;

    private final Deque<Outgoing> queued = new ArrayDeque<>();
    private final Map<Long, Outgoing> inFlight = new HashMap<>();

    boolean add(Outgoing message) {
        if (queued.size() + inFlight.size() >= MAX_QUEUED) {
            return false;
        }
        queued.addLast(message);
        return true;
    }

    /** Takes every queued message, oldest first, to be sent. */
    List<Outgoing> drain() {
        List<Outgoing> all = new ArrayList<>(queued);
        queued.clear();
        return all;
    }

    void sent(long sdkId, Outgoing message) {
        inFlight.put(sdkId, message);
    }

    /** The message the SDK sent as {@code sdkId}, now answered; null for an id that is not ours. */
    Outgoing answered(long sdkId) {
        return inFlight.remove(sdkId);
    }

    /** Puts a failed message back in the queue, ahead of newer ones written after it. */
    void requeue(Outgoing message) {
        List<Outgoing> later = new ArrayList<>();
        while (!queued.isEmpty() && queued.peekLast().localId() > message.localId()) {
            later.add(0, queued.pollLast());
        }
        queued.addLast(message);
        queued.addAll(later);
    }

    int queuedCount() {
        return queued.size();
    }

    int inFlightCount() {
        return inFlight.size();
    }
}
