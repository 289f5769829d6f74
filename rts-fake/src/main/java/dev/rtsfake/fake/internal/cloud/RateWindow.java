package dev.rtsfake.fake.internal.cloud;



import java.util.Arrays;

/**
 * A sliding one-second window that admits at most {@code limit} events. The times it remembers
 * are held in a ring that grows (up to {@code limit}) as events come, so a session that sends
 * little holds little: a cloud of a million logged-in engines does not hold a million rings of a
 * hundred slots each.
 */
final class RateWindow {
    private static final long SECOND = 1_000_000_000L;
    private static final int FIRST_CAPACITY = 4;
    private final int limit;
    private long[] times;
    private int head;
    private int count;

    RateWindow(int limit) {
        this.limit = Math.max(1, limit);
        this.times = new long[Math.min(this.limit, FIRST_CAPACITY)];
    }

    /** Whether one more event at {@code now} fits; if so it is counted. */
    boolean admit(long now) {
        if (count == limit) {
            if (now - times[head] < SECOND) {
                return false;
            }
            times[head] = now;
            head = (head + 1) % times.length;
            return true;
        }
        if (count == times.length) {
            grow();
        }
        times[(head + count) % times.length] = now;
        count++;
        return true;
    }

    /** Whether {@code n} more events at {@code now} fit; if so all are counted. */
    boolean admit(long now, int n) {
        int free = 0;
        for (int i = 0; i < count; i++) {
            if (now - times[(head + i) % times.length] >= SECOND) {
                free++;
            }
        }
        if (limit - count + free < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            admit(now);
        }
        return true;
    }

    /** Doubles the ring (at most to {@code limit}), oldest time first. */
    private void grow() {
        long[] bigger = new long[(int) Math.min(limit, 2L * times.length)];
        for (int i = 0; i < count; i++) {
            bigger[i] = times[(head + i) % times.length];
        }
        times = bigger;
        head = 0;
        Arrays.fill(times, count, times.length, 0L);
    }
}
