package dev.rtsfake.conformance.checks;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.type.LocalProxyConfiguration;
import com.ss.bytertc.rts.engine.type.LocalProxyType;
import dev.rtsfake.conformance.Client;
import dev.rtsfake.conformance.Optional;
import dev.rtsfake.conformance.Required;
import dev.rtsfake.conformance.probe.Event;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.json.JSONObject;

/** The engine's settings methods: business id, runtime parameters, cellular enhancement, local proxy. */
public interface SettingsChecks extends Checks {

    @Required("vendor setBusinessId (0： 成功)")
    default void setBusinessId_legal_returns0() {
        Client alice = kit().loggedIn("alice");
        kit().checkEquals(0, alice.rts().setBusinessId("business_1.a-b@c"), "setBusinessId");
    }

    @Required("vendor setBusinessId (-2: 参数非法); ref §5 (charset)")
    default void setBusinessId_illegalCharacters_returnsMinus2() {
        Client alice = kit().loggedIn("alice");
        kit().checkEquals(-2, alice.rts().setBusinessId("bad id!"), "setBusinessId(\"bad id!\")");
    }

    @Optional("fake choice (fidelity §1 row 19: only the vendor's codes 0 and -2, also in a room)")
    default void setBusinessId_inARoom_returnsOnlyTheVendorsCodes() {
        Client alice = kit().loggedIn("alice");
        alice.joined("lobby");
        int r = alice.rts().setBusinessId("late");
        kit().check(r == 0 || r == -2, "setBusinessId in a room returned " + r + ", not one of the vendor's 0 and -2");
    }

    @Required("vendor setRuntimeParameters (0: 调用成功)")
    default void setRuntimeParameters_returns0() {
        Client alice = kit().client("alice");
        kit().checkEquals(0, alice.rts().setRuntimeParameters(new JSONObject().put("rtc.some_switch", true)),
                "setRuntimeParameters");
    }

    @Optional("vendor setRuntimeParameters (< 0 : 调用失败); fake choice")
    default void setRuntimeParameters_null_returnsNegative() {
        Client alice = kit().client("alice");
        kit().check(alice.rts().setRuntimeParameters(null) < 0, "setRuntimeParameters(null) returned >= 0");
    }

    @Required("vendor setCellularEnhancement (0: 成功)")
    default void setCellularEnhancement_returns0() {
        Client alice = kit().client("alice");
        kit().checkEquals(0, alice.rts().setCellularEnhancement(true), "setCellularEnhancement(true)");
        kit().checkEquals(0, alice.rts().setCellularEnhancement(false), "setCellularEnhancement(false)");
    }

    @Required("vendor setLocalProxy (SDK 会触发 onLocalProxyStateChanged)")
    default void setLocalProxy_valid_reportsTheProxyState() {
        Client alice = kit().client("alice");
        int r = alice.rts().setLocalProxy(Collections.singletonList(
                new LocalProxyConfiguration(LocalProxyType.SOCKS5, "127.0.0.1", 1080, "", "")));
        kit().checkEquals(0, r, "setLocalProxy");
        alice.await("onLocalProxyStateChanged", e -> e.name().equals("onLocalProxyStateChanged")
                && e.arg(0) == LocalProxyType.SOCKS5);
    }

    @Required("vendor setLocalProxy (选择不设置任何代理即可清空); ref §1.1 [X]")
    default void setLocalProxy_nullOrEmpty_clearsAndReturns0() {
        Client alice = kit().client("alice");
        kit().checkEquals(0, alice.rts().setLocalProxy(Collections.<LocalProxyConfiguration>emptyList()),
                "setLocalProxy(empty)");
        kit().checkEquals(0, alice.rts().setLocalProxy(null), "setLocalProxy(null)");
    }

