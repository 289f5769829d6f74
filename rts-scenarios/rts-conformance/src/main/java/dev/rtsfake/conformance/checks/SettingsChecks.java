package dev.rtsfake.conformance.checks;

import com.ss.bytertc.rts.engine.type.LocalProxyConfiguration;
import com.ss.bytertc.rts.engine.type.LocalProxyType;
import dev.rtsfake.conformance.Client;
import dev.rtsfake.conformance.Optional;
import dev.rtsfake.conformance.Required;
import java.util.Collections;
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
        kit().check(alice.log().has(e -> e.name().equals("onLocalProxyStateChanged")
                && e.arg(2) == com.ss.bytertc.rts.engine.type.LocalProxyError.SOCKS5_INVALID_VALUE), "no SOCKS5_INVALID_VALUE");
        kit().check(alice.log().has(e -> e.name().equals("onLocalProxyStateChanged")
                && e.arg(2) == com.ss.bytertc.rts.engine.type.LocalProxyError.HTTP_TUNNEL_FAILED), "no HTTP_TUNNEL_FAILED");
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
}
