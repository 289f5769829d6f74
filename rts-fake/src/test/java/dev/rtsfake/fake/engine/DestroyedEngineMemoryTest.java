package dev.rtsfake.fake.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.net.Network;
import java.lang.ref.WeakReference;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A long run that creates and destroys engines keeps none of the destroyed ones. */
class DestroyedEngineMemoryTest {
    private static final String APP = "rtsfake-demo-app-0000001";

    @Test
    void aDestroyedEngine_isLetGo_byTheCloudItsLinkAndTheTrace() {
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").build()) {
            FakeRTS bob = cloud.createRTS(APP, new IRTSEventHandler() { });
            bob.login(cloud.tokens().issue(APP, "bob", Duration.ofHours(1)), "bob");
            WeakReference<FakeRTS> alice = new WeakReference<>(useAndDestroyAlice(cloud));
            cloud.advance(Duration.ofMinutes(2));

            for (int i = 0; i < 20 && alice.get() != null; i++) {
                System.gc();
            }
            assertThat(alice.get()).as("the destroyed engine is no longer reachable").isNull();
            assertThat(cloud.trace().callbackNames("alice")).contains("onMessageSendResult");
            cloud.network().disconnect("alice"); // still nameable: a test may act on a recent one
        }
    }

    private static FakeRTS useAndDestroyAlice(FakeRtsCloud cloud) {
        FakeRTS alice = cloud.createRTS(APP, new IRTSEventHandler() { });
        alice.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice");
        cloud.runUntilIdle();
        alice.createRoom("lobby").joinRoom();
        alice.sendMessage("bob", "hi", MessageConfig.RELIABLE_ORDERED);
        cloud.runUntilIdle();
        cloud.destroy(alice);
        return alice;
    }

    @Test
    void theLinksOfDestroyedEngines_areForgotten_onceAThousandMoreAreDestroyed() {
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").build()) {
            for (int i = 0; i <= Network.RETIRED_KEPT; i++) {
                cloud.destroy(cloud.createRTS(APP, new IRTSEventHandler() { }));
            }

            assertThatThrownBy(() -> cloud.network().disconnect("rts-1")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no client named 'rts-1'").hasMessageContaining("only the last 1000");
            cloud.network().disconnect("rts-2");
            cloud.network().disconnect("rts-" + (Network.RETIRED_KEPT + 1));
        }
    }
}