    @Optional("ref §1.5 LocalProxyState [X/I]; fake choice (fidelity §1 row 20: INITED, then CONNECTED, per configuration)")
    default void setLocalProxy_valid_reportsInitedThenConnected() {
        Client alice = kit().client("alice");
        alice.rts().setLocalProxy(java.util.Arrays.asList(
                new LocalProxyConfiguration(LocalProxyType.SOCKS5, "127.0.0.1", 1080, "", ""),
                new LocalProxyConfiguration(LocalProxyType.HTTP_TUNNEL, "127.0.0.1", 8080, "", "")));
        kit().expect("four proxy states", () -> alice.log().count("onLocalProxyStateChanged") == 4);
        java.util.List<String> got = new java.util.ArrayList<>();
        for (dev.rtsfake.conformance.probe.Event e : alice.log().named("onLocalProxyStateChanged")) {
            got.add(e.arg(0) + " " + e.arg(1) + " " + e.arg(2));
        }
        kit().checkEquals(java.util.Arrays.asList("SOCKS5 INITED OK", "SOCKS5 CONNECTED OK", "HTTP_TUNNEL INITED OK",
                "HTTP_TUNNEL CONNECTED OK"), got, "the proxy states");
    }

    @Optional("ref §1.5 LocalProxyError [X/I]; fake choice (fidelity §1 row 20: a bad address is an ERROR)")
    default void setLocalProxy_badAddress_reportsErrorPerType() {
        Client alice = kit().client("alice");
        alice.rts().setLocalProxy(java.util.Arrays.asList(
                new LocalProxyConfiguration(LocalProxyType.SOCKS5, "", 0, "", ""),
                new LocalProxyConfiguration(LocalProxyType.HTTP_TUNNEL, "not an address", -1, "", "")));
        kit().expect("an error per configuration", () -> alice.log().matching(e -> e.name().equals(
                "onLocalProxyStateChanged") && e.arg(1) == com.ss.bytertc.rts.engine.type.LocalProxyState.ERROR).size() == 2);
        kit().check(alice.log().has(e -> e.name().equals("onLocalProxyStateChanged") && e.arg(0) == LocalProxyType.SOCKS5
                && e.arg(2) == com.ss.bytertc.rts.engine.type.LocalProxyError.SOCKS5_INVALID_VALUE),
                "no SOCKS5_INVALID_VALUE for the SOCKS5 proxy");
        kit().check(alice.log().has(e -> e.name().equals("onLocalProxyStateChanged") && e.arg(0) == LocalProxyType.HTTP_TUNNEL
                && e.arg(2) == com.ss.bytertc.rts.engine.type.LocalProxyError.HTTP_TUNNEL_FAILED),
                "no HTTP_TUNNEL_FAILED for the HTTP tunnel");
    }

    @Optional("ref §1.5 LocalProxyError [X/I] (SOCKS5_USER_PASS_NOT_GIVEN)")
    default void setLocalProxy_socks5UserWithoutPassword_reportsUserPassNotGiven() {
        Client alice = kit().client("alice");
        alice.rts().setLocalProxy(Collections.singletonList(
                new LocalProxyConfiguration(LocalProxyType.SOCKS5, "127.0.0.1", 1080, "user", "")));
        alice.await("SOCKS5_USER_PASS_NOT_GIVEN", e -> e.name().equals("onLocalProxyStateChanged")
                && e.arg(2) == com.ss.bytertc.rts.engine.type.LocalProxyError.SOCKS5_USER_PASS_NOT_GIVEN);
    }

    @Optional("vendor setBusinessId (-2: 参数非法); fake choice (null and over 128 characters are illegal)")
    default void setBusinessId_nullOrTooLong_returnsMinus2() {
        Client alice = kit().client("alice");
        kit().checkEquals(-2, alice.rts().setBusinessId(null), "setBusinessId(null)");
        kit().checkEquals(-2, alice.rts().setBusinessId("b".repeat(129)), "setBusinessId(129 characters)");
        kit().checkEquals(0, alice.rts().setBusinessId("b".repeat(128)), "setBusinessId(128 characters)");
        kit().checkEquals(0, alice.rts().setBusinessId(""), "setBusinessId(\"\") (clears it)");
    }

