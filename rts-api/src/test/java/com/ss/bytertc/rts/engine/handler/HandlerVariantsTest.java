package com.ss.bytertc.rts.engine.handler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.ss.bytertc.rts.engine.type.RTCRoomStats;
import com.ss.bytertc.rts.engine.type.UserInfo;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/** The default bodies of the handlers: empty, except the richer variants that call the plainer. */
class HandlerVariantsTest {

    @Test
    void onLogoutWithReason_byDefault_callsPlainOnLogoutExactlyOnce() {
        List<String> calls = new ArrayList<>();
        IRTSEventHandler handler = new IRTSEventHandler() {
            @Override
            public void onLogout() {
                calls.add("onLogout()");
            }
        };

        handler.onLogout(1);

        assertThat(calls).containsExactly("onLogout()");
    }

    @Test
    void onLogoutWithReason_whenOverridden_isCalledWithoutPlainOnLogout() {
        List<String> calls = new ArrayList<>();
        IRTSEventHandler handler = new IRTSEventHandler() {
            @Override
            public void onLogout() {
                calls.add("onLogout()");
            }

            @Override
            public void onLogout(int reason) {
                calls.add("onLogout(" + reason + ")");
            }
        };

        handler.onLogout(0);

        assertThat(calls).containsExactly("onLogout(0)");
    }

    @Test
    void onLeaveRoomWithStats_byDefault_callsPlainOnLeaveRoomExactlyOnce() {
        List<String> calls = new ArrayList<>();
        IRTSRoomEventHandler handler = new IRTSRoomEventHandler() {
            @Override
            public void onLeaveRoom() {
                calls.add("onLeaveRoom()");
            }
        };

        handler.onLeaveRoom(new RTCRoomStats());
        handler.onLeaveRoom((RTCRoomStats) null);

        assertThat(calls).containsExactly("onLeaveRoom()", "onLeaveRoom()");
    }

    @Test
    void onLeaveRoomWithStats_whenOverridden_isCalledWithoutPlainOnLeaveRoom() {
        List<String> calls = new ArrayList<>();
        IRTSRoomEventHandler handler = new IRTSRoomEventHandler() {
            @Override
            public void onLeaveRoom() {
                calls.add("onLeaveRoom()");
            }

            @Override
            public void onLeaveRoom(RTCRoomStats stats) {
                calls.add("onLeaveRoom(stats " + stats.totalDuration + ")");
            }
        };
        RTCRoomStats stats = new RTCRoomStats();
        stats.totalDuration = 42;

        handler.onLeaveRoom(stats);

        assertThat(calls).containsExactly("onLeaveRoom(stats 42)");
    }

    @Test
    void onUserJoinedWithUserInfo_byDefault_callsUidVariantWithTheUid() {
        List<String> calls = new ArrayList<>();
        IRTSRoomEventHandler handler = new IRTSRoomEventHandler() {
            @Override
            public void onUserJoined(String uid, int elapsed) {
                calls.add(uid + "/" + elapsed);
            }
        };

        handler.onUserJoined(new UserInfo("alice", "{}"), 7);
        handler.onUserJoined((UserInfo) null, 0);

        assertThat(calls).containsExactly("alice/7", "null/0");
    }

    @Test
    void onUserJoinedWithUserInfo_whenOverridden_isCalledWithoutUidVariant() {
        List<String> calls = new ArrayList<>();
        IRTSRoomEventHandler handler = new IRTSRoomEventHandler() {
            @Override
            public void onUserJoined(String uid, int elapsed) {
                calls.add("uid " + uid);
            }

            @Override
            public void onUserJoined(UserInfo userInfo, int elapsed) {
                calls.add("info " + userInfo.getUid());
            }
        };

        handler.onUserJoined(new UserInfo("bob", null), 0);

        assertThat(calls).containsExactly("info bob");
    }

    @Test
    void everyCallback_byDefault_doesNothingAndDoesNotThrow() {
        IRTSEventHandler engine = new IRTSEventHandler() { };
        IRTSRoomEventHandler room = new IRTSRoomEventHandler() { };

        assertThatCode(() -> {
            engine.onSysStats(null);
            engine.onNetworkTypeChanged(2);
            engine.onCreateRoomStateChanged("r", -1007);
            engine.onConnectionStateChanged(3, -1);
            engine.onLogReport("live_webrtc_monitor_log", new JSONObject());
            engine.onLoginResult("u", 0, 10);
            engine.onLogout();
            engine.onLogout(0);
            engine.onServerParamsSetResult(200);
            engine.onGetPeerOnlineStatus("p", 1);
            engine.onMessageReceived("u", "hi");
            engine.onBinaryMessageReceived("u", ByteBuffer.wrap(new byte[] {1}));
            engine.onMessageSendResult(1L, 0);
            engine.onServerMessageSendResult(1L, 0, null);
            engine.onLocalProxyStateChanged(null, null, null);
            room.onRoomStateChanged("r", "u", 0, "{}");
            room.onLeaveRoom();
            room.onLeaveRoom(new RTCRoomStats());
            room.onUserJoined("u", 0);
            room.onUserJoined(new UserInfo(), 0);
            room.onUserLeave("u", 0);
            room.onRoomMessageReceived("u", "hi");
            room.onRoomBinaryMessageReceived("u", ByteBuffer.allocate(0));
            room.onRoomMessageSendResult(1L, 200);
        }).doesNotThrowAnyException();
    }
}
