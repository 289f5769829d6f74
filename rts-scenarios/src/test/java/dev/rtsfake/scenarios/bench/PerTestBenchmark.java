package dev.rtsfake.scenarios.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** The warm cost of one whole small test ({@link FirstTest}): a cloud, two logins, one message, close. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PerTestBenchmark {
    @Benchmark
    public String firstTest() {
        String got = FirstTest.run();
        if (!"alice:hello".equals(got)) {
            throw new IllegalStateException("expected alice:hello, got " + got);
        }
        return got;
    }
}
