package dev.rtsfake.fake.soak;

import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import com.ss.bytertc.rts.engine.type.RoomMessageSendResult;
import com.ss.bytertc.rts.engine.type.UserMessageSendResult;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.testing.ForkedJvm;
import dev.rtsfake.fake.trace.TraceKind;
import java.time.Duration;

/**
 * Sends {@code n} distinct 1 MiB messages by each send method (P2P text and binary, room text and
 * binary, app server text): every one is refused as too long. Prints {@code key=value} lines for
 * {@link BoundedMemoryTest}.
 */
public final class RefusedSends {
    static final String APP = "rtsfake-demo-app-0000001";
    static final int MIB = 1 << 20;

    private RefusedSends() {
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int[] results = new int[1];
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "demo-app-key").build()) {
            FakeRTS alice = cloud.createRTS(APP, new IRTSEventHandler() {
                @Override
                public void onMessageSendResult(long msgid, int error) {
                    results[0] += error == UserMessageSendResult.USER_MESSAGE_SEND_RESULT_EXCEED_MAX_LENGTH ? 1 : 0;
                }

                @Override
                public void onServerMessageSendResult(long msgid, int error, java.nio.ByteBuffer message) {
                    results[0] += error == UserMessageSendResult.USER_MESSAGE_SEND_RESULT_EXCEED_MAX_LENGTH ? 1 : 0;
                }
            });
            FakeRTS bob = cloud.createRTS(APP, new IRTSEventHandler() { });
            alice.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(2)), "alice");
            bob.login(cloud.tokens().issue(APP, "bob", Duration.ofHours(2)), "bob");
            cloud.runUntilIdle();
            alice.setServerParams("signature", "https://app.example/rts");
            RTSRoom room = alice.createRoom("lobby");
            room.setRTSRoomEventHandler(new IRTSRoomEventHandler() {
                @Override
                public void onRoomMessageSendResult(long msgid, int error) {
                    results[0] += error == RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_EXCEED_MAX_LENGTH ? 1 : 0;
                }
            });
            room.joinRoom();
            cloud.runUntilIdle();
            for (int i = 0; i < n; i++) {
                alice.sendMessage("bob", text(i), MessageConfig.RELIABLE_ORDERED);
                alice.sendBinaryMessage("bob", binary(i), MessageConfig.RELIABLE_ORDERED);
                alice.sendServerMessage(text(i));
                alice.sendServerBinaryMessage(binary(i));
                room.sendRoomMessage(text(i));
                room.sendRoomBinaryMessage(binary(i));
                cloud.runUntilIdle();
            }
            System.out.println("sends=" + 6L * n);
            System.out.println("refusedResults=" + results[0]);
            System.out.println("firstSend=" + cloud.trace().ofKind(TraceKind.CALL).stream()
                    .filter(e -> e.name().equals("sendMessage")).findFirst().orElseThrow().format());
            System.out.println("heapAtEnd=" + ForkedJvm.heapAfterGc());
        }
    }

    /** A distinct 1 MiB text (not shared between sends, as a real app's would not be). */
    static String text(int i) {
        return "x".repeat(MIB - 8) + String.format("%08d", i);
    }

    static byte[] binary(int i) {
        byte[] b = new byte[MIB];
        b[0] = (byte) i;
        return b;
    }
}
