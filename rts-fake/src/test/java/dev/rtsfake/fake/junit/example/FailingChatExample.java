package dev.rtsfake.fake.junit.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.junit.RtsFakeTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The user guide's deliberately failing example (section 10): alice's token has expired by the time
 * she logs in. Not run by the build (its name matches no test pattern); UserGuideExampleTest runs it
 * through the engine test kit and checks the guide shows what it prints, and
 * {@code mvn test -Dtest=FailingChatExample} runs it for real.
 */
@RtsFakeTest(lastSteps = 8)
class FailingChatExample {
    static final String APP = RtsFakeTest.APP_ID;
    FakeRtsCloud cloud;

    @Test
    void alice_sendsBobAMessage() {
        String token = cloud.tokens().issue(APP, "alice", Duration.ofMinutes(1));
        List<String> bobInbox = new ArrayList<>();
        RTS alice = RTS.createRTS(null, APP, new IRTSEventHandler() { }, null);
        RTS bob = RTS.createRTS(null, APP, new IRTSEventHandler() {
            @Override public void onMessageReceived(String uid, String message) { bobInbox.add(uid + ": " + message); }
        }, null);
        cloud.advance(Duration.ofMinutes(2));                        // the app sat on the token too long

        alice.login(token, "alice");
        bob.login(cloud.tokens().issue(APP, "bob", Duration.ofHours(1)), "bob");
        cloud.runUntilIdle();
        alice.sendMessage("bob", "hi", MessageConfig.RELIABLE_ORDERED);
        cloud.runUntilIdle();

        assertThat(bobInbox).containsExactly("alice: hi");
    }
}
