package dev.rtsfake.scenarios.bench;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import dev.rtsfake.fake.FakeRtsCloud;
import java.time.Duration;

/**
 * A cloud with one room of {@code members} logged-in members, the first of whom broadcasts: the
 * fan-out fixture. Built with the trace off (so the joins leave nothing behind), then set as asked.
 */
final class RoomWorld implements AutoCloseable {
    static final String APP = P2pWorld.APP;
    static final String ROOM = "hall";

    final FakeRtsCloud cloud;
    private final RTSRoom speaker;
    private final int members;
    private final long[] received = new long[1];

    RoomWorld(int members, boolean trace) {
        this.members = members;
        cloud = FakeRtsCloud.builder().app(APP, "key").rateLimits(false).sysStatsInterval(Duration.ZERO).build();
        cloud.traceEnabled(false);
        IRTSEventHandler engineHandler = new IRTSEventHandler() { };
        IRTSRoomEventHandler counting = new IRTSRoomEventHandler() {
            @Override
            public void onRoomMessageReceived(String uid, String message) {
                received[0]++;
            }
        };
        RTSRoom first = null;
        for (int i = 0; i < members; i++) {
            String uid = "m" + i;
            RTS rts = cloud.createRTS(APP, engineHandler);
            rts.login(cloud.tokens().issueNeverExpiring(APP, uid), uid);
            cloud.runUntilIdle();
            RTSRoom room = rts.createRoom(ROOM);
            room.setRTSRoomEventHandler(counting);
            room.joinRoom();
            if (first == null) {
                first = room;
            }
            if (i % 500 == 499) {
                cloud.runUntilIdle();
            }
        }
        cloud.runUntilIdle();
        speaker = first;
        if (cloud.roomMembers(APP, ROOM).size() != members) {
            throw new IllegalStateException("only " + cloud.roomMembers(APP, ROOM).size() + " of " + members + " joined");
        }
        cloud.traceEnabled(trace);
    }

    /** One broadcast, driven until every other member has it; returns the events run. */
    long broadcast() {
        received[0] = 0;
        speaker.sendRoomMessage("m");
        long events = cloud.runUntilIdle();
        if (received[0] != members - 1) {
            throw new IllegalStateException("only " + received[0] + " of " + (members - 1) + " members got the message");
        }
        return events;
    }

    @Override
    public void close() {
        cloud.close();
    }
}
