package dev.rtsfake.fake.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.type.LocalProxyConfiguration;
import com.ss.bytertc.rts.engine.type.LocalProxyType;
import dev.rtsfake.fake.diag.Misuse;
import dev.rtsfake.fake.diag.MisuseRule;
import dev.rtsfake.fake.testing.RtsFixture;
import dev.rtsfake.fake.testing.RtsFixture.Client;
import dev.rtsfake.fake.testing.RtsFixture.Room;
import java.time.Duration;
import java.util.List;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/** setBusinessId, setRuntimeParameters, setCellularEnhancement, setLocalProxy, setRtsEventHandler. */
class SettingsMethodsTest {
    private final RtsFixture f = RtsFixture.create();

    // ------------------------------------------------------------------ setBusinessId

    @Test
    void setBusinessId_null_returnsParameterError() {
        assertThat(f.client("alice").rts.setBusinessId(null)).isEqualTo(-2);
    }

    @Test
    void setBusinessId_illegalCharacters_returnsParameterError() {
        Client a = f.client("alice");

        assertThat(a.rts.setBusinessId("bad id!")).isEqualTo(-2);
        assertThat(a.rts.setBusinessId("slash/no")).isEqualTo(-2);
        assertThat(a.rts.setBusinessId("业务")).isEqualTo(-2);
        assertThat(a.rts.setBusinessId("x".repeat(129))).isEqualTo(-2);
        assertThat(a.rts.businessId()).isEmpty();
        f.cloud.runUntilIdle();
        assertThat(a.events()).isEmpty();
    }

    @Test
    void setBusinessId_returnsOnlyTheVendorsCodes_zeroOrMinusTwo() {
        Client a = f.loggedIn("alice");
        java.util.List<Integer> codes = new java.util.ArrayList<>();
        for (String id : new String[] {null, "", "ok", "aZ09_@-.", "bad id!", "业务", "tab\t", "x".repeat(128)}) {
            codes.add(a.rts.setBusinessId(id));
        }
        a.joined("r1");
        codes.add(a.rts.setBusinessId("late"));
        codes.add(a.rts.setBusinessId("bad id!"));

        assertThat(codes).containsExactly(-2, 0, 0, 0, -2, -2, -2, 0, 0, -2);
    }

    @Test
    void setBusinessId_empty_clearsItAndReturnsZero() {
        Client a = f.client("alice");

        assertThat(a.rts.setBusinessId("first")).isZero();
        assertThat(a.rts.setBusinessId("")).as("empty clears it").isZero();
        assertThat(a.rts.businessId()).isEmpty();
    }

    @Test
    void setBusinessId_legal_returnsZeroAndIsKept() {
        Client a = f.loggedIn("alice");

        assertThat(a.rts.setBusinessId("aZ09_@-.")).isZero();
        assertThat(a.rts.businessId()).isEqualTo("aZ09_@-.");
        f.cloud.runUntilIdle();
        assertThat(a.events()).isEmpty();
    }

    @Test
    void setBusinessId_whileInRoom_returnsZeroButIsNotApplied_andRecordsMisuse() {
        Client a = f.loggedIn("alice");
        assertThat(a.rts.setBusinessId("early")).isZero();
        a.joined("r1");

        assertThat(a.rts.setBusinessId("late")).isZero();

        assertThat(a.rts.businessId()).isEqualTo("early");
        assertThat(f.cloud.misuses()).extracting(Misuse::rule).containsExactly(MisuseRule.BUSINESS_ID_AFTER_JOIN);
    }

    @Test
    void setBusinessId_afterLeavingRoom_returnsZero() {
        Client a = f.loggedIn("alice");
        Room r = a.joined("r1");
        r.room.leaveRoom();
        f.cloud.runUntilIdle();

        assertThat(a.rts.setBusinessId("ok")).isZero();
    }

    // ------------------------------------------------------------------ setRuntimeParameters / cellular

    @Test
    void setRuntimeParameters_null_returnsParameterError_objectReturnsZeroAndMerges() {
        Client a = f.client("alice");

        assertThat(a.rts.setRuntimeParameters(null)).isEqualTo(-2);
        assertThat(a.rts.setRuntimeParameters(new JSONObject().put("a", 1).put("b", "x"))).isZero();
        assertThat(a.rts.setRuntimeParameters(new JSONObject().put("b", "y"))).isZero();

        assertThat(a.rts.runtimeParameters().toMap()).containsEntry("a", 1).containsEntry("b", "y");
    }

    @Test
    void setCellularEnhancement_returnsZero() {
        Client a = f.client("alice");

        assertThat(a.rts.setCellularEnhancement(true)).isZero();
        assertThat(a.rts.cellularEnhancement()).isTrue();
        assertThat(a.rts.setCellularEnhancement(false)).isZero();
        assertThat(a.rts.cellularEnhancement()).isFalse();
        f.cloud.runUntilIdle();
        assertThat(a.events()).isEmpty();
    }

    // ------------------------------------------------------------------ setLocalProxy

