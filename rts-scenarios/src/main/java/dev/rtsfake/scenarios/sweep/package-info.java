/**
 * Many runs of one scenario: a {@link dev.rtsfake.scenarios.sweep.SeedSweep} over a range of seeds,
 * spread over the cores (and, with a {@link dev.rtsfake.scenarios.sweep.Shard}, over machines), and
 * the {@link dev.rtsfake.scenarios.sweep.Shrinker} that cuts a failing scenario down to what still fails.
 */
package dev.rtsfake.scenarios.sweep;
