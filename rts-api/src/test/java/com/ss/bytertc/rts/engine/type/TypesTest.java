package com.ss.bytertc.rts.engine.type;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Enum round trips and fallbacks, constant values from the spec tables, and the data records. */
class TypesTest {

    // ----- enums ---------------------------------------------------------------------------

    @Test
    void messageConfig_valueAndFromId_roundTripAndFallBackToReliableOrdered() {
        for (MessageConfig c : MessageConfig.values()) {
            assertThat(MessageConfig.fromId(c.value())).isSameAs(c);
        }
        assertThat(MessageConfig.RELIABLE_ORDERED.value()).isZero();
        assertThat(MessageConfig.UNRELIABLE_ORDERED.value()).isEqualTo(1);
        assertThat(MessageConfig.UNRELIABLE_UNORDERED.value()).isEqualTo(2);
        assertThat(MessageConfig.fromId(99)).isSameAs(MessageConfig.RELIABLE_ORDERED);
        assertThat(MessageConfig.fromId(-1)).isSameAs(MessageConfig.RELIABLE_ORDERED);
    }

    @Test
    void localLogLevel_valueGetValueAndFromId_agreeAndFallBackToWarning() {
        for (LocalLogLevel l : LocalLogLevel.values()) {
            assertThat(l.getValue()).isEqualTo(l.value());
            assertThat(LocalLogLevel.fromId(l.value())).isSameAs(l);
        }
        assertThat(LocalLogLevel.INFO.value()).isZero();
        assertThat(LocalLogLevel.NONE.getValue()).isEqualTo(3);
        assertThat(LocalLogLevel.fromId(42)).isSameAs(LocalLogLevel.WARNING);
    }

    @Test
    void localProxyEnums_roundTripAndReturnNullForUnknownIds() {
        for (LocalProxyType t : LocalProxyType.values()) {
            assertThat(LocalProxyType.fromId(t.value())).isSameAs(t);
        }
        for (LocalProxyState s : LocalProxyState.values()) {
            assertThat(LocalProxyState.fromId(s.value())).isSameAs(s);
        }
        for (LocalProxyError e : LocalProxyError.values()) {
            assertThat(LocalProxyError.fromId(e.value())).isSameAs(e);
        }
        assertThat(LocalProxyType.SOCKS5.value()).isEqualTo(1);
        assertThat(LocalProxyType.HTTP_TUNNEL.value()).isEqualTo(2);
        assertThat(LocalProxyState.INITED.value()).isZero();
        assertThat(LocalProxyState.ERROR.value()).isEqualTo(2);
        assertThat(LocalProxyError.OK.value()).isZero();
        assertThat(LocalProxyError.HTTP_TUNNEL_FAILED.value()).isEqualTo(6);
        assertThat(LocalProxyType.fromId(0)).isNull();
        assertThat(LocalProxyState.fromId(3)).isNull();
        assertThat(LocalProxyError.fromId(7)).isNull();
    }

    @Test
    void returnStatus_roundTripsAndFallsBackToFailure() {
        for (ReturnStatus s : ReturnStatus.values()) {
            assertThat(ReturnStatus.fromId(s.value())).isSameAs(s);
        }
        assertThat(ReturnStatus.values()).hasSize(17);
        assertThat(ReturnStatus.RETURN_STATUS_SUCCESS.value()).isZero();
        assertThat(ReturnStatus.RETURN_STATUS_PARAMETER_ERR.value()).isEqualTo(-2);
        assertThat(ReturnStatus.RETURN_STATUS_ROOMID_IN_USE.value()).isEqualTo(-8);
        assertThat(ReturnStatus.RETURN_STATUS_AUDIO_DEVICE_PROCESS_NOT_EXIST.value()).isEqualTo(-110);
        assertThat(ReturnStatus.RETURN_STATUS_NATIVE_IN_VALID.value()).isEqualTo(-201);
        assertThat(ReturnStatus.fromId(12345)).isSameAs(ReturnStatus.RETURN_STATUS_FAILURE);
    }

    // ----- int-constant classes ------------------------------------------------------------

