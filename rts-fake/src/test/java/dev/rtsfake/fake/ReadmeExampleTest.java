package dev.rtsfake.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.junit.RtsFakeTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first test of the README, word for word (DocExamplesTest checks), so the README stays true. */
@RtsFakeTest(seed = 42)              // a fresh cloud per test, installed for RTS.createRTS, checked and closed after it
class ReadmeExampleTest {
    static final String APP = RtsFakeTest.APP_ID;                  // "rtsfake-demo-app-0000001": AppIds are 24 characters
    FakeRtsCloud cloud;

    @Test
    void alice_sendsBobAMessage() {
        List<String> bobInbox = new ArrayList<>();
        RTS alice = RTS.createRTS(null, APP, new IRTSEventHandler() { }, null);   // the SDK's own factory
        RTS bob = RTS.createRTS(null, APP, new IRTSEventHandler() {
            @Override public void onMessageReceived(String uid, String message) { bobInbox.add(uid + ": " + message); }
        }, null);

        assertThat(alice.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice")).isZero();
        assertThat(bob.login(cloud.tokens().issue(APP, "bob", Duration.ofHours(1)), "bob")).isZero();
        cloud.runUntilIdle();                                        // states 2 and 3, onLoginResult(uid, 0, 60)

        long id = alice.sendMessage("bob", "hi", MessageConfig.RELIABLE_ORDERED);
        cloud.runUntilIdle();                                        // 30 ms up, 30 ms down

        assertThat(id).isEqualTo(1);
        assertThat(bobInbox).containsExactly("alice: hi");
        assertThat(cloud.trace().callbackNames("alice")).endsWith("onMessageSendResult");
        assertThat(cloud.misuses()).isEmpty();                       // the extension also fails the test for misuse
    }
}
