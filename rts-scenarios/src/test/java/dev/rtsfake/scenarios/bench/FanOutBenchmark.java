package dev.rtsfake.scenarios.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Room fan-out: one broadcast to a room of {@code members}, driven until every other member's
 * {@code onRoomMessageReceived} has run (trace on, the default). The score is broadcasts per second;
 * {@link BenchSuite} multiplies it by {@code members - 1} for deliveries per second. {@link #floor}
 * runs as many empty events per broadcast as the fake does (counted at set-up), all due at one
 * instant, through the bare loop.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class FanOutBenchmark {
    @Param({"1000", "10000"})
    public int members;

    RoomWorld world;
    int eventsPerBroadcast;

    @Setup(Level.Trial)
    public void setUp() {
        world = new RoomWorld(members, true);
        eventsPerBroadcast = (int) world.broadcast();
        System.out.println("# events per broadcast to " + members + " members: " + eventsPerBroadcast);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        world.close();
    }

    @Benchmark
    public long broadcast() {
        return world.broadcast();
    }

    @Benchmark
    public long floor() {
        FloorLoop loop = new FloorLoop(1, 0, 0, 42);
        loop.sendNow(eventsPerBroadcast);
        return loop.runUntilIdle();
    }
}