    /** The {@code onLocalProxyStateChanged} events so far, each as "TYPE STATE ERROR". */
    default List<String> proxyStates(Client c) {
        List<String> got = new ArrayList<>();
        for (Event e : c.log().named("onLocalProxyStateChanged")) {
            got.add(e.arg(0) + " " + e.arg(1) + " " + e.arg(2));
        }
        return got;
    }

    @Optional("D5; ref §2.2 [I] (a destroyed engine's int methods return -1); vendor setCellularEnhancement (-1)")
    default void settings_onADestroyedEngine_returnMinus1() {
        Client alice = kit().client("alice");
        alice.destroy();
        RTS r = alice.rts();
        kit().checkEquals(-1, r.setBusinessId("business"), "setBusinessId on a destroyed engine");
        kit().checkEquals(-1, r.setRuntimeParameters(new JSONObject().put("rtc.some_switch", true)),
                "setRuntimeParameters on a destroyed engine");
        kit().checkEquals(-1, r.setCellularEnhancement(true), "setCellularEnhancement on a destroyed engine");
        kit().checkEquals(-1, r.setLocalProxy(Collections.singletonList(
                new LocalProxyConfiguration(LocalProxyType.SOCKS5, "127.0.0.1", 1080, "", ""))),
                "setLocalProxy on a destroyed engine");
    }

