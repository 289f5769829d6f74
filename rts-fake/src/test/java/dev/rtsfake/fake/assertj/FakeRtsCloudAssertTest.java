package dev.rtsfake.fake.assertj;

import static dev.rtsfake.fake.assertj.RtsFakeAssertions.assertThat;
import static dev.rtsfake.fake.assertj.error.ShouldBeOffline.shouldBeOffline;
import static dev.rtsfake.fake.assertj.error.ShouldBeOnline.shouldBeOnline;
import static dev.rtsfake.fake.assertj.error.ShouldHaveNoHandlerFailure.shouldHaveNoHandlerFailure;
import static dev.rtsfake.fake.assertj.error.ShouldHaveNoMisuse.shouldHaveNoMisuse;
import static dev.rtsfake.fake.assertj.error.ShouldHaveRoomMembers.shouldHaveRoomMembers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import dev.rtsfake.fake.assertj.Chat.User;
import dev.rtsfake.fake.recording.RecordingEventHandler;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class FakeRtsCloudAssertTest {

    @Test
    void hasNoMisuse_passes_forCleanUse() {
        try (Chat chat = new Chat()) {
            chat.user("alice");

            assertThat(chat.cloud).hasNoMisuse().hasNoHandlerFailure();
        }
    }

    @Test
    void hasNoMisuse_fails_listingEachMisuseWithWhatToDoInstead() {
        try (Chat chat = new Chat()) {
            RTSRoom room = chat.cloud.createRTS(Chat.APP, new RecordingEventHandler(chat.cloud)).createRoom("lobby");
            room.joinRoom();                                             // before login: documented misuse

            AssertionError error = catchThrowableOfType(AssertionError.class, () -> assertThat(chat.cloud).hasNoMisuse());

            assertThat(chat.cloud.misuses()).isNotEmpty();
            assertThat(error).hasMessage(shouldHaveNoMisuse(Chat.SEED, chat.cloud.misuses()).create());
            assertThat(error.getMessage()).startsWith(String.format("%nExpecting the cloud (seed 7) to have seen no SDK"
                    + " misuse%nbut it saw 1:%n  ")).contains("joinRoom");
        }
    }

    @Test
    void hasNoHandlerFailure_fails_withTheFirstThrowAsTheCause() {
        try (Chat chat = new Chat()) {
            IRTSEventHandler throwing = new IRTSEventHandler() {
                @Override
                public void onLoginResult(String uid, int errorCode, int elapsed) {
                    throw new IllegalStateException("app bug");
                }
            };
            chat.cloud.createRTS(Chat.APP, throwing).login(chat.cloud.tokens().issue(Chat.APP, "alice",
                    Duration.ofHours(1)), "alice");
            chat.cloud.runUntilIdle();

            AssertionError error = catchThrowableOfType(AssertionError.class,
                    () -> assertThat(chat.cloud).hasNoHandlerFailure());

            assertThat(error).hasMessage(shouldHaveNoHandlerFailure(Chat.SEED, chat.cloud.handlerFailures()).create());
            assertThat(error.getMessage()).contains("but 1 did:", "alice.onLoginResult", "app bug");
            assertThat(error).cause().hasMessage("app bug");
        }
    }

    @Test
    void hasUserOnline_passesForALoggedInUser_andFailsForAnother() {
        try (Chat chat = new Chat()) {
            chat.user("alice");

            assertThat(chat.cloud).hasUserOnline(Chat.APP, "alice");
            AssertionError error = catchThrowableOfType(AssertionError.class,
                    () -> assertThat(chat.cloud).hasUserOnline(Chat.APP, "bob"));
            assertThat(error).hasMessage(shouldBeOnline(Chat.APP, "bob", List.of("alice")).create());
            assertThat(error.getMessage()).isEqualTo(String.format("%%nExpecting user \"bob\" to be online in app"
                    + " \"%s\"%%nbut the app's online users were:%%n  [\"alice\"]", Chat.APP).formatted());
        }
    }

    @Test
    void hasUserOffline_passesAfterLogout_andFailsWhileLoggedIn() {
        try (Chat chat = new Chat()) {
            User alice = chat.user("alice");
            User bob = chat.user("bob");
            bob.rts().logout();
            chat.cloud.runUntilIdle();

            assertThat(chat.cloud).hasUserOffline(Chat.APP, "bob");
            AssertionError error = catchThrowableOfType(AssertionError.class,
                    () -> assertThat(chat.cloud).hasUserOffline(Chat.APP, alice.uid()));
            assertThat(error).hasMessage(shouldBeOffline(Chat.APP, "alice", List.of("alice")).create());
        }
    }

    @Test
    void hasRoomMembers_passesInAnyOrder_andFailsNamingWhoIsMissing() {
        try (Chat chat = new Chat()) {
            chat.join(chat.user("alice"), "lobby");
            chat.join(chat.user("bob"), "lobby");

            assertThat(chat.cloud).hasRoomMembers(Chat.APP, "lobby", "bob", "alice").hasRoomMembers(Chat.APP, "empty");
            AssertionError error = catchThrowableOfType(AssertionError.class,
                    () -> assertThat(chat.cloud).hasRoomMembers(Chat.APP, "lobby", "alice", "carol"));
            assertThat(error).hasMessage(shouldHaveRoomMembers(Chat.APP, "lobby", List.of("alice", "carol"),
                    List.of("alice", "bob")).create());
            assertThat(error.getMessage()).endsWith("(missing [\"carol\"], not expected [\"bob\"])");
            assertThat(((AssertionFailedError) error).getActual().getValue()).isEqualTo(List.of("alice", "bob"));
        }
    }
}
