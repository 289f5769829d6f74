package dev.rtsfake.fake.serverapi;

import static dev.rtsfake.fake.testing.RtsFixture.APP_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.RTSRoom;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.net.LinkDirection;
import dev.rtsfake.fake.testing.RtsFixture;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server push API as Java calls: delivery, checks, limits, and the network model. */
class ServerApiTest {
    private final FakeRtsCloud cloud = RtsFixture.plainCloud();
    private final RtsFixture.Client alice = RtsFixture.withServerParams(cloud, "alice");
    private final RtsFixture.Client bob = RtsFixture.withServerParams(cloud, "bob");
    private final ServerApi api = cloud.serverApi(APP_ID);

    @AfterEach
    void close() {
        cloud.close();
    }

    @Test
    void sendUnicast_text_arrivesAsOnMessageReceivedFromServerUid() {
        assertThat(api.sendUnicast("server", "alice", "hi").isOk()).isTrue();
        cloud.runUntilIdle();

        assertThat(alice.piped("onMessageReceived")).containsExactly("onMessageReceived|server|hi");
        assertThat(bob.piped("onMessageReceived")).isEmpty();
    }

    @Test
    void sendUnicast_binary_arrivesAsOnBinaryMessageReceived() {
        assertThat(api.sendUnicast("server", "alice", "raw".getBytes(StandardCharsets.UTF_8)).isOk()).isTrue();
        cloud.runUntilIdle();

        assertThat(alice.piped("onBinaryMessageReceived")).containsExactly("onBinaryMessageReceived|server|raw");
    }

    @Test
    void sendUnicast_whenToIsOffline_returnsUserNotFound() {
        ServerApiResult r = api.sendUnicast("server", "carol", "hi");

        assertThat(r).isInstanceOf(ServerApiResult.Error.class);
        assertThat(r.code()).isEqualTo(ServerApiErrors.USER_NOT_FOUND);
    }

    @Test
    void sendUnicast_whenFromIsInvalid_returnsInvalidParameter() {
        for (String from : new String[] {"", "has space", "x".repeat(129), "ü", null}) {
            assertThat(api.sendUnicast(from, "alice", "hi").code()).as("From %s", from)
                    .isEqualTo(ServerApiErrors.INVALID_PARAMETER);
        }
        assertThat(api.sendUnicast("a_b@c-d.e", "alice", "hi").isOk()).isTrue();
        assertThat(api.sendUnicast("server", "", "hi").code()).isEqualTo(ServerApiErrors.INVALID_PARAMETER);
    }

    @Test
    void sendUnicast_over64KiB_returnsMessageTooLarge_butExactly64KiBPasses() {
        assertThat(api.sendUnicast("server", "alice", "x".repeat(65_537)).code())
                .isEqualTo(ServerApiErrors.MESSAGE_TOO_LARGE);
        assertThat(api.sendUnicast("server", "alice", "x".repeat(65_536)).isOk()).isTrue();
    }

    @Test
    void sendBroadcast_arrivesAsRoomMessageAtEveryMember_andEmptyRoomIsRoomNotFound() {
        alice.join(cloud, "r1");
        bob.join(cloud, "r1");

        assertThat(api.sendBroadcast("r1", "server", "all").isOk()).isTrue();
        cloud.runUntilIdle();

        assertThat(alice.piped("room:onRoomMessageReceived")).containsExactly("room:onRoomMessageReceived|r1|server|all");
        assertThat(bob.piped("room:onRoomMessageReceived")).containsExactly("room:onRoomMessageReceived|r1|server|all");
        assertThat(api.sendBroadcast("r2", "server", "x").code()).isEqualTo(ServerApiErrors.ROOM_NOT_FOUND);
    }

    @Test
    void sendRoomUnicast_arrivesAsP2P_butNeedsToInTheRoom() {
        alice.join(cloud, "r1");

        assertThat(api.sendRoomUnicast("r1", "server", "alice", "in-room").isOk()).isTrue();
        assertThat(api.sendRoomUnicast("r1", "server", "bob", "x").code()).isEqualTo(ServerApiErrors.USER_NOT_IN_ROOM);
        assertThat(api.sendRoomUnicast("bad room", "server", "alice", "x").code())
                .isEqualTo(ServerApiErrors.INVALID_PARAMETER);
        cloud.runUntilIdle();

        assertThat(alice.piped("onMessageReceived")).containsExactly("onMessageReceived|server|in-room");
        assertThat(bob.messageCallbacks()).isEmpty();
    }

