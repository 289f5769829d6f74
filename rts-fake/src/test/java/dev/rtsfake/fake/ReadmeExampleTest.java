package dev.rtsfake.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first test of the README, word for word, so the README stays true. */
class ReadmeExampleTest {
    static final String APP = "rtsfake-demo-app-0000001";          // AppIds are 24 characters

    @Test
    void alice_sendsBobAMessage() {
        FakeRtsCloud cloud = FakeRtsCloud.builder().seed(42).app(APP, "app-key").build();
        List<String> bobInbox = new ArrayList<>();
        RTS alice = cloud.createRTS(APP, new IRTSEventHandler() { });
        RTS bob = cloud.createRTS(APP, new IRTSEventHandler() {
            @Override public void onMessageReceived(String uid, String message) { bobInbox.add(uid + ": " + message); }
        });

        assertThat(alice.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice")).isZero();
        assertThat(bob.login(cloud.tokens().issue(APP, "bob", Duration.ofHours(1)), "bob")).isZero();
        cloud.runUntilIdle();                                        // states 2 and 3, onLoginResult(uid, 0, 60)

        long id = alice.sendMessage("bob", "hi", MessageConfig.RELIABLE_ORDERED);
        cloud.runUntilIdle();                                        // 30 ms up, 30 ms down

        assertThat(id).isEqualTo(1);
        assertThat(bobInbox).containsExactly("alice: hi");
        assertThat(cloud.trace().callbackNames("alice")).endsWith("onMessageSendResult");
        cloud.assertClean();                                         // no SDK misuse, no handler threw
    }
}
