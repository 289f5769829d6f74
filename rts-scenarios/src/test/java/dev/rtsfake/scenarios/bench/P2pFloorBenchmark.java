package dev.rtsfake.scenarios.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floor of {@link P2pBenchmark}: the same {@value P2pBenchmark#MESSAGES} messages, sent in the
 * same pattern, through a bare priority-queue event loop ({@link FloorLoop}) that runs as many
 * events a message as the fake does (counted on a small batch of the fake at set-up), with empty
 * bodies and the same latency and jitter, so paced events have distinct due times here too.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class P2pFloorBenchmark {
    @Param({"burst", "paced"})
    public String pattern;

    int eventsPerMessage;
    FloorLoop floor;

    @Setup(Level.Trial)
    public void count() {
        eventsPerMessage = P2pWorld.eventsPerMessage("paced".equals(pattern));
        System.out.println("# events per message (" + pattern + "): " + eventsPerMessage);
    }

    @Setup(Level.Invocation)
    public void setUp() {
        floor = P2pWorld.floor("paced".equals(pattern), eventsPerMessage);
    }

    @Benchmark
    @OperationsPerInvocation(P2pBenchmark.MESSAGES)
    public long messages() {
        long events = P2pWorld.runFloor(floor, "paced".equals(pattern), P2pBenchmark.MESSAGES);
        if (floor.delivered() != P2pBenchmark.MESSAGES) {
            throw new IllegalStateException("the floor delivered " + floor.delivered());
        }
        return events;
    }
}
