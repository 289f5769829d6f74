package dev.rtsfake.scenarios.sweep;

/**
 * One machine's part of a sweep shared by {@code count} machines: shard {@code index} (from 1)
 * takes every {@code count}-th seed, starting with its {@code index}-th. Written {@code K/N}.
 *
 * @param index which part, 1 to {@code count}
 * @param count how many parts
 */
public record Shard(int index, int count) {
    /** The whole sweep. */
    public static final Shard ALL = new Shard(1, 1);

    /** Checks the numbers. */
    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, such as 2/4; not " + index + "/" + count);
        }
    }

    /** Reads {@code K/N}. */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/");
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // the message below says what to write
        }
        throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, such as 2/4; not '" + text + "'");
    }

    /** Whether this shard runs the {@code position}-th seed of the range (from 0). */
    public boolean takes(long position) {
        return position % count == index - 1;
    }

    /** How many of {@code total} seeds this shard runs. */
    public long sizeOf(long total) {
        return total / count + (total % count >= index ? 1 : 0);
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
