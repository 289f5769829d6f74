package dev.rtsfake.fake.assertj;

import static dev.rtsfake.fake.assertj.RtsFakeAssertions.assertThat;
import static dev.rtsfake.fake.assertj.error.ShouldHaveConnectionStates.shouldHaveConnectionStates;
import static dev.rtsfake.fake.assertj.error.ShouldHaveReceivedMessage.shouldHaveReceivedMessage;
import static dev.rtsfake.fake.assertj.error.ShouldHaveReceivedMessageWithin.shouldHaveReceivedMessageWithin;
import static dev.rtsfake.fake.assertj.error.ShouldHaveReceivedMessagesInOrder.shouldHaveReceivedMessagesInOrder;
import static dev.rtsfake.fake.assertj.error.ShouldHaveSendResult.shouldHaveSendResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.assertj.Chat.User;
import dev.rtsfake.fake.recording.CallbackRecorder;
import dev.rtsfake.fake.recording.CallbackRecorder.Mark;
import dev.rtsfake.fake.recording.EngineCallback.ConnectionStateChanged;
import dev.rtsfake.fake.recording.EngineCallback.MessageReceived;
import dev.rtsfake.fake.recording.EngineCallback.MessageSendResult;
import dev.rtsfake.fake.recording.EngineCallback.ServerMessageSendResult;
import dev.rtsfake.fake.recording.RecordedCallback;
import dev.rtsfake.fake.recording.RecordingEventHandler;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class RecordingEventHandlerAssertTest {

    static List<RecordedCallback> of(CallbackRecorder r, Class<?> type, Mark since) {
        return r.recorded().stream().filter(c -> type.isInstance(c.callback()) && since.precedes(c)).toList();
    }

    static void send(Chat chat, User from, String to, String... texts) {
        for (String t : texts) {
            from.rts().sendMessage(to, t, MessageConfig.RELIABLE_ORDERED);
        }
        chat.cloud.runUntilIdle();
    }

    // ------------------------------------------------------------------ hasReceivedMessage

    @Test
    void hasReceivedMessage_passes_whenTheMessageArrived() {
        try (Chat chat = new Chat()) {
            User alice = chat.user("alice");
            User bob = chat.user("bob");
            send(chat, alice, "bob", "hi");

            assertThat(bob.events()).hasReceivedMessage("alice", "hi");
        }
    }

    @Test
    void hasReceivedMessage_fails_listingTheMessagesThatDidArrive() {
        try (Chat chat = new Chat()) {
            User alice = chat.user("alice");
            User bob = chat.user("bob");
            send(chat, alice, "bob", "hello");

            AssertionError error = catchThrowableOfType(AssertionError.class,
                    () -> assertThat(bob.events()).hasReceivedMessage("alice", "hi"));

            assertThat(error).hasMessage(shouldHaveReceivedMessage(bob.events(), Mark.START,
                    new MessageReceived("alice", "hi"), of(bob.events(), MessageReceived.class, Mark.START)).create());
            assertThat(error.getMessage()).isEqualTo(String.format("%nExpecting the engine handler of bob to have received%n"
                    + "  onMessageReceived(\"alice\", \"hi\")%nbut it had not; the messages it received were:%n"
                    + "  #4 at 0.180s on %s: onMessageReceived(\"alice\", \"hello\")", Thread.currentThread().getName()));
        }
    }

    @Test
    void hasReceivedMessage_since_looksOnlyAtLaterCallbacks() {
        try (Chat chat = new Chat()) {
            User alice = chat.user("alice");
            User bob = chat.user("bob");
            send(chat, alice, "bob", "hi");
            Mark later = bob.events().mark();
            send(chat, alice, "bob", "hello");

            AssertionError error = catchThrowableOfType(AssertionError.class,
                    () -> assertThat(bob.events()).since(later).hasReceivedMessage("alice", "hi"));

            assertThat(error).hasMessage(shouldHaveReceivedMessage(bob.events(), later,
                    new MessageReceived("alice", "hi"), of(bob.events(), MessageReceived.class, later)).create());
            assertThat(error.getMessage()).contains("messages it received since the mark at 0.180s (after callback #4) were:")
                    .contains("#5 at 0.240s").doesNotContain("#4 at");
        }
    }

    @Test
    void description_prefixesTheMessage() {
        try (Chat chat = new Chat()) {
            User bob = chat.user("bob");

            assertThatThrownBy(() -> assertThat(bob.events()).as("bob's inbox").hasReceivedMessage("alice", "hi"))
                    .hasMessageStartingWith("[bob's inbox] ").hasMessageContaining("Expecting the engine handler of bob");
        }
    }

    @Test
    void since_refusesNoMark() {
        try (Chat chat = new Chat()) {
            User bob = chat.user("bob");

            assertThatThrownBy(() -> assertThat(bob.events()).since(null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recorder.mark()");
        }
    }

    // ------------------------------------------------------------------ hasReceivedMessageWithin

    @Test
    void hasReceivedMessageWithin_passes_whenItArrivedInTime() {
        try (Chat chat = new Chat()) {
            User alice = chat.user("alice");
            User bob = chat.user("bob");
            Mark sent = bob.events().mark();
            send(chat, alice, "bob", "hi");

            assertThat(bob.events()).since(sent).hasReceivedMessageWithin(Duration.ofMillis(60), "alice", "hi");
        }
    }

    @Test
    void hasReceivedMessageWithin_fails_whenItArrivedLate_sayingWhen() {
        try (Chat chat = new Chat()) {
            User alice = chat.user("alice");
            User bob = chat.user("bob");
            Mark sent = bob.events().mark();
            send(chat, alice, "bob", "hi");
            RecordedCallback arrival = of(bob.events(), MessageReceived.class, sent).get(0);

            AssertionError error = catchThrowableOfType(AssertionError.class, () -> assertThat(bob.events()).since(sent)
                    .hasReceivedMessageWithin(Duration.ofMillis(59), "alice", "hi"));

            assertThat(error).hasMessage(shouldHaveReceivedMessageWithin(bob.events(), sent, Duration.ofMillis(59),
                    arrival).create());
            assertThat(error.getMessage()).contains("within 0.059s of the mark at 0.120s (by 0.179s)", "but it arrived at 0.180s");
        }
    }

    @Test
    void hasReceivedMessageWithin_fails_whenItNeverArrived() {
        try (Chat chat = new Chat()) {
            User bob = chat.user("bob");

            AssertionError error = catchThrowableOfType(AssertionError.class,
                    () -> assertThat(bob.events()).hasReceivedMessageWithin(Duration.ofSeconds(1), "alice", "hi"));

            assertThat(error).hasMessage(shouldHaveReceivedMessage(bob.events(), Mark.START,
                    new MessageReceived("alice", "hi"), List.of()).create());
        }
    }

    // ------------------------------------------------------------------ hasReceivedMessagesInOrder

    @Test
    void hasReceivedMessagesInOrder_passes_forExactlyThoseInThatOrder() {
        try (Chat chat = new Chat()) {
            User alice = chat.user("alice");
            User carol = chat.user("carol");
            User bob = chat.user("bob");
            send(chat, alice, "bob", "one", "two");
            send(chat, carol, "bob", "from carol");
            send(chat, alice, "bob", "three");

            assertThat(bob.events()).hasReceivedMessagesInOrder("alice", "one", "two", "three")
                    .hasReceivedMessagesInOrder("carol", "from carol");
        }
    }

    @Test
    void hasReceivedMessagesInOrder_fails_withBothListsForTheDiff() {
        try (Chat chat = new Chat()) {
            User alice = chat.user("alice");
            User bob = chat.user("bob");
            send(chat, alice, "bob", "one", "two", "three");

            AssertionError error = catchThrowableOfType(AssertionError.class,
                    () -> assertThat(bob.events()).hasReceivedMessagesInOrder("alice", "one", "three"));

            assertThat(error).hasMessage(shouldHaveReceivedMessagesInOrder(bob.events(), Mark.START, "alice",
                    List.of("one", "three"), List.of("one", "two", "three"),
                    of(bob.events(), MessageReceived.class, Mark.START)).create());
            assertThat(error).isInstanceOf(AssertionFailedError.class);
            assertThat(((AssertionFailedError) error).getActual().getValue()).isEqualTo(List.of("one", "two", "three"));
            assertThat(((AssertionFailedError) error).getExpected().getValue()).isEqualTo(List.of("one", "three"));
        }
    }

    // ------------------------------------------------------------------ send results

    @Test
    void hasMessageSendResult_passes_forTheCodeReported() {
        try (Chat chat = new Chat()) {
            User alice = chat.user("alice");
            chat.user("bob");
            long toBob = alice.rts().sendMessage("bob", "hi", MessageConfig.RELIABLE_ORDERED);
            long toNobody = alice.rts().sendMessage("nobody", "hi", MessageConfig.RELIABLE_ORDERED);
            chat.cloud.runUntilIdle();

            assertThat(alice.events()).hasMessageSendResult(toBob, 0).hasMessageSendResult(toNobody, 4);
        }
    }

    @Test
    void hasMessageSendResult_fails_forAnotherCode() {
        try (Chat chat = new Chat()) {
            User alice = chat.user("alice");
            long id = alice.rts().sendMessage("nobody", "hi", MessageConfig.RELIABLE_ORDERED);
            chat.cloud.runUntilIdle();

            AssertionError error = catchThrowableOfType(AssertionError.class,
                    () -> assertThat(alice.events()).hasMessageSendResult(id, 0));

            assertThat(error).hasMessage(shouldHaveSendResult(alice.events(), "onMessageSendResult", id, 0, List.of(4),
                    of(alice.events(), MessageSendResult.class, Mark.START)).create());
            assertThat(error.getMessage()).contains("but it was 4;");
        }
    }

    @Test
    void hasMessageSendResult_fails_whenNoneCameForTheId() {
        try (Chat chat = new Chat()) {
            User alice = chat.user("alice");

            AssertionError error = catchThrowableOfType(AssertionError.class,
                    () -> assertThat(alice.events()).hasMessageSendResult(9, 0));

            assertThat(error).hasMessage(shouldHaveSendResult(alice.events(), "onMessageSendResult", 9, 0, List.of(),
                    List.of()).create());
            assertThat(error.getMessage()).contains("but no result for it was recorded");
        }
    }

    @Test
    void hasMessageSendResult_fails_whenTheIdWasReportedTwice() {
        try (Chat chat = new Chat()) {
            RecordingEventHandler r = new RecordingEventHandler(chat.cloud);
            r.onMessageSendResult(3, 0);
            r.onMessageSendResult(3, 0);

            AssertionError error = catchThrowableOfType(AssertionError.class,
                    () -> assertThat(r).hasMessageSendResult(3, 0));

            assertThat(error).hasMessage(shouldHaveSendResult(r, "onMessageSendResult", 3, 0, List.of(0, 0),
                    r.recorded()).create());
            assertThat(error.getMessage()).contains("but it was reported 2 times, with codes [0, 0]");
        }
    }

    @Test
    void hasServerMessageSendResult_passesForTheAppServersAnswer_andFailsForAnother() {
        try (Chat chat = new Chat()) {
            User alice = chat.user("alice");
            assertThat(alice.rts().setServerParams("sig", "https://app.example/rts")).isZero();
            chat.cloud.runUntilIdle();
            long id = alice.rts().sendServerMessage("ping");
            chat.cloud.runUntilIdle();

            assertThat(alice.events()).hasServerMessageSendResult(id, 0);
            AssertionError error = catchThrowableOfType(AssertionError.class,
                    () -> assertThat(alice.events()).hasServerMessageSendResult(id, 18));
            assertThat(error).hasMessage(shouldHaveSendResult(alice.events(), "onServerMessageSendResult", id, 18,
                    List.of(0), of(alice.events(), ServerMessageSendResult.class, Mark.START)).create());
        }
    }

    // ------------------------------------------------------------------ hasConnectionStates

    @Test
    void hasConnectionStates_passes_forLoginThenAReconnect() {
        try (Chat chat = new Chat()) {
            User alice = chat.user("alice");
            Mark beforeDrop = alice.events().mark();
            chat.cloud.network().disconnect("alice");
            chat.cloud.advance(Duration.ofSeconds(8));
            chat.cloud.network().reconnect("alice");
            chat.cloud.advance(Duration.ofSeconds(5));

            assertThat(alice.events()).hasConnectionStates(2, 3, 4, 5);
            assertThat(alice.events()).since(beforeDrop).hasConnectionStates(4, 5);
        }
    }

    @Test
    void hasConnectionStates_fails_namingTheStates() {
        try (Chat chat = new Chat()) {
            User alice = chat.user("alice");

            AssertionError error = catchThrowableOfType(AssertionError.class,
                    () -> assertThat(alice.events()).hasConnectionStates(2, 3, 4));

            assertThat(error).hasMessage(shouldHaveConnectionStates(alice.events(), Mark.START, List.of(2, 3, 4),
                    List.of(2, 3), of(alice.events(), ConnectionStateChanged.class, Mark.START)).create());
            assertThat(error.getMessage()).contains("  [CONNECTING(2), CONNECTED(3), RECONNECTING(4)]",
                    "but they were%n  [CONNECTING(2), CONNECTED(3)]".formatted());
            assertThat(((AssertionFailedError) error).getActual().getValue()).isEqualTo(List.of(2, 3));
        }
    }

    // ------------------------------------------------------------------ drops

    @Test
    void aFailureOnARecorderThatDropped_saysSo() {
        try (Chat chat = new Chat()) {
            RecordingEventHandler r = new RecordingEventHandler(chat.cloud, null, 1);
            r.onMessageReceived("carol", "a");
            r.onMessageReceived("carol", "b");

            AssertionError error = catchThrowableOfType(AssertionError.class,
                    () -> assertThat(r).hasReceivedMessage("carol", "a"));

            assertThat(error).hasMessage(shouldHaveReceivedMessage(r, Mark.START, new MessageReceived("carol", "a"),
                    r.recorded()).create());
            assertThat(error.getMessage()).endsWith("(1 earlier callbacks were dropped: the recorder keeps the last 1;"
                    + " pass a larger keepLast to its constructor to see them)");
        }
    }
}
