package dev.rtsfake.fake.soak;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.testing.ForkedJvm;
import java.time.Duration;

/**
 * Two handlers that answer each other forever: alice's first message never stops bouncing. Runs it
 * with the trace off and then on (each with {@code maxEventsPerDrive} events as its guard) and
 * prints the message each run ended with, for {@link BoundedMemoryTest}.
 */
public final class RunawayLoop {
    static final String APP = "rtsfake-demo-app-0000001";

    private RunawayLoop() {
    }

    public static void main(String[] args) {
        long maxEvents = Long.parseLong(args[0]);
        System.out.println("off=" + run(maxEvents, false));
        System.out.println("on=" + run(maxEvents, true));
        System.out.println("heapAtEnd=" + ForkedJvm.heapAfterGc());
    }

    private static String run(long maxEvents, boolean trace) {
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "demo-app-key").maxEventsPerDrive(maxEvents).build()) {
            cloud.traceEnabled(trace);
            FakeRTS[] engines = new FakeRTS[2];
            for (int i = 0; i < 2; i++) {
                int me = i;
                engines[i] = cloud.createRTS(APP, new IRTSEventHandler() {
                    @Override
                    public void onMessageReceived(String uid, String message) {
                        engines[me].sendMessage(uid, "re: " + message.length(), MessageConfig.RELIABLE_ORDERED);
                    }
                });
                engines[i].login(cloud.tokens().issue(APP, "user" + i, Duration.ofDays(365)), "user" + i);
            }
            cloud.runUntilIdle();
            engines[0].sendMessage("user1", "ping", MessageConfig.RELIABLE_ORDERED);
            try {
                cloud.runUntilIdle();
                return "no guard: runUntilIdle returned";
            } catch (IllegalStateException guard) {
                return guard.getMessage();
            }
        }
    }
}
