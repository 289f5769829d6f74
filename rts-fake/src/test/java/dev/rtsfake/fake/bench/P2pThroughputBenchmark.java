package dev.rtsfake.fake.bench;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.engine.FakeRTS;
import java.time.Duration;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * How many P2P messages per second the simulation carries end to end (send, cloud routing, delivery
 * callback, result callback), with the trace on. Each invocation builds a fresh cloud, logs two
 * engines in and sends a batch, so the trace never grows without bound.
 *
 * <p>{@link #sendAndDeliver} times all of that; {@link #sendAndDeliverOnly} times only the sends and
 * the drive, with the cloud built and the engines logged in before each invocation (an invocation is
 * a batch of 20,000 messages, several milliseconds, so per-invocation set-up does not distort it).
 *
 * <p>Run: {@code mvn -B -q -pl rts-fake -am test-compile exec:exec -Pbench -Dbench.args=P2pThroughputBenchmark};
 * the suite's {@code P2pBenchmark} (rts-scenarios) measures the same path beside its floor
 * (see docs/performance.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class P2pThroughputBenchmark {
    static final int BATCH = 20_000;
    static final String APP = "rtsfake-demo-app-0000001";

    @Param({"true", "false"})
    public boolean trace;

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void sendAndDeliver(Blackhole bh) {
        Fixture f = new Fixture();
        f.setUp(this);
        f.sendBatch(bh);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void sendAndDeliverOnly(Fixture f, Blackhole bh) {
        f.sendBatch(bh);
    }

    /** A fresh cloud with alice and bob logged in; for {@link #sendAndDeliverOnly} it is made outside the timing. */
    @State(Scope.Thread)
    public static class Fixture {
        FakeRtsCloud cloud;
        FakeRTS alice;
        final long[] received = new long[1];

        @Setup(Level.Invocation)
        public void setUp(P2pThroughputBenchmark params) {
            cloud = FakeRtsCloud.builder().app(APP, "key").rateLimits(false)
                    .sysStatsInterval(Duration.ZERO).build();
            received[0] = 0;
            alice = cloud.createRTS(APP, new IRTSEventHandler() { });
            FakeRTS bob = cloud.createRTS(APP, new IRTSEventHandler() {
                @Override
                public void onMessageReceived(String uid, String message) {
                    received[0]++;
                }
            });
            alice.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice");
            bob.login(cloud.tokens().issue(APP, "bob", Duration.ofHours(1)), "bob");
            cloud.runUntilIdle();
            if (!params.trace) {
                cloud.traceEnabled(false);
            }
        }

        void sendBatch(Blackhole bh) {
            for (int i = 0; i < BATCH; i++) {
                alice.sendMessage("bob", "m", MessageConfig.RELIABLE_ORDERED);
            }
            bh.consume(cloud.runUntilIdle());
            if (received[0] != BATCH) {
                throw new IllegalStateException("only " + received[0] + " of " + BATCH + " messages arrived");
            }
            bh.consume(cloud.trace().size());
        }
    }
}
