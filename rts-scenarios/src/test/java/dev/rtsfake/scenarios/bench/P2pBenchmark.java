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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * P2P messages per second through the fake, end to end (the SDK call, the up hop, the cloud's
 * routing, the down hop with {@code onMessageReceived}, the result hop with
 * {@code onMessageSendResult}), {@value #MESSAGES} messages an invocation among {@value P2pWorld#USERS}
 * users, as a burst at one instant or paced with jitter ({@link P2pWorld}); trace on and off. The
 * cloud is built and the users logged in before each invocation, outside the timing. Its floor is
 * {@link P2pFloorBenchmark}; {@link BenchSuite} prints the two side by side.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class P2pBenchmark {
    static final int MESSAGES = 20_000;

    @Param({"burst", "paced"})
    public String pattern;

    @Param({"true", "false"})
    public boolean trace;

    P2pWorld world;

    @Setup(Level.Invocation)
    public void setUp() {
        world = new P2pWorld("paced".equals(pattern), trace);
    }

    @TearDown(Level.Invocation)
    public void tearDown() {
        world.close();
    }

    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public long messages() {
        return world.run(MESSAGES);
    }
}
