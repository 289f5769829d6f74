package dev.rtsfake.conformance.checks;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.type.LocalLogLevel;
import com.ss.bytertc.rts.engine.type.LocalProxyConfiguration;
import com.ss.bytertc.rts.engine.type.LocalProxyType;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import com.ss.bytertc.rts.engine.type.NetworkType;
import com.ss.bytertc.rts.engine.type.RTCLogConfig;
import dev.rtsfake.conformance.Client;
import dev.rtsfake.conformance.ConformanceTarget;
import dev.rtsfake.conformance.Kit;
import dev.rtsfake.conformance.Optional;
import dev.rtsfake.conformance.Required;
import dev.rtsfake.conformance.Room;
import dev.rtsfake.conformance.probe.EngineProbe;
import dev.rtsfake.conformance.probe.Event;
import dev.rtsfake.conformance.probe.RoomProbe;
import java.io.File;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** Engines: creating, destroying, the static methods, and how callbacks are delivered. */
public interface EngineChecks extends Checks {

    @Required("vendor createRTS")
    default void createRTS_validAppId_returnsAnEngine() {
        Client alice = kit().client("alice");
        kit().check(alice.rts() != null, "createRTS returned null");
    }

    @Required("vendor createRTS (再次调用此方法时，会创建另一个独立的引擎实例); D4")
    default void createRTS_twice_givesTwoIndependentEngines() {
        Client one = kit().client("alice");
        Client two = kit().client("bob");
        kit().check(one.rts() != two.rts(), "the second createRTS returned the first engine");
        one.loginAndAwait();
        two.loginAndAwait();
        long id = one.send(two, "hi");
        two.await("bob receives alice's message", e -> e.name().equals("onMessageReceived") && "hi".equals(e.arg(1)));
        kit().checkEquals(0, one.awaitSendResult(id), "the send result");
    }

    @Optional("D6")
    default void createRTS_unknownEmptyOrNullAppId_returnsNull() {
        String[] appIds = {"unknown-app-id-000000000", "", null};
        for (String appId : appIds) {
            RTS rts = kit().target().createRTS(appId, new EngineProbe("nobody"), null);
            if (rts != null) {
                kit().target().destroyEngine(rts);
            }
            kit().check(rts == null, "createRTS(" + (appId == null ? "null" : "\"" + appId + "\"")
                    + ") returned an engine, not null");
        }
    }

    @Required("vendor getSdkVersion")
    default void getSdkVersion_returnsAVersion() {
        String v = RTS.getSdkVersion();
        kit().check(v != null && !v.isEmpty(), "getSdkVersion() returned " + v);
    }

    @Required("vendor setLogConfig (–1：失败，本方法必须在创建引擎前调用)")
    default void setLogConfig_whileAnEngineExists_returnsMinus1() {
        kit().client("alice");
        File dir = new File(System.getProperty("java.io.tmpdir"), "rts-conformance-logs");
        int r = RTS.setLogConfig(new RTCLogConfig(LocalLogLevel.WARNING, dir.getAbsolutePath(), 10, "conformance"));
        kit().checkEquals(-1, r, "setLogConfig while an engine exists");
    }

    @Required("vendor setLogConfig (–2：失败，参数填写错误)")
    default void setLogConfig_null_returnsMinus2() {
        kit().checkEquals(-2, RTS.setLogConfig(null), "setLogConfig(null) before any engine");
    }

    @Optional("D5; ref §2.2 [I]")
    default void destroyedEngine_everyMethodReturnsMinus1() {
        Client alice = kit().loggedIn("alice");
        alice.destroy();
        RTS r = alice.rts();
        kit().checkEquals(-1, r.login(kit().target().token("x"), "x"), "login on a destroyed engine");
        kit().checkEquals(-1, r.logout(), "logout on a destroyed engine");
        kit().checkEquals(-1L, r.sendMessage("bob", "m", MessageConfig.RELIABLE_ORDERED), "sendMessage");
        kit().checkEquals(-1L, r.sendServerMessage("m"), "sendServerMessage");
        kit().checkEquals(-1, r.getPeerOnlineStatus("bob"), "getPeerOnlineStatus");
        kit().check(r.createRoom("room") == null, "createRoom on a destroyed engine returned a room");
    }

