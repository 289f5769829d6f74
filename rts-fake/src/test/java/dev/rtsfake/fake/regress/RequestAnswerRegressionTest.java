package dev.rtsfake.fake.regress;

import static dev.rtsfake.fake.testing.RtsFixture.APP_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rtsfake.fake.engine.RoomState;
import dev.rtsfake.fake.net.LinkDirection;
import dev.rtsfake.fake.net.Match;
import dev.rtsfake.fake.net.PacketKind;
import dev.rtsfake.fake.net.Rule;
import dev.rtsfake.fake.net.RuleAction;
import dev.rtsfake.fake.testing.RtsFixture;
import dev.rtsfake.fake.testing.RtsFixture.Client;
import dev.rtsfake.fake.testing.RtsFixture.Room;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Review finding: joinRoom, setServerParams, getPeerOnlineStatus and leaveRoom could go unanswered
 * for ever when the request or its answer did not get through. Each now gets exactly one answer: the
 * cloud's, or a give-up one message timeout (10 s) after the call; a real answer after the give-up
 * is ignored.
 */
class RequestAnswerRegressionTest {

    /** Every request of {@code uid} of these kinds waits {@code extra} on the way up (arriving after its deadline). */
    private static Rule slowUp(String uid, Duration extra, PacketKind... kinds) {
        return Rule.when(new Match(Set.of(kinds), uid, null, 0, null)).then(RuleAction.delay(extra));
    }

    @Test
    void joinAndSetServerParams_upLinkHeldPastTheMessageTimeout_eachGetsItsGiveUpOnce() {
        RtsFixture f = RtsFixture.create();
        Client alice = f.loggedIn("alice");
        Room lobby = alice.room("lobby");
        f.cloud.network().hold("alice", LinkDirection.UP);

        assertThat(lobby.room.joinRoom()).isZero();
        assertThat(alice.rts.setServerParams("sig", "https://app.example/rts")).isZero();
        f.cloud.advance(Duration.ofMillis(9_999));
        assertThat(lobby.events()).isEmpty();
        assertThat(alice.named("onServerParamsSetResult")).isEmpty();
        f.cloud.advance(Duration.ofSeconds(5));
        f.cloud.network().release("alice", LinkDirection.UP);
        f.cloud.runUntilIdle();

        assertThat(lobby.events()).containsExactly("onRoomStateChanged(lobby,alice,-1001,{})");
        assertThat(lobby.room.state()).isEqualTo(RoomState.IDLE);
        assertThat(alice.named("onServerParamsSetResult")).containsExactly("onServerParamsSetResult(1)");
        assertThat(f.cloud.roomMembers(APP_ID, "lobby")).isEmpty();
        // the room is usable again
        assertThat(lobby.room.joinRoom()).isZero();
        f.cloud.runUntilIdle();
        assertThat(lobby.named("onRoomStateChanged")).hasSize(2).last().asString().contains(",0,");
    }

    @Test
    void joinRoom_answerArrivingAfterTheGiveUp_isIgnored_andTheMemberTheCloudAddedIsTakenOutAgain() {
        RtsFixture f = RtsFixture.create();
        Client alice = f.loggedIn("alice");
        Client bob = f.loggedIn("bob");
        Room bobsLobby = bob.joined("lobby");
        Room lobby = alice.room("lobby");
        f.cloud.network().addRule(slowUp("alice", Duration.ofSeconds(12), PacketKind.JOIN));

        lobby.room.joinRoom();
        f.cloud.runUntilIdle();

        assertThat(lobby.events()).containsExactly("onRoomStateChanged(lobby,alice,-1001,{})");
        assertThat(lobby.room.state()).isEqualTo(RoomState.IDLE);
        assertThat(f.cloud.roomMembers(APP_ID, "lobby")).containsExactly("bob");
        assertThat(bobsLobby.events()).containsExactly("onUserJoined(alice,0)", "onUserLeave(alice,0)");
    }

