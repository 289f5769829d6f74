package dev.rtsfake.fake.appserver;

import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.engine.FakeRTS;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A logged-in engine with a handler that records message callbacks as strings; shared by these tests. */
public final class TestClient extends IRTSEventHandler {
    /** The app every test here uses. */
    public static final String APP = "rtsfake-demo-app-0000001";

    /** The engine. */
    public FakeRTS rts;
    /** Callbacks as "name|arg|arg...". */
    public final List<String> events = new CopyOnWriteArrayList<>();

    /** A cloud with {@link #APP}. */
    public static FakeRtsCloud cloud() {
        return FakeRtsCloud.builder().app(APP, "key").build();
    }

    /** Creates an engine, logs in as {@code uid}, sets server params, runs the clock until idle. */
    public static TestClient login(FakeRtsCloud cloud, String uid) {
        TestClient c = new TestClient();
        c.rts = cloud.createRTS(APP, c);
        c.rts.login(cloud.tokens().issue(APP, uid, Duration.ofHours(1)), uid);
        cloud.runUntilIdle();
        c.rts.setServerParams("sig-" + uid, "https://app.example/rts");
        cloud.runUntilIdle();
        return c;
    }

    /** Creates and joins a room, recording its callbacks with prefix "room:". */
    public RTSRoom join(FakeRtsCloud cloud, String roomId) {
        RTSRoom room = rts.createRoom(roomId);
        room.setRTSRoomEventHandler(new IRTSRoomEventHandler() {
            @Override
            public void onRoomMessageReceived(String uid, String message) {
                events.add("room:onRoomMessageReceived|" + roomId + "|" + uid + "|" + message);
            }

            @Override
            public void onRoomMessageSendResult(long msgid, int error) {
                events.add("room:onRoomMessageSendResult|" + roomId + "|" + msgid + "|" + error);
            }

            @Override
            public void onRoomBinaryMessageReceived(String uid, ByteBuffer message) {
                events.add("room:onRoomBinaryMessageReceived|" + roomId + "|" + uid + "|" + text(message));
            }
        });
        room.joinRoom();
        cloud.runUntilIdle();
        return room;
    }

    /** Events whose name starts with {@code prefix}. */
    public List<String> named(String prefix) {
        List<String> out = new ArrayList<>();
        for (String e : events) {
            if (e.startsWith(prefix + "|")) {
                out.add(e);
            }
        }
        return out;
    }

    @Override
    public void onServerMessageSendResult(long msgid, int error, ByteBuffer message) {
        events.add("onServerMessageSendResult|" + msgid + "|" + error + "|" + text(message));
    }

    @Override
    public void onMessageReceived(String uid, String message) {
        events.add("onMessageReceived|" + uid + "|" + message);
    }

    @Override
    public void onBinaryMessageReceived(String uid, ByteBuffer message) {
        events.add("onBinaryMessageReceived|" + uid + "|" + text(message));
    }

    private static String text(ByteBuffer b) {
        if (b == null) {
            return "null";
        }
        ByteBuffer d = b.duplicate();
        byte[] bytes = new byte[d.remaining()];
        d.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
