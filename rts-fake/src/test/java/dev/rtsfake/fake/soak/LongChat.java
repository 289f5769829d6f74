package dev.rtsfake.fake.soak;

import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.testing.ForkedJvm;
import dev.rtsfake.fake.trace.Trace;
import java.time.Duration;

/**
 * A ten-user chat with the default settings (trace on, statistics every 2 s, rate limits): everyone
 * in one room, one room message a second and a direct message every three seconds, for the number
 * of virtual hours given. Prints {@code key=value} lines for {@link BoundedMemoryTest}.
 */
public final class LongChat {
    static final String APP = "rtsfake-demo-app-0000001";
    static final int USERS = 10;

    private LongChat() {
    }

    public static void main(String[] args) {
        int hours = Integer.parseInt(args[0]);
        ForkedJvm.heapAfterGc(); // the first call sets up the management beans: measure after that
        long[] received = new long[1];
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "demo-app-key").build()) {
            FakeRTS[] users = new FakeRTS[USERS];
            RTSRoom[] rooms = new RTSRoom[USERS];
            for (int i = 0; i < USERS; i++) {
                users[i] = cloud.createRTS(APP, new IRTSEventHandler() {
                    @Override
                    public void onMessageReceived(String uid, String message) {
                        received[0]++;
                    }
                });
                users[i].login(cloud.tokens().issue(APP, "user" + i, Duration.ofHours(hours + 1L)), "user" + i);
            }
            cloud.runUntilIdle();
            for (int i = 0; i < USERS; i++) {
                rooms[i] = users[i].createRoom("lobby");
                rooms[i].setRTSRoomEventHandler(new IRTSRoomEventHandler() {
                    @Override
                    public void onRoomMessageReceived(String uid, String message) {
                        received[0]++;
                    }
                });
                rooms[i].joinRoom();
            }
            cloud.runUntilIdle();
            long early = 0;
            int seconds = hours * 3600;
            long expected = 0;
            for (int s = 0; s < seconds; s++) {
                int from = s % USERS;
                rooms[from].sendRoomMessage("message " + s + " from user" + from);
                expected += USERS - 1;
                if (s % 3 == 0) {
                    users[from].sendMessage("user" + (from + 1) % USERS, "direct " + s, MessageConfig.RELIABLE_ORDERED);
                    expected++;
                }
                cloud.advance(Duration.ofSeconds(1));
                if (s == 4 * 3600 - 1) {
                    early = ForkedJvm.heapAfterGc();
                }
            }
            cloud.advance(Duration.ofSeconds(1));
            Trace trace = cloud.trace();
            System.out.println("hours=" + hours);
            System.out.println("received=" + received[0]);
            System.out.println("expected=" + expected);
            System.out.println("kept=" + trace.size());
            System.out.println("dropped=" + trace.dropped());
            System.out.println("header=" + trace.header());
            System.out.println("heapAtHour4=" + early);
            System.out.println("heapAtEnd=" + ForkedJvm.heapAfterGc());
        }
    }
}