    @Test
    void setLocalProxy_nullOrEmpty_returnsZeroAndClearsProxies() {
        Client a = f.client("alice");
        a.rts.setLocalProxy(List.of(new LocalProxyConfiguration(LocalProxyType.SOCKS5, "10.0.0.1", 1080, "", "")));
        assertThat(a.rts.localProxies()).hasSize(1);

        assertThat(a.rts.setLocalProxy(null)).isZero();
        assertThat(a.rts.localProxies()).isEmpty();
        a.rts.setLocalProxy(List.of(new LocalProxyConfiguration(LocalProxyType.SOCKS5, "10.0.0.1", 1080, "", "")));
        assertThat(a.rts.setLocalProxy(List.of())).isZero();
        assertThat(a.rts.localProxies()).isEmpty();
    }

    @Test
    void setLocalProxy_validConfigs_reportInitedThenConnected() {
        Client a = f.client("alice");

        assertThat(a.rts.setLocalProxy(List.of(
                new LocalProxyConfiguration(LocalProxyType.SOCKS5, "10.0.0.1", 1080, "user", "pass"),
                new LocalProxyConfiguration(LocalProxyType.HTTP_TUNNEL, "10.0.0.2", 8080, null, null)))).isZero();
        assertThat(a.events()).isEmpty();
        f.cloud.runUntilIdle();

        assertThat(a.events()).containsExactly(
                "onLocalProxyStateChanged(SOCKS5,INITED,OK)",
                "onLocalProxyStateChanged(SOCKS5,CONNECTED,OK)",
                "onLocalProxyStateChanged(HTTP_TUNNEL,INITED,OK)",
                "onLocalProxyStateChanged(HTTP_TUNNEL,CONNECTED,OK)");
    }

    @Test
    void setLocalProxy_badAddress_reportsErrorPerType() {
        Client a = f.client("alice");

        assertThat(a.rts.setLocalProxy(List.of(
                new LocalProxyConfiguration(LocalProxyType.SOCKS5, "", 1080, null, null),
                new LocalProxyConfiguration(LocalProxyType.HTTP_TUNNEL, "10.0.0.2", 0, null, null),
                new LocalProxyConfiguration(LocalProxyType.SOCKS5, "10.0.0.1", 70000, null, null)))).isZero();
        f.cloud.runUntilIdle();

        assertThat(a.events()).containsExactly(
                "onLocalProxyStateChanged(SOCKS5,ERROR,SOCKS5_INVALID_VALUE)",
                "onLocalProxyStateChanged(HTTP_TUNNEL,ERROR,HTTP_TUNNEL_FAILED)",
                "onLocalProxyStateChanged(SOCKS5,ERROR,SOCKS5_INVALID_VALUE)");
    }

    @Test
    void setLocalProxy_socks5UserWithoutPassword_reportsUserPassNotGiven() {
        Client a = f.client("alice");

        a.rts.setLocalProxy(List.of(new LocalProxyConfiguration(LocalProxyType.SOCKS5, "10.0.0.1", 1080, "user", null)));
        f.cloud.runUntilIdle();

        assertThat(a.events()).containsExactly("onLocalProxyStateChanged(SOCKS5,ERROR,SOCKS5_USER_PASS_NOT_GIVEN)");
    }

    @Test
    void setLocalProxy_afterJoin_returnsZeroAndRecordsMisuse() {
        Client a = f.loggedIn("alice");
        a.joined("r1");

        assertThat(a.rts.setLocalProxy(List.of(
                new LocalProxyConfiguration(LocalProxyType.HTTP_TUNNEL, "10.0.0.2", 8080, null, null)))).isZero();
        f.cloud.runUntilIdle();

        assertThat(f.cloud.misuses()).extracting(Misuse::rule).containsExactly(MisuseRule.LOCAL_PROXY_AFTER_JOIN);
        assertThat(a.events()).containsExactly("onLocalProxyStateChanged(HTTP_TUNNEL,INITED,OK)",
                "onLocalProxyStateChanged(HTTP_TUNNEL,CONNECTED,OK)");
    }

    // ------------------------------------------------------------------ setRtsEventHandler

    @Test
    void setRtsEventHandler_laterCallbacksGoToTheNewHandler() {
        Client a = f.client("alice");
        dev.rtsfake.fake.testing.RecordingHandler second = new dev.rtsfake.fake.testing.RecordingHandler();

        a.rts.login(f.token("alice"), "alice");
        f.cloud.advance(Duration.ZERO);
        a.rts.setRtsEventHandler(second);
        f.cloud.runUntilIdle();

        assertThat(a.events()).containsExactly("onConnectionStateChanged(2,-1)");
        assertThat(second.events()).containsExactly("onConnectionStateChanged(3,-1)", "onLoginResult(alice,0,60)");
    }

    @Test
    void setRtsEventHandler_null_callbacksAreDropped() {
        Client a = f.client("alice");
        a.rts.setRtsEventHandler(null);

        a.rts.login(f.token("alice"), "alice");
        f.cloud.runUntilIdle();

        assertThat(a.events()).isEmpty();
        assertThat(a.rts.loginState()).isEqualTo(LoginState.LOGGED_IN);
        f.cloud.assertClean();
    }
}
