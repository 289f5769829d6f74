package dev.rtsfake.fake.bench;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What one login costs in a cloud where {@code engines} other engines are logged in (issue 9, item
 * 14): it should not depend on {@code engines}. One operation is a logout and a login as a new uid
 * by one engine, driven until idle, and a harness lookup of it by uid; a link change (disconnect and
 * reconnect of that engine, then 6 s of virtual time) is timed separately. The trace is off, so the
 * cloud does not grow.
 *
 * <p>Run: {@code mvn -B -q -pl rts-fake -am test-compile exec:exec -Pbench -Dbench.args="LoginScalingBenchmark"} (see
 * docs/performance.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// A fixed heap and the parallel collector: with G1, its concurrent work on the live set of 100,000
// engines made single iterations vary by 5x, hiding what the benchmark is about.
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms2g", "-Xmx2g"})
public class LoginScalingBenchmark {
    static final String APP = "rtsfake-demo-app-0000001";

    @Param({"1000", "10000", "100000"})
    public int engines;

    FakeRtsCloud cloud;
    FakeRTS probe;
    long logins;

    @Setup(Level.Trial)
    public void setUp() {
        cloud = FakeRtsCloud.builder().app(APP, "key").sysStatsInterval(Duration.ZERO).build();
        cloud.traceEnabled(false);
        IRTSEventHandler handler = new IRTSEventHandler() { };
        for (int i = 0; i < engines; i++) {
            cloud.createRTS(APP, handler).login(cloud.tokens().issueNeverExpiring(APP, "u" + i), "u" + i);
        }
        probe = cloud.createRTS(APP, handler);
        probe.login(cloud.tokens().issueNeverExpiring(APP, "probe"), "probe");
        cloud.runUntilIdle();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        cloud.close();
    }

    @Benchmark
    public void relogin(Blackhole bh) {
        String uid = "probe-" + (++logins);
        probe.logout();
        probe.login(cloud.tokens().issueNeverExpiring(APP, uid), uid);
        bh.consume(cloud.runUntilIdle());
        bh.consume(cloud.engine(uid));
    }

    @Benchmark
    public void linkChange(Blackhole bh) {
        cloud.network().disconnect(probe.uid());
        cloud.network().reconnect(probe.uid());
        // Past the heartbeat timeout, so the drop watches the change set and cancelled fall due
        // (at one instant for ever they would pile up in the scheduler).
        bh.consume(cloud.advance(Duration.ofSeconds(6)));
    }
}
