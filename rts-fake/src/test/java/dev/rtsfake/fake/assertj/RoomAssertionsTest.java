package dev.rtsfake.fake.assertj;

import static dev.rtsfake.fake.assertj.RecordingEventHandlerAssertTest.of;
import static dev.rtsfake.fake.assertj.RtsFakeAssertions.assertThat;
import static dev.rtsfake.fake.assertj.RtsFakeAssertions.assertThatRoomMembers;
import static dev.rtsfake.fake.assertj.error.ShouldHaveReceivedBroadcast.shouldHaveReceivedBroadcast;
import static dev.rtsfake.fake.assertj.error.ShouldHaveReceivedMessage.shouldHaveReceivedMessage;
import static dev.rtsfake.fake.assertj.error.ShouldHaveReceivedMessageWithin.shouldHaveReceivedMessageWithin;
import static dev.rtsfake.fake.assertj.error.ShouldHaveReceivedMessagesInOrder.shouldHaveReceivedMessagesInOrder;
import static dev.rtsfake.fake.assertj.error.ShouldHaveSendResult.shouldHaveSendResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rtsfake.fake.assertj.Chat.Member;
import dev.rtsfake.fake.recording.CallbackRecorder.Mark;
import dev.rtsfake.fake.recording.RecordingRoomEventHandler;
import dev.rtsfake.fake.recording.RoomCallback.RoomMessageReceived;
import dev.rtsfake.fake.recording.RoomCallback.RoomMessageSendResult;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The room recorder's assertions, and the broadcast over several members. */
class RoomAssertionsTest {

    @Test
    void hasReceivedRoomMessage_passes_andFailsListingTheRoomMessagesThatCame() {
        try (Chat chat = new Chat()) {
            Member alice = chat.join(chat.user("alice"), "lobby");
            Member bob = chat.join(chat.user("bob"), "lobby");
            alice.room().sendRoomMessage("hello all");
            chat.cloud.runUntilIdle();

            assertThat(bob.events()).hasReceivedRoomMessage("alice", "hello all");
            AssertionError error = catchThrowableOfType(AssertionError.class,
                    () -> assertThat(bob.events()).hasReceivedRoomMessage("alice", "bye"));
            assertThat(error).hasMessage(shouldHaveReceivedMessage(bob.events(), Mark.START,
                    new RoomMessageReceived("alice", "bye"), of(bob.events(), RoomMessageReceived.class, Mark.START))
                    .create());
            assertThat(error.getMessage()).contains("the room handler of bob", "onRoomMessageReceived(\"alice\", \"hello all\")");
        }
    }

    @Test
    void hasReceivedRoomMessageWithin_passesInTime_andFailsWhenLate() {
        try (Chat chat = new Chat()) {
            Member alice = chat.join(chat.user("alice"), "lobby");
            Member bob = chat.join(chat.user("bob"), "lobby");
            Mark sent = bob.events().mark();
            alice.room().sendRoomMessage("hello all");
            chat.cloud.runUntilIdle();

            assertThat(bob.events()).since(sent).hasReceivedRoomMessageWithin(Duration.ofMillis(60), "alice", "hello all");
            AssertionError error = catchThrowableOfType(AssertionError.class, () -> assertThat(bob.events()).since(sent)
                    .hasReceivedRoomMessageWithin(Duration.ofMillis(30), "alice", "hello all"));
            assertThat(error).hasMessage(shouldHaveReceivedMessageWithin(bob.events(), sent, Duration.ofMillis(30),
                    of(bob.events(), RoomMessageReceived.class, sent).get(0)).create());
        }
    }

    @Test
    void hasReceivedRoomMessagesInOrder_passesInOrder_andFailsOutOfOrder() {
        try (Chat chat = new Chat()) {
            Member alice = chat.join(chat.user("alice"), "lobby");
            Member bob = chat.join(chat.user("bob"), "lobby");
            alice.room().sendRoomMessage("one");
            alice.room().sendRoomMessage("two");
            chat.cloud.runUntilIdle();

            assertThat(bob.events()).hasReceivedRoomMessagesInOrder("alice", "one", "two");
            AssertionError error = catchThrowableOfType(AssertionError.class,
                    () -> assertThat(bob.events()).hasReceivedRoomMessagesInOrder("alice", "two", "one"));
            assertThat(error).hasMessage(shouldHaveReceivedMessagesInOrder(bob.events(), Mark.START, "alice",
                    List.of("two", "one"), List.of("one", "two"), of(bob.events(), RoomMessageReceived.class, Mark.START))
                    .create());
        }
    }

