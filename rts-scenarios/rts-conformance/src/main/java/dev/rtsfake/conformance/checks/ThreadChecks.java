package dev.rtsfake.conformance.checks;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.type.LocalProxyConfiguration;
import com.ss.bytertc.rts.engine.type.LocalProxyType;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.conformance.Client;
import dev.rtsfake.conformance.Optional;
import dev.rtsfake.conformance.probe.RoomProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.json.JSONObject;

/** The SDK's methods called from more than one of the app's threads. */
public interface ThreadChecks extends Checks {

    /** How long a call from a second thread may take before the check calls the engine stuck (wall clock). */
    long SECOND_THREAD_MILLIS = 5_000;

    @Optional("vendor (所有的事件回调均会在独立的回调线程内触发: an app calls the SDK from its own threads and from the"
            + " callback thread); fake choice (FakeRtsCloud: SDK calls may come from any thread)")
    default void everyMethod_leavesTheEngineFreeForACallFromAnotherThread() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        RTS rts = alice.rts();
        RTSRoom[] room = new RTSRoom[1];
        String roomId = kit().target().roomId("lobby");
        Map<String, Runnable> calls = new LinkedHashMap<>();
        calls.put("setRtsEventHandler", () -> rts.setRtsEventHandler(alice.probe()));
        calls.put("setBusinessId", () -> rts.setBusinessId("business_1"));
        calls.put("setRuntimeParameters", () -> rts.setRuntimeParameters(new JSONObject().put("rtc.some_switch", true)));
        calls.put("setCellularEnhancement", () -> rts.setCellularEnhancement(true));
        calls.put("setLocalProxy", () -> rts.setLocalProxy(Collections.singletonList(
                new LocalProxyConfiguration(LocalProxyType.SOCKS5, "127.0.0.1", 1080, "", ""))));
        calls.put("getPeerOnlineStatus", () -> rts.getPeerOnlineStatus(bob.uid()));
        calls.put("sendMessage", () -> rts.sendMessage(bob.uid(), "hi", MessageConfig.RELIABLE_ORDERED));
        calls.put("sendBinaryMessage", () -> rts.sendBinaryMessage(bob.uid(), new byte[] {1, 2}, MessageConfig.RELIABLE_ORDERED));
        calls.put("setServerParams", () -> rts.setServerParams("signature", "https://app.example.com/rts"));
        calls.put("sendServerMessage", () -> rts.sendServerMessage("to the server"));
        calls.put("sendServerBinaryMessage", () -> rts.sendServerBinaryMessage(new byte[] {3}));
        calls.put("updateLoginToken", () -> rts.updateLoginToken(kit().target().token(alice.uid())));
        calls.put("createRoom", () -> room[0] = rts.createRoom(roomId));
        calls.put("room.setRTSRoomEventHandler", () -> room[0].setRTSRoomEventHandler(new RoomProbe(alice.uid())));
        calls.put("room.joinRoom", () -> room[0].joinRoom());
        calls.put("room.sendRoomMessage", () -> room[0].sendRoomMessage("to the room"));
        calls.put("room.sendRoomBinaryMessage", () -> room[0].sendRoomBinaryMessage(new byte[] {4}));
        calls.put("room.leaveRoom", () -> room[0].leaveRoom());
        calls.put("room.destroy", () -> room[0].destroy());
        calls.put("logout", rts::logout);
        calls.put("login", () -> rts.login(kit().target().token(alice.uid()), alice.uid()));
        calls.put("destroy", () -> kit().target().destroyEngine(rts));

        List<String> stuck = new ArrayList<>();
        for (Map.Entry<String, Runnable> call : calls.entrySet()) {
            call.getValue().run();
            if (!returnsFromAnotherThread(() -> rts.setCellularEnhancement(false))) {
                stuck.add(call.getKey());
                break;
            }
            kit().pass(Duration.ofMillis(200));
        }
        kit().check(stuck.isEmpty(), "after " + stuck + " on the check's thread, setCellularEnhancement from another"
                + " thread did not return within " + SECOND_THREAD_MILLIS + " ms: the engine stayed locked");
    }

    /** Runs {@code call} on a new thread and waits (wall clock, bounded) for it to return. */
    static boolean returnsFromAnotherThread(Runnable call) {
        Thread t = new Thread(call, "conformance-second-app-thread");
        t.setDaemon(true);
        t.start();
        try {
            t.join(SECOND_THREAD_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !t.isAlive();
    }
}
