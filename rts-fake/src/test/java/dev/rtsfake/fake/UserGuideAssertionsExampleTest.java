package dev.rtsfake.fake;

import static dev.rtsfake.fake.assertj.RtsFakeAssertions.assertThat;
import static dev.rtsfake.fake.assertj.RtsFakeAssertions.assertThatRoomMembers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.assertj.Step;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.recording.CallbackRecorder.Mark;
import dev.rtsfake.fake.recording.EngineCallback.MessageReceived;
import dev.rtsfake.fake.recording.RecordingEventHandler;
import dev.rtsfake.fake.recording.RecordingRoomEventHandler;
import dev.rtsfake.fake.trace.TraceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The examples of the user guide's "Recording handlers and assertions" section, word for word (the
 * lines between the markers are compared with the guide's code blocks).
 */
class UserGuideAssertionsExampleTest {
    static final String APP = "rtsfake-demo-app-0000001";

    @Test
    void recordingHandlersAndAssertions_asTheGuideShowsThem() {
        FakeRtsCloud cloud = FakeRtsCloud.builder().seed(42).app(APP, "app-key").build();
        List<String> inbox = new ArrayList<>();
        IRTSEventHandler appHandler = new IRTSEventHandler() {
            @Override public void onMessageReceived(String uid, String message) { inbox.add(message); }
        };
        // guide:recording
        RecordingEventHandler aliceEvents = new RecordingEventHandler(cloud);            // records only
        RecordingEventHandler bobEvents = new RecordingEventHandler(cloud, appHandler);  // records, then passes on
        FakeRTS alice = cloud.createRTS(APP, aliceEvents);
        FakeRTS bob = cloud.createRTS(APP, bobEvents);
        alice.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice");
        bob.login(cloud.tokens().issue(APP, "bob", Duration.ofHours(1)), "bob");
        cloud.runUntilIdle();

        Mark beforeSend = bobEvents.mark();
        long id = alice.sendMessage("bob", "hi", MessageConfig.RELIABLE_ORDERED);
        cloud.runUntilIdle();

        assertThat(bobEvents.callbacks(MessageReceived.class)).containsExactly(new MessageReceived("alice", "hi"));
        assertThat(bobEvents).since(beforeSend).hasReceivedMessageWithin(Duration.ofMillis(60), "alice", "hi");
        assertThat(aliceEvents).hasMessageSendResult(id, 0)
                               .hasConnectionStates(2, 3);                        // CONNECTING, CONNECTED
        assertThat(cloud).hasNoMisuse().hasNoHandlerFailure().hasUserOnline(APP, "bob");
        assertThat(cloud.trace()).containsStepsInOrder(
                Step.of(TraceKind.CALL, "alice", "sendMessage"),
                Step.of(TraceKind.CALLBACK, "bob", "onMessageReceived").withArgs("alice", "hi"));
        // end:recording
        assertThat(inbox).containsExactly("hi");

        // guide:rooms
        RecordingRoomEventHandler aliceLobby = new RecordingRoomEventHandler(cloud);
        RecordingRoomEventHandler bobLobby = new RecordingRoomEventHandler(cloud);
        RTSRoom aliceRoom = alice.createRoom("lobby");
        aliceRoom.setRTSRoomEventHandler(aliceLobby);                // before joinRoom: it learns whose it is
        aliceRoom.joinRoom();
        RTSRoom bobRoom = bob.createRoom("lobby");
        bobRoom.setRTSRoomEventHandler(bobLobby);
        bobRoom.joinRoom();
        cloud.runUntilIdle();

        long sent = aliceRoom.sendRoomMessage("hello all");
        cloud.runUntilIdle();

        assertThat(cloud).hasRoomMembers(APP, "lobby", "alice", "bob");
        assertThat(aliceLobby).hasRoomMessageSendResult(sent, 200);
        assertThatRoomMembers(aliceLobby, bobLobby).haveReceivedBroadcast("alice", "hello all");
        // end:rooms
        cloud.close();
    }

    @Test
    void theGuidesFailureMessage_isTheOneARealRunPrints() throws Exception {
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().seed(42).app(APP, "app-key").build()) {
            RecordingEventHandler aliceEvents = new RecordingEventHandler(cloud);
            RecordingEventHandler bobEvents = new RecordingEventHandler(cloud);
            FakeRTS alice = cloud.createRTS(APP, aliceEvents);
            FakeRTS bob = cloud.createRTS(APP, bobEvents);
            alice.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice");
            bob.login(cloud.tokens().issue(APP, "bob", Duration.ofHours(1)), "bob");
            cloud.runUntilIdle();
            alice.sendMessage("bob", "hello", MessageConfig.RELIABLE_ORDERED);
            cloud.runUntilIdle();

            String guide = section("Recording handlers and assertions");
            String shown = guide.substring(guide.indexOf("```text\n") + 8);
            shown = shown.substring(0, shown.indexOf("```")).stripTrailing();
            String expected = shown.replace("\n", System.lineSeparator());
            assertThatThrownBy(() -> assertThat(bobEvents).hasReceivedMessage("alice", "hi"))
                    .hasMessage(System.lineSeparator() + expected.replace(" on main:", " on "
                            + Thread.currentThread().getName() + ":"));
        }
    }

    @Test
    void theGuidesCodeBlocks_areTheLinesOfThisTest() throws Exception {
        String guide = section("Recording handlers and assertions");
        String source = Files.readString(Path.of("src/test/java/dev/rtsfake/fake/UserGuideAssertionsExampleTest.java"));
        for (String name : List.of("recording", "rooms")) {
            String body = source.substring(source.indexOf("// guide:" + name + "\n") + ("// guide:" + name + "\n").length(),
                    source.indexOf("        // end:" + name));
            String unindented = body.lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                    .reduce((x, y) -> x + "\n" + y).orElseThrow();
            assertThat(guide).as("the guide's %s example", name).contains("```java\n" + unindented + "\n```");
        }
    }

    static String section(String title) throws java.io.IOException {
        String guide = Files.readString(Path.of("../docs/user-guide.md"));
        int start = guide.indexOf("### " + title);
        assertThat(start).as("the guide has a section '%s'", title).isNotNegative();
        int end = guide.indexOf("\n## ", start);
        return guide.substring(start, end < 0 ? guide.length() : end);
    }
}
