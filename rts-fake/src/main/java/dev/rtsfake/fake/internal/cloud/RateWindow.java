package dev.rtsfake.fake.internal.cloud;



/** A sliding one-second window that admits at most {@code limit} events. */
final class RateWindow {
    private static final long SECOND = 1_000_000_000L;
    private final long[] times;
    private int head;
    private int count;

    RateWindow(int limit) {
        this.times = new long[Math.max(1, limit)];
    }

    /** Whether one more event at {@code now} fits; if so it is counted. */
    boolean admit(long now) {
        if (count == times.length) {
            if (now - times[head] < SECOND) {
                return false;
            }
            times[head] = now;
            head = (head + 1) % times.length;
            return true;
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
        if (times.length - count + free < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            admit(now);
        }
        return true;
    }
}