    @Test
    void batchSendRoomUnicast_reachesMembers_andReportsThoseNotInRoom() {
        alice.join(cloud, "r1");

        ServerApiResult r = api.batchSendRoomUnicast("r1", "server", List.of("alice", "bob"), "batch");
        cloud.runUntilIdle();

        assertThat(r).isEqualTo(new ServerApiResult.Ok(List.of("bob")));
        assertThat(alice.piped("onMessageReceived")).containsExactly("onMessageReceived|server|batch");
        assertThat(api.batchSendRoomUnicast("r1", "server", List.of("bob"), "x").code())
                .isEqualTo(ServerApiErrors.USER_NOT_IN_ROOM);
    }

    @Test
    void batchSendRoomUnicast_limits_20KiBAnd600Recipients() {
        alice.join(cloud, "r1");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 601; i++) {
            many.add("u" + i);
        }

        assertThat(api.batchSendRoomUnicast("r1", "server", many, "x").code()).isEqualTo(ServerApiErrors.INVALID_PARAMETER);
        assertThat(api.batchSendRoomUnicast("r1", "server", List.of("alice"), "x".repeat(20_481)).code())
                .isEqualTo(ServerApiErrors.MESSAGE_TOO_LARGE);
        assertThat(api.batchSendRoomUnicast("r1", "server", List.of("alice"), "x".repeat(20_480)).isOk()).isTrue();
        assertThat(api.batchSendRoomUnicast("r1", "server", List.of(), "x").code()).isEqualTo(ServerApiErrors.INVALID_PARAMETER);
    }

    @Test
    void sendUnicast_over500PerSecondPerApp_returnsFlowLimitExceeded_untilASecondPasses() {
        for (int i = 0; i < 500; i++) {
            assertThat(api.sendUnicast("server", "alice", "m" + i).isOk()).isTrue();
        }
        assertThat(api.sendUnicast("server", "alice", "one-too-many").code()).isEqualTo(ServerApiErrors.FLOW_LIMIT_EXCEEDED);

        cloud.advance(Duration.ofSeconds(1));
        assertThat(api.sendUnicast("server", "alice", "again").isOk()).isTrue();
    }

    @Test
    void batchSendRoomUnicast_countsOncePerRecipientAgainstTheAppLimit() {
        alice.join(cloud, "r1");
        List<String> five = List.of("alice", "x1", "x2", "x3", "x4");
        for (int i = 0; i < 100; i++) {
            assertThat(api.batchSendRoomUnicast("r1", "server", five, "b").isOk()).as("batch %d", i).isTrue();
        }
        assertThat(api.sendUnicast("server", "alice", "over").code()).isEqualTo(ServerApiErrors.FLOW_LIMIT_EXCEEDED);
    }

    @Test
    void roomLimit_100PerSecond_isSharedWithClientBroadcasts() {
        RTSRoom room = alice.join(cloud, "r1");
        bob.join(cloud, "r1");
        for (int i = 0; i < 100; i++) {
            assertThat(api.sendBroadcast("r1", "server", "s" + i).isOk()).isTrue();
        }
        assertThat(api.sendBroadcast("r1", "server", "over").code()).isEqualTo(ServerApiErrors.FLOW_LIMIT_EXCEEDED);
        long id = room.sendRoomMessage("client");
        cloud.runUntilIdle();

        assertThat(alice.piped("room:onRoomMessageSendResult")).containsExactly("room:onRoomMessageSendResult|r1|" + id + "|5");
    }

    @Test
    void push_travelsOverTheReceiversDownLink_soItsFaultsApply() {
        cloud.network().hold("alice", LinkDirection.DOWN);
        assertThat(api.sendUnicast("server", "alice", "held").isOk()).isTrue();
        cloud.advance(Duration.ofSeconds(1));
        assertThat(alice.piped("onMessageReceived")).isEmpty();
        assertThat(cloud.network().heldPackets("alice", LinkDirection.DOWN)).isNotEmpty();

        cloud.network().release("alice", LinkDirection.DOWN);
        cloud.runUntilIdle();
        assertThat(alice.piped("onMessageReceived")).containsExactly("onMessageReceived|server|held");
    }

    @Test
    void serverApi_isOnePerApp() {
        assertThat(cloud.serverApi(APP_ID)).isSameAs(api);
        assertThat(api.appId()).isEqualTo(APP_ID);
    }
}
