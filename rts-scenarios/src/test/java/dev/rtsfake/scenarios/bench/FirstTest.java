package dev.rtsfake.scenarios.bench;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.FakeRtsCloud;
import java.time.Duration;

/**
 * What a typical first test does with the fake: a cloud, two engines, both log in, alice sends bob
 * one message, the test checks bob got it, the cloud closes. {@link PerTestBenchmark} times it warm;
 * {@link #main} runs it once in a fresh JVM for {@link ColdStartProbe}.
 */
final class FirstTest {
    private FirstTest() {
    }

    static final String APP = P2pWorld.APP;

    /** Runs the test; returns what bob received (the caller asserts on it). */
    static String run() {
        String[] got = new String[1];
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").build()) {
            RTS alice = cloud.createRTS(APP, new IRTSEventHandler() { });
            RTS bob = cloud.createRTS(APP, new IRTSEventHandler() {
                @Override
                public void onMessageReceived(String uid, String message) {
                    got[0] = uid + ":" + message;
                }
            });
            alice.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice");
            bob.login(cloud.tokens().issue(APP, "bob", Duration.ofHours(1)), "bob");
            cloud.runUntilIdle();
            alice.sendMessage("bob", "hello", MessageConfig.RELIABLE_ORDERED);
            cloud.runUntilIdle();
        }
        return got[0];
    }

    /** The cold run: exits 0 once the assertion holds, 1 if it fails. */
    public static void main(String[] args) {
        String got = run();
        if (!"alice:hello".equals(got)) {
            System.err.println("expected alice:hello, got " + got);
            System.exit(1);
        }
    }
}
