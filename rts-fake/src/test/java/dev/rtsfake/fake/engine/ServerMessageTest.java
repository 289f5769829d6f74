package dev.rtsfake.fake.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtsfake.fake.diag.Misuse;
import dev.rtsfake.fake.diag.MisuseRule;
import dev.rtsfake.fake.testing.RtsFixture;
import dev.rtsfake.fake.testing.RtsFixture.Client;
import java.nio.ByteBuffer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** setServerParams, sendServerMessage and sendServerBinaryMessage (P2Server). */
class ServerMessageTest {
    private static final String URL = "https://app.example.com/rts";
    private final RtsFixture f = RtsFixture.create();

    private Client withServerParams(String uid) {
        Client c = f.loggedIn(uid);
        assertThat(c.rts.setServerParams("sig", URL)).isZero();
        f.cloud.runUntilIdle();
        assertThat(c.events()).containsExactly("onServerParamsSetResult(200)");
        c.handler.clear();
        return c;
    }

    @Test
    void setServerParams_withNullOrEmptyArguments_returnsParameterError() {
        Client a = f.loggedIn("alice");

        assertThat(a.rts.setServerParams(null, URL)).isEqualTo(-2);
        assertThat(a.rts.setServerParams("", URL)).isEqualTo(-2);
        assertThat(a.rts.setServerParams("sig", null)).isEqualTo(-2);
        assertThat(a.rts.setServerParams("sig", "")).isEqualTo(-2);
        f.cloud.runUntilIdle();

        assertThat(a.events()).isEmpty();
    }

    @Test
    void setServerParams_beforeLogin_reportsNotLoginAndRecordsMisuse() {
        Client a = f.client("alice");

        assertThat(a.rts.setServerParams("sig", URL)).isZero();
        assertThat(a.events()).isEmpty();
        f.cloud.advance(Duration.ZERO);

        assertThat(a.events()).containsExactly("onServerParamsSetResult(105)");
        assertThat(f.cloud.misuses()).extracting(Misuse::rule).containsExactly(MisuseRule.CALL_BEFORE_LOGIN);
    }

    @Test
    void setServerParams_loggedIn_reports200AfterRoundTrip() {
        Client a = f.loggedIn("alice");

        assertThat(a.rts.setServerParams("sig", URL)).isZero();
        f.cloud.advance(Duration.ofMillis(59));
        assertThat(a.events()).isEmpty();
        f.cloud.advance(Duration.ofMillis(1));

        assertThat(a.events()).containsExactly("onServerParamsSetResult(200)");
        f.cloud.assertClean();
    }

    @Test
    void sendServerMessage_withNull_returnsParameterError() {
        Client a = withServerParams("alice");

        assertThat(a.rts.sendServerMessage(null)).isEqualTo(-2);
        assertThat(a.rts.sendServerBinaryMessage(null)).isEqualTo(-2);
        f.cloud.runUntilIdle();
        assertThat(a.events()).isEmpty();
    }

    @Test
    void sendServerMessage_notLoggedIn_reportsNotLoginAtOnce() {
        Client a = f.client("alice");

        long id = a.rts.sendServerMessage("hi");
        long bid = a.rts.sendServerBinaryMessage(new byte[] {1});
        f.cloud.advance(Duration.ZERO);

        assertThat(id).isEqualTo(1);
        assertThat(bid).isEqualTo(2);
        assertThat(a.events()).containsExactly("onServerMessageSendResult(1,105,)", "onServerMessageSendResult(2,105,)");
    }

    @Test
    void sendServerMessage_beforeServerParams_reportsParamsNotSetAndRecordsMisuse() {
        Client a = f.loggedIn("alice");

        long id = a.rts.sendServerMessage("hi");
        long bid = a.rts.sendServerBinaryMessage(new byte[] {1});
        f.cloud.advance(Duration.ZERO);

        assertThat(a.events()).containsExactly("onServerMessageSendResult(" + id + ",106,)",
                "onServerMessageSendResult(" + bid + ",106,)");
        assertThat(f.cloud.misuses()).extracting(Misuse::rule)
                .containsOnly(MisuseRule.SERVER_MESSAGE_BEFORE_SERVER_PARAMS).hasSize(2);
    }

    @Test
    void sendServerMessage_whileServerParamsPending_reportsParamsNotSet() {
        Client a = f.loggedIn("alice");
        a.rts.setServerParams("sig", URL);

        long id = a.rts.sendServerMessage("too early");
        f.cloud.runUntilIdle();

        assertThat(a.events()).containsExactly("onServerMessageSendResult(" + id + ",106,)",
                "onServerParamsSetResult(200)");
    }

    @Test
    void sendServerMessage_overMaxLength_reportsExceedMaxLengthAtOnce() {
        Client a = withServerParams("alice");

        long id = a.rts.sendServerMessage("a".repeat(65537));
        long bid = a.rts.sendServerBinaryMessage(new byte[47105]);
        f.cloud.advance(Duration.ZERO);

        assertThat(a.events()).containsExactly("onServerMessageSendResult(" + id + ",103,)",
                "onServerMessageSendResult(" + bid + ",103,)");
    }

    @Test
    void sendServerMessage_atMaxLength_succeeds() {
        Client a = withServerParams("alice");

        long id = a.rts.sendServerMessage("a".repeat(65536));
        long bid = a.rts.sendServerBinaryMessage(new byte[47104]);
        f.cloud.runUntilIdle();

        assertThat(a.events()).containsExactly("onServerMessageSendResult(" + id + ",0,)",
                "onServerMessageSendResult(" + bid + ",0,)");
    }

    @Test
    void sendServerMessage_success_reportsZeroWithAppServerBodyAfterRoundTrip() {
        Client a = withServerParams("alice");

        long id = a.rts.sendServerMessage("{\"event\":\"ping\"}");
        long bid = a.rts.sendServerBinaryMessage(new byte[] {1, 2});
        f.cloud.advance(Duration.ofMillis(59));
        assertThat(a.events()).isEmpty();
        f.cloud.advance(Duration.ofMillis(1));

        assertThat(a.events()).containsExactly("onServerMessageSendResult(" + id + ",0,)",
                "onServerMessageSendResult(" + bid + ",0,)");
        for (ByteBuffer ack : a.handler.serverAcks()) {
            assertThat(ack.hasArray()).isTrue();
            assertThat(ack.position()).isZero();
            assertThat(ack.remaining()).isZero();
        }
        f.cloud.assertClean();
    }

    @Test
    void sendServerMessage_afterReLogin_needsServerParamsAgain() {
        Client a = withServerParams("alice");
        a.rts.logout();
        f.cloud.runUntilIdle();
        a.login();

        long id = a.rts.sendServerMessage("hi");
        f.cloud.runUntilIdle();

        assertThat(a.events()).containsExactly("onServerMessageSendResult(" + id + ",106,)");
    }
}
