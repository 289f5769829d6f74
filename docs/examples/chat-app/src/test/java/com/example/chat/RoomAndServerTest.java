package com.example.chat;

import static dev.rtsfake.fake.assertj.RtsFakeAssertions.assertThat;
import static dev.rtsfake.fake.assertj.RtsFakeAssertions.assertThatRoomMembers;
import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.RTSRoom;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.appserver.AppServerFailure;
import dev.rtsfake.fake.appserver.AppServerReply;
import dev.rtsfake.fake.junit.RtsFakeTest;
import dev.rtsfake.fake.recording.RecordingEventHandler;
import dev.rtsfake.fake.recording.RecordingRoomEventHandler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.json.JSONObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A room, and requests to the app's server answered by server push. */
@RtsFakeTest(seed = 3)
class RoomAndServerTest {
    static final String APP = RtsFakeTest.APP_ID;
    FakeRtsCloud cloud;
    final Inbox aliceSees = new Inbox();
    ChatClient alice;

    @BeforeEach
    void aliceOnline() {
        alice = new ChatClient(null, APP, "alice", "https://chat.example/rts", "sig",
                new TestTokens(cloud, APP, Duration.ofHours(1)), cloud.scheduler(), aliceSees);
        alice.start();
        cloud.runUntilIdle();
    }

    @Test
    void room_whatAliceSaysReachesEveryoneElse_andSheHearsThem() {
        Member bob = joined("bob");
        Member carol = joined("carol");
        ChatRoom lobby = alice.joinRoom("lobby");
        lobby.say("hello all");                                      // before the join completes: it waits
        cloud.runUntilIdle();

        assertThat(lobby.members()).containsExactly("bob", "carol");
        assertThatRoomMembers(bob.events(), carol.events()).haveReceivedBroadcast("alice", "hello all");
        assertThat(cloud).hasRoomMembers(APP, "lobby", "alice", "bob", "carol");

        long answer = bob.room().sendRoomMessage("hi alice");
        cloud.runUntilIdle();

        assertThat(bob.events()).hasRoomMessageSendResult(answer, 200);
        assertThat(aliceSees.messages()).containsExactly("lobby/bob: hi alice");
    }

    @Test
    void request_isAnsweredByTheServersPush() throws Exception {
        cloud.appServer(APP).onMessage(request -> {
            JSONObject asked = new JSONObject(request.message());
            cloud.serverApi(APP).sendUnicast(ChatClient.SERVER_UID, asked.getString("from"), new JSONObject()
                    .put("request_id", asked.getString("request_id")).put("name", "Bob Example").toString());
            return AppServerReply.ok();
        });

        CompletableFuture<JSONObject> profile = alice.request("profile", new JSONObject().put("user", "bob"));
        cloud.runUntilIdle();

        assertThat(profile).isCompleted();
        assertThat(profile.get().getString("name")).isEqualTo("Bob Example");
        JSONObject sent = new JSONObject(cloud.appServer(APP).requests().get(0).message());
        assertThat(sent.getString("type")).isEqualTo("profile");
        assertThat(sent.getString("user")).isEqualTo("bob");
    }

    @Test
    void request_theServerTakesItButNeverAnswers_failsAfterFiveSeconds() {
        CompletableFuture<JSONObject> profile = alice.request("profile", new JSONObject().put("user", "bob"));
        cloud.advance(Duration.ofSeconds(4));
        assertThat(profile).isNotDone();

        cloud.runUntilIdle();

        assertThat(profile).failsWithin(Duration.ZERO).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(TimeoutException.class);
    }

    @Test
    void request_theServerIsDown_failsWithTheSendResult() {
        cloud.appServer(APP).outage(AppServerFailure.UNREACHABLE);

        CompletableFuture<JSONObject> profile = alice.request("profile", new JSONObject().put("user", "bob"));
        cloud.runUntilIdle();

        assertThat(profile).failsWithin(Duration.ZERO).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(ServerRequests.RequestFailedException.class)
                .withMessageEndingWith("failed with send result 17");
    }

    /** Another member, on a plain SDK engine whose room callbacks are recorded. */
    record Member(RTSRoom room, RecordingRoomEventHandler events) {
    }

    private Member joined(String uid) {
        RTS engine = cloud.createRTS(APP, new RecordingEventHandler(cloud));
        engine.login(cloud.tokens().issue(APP, uid, Duration.ofHours(1)), uid);
        cloud.runUntilIdle();
        RecordingRoomEventHandler events = new RecordingRoomEventHandler(cloud);
        RTSRoom room = engine.createRoom("lobby");
        room.setRTSRoomEventHandler(events);
        room.joinRoom();
        cloud.runUntilIdle();
        return new Member(room, events);
    }
}
