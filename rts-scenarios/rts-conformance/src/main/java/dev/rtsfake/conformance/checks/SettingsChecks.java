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
}
