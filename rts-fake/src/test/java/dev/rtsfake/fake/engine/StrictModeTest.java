package dev.rtsfake.fake.engine;

import static dev.rtsfake.fake.testing.RtsFixture.APP_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import dev.rtsfake.fake.Installation;
import dev.rtsfake.fake.diag.Misuse;
import dev.rtsfake.fake.diag.MisuseRule;
import dev.rtsfake.fake.testing.RecordingHandler;
import dev.rtsfake.fake.testing.RtsFixture;
import dev.rtsfake.fake.testing.RtsFixture.Client;
import dev.rtsfake.fake.trace.TraceKind;
import org.junit.jupiter.api.Test;

/** Strict mode: documented misuse is recorded, the call still does what the SDK would. */
class StrictModeTest {

    @Test
    void destroyRTS_insideCallback_recordsDestroyInCallback_andStillDestroys() {
        RtsFixture f = RtsFixture.create();
        RecordingHandler other = new RecordingHandler();
        try (Installation ignored = f.cloud.install()) {
            RTS[] self = new RTS[1];
            self[0] = RTS.createRTS(null, APP_ID, new IRTSEventHandler() {
                @Override
                public void onLoginResult(String uid, int errorCode, int elapsed) {
                    RTS.destroyRTS();
                }
            }, null);
            RTS bob = RTS.createRTS(null, APP_ID, other, null);
            self[0].login(f.token("alice"), "alice");
            f.cloud.runUntilIdle();

            assertThat(((FakeRTS) self[0]).isDestroyed()).isTrue();
            assertThat(((FakeRTS) bob).isDestroyed()).isTrue();
            // one SDK call, one misuse: not one more for each engine destroyRTS destroys
            assertThat(f.cloud.misuses()).singleElement().satisfies(m -> {
                assertThat(m.rule()).isEqualTo(MisuseRule.DESTROY_IN_CALLBACK);
                assertThat(m.call()).isEqualTo("destroyRTS");
            });
        }
    }

    @Test
    void engineDestroy_insideCallback_recordsDestroyInCallback_andStillDestroys() {
        RtsFixture f = RtsFixture.create();
        FakeRTS[] self = new FakeRTS[1];
        self[0] = f.cloud.createRTS(APP_ID, new IRTSEventHandler() {
            @Override
            public void onLoginResult(String uid, int errorCode, int elapsed) {
                f.cloud.destroy(self[0]);
            }
        });

        self[0].login(f.token("alice"), "alice");
        f.cloud.runUntilIdle();

        assertThat(self[0].isDestroyed()).isTrue();
        assertThat(f.cloud.misuses()).singleElement().satisfies(m -> {
            assertThat(m.rule()).isEqualTo(MisuseRule.DESTROY_IN_CALLBACK);
            assertThat(m.call()).isEqualTo("destroy");
        });
        assertThat(f.cloud.trace().ofKind(TraceKind.MISUSE)).hasSize(1);
    }

    @Test
    void destroyInsideCallback_laterCallbacksOfTheSameStepAreDropped() {
        RtsFixture f = RtsFixture.create();
        RecordingHandler log = new RecordingHandler();
        FakeRTS[] self = new FakeRTS[1];
        self[0] = f.cloud.createRTS(APP_ID, new IRTSEventHandler() {
            @Override
            public void onConnectionStateChanged(int state, int reason) {
                log.onConnectionStateChanged(state, reason);
                if (state == 3) {
                    f.cloud.destroy(self[0]);
                }
            }

            @Override
            public void onLoginResult(String uid, int errorCode, int elapsed) {
                log.onLoginResult(uid, errorCode, elapsed);
            }
        });

        self[0].login(f.token("alice"), "alice");
        f.cloud.runUntilIdle();

        assertThat(log.events()).containsExactly("onConnectionStateChanged(2,-1)", "onConnectionStateChanged(3,-1)");
    }

    @Test
    void strictOff_recordsNoMisuse_butCallsBehaveTheSame() {
        RtsFixture f = RtsFixture.create(RtsFixture.builder().strict(false));
        Client a = f.client("alice");
        FakeRTS[] self = new FakeRTS[1];
        self[0] = f.cloud.createRTS(APP_ID, new IRTSEventHandler() {
            @Override
            public void onLoginResult(String uid, int errorCode, int elapsed) {
                f.cloud.destroy(self[0]);
            }
        });

        assertThat(a.rts.sendMessage("bob", "x", null)).isEqualTo(1);
        a.rts.setServerParams("s", "u");
        RtsFixture.Room room = a.room("r1");
        assertThat(room.room.joinRoom()).isZero();
        self[0].login(f.token("carol"), "carol");
        f.cloud.runUntilIdle();
        assertThat(self[0].login("t", "carol")).isEqualTo(-1);

        assertThat(f.cloud.misuses()).isEmpty();
        assertThat(f.cloud.trace().ofKind(TraceKind.MISUSE)).isEmpty();
        assertThat(a.events()).containsExactly("onMessageSendResult(1,105)", "onServerParamsSetResult(105)");
        assertThat(room.events()).as("the join before login still fails").containsExactly("onRoomStateChanged(r1,,-1001,{})");
        assertThat(self[0].isDestroyed()).isTrue();
        f.cloud.assertClean();
    }

    @Test
    void misuse_isRecordedInTheTraceWithItsRule_andAssertCleanReportsIt() {
        RtsFixture f = RtsFixture.create();
        Client a = f.client("alice");

        a.rts.createRoom("r1").joinRoom();

        assertThat(f.cloud.trace().ofKind(TraceKind.MISUSE)).singleElement()
                .satisfies(e -> assertThat(e.format()).contains("JOIN_BEFORE_LOGIN"));
        assertThat(f.cloud.misuses().get(0).message()).contains("joinRoom");
        org.assertj.core.api.Assertions.assertThatThrownBy(f.cloud::assertClean).isInstanceOf(AssertionError.class)
                .hasMessageContaining("joinRoom");
    }
}
