package dev.rtsfake.scenarios.sweep;

/**
 * The seeds of a sweep, first to last: {@code 1..5000}, or one seed: {@code 42}.
 *
 * @param first the first seed
 * @param last the last seed (at least the first)
 */
public record SeedRange(long first, long last) {
    /** The most seeds one sweep takes. */
    public static final long MAX_SEEDS = 100_000_000L;

    /** Checks the order and size. */
    public SeedRange {
        if (last < first) {
            throw new IllegalArgumentException("a seed range goes up: " + first + ".." + last + " is empty");
        }
        if (last - first >= MAX_SEEDS) {
            throw new IllegalArgumentException("at most " + MAX_SEEDS + " seeds a sweep; split it with --shard K/N");
        }
    }

    /** Reads {@code 1..5000} or {@code 42}. */
    public static SeedRange parse(String text) {
        String t = text.strip();
        int dots = t.indexOf("..");
        try {
            if (dots < 0) {
                long seed = Long.parseLong(t);
                return new SeedRange(seed, seed);
            }
            return new SeedRange(Long.parseLong(t.substring(0, dots).strip()), Long.parseLong(t.substring(dots + 2).strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seeds are FIRST..LAST, such as 1..5000, or one whole number; not '" + text + "'");
        }
    }

    /** How many seeds. */
    public long size() {
        return last - first + 1;
    }

    @Override
    public String toString() {
        return first == last ? Long.toString(first) : first + ".." + last;
    }
}