    @Test
    void loginErrorCode_matchesSpec() {
        assertThat(LoginErrorCode.LOGIN_ERROR_CODE_SUCCESS).isZero();
        assertThat(LoginErrorCode.LOGIN_ERROR_CODE_INVALID_TOKEN).isEqualTo(-1000);
        assertThat(LoginErrorCode.LOGIN_ERROR_CODE_LOGIN_FAILED).isEqualTo(-1001);
        assertThat(LoginErrorCode.LOGIN_ERROR_CODE_INVALID_USER_ID).isEqualTo(-1002);
        assertThat(LoginErrorCode.LOGIN_ERROR_CODE_SERVER_ERROR).isEqualTo(-1003);
    }

    @Test
    void userMessageSendResult_matchesSpec() {
        assertThat(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_SUCCESS).isZero();
        assertThat(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_NO_RELAY_PATH).isEqualTo(4);
        assertThat(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_E2BS_SEND_FAILED).isEqualTo(17);
        assertThat(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_E2BS_RETURN_FAILED).isEqualTo(18);
        assertThat(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_EXCEED_MAX_LENGTH).isEqualTo(103);
        assertThat(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_NOT_LOGIN).isEqualTo(105);
        assertThat(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_SERVER_PARAMS_NOT_SET).isEqualTo(106);
        assertThat(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_UNKNOWN).isEqualTo(1000);
    }

    @Test
    void roomMessageSendResult_successIs200() {
        assertThat(RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_SUCCESS).isEqualTo(200);
        assertThat(RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_TIMEOUT).isEqualTo(1);
        assertThat(RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_EXCEED_QPS).isEqualTo(5);
        assertThat(RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_NOT_JOIN).isEqualTo(100);
        assertThat(RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_UNKNOWN).isEqualTo(1000);
    }

    @Test
    void stateAndReasonCodes_matchSpec() {
        assertThat(UserOnlineStatus.USER_ONLINE_STATUS_OFFLINE).isZero();
        assertThat(UserOnlineStatus.USER_ONLINE_STATUS_UNREACHABLE).isEqualTo(2);
        assertThat(ConnectionState.CONNECTION_STATE_DISCONNECTED).isEqualTo(1);
        assertThat(ConnectionState.CONNECTION_STATE_CONNECTED).isEqualTo(3);
        assertThat(ConnectionState.CONNECTION_STATE_FAILED).isEqualTo(7);
        assertThat(NetworkType.NETWORK_TYPE_UNKNOWN).isEqualTo(-1);
        assertThat(NetworkType.NETWORK_TYPE_WIFI).isEqualTo(2);
        assertThat(NetworkType.NETWORK_TYPE_MOBILE_5G).isEqualTo(6);
        assertThat(LogoutReason.LOGOUT_REASON_LOGOUT).isZero();
        assertThat(LogoutReason.LOGOUT_REASON_DUPLICATE_LOGIN).isEqualTo(1);
        assertThat(UserOfflineReason.USER_OFFLINE_REASON_QUIT).isZero();
        assertThat(UserOfflineReason.USER_OFFLINE_REASON_KICKED_BY_ADMIN).isEqualTo(3);
    }

    @Test
    void roomErrorWarningAndBusinessCodes_matchSpec() {
        assertThat(ErrorCode.ERROR_CODE_DUPLICATE_LOGIN).isEqualTo(-1004);
        assertThat(ErrorCode.ERROR_CODE_ROOM_ID_ILLEGAL).isEqualTo(-1007);
        assertThat(ErrorCode.ERROR_CODE_ROOM_ALREADY_EXIST).isEqualTo(-1013);
        assertThat(ErrorCode.ERROR_CODE_ABNORMAL_SERVER_STATUS).isEqualTo(-1084);
        assertThat(WarningCode.WARNING_CODE_JOIN_ROOM_FAILED).isEqualTo(-2001);
        assertThat(WarningCode.WARNING_CODE_OLD_ROOM_BE_REPLACED).isEqualTo(-2016);
        assertThat(BusinessCheckCode.ERROR_ALREADY_IN_ROOM).isEqualTo(-6001);
        assertThat(BusinessCheckCode.ERROR_INPUT_INVALIDATE).isEqualTo(-6002);
    }

