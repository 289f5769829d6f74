package dev.rtsfake.scenarios.demo;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.Installation;
import dev.rtsfake.fake.trace.Trace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A small scripted run against the embedded fake: two users log in with real tokens, chat
 * point-to-point and in a room, then alice's phone loses its network for 20 seconds and comes back.
 * The result is the trace of everything that happened and a list of checks that passed or failed.
 *
 * <pre>{@code
 * ChatDemo.Result result = new ChatDemo(42).run();
 * System.out.print(result.trace().format());
 * }</pre>
 */
public final class ChatDemo {
    /** The demo's app id (24 characters, as the token format needs). */
    public static final String APP_ID = "rtsfake-demo-app-0000001";
    private static final String APP_KEY = "demo-app-key";

    private final long seed;

    /** A demo run with this seed. */
    public ChatDemo(long seed) {
        this.seed = seed;
    }

    /**
     * What a run produced.
     *
     * @param trace every step, in order
     * @param checks one line per check, starting with "ok" or "FAILED"
     * @param passed whether every check passed
     */
    public record Result(Trace trace, List<String> checks, boolean passed) {
    }

    /** Runs the demo; the same seed gives the same trace. */
    public Result run() {
        List<String> bobInbox = new ArrayList<>();
        List<String> bobRoom = new ArrayList<>();
        List<Integer> aliceStates = new ArrayList<>();
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().seed(seed).app(APP_ID, APP_KEY)
                .sysStatsInterval(Duration.ZERO).build();
             Installation ignored = cloud.install()) {
            RTS alice = RTS.createRTS(null, APP_ID, new IRTSEventHandler() {
                @Override
                public void onConnectionStateChanged(int state, int reason) {
                    aliceStates.add(state);
                }
            }, null);
            RTS bob = RTS.createRTS(null, APP_ID, new IRTSEventHandler() {
                @Override
                public void onMessageReceived(String uid, String message) {
                    bobInbox.add(uid + ": " + message);
                }
            }, null);

            alice.login(cloud.tokens().issue(APP_ID, "alice", Duration.ofHours(1)), "alice");
            bob.login(cloud.tokens().issue(APP_ID, "bob", Duration.ofHours(1)), "bob");
            cloud.runUntilIdle();

            alice.sendMessage("bob", "hi bob", MessageConfig.RELIABLE_ORDERED);
            RTSRoom aliceRoom = alice.createRoom("lobby");
            RTSRoom bobRoom1 = bob.createRoom("lobby");
            bobRoom1.setRTSRoomEventHandler(new IRTSRoomEventHandler() {
                @Override
                public void onRoomMessageReceived(String uid, String message) {
                    bobRoom.add(uid + ": " + message);
                }
            });
            aliceRoom.joinRoom();
            bobRoom1.joinRoom();
            cloud.runUntilIdle();
            aliceRoom.sendRoomMessage("hello lobby");
            cloud.runUntilIdle();

            cloud.network().disconnect("alice");
            alice.sendMessage("bob", "sent while offline", MessageConfig.RELIABLE_ORDERED);
            cloud.advance(Duration.ofSeconds(8));
            cloud.network().reconnect("alice");
            cloud.runUntilIdle();
            aliceRoom.sendRoomMessage("back again");
            cloud.runUntilIdle();

            List<String> checks = new ArrayList<>();
            check(checks, "bob got alice's direct messages in order",
                    bobInbox.equals(List.of("alice: hi bob", "alice: sent while offline")), bobInbox);
            check(checks, "bob got both room messages", bobRoom.equals(List.of("alice: hello lobby", "alice: back again")), bobRoom);
            check(checks, "alice saw CONNECTING, CONNECTED, RECONNECTING, RECONNECTED",
                    aliceStates.equals(List.of(2, 3, 4, 5)), aliceStates);
            check(checks, "no SDK misuse and no handler failure", cloud.misuses().isEmpty() && cloud.handlerFailures().isEmpty(),
                    cloud.misuses());
            boolean passed = checks.stream().allMatch(c -> c.startsWith("ok"));
            return new Result(cloud.trace(), checks, passed);
        }
    }

    private static void check(List<String> checks, String what, boolean ok, Object actual) {
        checks.add((ok ? "ok      " : "FAILED  ") + what + (ok ? "" : " (was " + actual + ")"));
    }
}
