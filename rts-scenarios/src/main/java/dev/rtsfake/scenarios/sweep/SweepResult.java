package dev.rtsfake.scenarios.sweep;

import java.util.List;

/**
 * What a sweep found.
 *
 * @param seeds the seeds it was asked for
 * @param shard its part of them
 * @param runs how many runs it made
 * @param failing the failing seeds, in order, each with its first failure (at most {@value SeedSweep#LISTED})
 * @param failed how many seeds failed (more than listed when past the cap)
 */
public record SweepResult(SeedRange seeds, Shard shard, long runs, List<Failure> failing, long failed) {
    /** Copies the list. */
    public SweepResult {
        failing = List.copyOf(failing);
    }

    /** Whether every run passed. */
    public boolean passed() {
        return failed == 0;
    }

    /**
     * One failing seed.
     *
     * @param seed the seed
     * @param reason its first failed verdict, as a line
     */
    public record Failure(long seed, String reason) {
    }
}