    @Required("vendor destroyRTS (停止与媒体服务器的任何交互); ref §2.1")
    default void destroyedEngine_noCallbackEverAgain() {
        Client alice = kit().loggedIn("alice");
        Room room = alice.joined("lobby");
        alice.rts().sendMessage(alice.uid(), "to myself", MessageConfig.RELIABLE_ORDERED);
        room.rts().sendRoomMessage("to the room");
        room.rts().leaveRoom();
        alice.destroy();
        long engineSeen = alice.log().size();
        long roomSeen = room.log().size();
        kit().pass(java.time.Duration.ofSeconds(3));
        kit().check(alice.log().size() == engineSeen && room.log().size() == roomSeen,
                "callbacks arrived after the engine was destroyed");
    }

    @Required("vendor destroyRTS; ref §2.1; D5")
    default void destroyedEngine_destroyTwice_isHarmless() {
        Client alice = kit().loggedIn("alice");
        alice.destroy();
        kit().target().destroyEngine(alice.rts());
        kit().settle();
    }

    @Optional("ref §2.1 [I]")
    default void destroyEngine_whileInRoom_othersSeeUserLeave() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        alice.joined("lobby");
        Room bobs = bob.joined("lobby");
        alice.destroy();
        bobs.await("onUserLeave(\"" + alice.uid() + "\", ...) at bob",
                e -> e.name().equals("onUserLeave") && alice.uid().equals(e.arg(0)));
    }

    @Required("vendor setRtsEventHandler (该回调类为异步回调)")
    default void callbacks_neverRunInsideTheSdkCallThatCausedThem() {
        final AtomicBoolean inCall = new AtomicBoolean();
        final AtomicInteger duringCall = new AtomicInteger();
        final Thread caller = Thread.currentThread();
        EngineProbe probe = new EngineProbe("alice") {
            @Override
            public void onConnectionStateChanged(int state, int reason) {
                note();
                super.onConnectionStateChanged(state, reason);
            }

            @Override
            public void onLoginResult(String uid, int errorCode, int elapsed) {
                note();
                super.onLoginResult(uid, errorCode, elapsed);
            }

            @Override
            public void onMessageSendResult(long msgid, int error) {
                note();
                super.onMessageSendResult(msgid, error);
            }

            private void note() {
                if (inCall.get() && Thread.currentThread() == caller) {
                    duringCall.incrementAndGet();
                }
            }
        };
        kit().show(probe.log());
        String uid = kit().target().uid("alice");
        RTS rts = kit().target().createRTS(kit().target().appId(), probe, null);
        try {
            inCall.set(true);
            rts.login(kit().target().token(uid), uid);
            inCall.set(false);
            kit().expect("onLoginResult", () -> probe.log().count("onLoginResult") > 0);
            inCall.set(true);
            rts.sendMessage("nobody-logged-in-as-this", "m", MessageConfig.RELIABLE_ORDERED);
            rts.sendMessage(uid, "m", MessageConfig.RELIABLE_ORDERED);
            inCall.set(false);
            kit().expect("two send results", () -> probe.log().count("onMessageSendResult") == 2);
            kit().checkEquals(0, duringCall.get(), "callbacks run inside the SDK call on the caller's thread");
        } finally {
            kit().target().destroyEngine(rts);
        }
    }

    @Required("ref §0 [X] (a callback that throws does not crash the SDK)")
    default void handlerThatThrows_theEngineGoesOn() {
        EngineProbe probe = new EngineProbe("alice") {
            @Override
            public void onLoginResult(String uid, int errorCode, int elapsed) {
                super.onLoginResult(uid, errorCode, elapsed);
                throw new IllegalStateException("the app's handler fails (on purpose)");
            }
        };
        kit().show(probe.log());
        String uid = kit().target().uid("alice");
        RTS rts = kit().target().createRTS(kit().target().appId(), probe, null);
        try {
            rts.login(kit().target().token(uid), uid);
            kit().expect("onLoginResult", () -> probe.log().count("onLoginResult") > 0);
            long id = rts.sendMessage(uid, "still here", MessageConfig.RELIABLE_ORDERED);
            kit().expect("the message to itself and its result", () -> probe.log().count("onMessageReceived") == 1
                    && probe.log().has(e -> e.name().equals("onMessageSendResult") && e.longArg(0) == id));
        } finally {
            kit().target().destroyEngine(rts);
        }
    }

    @Required("vendor setRtsEventHandler")
    default void setRtsEventHandler_laterCallbacksGoToTheNewHandler() {
        Client alice = kit().loggedIn("alice");
        EngineProbe second = new EngineProbe("alice's second handler");
        kit().show(second.log());
        alice.rts().setRtsEventHandler(second);
        long before = alice.log().count("onMessageReceived");
        long id = alice.rts().sendMessage(alice.uid(), "to myself", MessageConfig.RELIABLE_ORDERED);
        kit().expect("the new handler gets the message and the result", () -> second.log().count("onMessageReceived") == 1
                && second.log().has(e -> e.name().equals("onMessageSendResult") && e.longArg(0) == id));
        kit().checkEquals(before, (long) alice.log().count("onMessageReceived"), "messages at the old handler");
    }

    @Required("ref §5 (onSysStats period 2 s, S1); ref §2.7")
    default void onSysStats_arrivesEveryTwoSeconds() {
        Client alice = kit().loggedIn("alice");
        int before = alice.log().count("onSysStats");
        kit().pass(java.time.Duration.ofMillis(2_500));
        int first = alice.log().count("onSysStats");
        kit().pass(java.time.Duration.ofMillis(2_000));
        int second = alice.log().count("onSysStats");
        kit().check(first > before && second > first, "onSysStats counts " + before + ", " + first + ", " + second
                + " at 0, 2.5 s and 4.5 s: expecting one about every 2 s");
    }

    @Optional("ref §1.5 SysStats [X] (cores, usage as a share 0-1, memory in MB)")
    default void onSysStats_figuresArePlausible() {
        Client alice = kit().client("alice");
        kit().expect("onSysStats", () -> alice.log().count("onSysStats") > 0, java.time.Duration.ofSeconds(3));
        com.ss.bytertc.rts.engine.type.SysStats s =
                (com.ss.bytertc.rts.engine.type.SysStats) alice.log().named("onSysStats").get(0).arg(0);
        kit().check(s != null, "onSysStats(null)");
        kit().check(s.cpuCores > 0, "cpuCores " + s.cpuCores);
        kit().check(s.cpuAppUsage >= 0 && s.cpuAppUsage <= 1 && s.cpuTotalUsage >= s.cpuAppUsage && s.cpuTotalUsage <= 1,
                "cpu usage app " + s.cpuAppUsage + ", total " + s.cpuTotalUsage);
        kit().check(s.memoryUsage > 0 && s.fullMemory > 0 && s.freeMemory >= 0 && s.totalMemoryUsage <= s.fullMemory,
                "memory " + s.memoryUsage + " of " + s.fullMemory + " (used " + s.totalMemoryUsage + ", free "
                + s.freeMemory + ")");
    }

    @Optional("ref §2.1 [I] (a peer whose engine was destroyed is offline)")
    default void destroyedEngine_peersSeeItOffline() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        alice.destroy();
        kit().settle();
        bob.rts().getPeerOnlineStatus(alice.uid());
        kit().checkEquals(com.ss.bytertc.rts.engine.type.UserOnlineStatus.USER_ONLINE_STATUS_OFFLINE,
                bob.awaitNamed("onGetPeerOnlineStatus", alice.uid()).intArg(1), "alice's status");
    }

    @Optional("D5; fidelity §1 row 2 (no callback ever again, queued ones included)")
    default void destroyedEngine_callbacksAlreadyDue_areNeverDelivered() {
        Client alice = kit().client("alice");
        Room room = alice.room("lobby");
        RTS r = alice.rts();
        // Each of these has its callback due at once, without the cloud (D13, D23, fidelity §1 row 20):
        r.sendMessage(kit().target().uid("bob"), "m", MessageConfig.RELIABLE_ORDERED);
        r.createRoom("not a room id!");
        r.setLocalProxy(Collections.singletonList(
                new LocalProxyConfiguration(LocalProxyType.SOCKS5, "127.0.0.1", 1080, "", "")));
        room.rts().joinRoom();
        room.rts().sendRoomMessage("m");
        alice.destroy();
        long engineSeen = alice.log().size();
        long roomSeen = room.log().size();
        kit().pass(java.time.Duration.ofSeconds(2));
        kit().check(alice.log().size() == engineSeen && room.log().size() == roomSeen,
                "callbacks that were due when the engine was destroyed arrived after it");
    }

    @Optional("vendor destroyRTS (停止与媒体服务器的任何交互); fake choice (fidelity §1 row 31: what is still on the"
            + " engine's way up is dropped, only its goodbyes go on)")
    default void destroyedEngine_sendsStillOnTheirWayUp_neverReachPeers() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        Room bobs = bob.joined("lobby");
        Room alices = alice.joined("lobby");
        bobs.awaitUserJoined(alice);
        kit().within(Kit.QUICK, "two sends and destroy", () -> {
            alice.send(bob, "p2p, sent just before destroy");
            alices.rts().sendRoomMessage("to the room, sent just before destroy");
            alice.destroy();
        });
        bobs.await("onUserLeave(\"" + alice.uid() + "\", ...) at bob (the goodbye still gets through)",
                e -> e.name().equals("onUserLeave") && alice.uid().equals(e.arg(0)));
        kit().pass(java.time.Duration.ofSeconds(2));
        kit().check(bob.log().count("onMessageReceived") == 0, "bob received alice's message sent just before destroy");
        kit().check(bobs.log().count("onRoomMessageReceived") == 0,
                "bob's room received alice's room message sent just before destroy");
    }

    @Optional("ref §2.1 [I] (the rooms of a destroyed engine fail every method); fake choice (fidelity §1 row 3:"
            + " joinRoom -3, the other methods -1)")
    default void destroyedEngine_itsRoomsFailEveryMethod() {
        Client alice = kit().loggedIn("alice");
        Room joined = alice.joined("lobby");
        Room idle = alice.room("hall");
        alice.destroy();
        for (Room room : new Room[] {joined, idle}) {
            String which = room.roomId() + " of the destroyed engine";
            kit().checkEquals(-3, room.rts().joinRoom(), "joinRoom() of " + which);
            kit().checkEquals(-1, room.rts().leaveRoom(), "leaveRoom() of " + which);
            kit().checkEquals(-1L, room.rts().sendRoomMessage("m"), "sendRoomMessage of " + which);
            kit().checkEquals(-1L, room.rts().sendRoomBinaryMessage(new byte[] {1}), "sendRoomBinaryMessage of " + which);
            kit().checkEquals(-1, room.rts().setRTSRoomEventHandler(new RoomProbe("late")),
                    "setRTSRoomEventHandler of " + which);
        }
    }

    @Optional("vendor setLogConfig (本方法必须在创建引擎前调用); fake choice (fidelity §1 row 21: once the app's engines"
            + " are destroyed it works again)")
    default void setLogConfig_afterTheEngineIsDestroyed_returns0() {
        Client alice = kit().client("alice");
        File dir = new File(System.getProperty("java.io.tmpdir"), "rts-conformance-logs");
        RTCLogConfig config = new RTCLogConfig(LocalLogLevel.NONE, dir.getAbsolutePath(), 10, "conformance");
        kit().checkEquals(-1, RTS.setLogConfig(config), "setLogConfig while the engine exists");
        alice.destroy();
        kit().checkEquals(0, RTS.setLogConfig(config), "setLogConfig once the engine is destroyed");
    }

    @Required("ref §1.3 #2, §1.5 network type [C] (S1: onNetworkTypeChanged(type), -1 unknown, 0 none, 1 LAN,"
            + " 2 Wi-Fi, 3-6 2G-5G); ref §2.7")
    default void networkTypeChange_reportsOnNetworkTypeChangedWithTheNewType() {
        ConformanceTarget.NetworkControl net = kit().target().network();
        Client alice = kit().loggedIn("alice");
        int[] types = {NetworkType.NETWORK_TYPE_WIFI, NetworkType.NETWORK_TYPE_MOBILE_5G, NetworkType.NETWORK_TYPE_UNKNOWN,
            NetworkType.NETWORK_TYPE_DISCONNECTED, NetworkType.NETWORK_TYPE_LAN, NetworkType.NETWORK_TYPE_MOBILE_2G,
            NetworkType.NETWORK_TYPE_MOBILE_3G, NetworkType.NETWORK_TYPE_MOBILE_4G};
        long after = -1;
        for (int type : types) {
            net.changeNetworkType(alice.uid(), type);
            long from = after;
            Event e = alice.await("onNetworkTypeChanged(" + type + ") at alice after the change",
                    ev -> ev.seq() > from && ev.name().equals("onNetworkTypeChanged") && ev.intArg(0) == type);
            after = e.seq();
        }
    }
}
