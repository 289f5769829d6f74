package dev.rtsfake.fake.engine;

import static dev.rtsfake.fake.testing.RtsFixture.APP_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.LocalLogLevel;
import com.ss.bytertc.rts.engine.type.RTCLogConfig;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.Installation;
import dev.rtsfake.fake.diag.MisuseError;
import dev.rtsfake.fake.diag.MisuseRule;
import dev.rtsfake.fake.diag.Strictness;
import dev.rtsfake.fake.testing.RtsFixture;
import dev.rtsfake.fake.testing.RtsFixture.Client;
import dev.rtsfake.fake.trace.TraceKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three strictness levels, as Mockito has them: off, report at the end (the default), fail at the call. */
class StrictnessLevelsTest {

    @Test
    void defaultStrictness_isReport_theCallReturnsItsCode_andTheMisuseIsRecorded() {
        RtsFixture f = RtsFixture.create();
        Client alice = f.loggedIn("alice");

        int code = alice.rts.login(f.token("alice"), "alice");

        assertThat(f.cloud.settings().strictness()).isEqualTo(Strictness.REPORT);
        assertThat(code).isEqualTo(-2);
        assertThat(f.cloud.misuses()).singleElement()
                .satisfies(m -> assertThat(m.rule()).isEqualTo(MisuseRule.LOGIN_WHILE_LOGGED_IN));
    }

    @Test
    void strictBoolean_mapsToReportAndOff() {
        assertThat(RtsFixture.builder().strict(true).build().settings().strictness()).isEqualTo(Strictness.REPORT);
        assertThat(RtsFixture.builder().strict(false).build().settings().strictness()).isEqualTo(Strictness.OFF);
        assertThat(RtsFixture.builder().strictness(Strictness.OFF).build().settings().strict()).isFalse();
    }

    @Test
    void strictnessOff_recordsNothing_andTheCallStillReturnsItsCode() {
        RtsFixture f = RtsFixture.create(RtsFixture.builder().strictness(Strictness.OFF));
        Client alice = f.loggedIn("alice");

        assertThat(alice.rts.login(f.token("alice"), "alice")).isEqualTo(-2);
        assertThat(f.cloud.misuses()).isEmpty();
        assertThat(f.cloud.trace().ofKind(TraceKind.MISUSE)).isEmpty();
    }

    @Test
    void failAtCall_loginWhileLoggedIn_throwsMisuseError_fromTheSdkMethod_afterRecordingIt() {
        RtsFixture f = RtsFixture.create(RtsFixture.builder().strictness(Strictness.FAIL_AT_CALL));
        Client alice = f.loggedIn("alice");
        String token = f.token("alice");

        assertThatThrownBy(() -> alice.rts.login(token, "alice"))
                .isInstanceOf(MisuseError.class)
                .isInstanceOf(AssertionError.class)
                .hasMessage("SDK misuse (strictness FAIL_AT_CALL): alice.login at PT0.06S: "
                        + MisuseRule.LOGIN_WHILE_LOGGED_IN.advice())
                .satisfies(e -> assertThat(((MisuseError) e).misuse().rule()).isEqualTo(MisuseRule.LOGIN_WHILE_LOGGED_IN));
        assertThat(f.cloud.misuses()).hasSize(1);
        assertThat(f.cloud.trace().ofKind(TraceKind.MISUSE)).hasSize(1);
        // the engine is still usable: the refused call changed nothing
        assertThat(alice.rts.logout()).isZero();
    }

    @Test
    void failAtCall_aCorrectCallDoesNotThrow() {
        RtsFixture f = RtsFixture.create(RtsFixture.builder().strictness(Strictness.FAIL_AT_CALL));
        Client alice = f.loggedIn("alice");

        assertThat(alice.rts.sendMessage("alice", "to myself", null)).isPositive();
        f.cloud.runUntilIdle();
        f.cloud.assertClean();
    }

    @Test
    void failAtCall_throughTheSdkStaticMethod_setLogConfigAfterCreate_throws(@TempDir Path logs) {
        FakeRtsCloud cloud = RtsFixture.builder().strictness(Strictness.FAIL_AT_CALL).build();
        try (Installation ignored = cloud.install()) {
            RTS.createRTS(null, APP_ID, new IRTSEventHandler() { }, null);

            assertThatThrownBy(() -> RTS.setLogConfig(new RTCLogConfig(LocalLogLevel.INFO, logs.toString(), 10, "app")))
                    .isInstanceOf(MisuseError.class)
                    .hasMessageContaining(MisuseRule.LOG_CONFIG_AFTER_CREATE.advice());
        } finally {
            cloud.close();
        }
    }

    @Test
    void failAtCall_insideACallback_throwsIntoTheHandler_andEscapingIsAHandlerFailure() {
        FakeRtsCloud cloud = RtsFixture.builder().strictness(Strictness.FAIL_AT_CALL).build();
        List<Throwable> seenByHandler = new ArrayList<>();
        try (Installation ignored = cloud.install()) {
            RTS app = RTS.createRTS(null, APP_ID, new IRTSEventHandler() {
                @Override
                public void onLoginResult(String uid, int errorCode, int elapsed) {
                    try {
                        RTS.destroyRTS();
                    } catch (MisuseError e) {
                        seenByHandler.add(e);
                        throw e;
                    }
                }
            }, null);
            app.login(cloud.tokens().issue(APP_ID, "alice", RtsFixture.HOUR), "alice");
            cloud.runUntilIdle();

            assertThat(seenByHandler).singleElement().isInstanceOf(MisuseError.class);
            assertThat(((FakeRTS) app).isDestroyed()).as("the refused destroyRTS did nothing").isFalse();
            assertThat(cloud.misuses()).singleElement()
                    .satisfies(m -> assertThat(m.rule()).isEqualTo(MisuseRule.DESTROY_IN_CALLBACK));
            assertThat(cloud.handlerFailures()).singleElement()
                    .satisfies(h -> assertThat(h.error()).isSameAs(seenByHandler.get(0)));
        } finally {
            cloud.close();
        }
    }
}
