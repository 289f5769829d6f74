package dev.rtsfake.conformance.checks;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import com.ss.bytertc.rts.engine.type.RTCLogConfig;
import com.ss.bytertc.rts.engine.type.SysStats;
import dev.rtsfake.conformance.Client;
import dev.rtsfake.conformance.Optional;
import dev.rtsfake.conformance.Required;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONObject;

/**
 * The SDK's shape as the running implementation has it, read by reflection: where the two SDK
 * generations differ (docs/fidelity.md §6), a check says which one the target is.
 */
public interface ApiShapeChecks extends Checks {

    /** The return type of {@code name(params)} on the class of a live engine, or null if it has none. */
    default Class<?> returnTypeOnTheEngine(String name, Class<?>... params) {
        Client c = kit().client("alice");
        try {
            Method m = c.rts().getClass().getMethod(name, params);
            return m.getReturnType();
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    @Required("vendor login (abstract int login); fidelity §6 (the older generation returns long)")
    default void login_returnsInt_theVendorPagesGeneration() {
        kit().checkEquals(int.class, returnTypeOnTheEngine("login", String.class, String.class),
                "login(String, String)'s return type");
    }

    @Required("vendor RTS member table (int logout, updateLoginToken, setServerParams, getPeerOnlineStatus, "
            + "setRuntimeParameters); fidelity §6 (void in the older generation)")
    default void settersAndQueries_returnInt_theVendorPagesGeneration() {
        List<String> wrong = new ArrayList<>();
        Object[][] methods = {
            {"logout", new Class<?>[0]},
            {"updateLoginToken", new Class<?>[] {String.class}},
            {"setServerParams", new Class<?>[] {String.class, String.class}},
            {"getPeerOnlineStatus", new Class<?>[] {String.class}},
            {"setRuntimeParameters", new Class<?>[] {JSONObject.class}},
        };
        for (Object[] m : methods) {
            Class<?> r = returnTypeOnTheEngine((String) m[0], (Class<?>[]) m[1]);
            if (r != int.class) {
                wrong.add(m[0] + " returns " + r);
            }
        }
        kit().check(wrong.isEmpty(), "not the vendor page's int: " + wrong);
    }

    @Required("vendor RTS (static int setLogConfig, abstract int setLocalProxy); fidelity §6 (absent in the older generation)")
    default void setLogConfigAndSetLocalProxy_exist() {
        try {
            Method log = RTS.class.getMethod("setLogConfig", RTCLogConfig.class);
            kit().check(Modifier.isStatic(log.getModifiers()), "setLogConfig is not static");
            kit().checkEquals(int.class, log.getReturnType(), "setLogConfig's return type");
            kit().checkEquals(int.class, returnTypeOnTheEngine("setLocalProxy", List.class), "setLocalProxy's return type");
        } catch (NoSuchMethodException e) {
            throw kit().failure("missing: " + e.getMessage());
        }
    }

    @Optional("ref §1.5 SysStats (camelCase in newer builds); fidelity §6 (snake_case in the older generation)")
    default void sysStats_hasCamelCaseFields() {
        List<String> missing = new ArrayList<>();
        for (String f : new String[] {"cpuCores", "cpuAppUsage", "cpuTotalUsage", "memoryUsage", "fullMemory",
            "totalMemoryUsage", "freeMemory", "memoryRatio", "totalMemoryRatio"}) {
            try {
                SysStats.class.getField(f);
            } catch (NoSuchFieldException e) {
                missing.add(f);
            }
        }
        kit().check(missing.isEmpty(), "SysStats lacks " + missing);
    }

    @Required("ref §0, §1.3, §1.4 [C] (the handlers are abstract classes whose methods all do nothing)")
    default void handlers_areAbstractClassesWithEmptyMethods() {
        kit().check(Modifier.isAbstract(IRTSEventHandler.class.getModifiers()) && !IRTSEventHandler.class.isInterface(),
                "IRTSEventHandler is not an abstract class");
        kit().check(Modifier.isAbstract(IRTSRoomEventHandler.class.getModifiers())
                && !IRTSRoomEventHandler.class.isInterface(), "IRTSRoomEventHandler is not an abstract class");
        IRTSEventHandler h = new IRTSEventHandler() { };
        h.onLoginResult("u", 0, 0);
        h.onLogout();
        h.onMessageReceived("u", "m");
        IRTSRoomEventHandler r = new IRTSRoomEventHandler() { };
        r.onRoomStateChanged("room", "u", 0, "{}");
        r.onUserJoined("u", 0);
        r.onLeaveRoom();
    }

    @Optional("D2 (both variants declared: onLogout(int), onUserJoined(String, int), onLeaveRoom(RTCRoomStats))")
    default void handlers_declareBothVariantsOfTheUncertainCallbacks() {
        List<String> missing = new ArrayList<>();
        String[][] wanted = {
            {"IRTSEventHandler", "onLogout", "int"},
            {"IRTSRoomEventHandler", "onUserJoined", "java.lang.String,int"},
            {"IRTSRoomEventHandler", "onUserJoined", "com.ss.bytertc.rts.engine.type.UserInfo,int"},
            {"IRTSRoomEventHandler", "onLeaveRoom", "com.ss.bytertc.rts.engine.type.RTCRoomStats"},
        };
        for (String[] w : wanted) {
            Class<?> owner = w[0].equals("IRTSEventHandler") ? IRTSEventHandler.class : IRTSRoomEventHandler.class;
            boolean found = false;
            for (Method m : owner.getMethods()) {
                StringBuilder ps = new StringBuilder();
                for (Class<?> p : m.getParameterTypes()) {
                    ps.append(ps.length() == 0 ? "" : ",").append(p.getName());
                }
                found |= m.getName().equals(w[1]) && ps.toString().equals(w[2]);
            }
            if (!found) {
                missing.add(w[0] + "." + w[1] + "(" + w[2] + ")");
            }
        }
        kit().check(missing.isEmpty(), "missing " + missing);
    }

    @Required("ref §1.5 [C]/[X] (the documented values of the code families)")
    default void codeConstants_haveTheDocumentedValues() {
        Object[][] wanted = {
            {"LoginErrorCode", "LOGIN_ERROR_CODE_INVALID_TOKEN", -1000},
            {"LoginErrorCode", "LOGIN_ERROR_CODE_INVALID_USER_ID", -1002},
            {"UserMessageSendResult", "USER_MESSAGE_SEND_RESULT_NO_RELAY_PATH", 4},
            {"UserMessageSendResult", "USER_MESSAGE_SEND_RESULT_EXCEED_MAX_LENGTH", 103},
            {"UserMessageSendResult", "USER_MESSAGE_SEND_RESULT_NOT_LOGIN", 105},
            {"UserMessageSendResult", "USER_MESSAGE_SEND_RESULT_SERVER_PARAMS_NOT_SET", 106},
            {"RoomMessageSendResult", "ROOM_MESSAGE_SEND_RESULT_SUCCESS", 200},
            {"RoomMessageSendResult", "ROOM_MESSAGE_SEND_RESULT_NOT_JOIN", 100},
            {"ConnectionState", "CONNECTION_STATE_RECONNECTING", 4},
            {"ConnectionState", "CONNECTION_STATE_RECONNECTED", 5},
            {"UserOnlineStatus", "USER_ONLINE_STATUS_ONLINE", 1},
        };
        List<String> wrong = new ArrayList<>();
        for (Object[] w : wanted) {
            try {
                int v = Class.forName("com.ss.bytertc.rts.engine.type." + w[0]).getField((String) w[1]).getInt(null);
                if (v != (Integer) w[2]) {
                    wrong.add(w[0] + "." + w[1] + " = " + v);
                }
            } catch (ReflectiveOperationException e) {
                wrong.add(w[0] + "." + w[1] + " missing (" + e + ")");
            }
        }
        kit().check(wrong.isEmpty(), "not the documented values: " + wrong);
    }

    @Optional("D1; ref §1.5 MessageConfig [X] (an enum with value() and fromId, falling back to RELIABLE_ORDERED)")
    default void messageConfig_isAnEnumWithTheDocumentedValues() {
        kit().check(MessageConfig.class.isEnum(), "MessageConfig is not an enum");
        kit().checkEquals(0, MessageConfig.RELIABLE_ORDERED.value(), "RELIABLE_ORDERED.value()");
        kit().checkEquals(2, MessageConfig.UNRELIABLE_UNORDERED.value(), "UNRELIABLE_UNORDERED.value()");
        kit().checkEquals(MessageConfig.RELIABLE_ORDERED, MessageConfig.fromId(99), "fromId(99)");
    }

    @Optional("fidelity §6 (the older generation's room handler has onUserJoined(UserInfo): an app overriding"
            + " onUserJoined(String, int) would never hear anyone join)")
    default void roomHandler_hasNoOneArgumentOnUserJoined() {
        try {
            IRTSRoomEventHandler.class.getMethod("onUserJoined", com.ss.bytertc.rts.engine.type.UserInfo.class);
            throw kit().failure("IRTSRoomEventHandler declares onUserJoined(UserInfo): the older generation's shape");
        } catch (NoSuchMethodException expected) {
            // the vendor page's generation: no such method
        }
    }

    @Optional("fidelity §6; ref §1.5 ReturnStatus (the RTC set, -201 NATIVE_IN_VALID included; the older RTS subset"
            + " stops at -8)")
    default void returnStatus_hasTheRtcValues() {
        try {
            Class<?> rs = Class.forName("com.ss.bytertc.rts.engine.type.ReturnStatus");
            Object v = rs.getField("RETURN_STATUS_NATIVE_IN_VALID").get(null);
            kit().checkEquals(-201, rs.getMethod("value").invoke(v), "RETURN_STATUS_NATIVE_IN_VALID.value()");
        } catch (ReflectiveOperationException e) {
            throw kit().failure("ReturnStatus lacks RETURN_STATUS_NATIVE_IN_VALID or value(): " + e);
        }
    }
}
