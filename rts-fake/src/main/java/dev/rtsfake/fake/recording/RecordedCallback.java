package dev.rtsfake.fake.recording;

import java.time.Duration;

/**
 * A callback as a recording handler received it.
 *
 * @param number the callback's place among all this recorder has received, from 1 (callbacks
 *     dropped past the cap and forgotten with {@code clear()} are counted too)
 * @param at the virtual time it ran at, since the cloud was built
 * @param thread the name of the thread it ran on (the driving thread in virtual-time mode)
 * @param callback which callback, with its arguments
 */
public record RecordedCallback(long number, Duration at, String thread, Callback callback) {

    /** One line for messages: {@code #3 at 0.060s on main: onLoginResult("alice", 0, 60)}. */
    public String describe() {
        return "#" + number + " at " + seconds(at) + " on " + thread + ": " + callback.describe();
    }

    /**
     * A virtual duration as messages show it: {@code 0.060s}, with three decimals, or as many as it
     * takes ({@code 0.0600005s}) when it is not a whole millisecond. The same in every locale.
     */
    public static String seconds(Duration d) {
        long nanos = d.toNanos();
        long abs = Math.abs(nanos);
        StringBuilder digits = new StringBuilder(Long.toString(abs % 1_000_000_000L));
        while (digits.length() < 9) {
            digits.insert(0, '0');
        }
        int keep = 9;
        while (keep > 3 && digits.charAt(keep - 1) == '0') {
            keep--;
        }
        return (nanos < 0 ? "-" : "") + abs / 1_000_000_000L + "." + digits.substring(0, keep) + "s";
    }
}