    @Test
    void hasRoomMessageSendResult_passesFor200_andFailsForAnotherCode() {
        try (Chat chat = new Chat()) {
            Member alice = chat.join(chat.user("alice"), "lobby");
            long id = alice.room().sendRoomMessage("hello all");
            chat.cloud.runUntilIdle();

            assertThat(alice.events()).hasRoomMessageSendResult(id, 200);
            AssertionError error = catchThrowableOfType(AssertionError.class,
                    () -> assertThat(alice.events()).hasRoomMessageSendResult(id, 0));
            assertThat(error).hasMessage(shouldHaveSendResult(alice.events(), "onRoomMessageSendResult", id, 0,
                    List.of(200), of(alice.events(), RoomMessageSendResult.class, Mark.START)).create());
            assertThat(error.getMessage()).contains("but it was 200;");
        }
    }

    // ------------------------------------------------------------------ broadcast

    @Test
    void haveReceivedBroadcast_passes_whenEveryoneButTheSenderGotIt() {
        try (Chat chat = new Chat()) {
            Member alice = chat.join(chat.user("alice"), "lobby");
            Member bob = chat.join(chat.user("bob"), "lobby");
            Member carol = chat.join(chat.user("carol"), "lobby");
            alice.room().sendRoomMessage("hello all");
            chat.cloud.runUntilIdle();

            assertThatRoomMembers(alice.events(), bob.events(), carol.events()).haveReceivedBroadcast("alice", "hello all");
        }
    }

    @Test
    void haveReceivedBroadcast_fails_namingTheMemberItDidNotReach() {
        try (Chat chat = new Chat()) {
            Member alice = chat.join(chat.user("alice"), "lobby");
            Member bob = chat.join(chat.user("bob"), "lobby");
            alice.room().sendRoomMessage("hello all");
            chat.cloud.runUntilIdle();
            Member carol = chat.join(chat.user("carol"), "lobby");          // joined after the message

            AssertionError error = catchThrowableOfType(AssertionError.class,
                    () -> assertThatRoomMembers(alice.events(), bob.events(), carol.events())
                            .haveReceivedBroadcast("alice", "hello all"));

            Map<String, List<dev.rtsfake.fake.recording.RecordedCallback>> notReached = new LinkedHashMap<>();
            notReached.put("carol", List.of());
            assertThat(error).hasMessage(shouldHaveReceivedBroadcast("alice", "hello all", List.of("bob", "carol"),
                    notReached, List.of()).create());
            assertThat(error.getMessage()).isEqualTo(String.format("%nExpecting the room message \"hello all\" from"
                    + " \"alice\" to reach every member but the sender:%n  [\"bob\", \"carol\"]%nbut it did not reach"
                    + " \"carol\", whose room messages were:%n  (none)"));
        }
    }

    @Test
    void haveReceivedBroadcast_fails_whenTheSenderWasToldToo() {
        try (Chat chat = new Chat()) {
            Member alice = chat.join(chat.user("alice"), "lobby");
            Member bob = chat.join(chat.user("bob"), "lobby");
            alice.room().sendRoomMessage("hello all");
            chat.cloud.runUntilIdle();
            alice.events().onRoomMessageReceived("alice", "hello all");   // as a fake that echoed would

            AssertionError error = catchThrowableOfType(AssertionError.class,
                    () -> assertThatRoomMembers(alice.events(), bob.events()).haveReceivedBroadcast("alice", "hello all"));

            assertThat(error).hasMessage(shouldHaveReceivedBroadcast("alice", "hello all", List.of("bob"), Map.of(),
                    of(alice.events(), RoomMessageReceived.class, Mark.START)).create());
            assertThat(error.getMessage()).contains("but the sender \"alice\" was told too:");
        }
    }

    @Test
    void haveReceivedBroadcast_refusesAMemberWhoseUidIsUnknown_sayingToSetTheHandlerBeforeJoining() {
        try (Chat chat = new Chat()) {
            Member alice = chat.join(chat.user("alice"), "lobby");

            assertThatThrownBy(() -> assertThatRoomMembers(alice.events(), new RecordingRoomEventHandler(chat.cloud))
                    .haveReceivedBroadcast("alice", "hi"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("room member #2 has had no onRoomStateChanged")
                    .hasMessageContaining("before joinRoom");
        }
    }
}
