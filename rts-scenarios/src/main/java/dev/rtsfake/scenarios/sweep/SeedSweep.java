package dev.rtsfake.scenarios.sweep;

import dev.rtsfake.scenarios.model.Scenario;
import dev.rtsfake.scenarios.run.RunResult;
import dev.rtsfake.scenarios.run.ScenarioRunner;
import dev.rtsfake.scenarios.run.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Runs one scenario with every seed of a range, on {@code jobs} threads, keeping no trace, and
 * lists the seeds that failed. Memory stays bounded whatever the range: each run's result is
 * dropped once judged, and at most {@value #LISTED} failing seeds are listed (the rest counted).
 * The list is in seed order whatever the threads did.
 */
public final class SeedSweep {
    /** The most failing seeds a sweep lists. */
    public static final int LISTED = 1_000;
    private static final int BATCH = 64;

    private final ScenarioRunner runner;
    private final int jobs;

    /** A sweep with {@code runner} (its trace setting is overridden: sweeps keep none) on {@code jobs} threads. */
    public SeedSweep(ScenarioRunner runner, int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be 1 or more, was " + jobs);
        }
        this.runner = runner.keepTrace(false);
        this.jobs = jobs;
    }

    /**
     * Runs {@code scenario} for each seed of {@code seeds} that {@code shard} takes.
     *
     * @param progress told how many runs are done, from the sweep's threads, after each batch (may be null)
     */
    public SweepResult run(Scenario scenario, SeedRange seeds, Shard shard, LongConsumer progress) {
        long total = seeds.size();
        long count = shard.sizeOf(total);
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "rts-sim-sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            // At most a few batches a thread are in flight, taken back in order: memory stays flat.
            java.util.ArrayDeque<Future<List<SweepResult.Failure>>> inFlight = new java.util.ArrayDeque<>();
            List<SweepResult.Failure> failing = new ArrayList<>();
            long[] failed = new long[1];
            long position = shard.index() - 1;
            while (position < total) {
                long[] batch = new long[BATCH];
                int n = 0;
                while (n < BATCH && position < total) {
                    batch[n++] = seeds.first() + position;
                    position += shard.count();
                }
                long[] these = java.util.Arrays.copyOf(batch, n);
                inFlight.add(pool.submit(() -> runBatch(scenario, these, done, progress)));
                if (inFlight.size() >= jobs * 3) {
                    collect(inFlight.poll(), failing, failed);
                }
            }
            while (!inFlight.isEmpty()) {
                collect(inFlight.poll(), failing, failed);
            }
            return new SweepResult(seeds, shard, count, failing, failed[0]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the sweep was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("a run of the sweep failed: " + cause, cause);
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void collect(Future<List<SweepResult.Failure>> batch, List<SweepResult.Failure> failing, long[] failed)
            throws InterruptedException, java.util.concurrent.ExecutionException {
        for (SweepResult.Failure f : batch.get()) {
            failed[0]++;
            if (failing.size() < LISTED) {
                failing.add(f);
            }
        }
    }

    private List<SweepResult.Failure> runBatch(Scenario scenario, long[] seeds, AtomicLong done, LongConsumer progress) {
        List<SweepResult.Failure> failing = new ArrayList<>();
        for (long seed : seeds) {
            try {
                RunResult r = runner.run(scenario, seed);
                if (!r.passed()) {
                    Verdict first = r.failures().get(0);
                    failing.add(new SweepResult.Failure(seed, first.line()));
                }
            } catch (RuntimeException e) {
                failing.add(new SweepResult.Failure(seed, "FAILED  the run threw " + e));
            }
        }
        long now = done.addAndGet(seeds.length);
        if (progress != null) {
            progress.accept(now);
        }
        return failing;
    }
}
