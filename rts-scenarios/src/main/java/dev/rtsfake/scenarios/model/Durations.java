package dev.rtsfake.scenarios.model;

import java.time.Duration;
import java.util.Locale;

/**
 * Durations as scenario files write them: a whole number and a unit, {@code 5s}, {@code 200ms},
 * {@code 2m}, {@code 1h}, {@code 250us}, {@code 10ns}; a decimal is read too ({@code 1.5s}) and
 * written back in the largest unit that keeps it whole ({@code 1500ms}).
 */
public final class Durations {
    private static final String[] UNITS = {"h", "m", "s", "ms", "us", "ns"};
    private static final long[] NANOS = {3_600_000_000_000L, 60_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L, 1L};

    private Durations() {
    }

    /** Reads {@code 5s}, {@code 200ms}, {@code 1.5s}; null when {@code text} is not a duration. */
    public static Duration parseOrNull(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        int unitStart = 0;
        while (unitStart < t.length() && (Character.isDigit(t.charAt(unitStart)) || t.charAt(unitStart) == '.')) {
            unitStart++;
        }
        if (unitStart == 0 || unitStart == t.length()) {
            return null;
        }
        String number = t.substring(0, unitStart);
        String unit = t.substring(unitStart).strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < UNITS.length; i++) {
            if (UNITS[i].equals(unit)) {
                try {
                    java.math.BigDecimal nanos = new java.math.BigDecimal(number).multiply(java.math.BigDecimal.valueOf(NANOS[i]));
                    return Duration.ofNanos(nanos.longValueExact());
                } catch (ArithmeticException | NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Writes a duration the way files do: {@code 5s}, {@code 1500ms}, {@code 0s}. */
    public static String format(Duration d) {
        long nanos = d.toNanos();
        if (nanos == 0) {
            return "0s";
        }
        for (int i = 0; i < UNITS.length; i++) {
            if (nanos % NANOS[i] == 0) {
                return (nanos / NANOS[i]) + UNITS[i];
            }
        }
        return nanos + "ns";
    }

    /** Virtual time as the timeline prints it: {@code 12.300s}. */
    public static String clock(long nanos) {
        long millis = nanos / 1_000_000;
        StringBuilder sb = new StringBuilder();
        sb.append(millis / 1000).append('.');
        String frac = Long.toString(millis % 1000);
        sb.append("000", 0, 3 - frac.length()).append(frac).append('s');
        return sb.toString();
    }

    static Duration requireNonNegative(String what, Duration d) {
        if (d == null || d.isNegative()) {
            throw new IllegalArgumentException(what + " must be a duration of zero or more, was " + d);
        }
        return d;
    }

    static Duration requirePositive(String what, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be a positive duration, was " + d);
        }
        return d;
    }
}
