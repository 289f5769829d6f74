package dev.rtsfake.fake.trace;

/**
 * How long a packet was on its link before it was delivered: the last argument of a NET
 * {@code deliver} step, from the attempt that got through (a reliable packet that was lost and sent
 * again counts from its last sending, not its first) to its delivery, so it is the link's latency
 * plus the jitter drawn, plus any time the packet was held or waited behind an earlier one. A
 * trace line shows it in milliseconds: {@code deliver(P2P alice->bob #1, 30ms)}; the trace page
 * draws the message's arrow from its sending to its delivery with it.
 *
 * @param nanos the time on the link, in nanoseconds (zero or more)
 */
public record Latency(long nanos) {

    /** Checks that the time is not negative. */
    public Latency {
        if (nanos < 0) {
            throw new IllegalArgumentException("a packet cannot arrive before it is sent: " + nanos + " ns");
        }
    }

    /** Milliseconds, exact and without trailing zeros, whatever the locale: {@code 30ms}, {@code 30.5ms}. */
    @Override
    public String toString() {
        long whole = nanos / 1_000_000;
        long frac = nanos % 1_000_000;
        StringBuilder sb = new StringBuilder(16).append(whole);
        if (frac != 0) {
            String digits = Long.toString(frac + 1_000_000).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            sb.append('.').append(digits, 0, end);
        }
        return sb.append("ms").toString();
    }
}