    @Test
    void setServerParams_answerArrivingAfterTheGiveUp_isIgnored_andServerParamsStayUnset() {
        RtsFixture f = RtsFixture.create();
        Client alice = f.loggedIn("alice");
        f.cloud.network().addRule(slowUp("alice", Duration.ofSeconds(12), PacketKind.SERVER_PARAMS));

        alice.rts.setServerParams("sig", "https://app.example/rts");
        f.cloud.runUntilIdle();
        long id = alice.rts.sendServerMessage("hello");
        f.cloud.runUntilIdle();

        assertThat(alice.named("onServerParamsSetResult")).containsExactly("onServerParamsSetResult(1)");
        assertThat(alice.named("onServerMessageSendResult")).containsExactly("onServerMessageSendResult(" + id + ",106,)");
    }

    @Test
    void getPeerOnlineStatus_answerNeverBack_reportsUnreachableOnceAtTheMessageTimeout() {
        RtsFixture f = RtsFixture.create();
        Client alice = f.loggedIn("alice");
        f.loggedIn("bob");
        f.cloud.network().hold("alice", LinkDirection.DOWN);

        assertThat(alice.rts.getPeerOnlineStatus("bob")).isZero();
        f.cloud.advance(Duration.ofMillis(9_999));
        assertThat(alice.named("onGetPeerOnlineStatus")).isEmpty();
        f.cloud.advance(Duration.ofSeconds(5));
        f.cloud.network().release("alice", LinkDirection.DOWN);
        f.cloud.runUntilIdle();

        assertThat(alice.named("onGetPeerOnlineStatus")).containsExactly("onGetPeerOnlineStatus(bob,2)");
    }

    @Test
    void getPeerOnlineStatus_answerArrivingAfterTheGiveUp_isIgnored() {
        RtsFixture f = RtsFixture.create();
        Client alice = f.loggedIn("alice");
        f.loggedIn("bob");
        f.cloud.network().addRule(slowUp("alice", Duration.ofSeconds(12), PacketKind.PEER_QUERY));

        alice.rts.getPeerOnlineStatus("bob");
        f.cloud.runUntilIdle();

        assertThat(alice.named("onGetPeerOnlineStatus")).containsExactly("onGetPeerOnlineStatus(bob,2)");
    }

    @Test
    void leaveRoom_answerNeverBack_stillGetsOneOnLeaveRoomAtTheMessageTimeout() {
        RtsFixture f = RtsFixture.create();
        Client alice = f.loggedIn("alice");
        Room lobby = alice.joined("lobby");
        f.cloud.network().hold("alice", LinkDirection.DOWN);

        lobby.room.leaveRoom();
        f.cloud.advance(Duration.ofMillis(9_999));
        assertThat(lobby.named("onLeaveRoom")).isEmpty();
        assertThat(lobby.room.state()).isEqualTo(RoomState.LEAVING);
        f.cloud.advance(Duration.ofSeconds(5));
        f.cloud.network().release("alice", LinkDirection.DOWN);
        f.cloud.runUntilIdle();

        assertThat(lobby.named("onLeaveRoom")).hasSize(1);
        assertThat(lobby.room.state()).isEqualTo(RoomState.IDLE);
    }

    @Test
    void leaveRoom_answerArrivingAfterTheGiveUp_isIgnored() {
        RtsFixture f = RtsFixture.create();
        Client alice = f.loggedIn("alice");
        Room lobby = alice.joined("lobby");
        f.cloud.network().addRule(slowUp("alice", Duration.ofSeconds(12), PacketKind.LEAVE));

        lobby.room.leaveRoom();
        f.cloud.runUntilIdle();

        assertThat(lobby.named("onLeaveRoom")).hasSize(1);
        assertThat(f.cloud.roomMembers(APP_ID, "lobby")).isEmpty();
    }
}
