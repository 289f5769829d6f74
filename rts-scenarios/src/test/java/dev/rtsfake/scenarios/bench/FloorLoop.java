package dev.rtsfake.scenarios.bench;

import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * The floor of any discrete-event simulator: a bare priority-queue event loop whose events have
 * empty bodies. A "message" is a chain of {@code hops} events, each scheduled by the one before it
 * after the latency plus a random share of the jitter, as a simulator's network hops are; the
 * benchmarks give it the same number of events a message costs the fake, so the fake's score over
 * the floor's is the share of a simulator's least possible cost that the fake reaches.
 *
 * <p>Events are ordered by (due time, sequence number) in a {@link PriorityQueue}, as a textbook
 * simulator does: nothing here is tuned, on purpose.
 */
final class FloorLoop {
    private static final class Event implements Comparable<Event> {
        final long due;
        final long seq;
        final int hop;

        Event(long due, long seq, int hop) {
            this.due = due;
            this.seq = seq;
            this.hop = hop;
        }

        @Override
        public int compareTo(Event o) {
            int byDue = Long.compare(due, o.due);
            return byDue != 0 ? byDue : Long.compare(seq, o.seq);
        }
    }

    private final PriorityQueue<Event> queue = new PriorityQueue<>();
    private final SplittableRandom random;
    private final int hops;
    private final long latencyNanos;
    private final long jitterNanos;
    private long now;
    private long nextSeq;
    private long delivered;

    /** A loop whose messages are {@code hops} events apart by latency plus up to jitter each. */
    FloorLoop(int hops, long latencyNanos, long jitterNanos, long seed) {
        if (hops < 1) {
            throw new IllegalArgumentException("a message is at least one event, was " + hops);
        }
        this.hops = hops;
        this.latencyNanos = latencyNanos;
        this.jitterNanos = jitterNanos;
        this.random = new SplittableRandom(seed);
    }

    /** Starts a message: its first event is due one hop from now. */
    void send() {
        schedule(0);
    }

    /** Starts {@code count} events due now, each a message of its own that ends when it runs (a fan-out). */
    void sendNow(int count) {
        for (int i = 0; i < count; i++) {
            queue.add(new Event(now, nextSeq++, hops - 1));
        }
    }

    private void schedule(int hop) {
        long delay = latencyNanos + (jitterNanos > 0 ? random.nextLong(jitterNanos + 1) : 0);
        queue.add(new Event(now + delay, nextSeq++, hop));
    }

    /** Runs every event due within {@code nanos} from now and moves the clock there; returns the events run. */
    long advance(long nanos) {
        return runTo(now + nanos, true);
    }

    /** Runs events until none is left; returns the events run. */
    long runUntilIdle() {
        return runTo(Long.MAX_VALUE, false);
    }

    private long runTo(long target, boolean moveClock) {
        long ran = 0;
        Event e;
        while ((e = queue.peek()) != null && e.due <= target) {
            queue.poll();
            now = e.due;
            ran++;
            // The body: empty, but for scheduling the message's next hop (or counting it delivered).
            if (e.hop + 1 < hops) {
                schedule(e.hop + 1);
            } else {
                delivered++;
            }
        }
        if (moveClock && now < target) {
            now = target;
        }
        return ran;
    }

    /** Messages whose last event has run. */
    long delivered() {
        return delivered;
    }
}