    @Optional("fake choice (fidelity §1 row 36: a proxy list that throws while read, holds another type or has more"
            + " than 100 entries gives -2); vendor setLocalProxy")
    @SuppressWarnings({"unchecked", "rawtypes"})
    default void setLocalProxy_unreadableList_returnsMinus2WithoutCallback() {
        Client alice = kit().client("alice");
        List<LocalProxyConfiguration> throwing = new AbstractList<LocalProxyConfiguration>() {
            @Override
            public LocalProxyConfiguration get(int index) {
                throw new IllegalStateException("the app's list fails (on purpose)");
            }

            @Override
            public int size() {
                return 1;
            }
        };
        List other = new ArrayList();
        other.add("socks5://127.0.0.1:1080");
        List<LocalProxyConfiguration> tooMany = new ArrayList<>();
        List<LocalProxyConfiguration> hundred = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add(new LocalProxyConfiguration(LocalProxyType.SOCKS5, "127.0.0.1", 1080, "", ""));
            if (i < 100) {
                hundred.add(new LocalProxyConfiguration(LocalProxyType.HTTP_TUNNEL, "127.0.0.1", 8080, "", ""));
            }
        }
        kit().checkEquals(-2, alice.rts().setLocalProxy(throwing), "setLocalProxy(a list that throws)");
        kit().checkEquals(-2, alice.rts().setLocalProxy((List<LocalProxyConfiguration>) other),
                "setLocalProxy(a list holding a String)");
        kit().checkEquals(-2, alice.rts().setLocalProxy(tooMany), "setLocalProxy(101 proxies)");
        kit().settle();
        kit().checkEquals(0, alice.log().count("onLocalProxyStateChanged"), "proxy states after the refused lists");
        kit().checkEquals(0, alice.rts().setLocalProxy(hundred), "setLocalProxy(100 proxies)");
        kit().expect("a state per proxy of the 100", () -> alice.log().count("onLocalProxyStateChanged") >= 100);
    }

    @Optional("ref §1.1 setLocalProxy (0 / <0 [X]); vendor setLocalProxy (a configuration is a type, an address and"
            + " credentials): one that is null or has no type cannot be used")
    default void setLocalProxy_nullEntryOrNoType_returnsNegative() {
        Client alice = kit().client("alice");
        int nullEntry = alice.rts().setLocalProxy(java.util.Arrays.asList(
                new LocalProxyConfiguration(LocalProxyType.SOCKS5, "127.0.0.1", 1080, "", ""), null));
        kit().check(nullEntry < 0, "setLocalProxy([a proxy, null]) returned " + nullEntry);
        int noType = alice.rts().setLocalProxy(Collections.singletonList(
                new LocalProxyConfiguration(null, "127.0.0.1", 1080, "", "")));
        kit().check(noType < 0, "setLocalProxy([a proxy without a type]) returned " + noType);
    }

    @Optional("fake choice (fidelity §1 row 20: a bad address is an ERROR); a TCP port is 1 to 65535")
    default void setLocalProxy_portsFrom1To65535_connect_othersAreErrors() {
        Client alice = kit().client("alice");
        alice.rts().setLocalProxy(java.util.Arrays.asList(
                new LocalProxyConfiguration(LocalProxyType.SOCKS5, "127.0.0.1", 1, "", ""),
                new LocalProxyConfiguration(LocalProxyType.HTTP_TUNNEL, "127.0.0.1", 65535, "", "")));
        kit().expect("four proxy states", () -> alice.log().count("onLocalProxyStateChanged") == 4);
        alice.rts().setLocalProxy(java.util.Arrays.asList(
                new LocalProxyConfiguration(LocalProxyType.SOCKS5, "127.0.0.1", 65536, "", ""),
                new LocalProxyConfiguration(LocalProxyType.HTTP_TUNNEL, "127.0.0.1", 0, "", "")));
        kit().expect("six proxy states", () -> alice.log().count("onLocalProxyStateChanged") == 6);
        kit().checkEquals(java.util.Arrays.asList("SOCKS5 INITED OK", "SOCKS5 CONNECTED OK", "HTTP_TUNNEL INITED OK",
                "HTTP_TUNNEL CONNECTED OK", "SOCKS5 ERROR SOCKS5_INVALID_VALUE", "HTTP_TUNNEL ERROR HTTP_TUNNEL_FAILED"),
                proxyStates(alice), "the proxy states for ports 1 and 65535, then 65536 and 0");
    }

    @Optional("ref §1.5 LocalProxyError [X/I] (SOCKS5_USER_PASS_NOT_GIVEN); fake choice (fidelity §1 row 20: SOCKS5"
            + " credentials are a user and a password, or neither)")
    default void setLocalProxy_socks5Credentials_bothOrNeither() {
        Client alice = kit().client("alice");
        alice.rts().setLocalProxy(java.util.Arrays.asList(
                new LocalProxyConfiguration(LocalProxyType.SOCKS5, "127.0.0.1", 1080, "", "secret"),
                new LocalProxyConfiguration(LocalProxyType.SOCKS5, "127.0.0.1", 1081, "user", "secret")));
        kit().expect("three proxy states", () -> alice.log().count("onLocalProxyStateChanged") == 3);
        kit().checkEquals(java.util.Arrays.asList("SOCKS5 ERROR SOCKS5_USER_PASS_NOT_GIVEN", "SOCKS5 INITED OK",
                "SOCKS5 CONNECTED OK"), proxyStates(alice), "the states for a password alone, then a user and a password");
    }

    @Optional("fake choice (fidelity §1 row 36: a JSONObject that cannot be read, a cycle, gives -2)")
    default void setRuntimeParameters_cyclicObject_returnsMinus2() {
        Client alice = kit().client("alice");
        JSONObject cyclic = new JSONObject();
        cyclic.put("inner", new JSONObject().put("back", cyclic));
        kit().checkEquals(-2, alice.rts().setRuntimeParameters(cyclic), "setRuntimeParameters(a cyclic object)");
        kit().checkEquals(0, alice.rts().setRuntimeParameters(new JSONObject().put("rtc.some_switch", true)),
                "setRuntimeParameters after the refused one");
    }
}
