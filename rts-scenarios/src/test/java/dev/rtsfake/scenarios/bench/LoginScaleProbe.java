package dev.rtsfake.scenarios.bench;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import dev.rtsfake.fake.FakeRtsCloud;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * {@code engines} engines logging in to one cloud (trace off), in a JVM of its own ({@link BenchSuite}
 * forks it, with {@code -Xmx4g} for a million): the wall time from building the cloud to every login
 * answered, and the heap still in use afterwards per engine (used heap after full collections, less
 * the same before the cloud was built). A single cold shot, JIT warm-up included, as a test that
 * logs in that many engines would see it.
 *
 * <p>Prints one line: {@code login-scale engines=… wall-ms=… retained-bytes-per-engine=… events=…}.
 */
final class LoginScaleProbe {
    static final String APP = P2pWorld.APP;

    private LoginScaleProbe() {
    }

    public static void main(String[] args) {
        int engines = Integer.parseInt(args[0]);
        long before = usedAfterGc();
        long start = System.nanoTime();
        FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").sysStatsInterval(Duration.ZERO).build();
        cloud.traceEnabled(false);
        IRTSEventHandler handler = new IRTSEventHandler() { };
        RTS[] kept = new RTS[engines];
        for (int i = 0; i < engines; i++) {
            String uid = "u" + i;
            kept[i] = cloud.createRTS(APP, handler);
            if (kept[i].login(cloud.tokens().issueNeverExpiring(APP, uid), uid) != 0) {
                throw new IllegalStateException("login of " + uid + " refused");
            }
        }
        long events = cloud.runUntilIdle();
        long wallMs = (System.nanoTime() - start) / 1_000_000;
        int online = cloud.onlineUsers(APP).size();
        if (online != engines) {
            throw new IllegalStateException("only " + online + " of " + engines + " online");
        }
        long after = usedAfterGc();
        System.out.println("login-scale engines=" + engines + " wall-ms=" + wallMs + " retained-bytes-per-engine="
                + (after - before) / engines + " events=" + events + " max-heap-mib="
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " kept=" + kept.length);
        cloud.close();
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