    @Test
    void constantClasses_areFinalWithPrivateConstructorAndDistinctValues() throws Exception {
        Class<?>[] classes = {LoginErrorCode.class, UserMessageSendResult.class, RoomMessageSendResult.class,
            UserOnlineStatus.class, ConnectionState.class, NetworkType.class, LogoutReason.class,
            UserOfflineReason.class, ErrorCode.class, WarningCode.class, BusinessCheckCode.class};
        for (Class<?> c : classes) {
            assertThat(Modifier.isFinal(c.getModifiers())).as(c.getSimpleName()).isTrue();
            Constructor<?>[] constructors = c.getDeclaredConstructors();
            assertThat(constructors).hasSize(1);
            assertThat(Modifier.isPrivate(constructors[0].getModifiers())).as(c.getSimpleName()).isTrue();
            Set<Integer> values = new HashSet<>();
            for (Field f : c.getDeclaredFields()) {
                assertThat(f.getType()).isEqualTo(int.class);
                assertThat(Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers())).isTrue();
                assertThat(values.add(f.getInt(null))).as(c.getSimpleName() + "." + f.getName() + " is unique").isTrue();
            }
        }
    }

    // ----- data records --------------------------------------------------------------------

    @Test
    void rtcLogConfig_pathConstructor_keepsDefaults() {
        RTCLogConfig config = new RTCLogConfig("/data/logs");

        assertThat(config.logPath).isEqualTo("/data/logs");
        assertThat(config.logLevel).isSameAs(LocalLogLevel.WARNING);
        assertThat(config.logFileSize).isEqualTo(10);
        assertThat(config.logFilenamePrefix).isNull();
        assertThat(config.toString()).contains("/data/logs").contains("WARNING");
    }

    @Test
    void rtcLogConfig_fullConstructor_setsEveryField() {
        RTCLogConfig config = new RTCLogConfig(LocalLogLevel.ERROR, "/p", 50, "app");

        assertThat(config.logLevel).isSameAs(LocalLogLevel.ERROR);
        assertThat(config.logPath).isEqualTo("/p");
        assertThat(config.logFileSize).isEqualTo(50);
        assertThat(config.logFilenamePrefix).isEqualTo("app");
    }

    @Test
    void localProxyConfiguration_constructor_setsFieldsInOrderAndMasksPassword() {
        LocalProxyConfiguration c = new LocalProxyConfiguration(LocalProxyType.SOCKS5, "10.0.0.1", 1080, "u", "secret");

        assertThat(c.localProxyType).isSameAs(LocalProxyType.SOCKS5);
        assertThat(c.localProxyIp).isEqualTo("10.0.0.1");
        assertThat(c.localProxyPort).isEqualTo(1080);
        assertThat(c.localProxyUsername).isEqualTo("u");
        assertThat(c.localProxyPassword).isEqualTo("secret");
        assertThat(c.toString()).contains("10.0.0.1").contains("1080").doesNotContain("secret");
    }

    @Test
    void userInfo_gettersAndToString() {
        UserInfo info = new UserInfo("alice", "{\"k\":1}");

        assertThat(info.getUid()).isEqualTo("alice");
        assertThat(info.getExtraInfo()).isEqualTo("{\"k\":1}");
        assertThat(info.toString()).contains("alice");
        assertThat(new UserInfo().getUid()).isNull();
    }

    @Test
    void sysStatsAndRoomStats_startAtZeroAndPrintTheirFields() {
        SysStats sys = new SysStats();
        sys.cpuCores = 8;
        RTCRoomStats room = new RTCRoomStats();
        room.totalDuration = 30;
        room.users = 3;

        assertThat(new SysStats().cpuAppUsage).isZero();
        assertThat(sys.toString()).contains("cpuCores=8");
        assertThat(room.toString()).contains("totalDuration=30").contains("users=3");
    }
}
