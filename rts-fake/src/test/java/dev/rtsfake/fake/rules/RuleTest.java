package dev.rtsfake.fake.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.net.HeldPacket;
import dev.rtsfake.fake.net.LinkDirection;
import dev.rtsfake.fake.net.Match;
import dev.rtsfake.fake.net.Network;
import dev.rtsfake.fake.net.PacketKind;
import dev.rtsfake.fake.net.Rule;
import dev.rtsfake.fake.net.RuleAction;
import dev.rtsfake.fake.trace.TraceKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RuleTest {
    private static final String APP = "rtsfake-demo-app-0000001";

    private FakeRtsCloud cloud;
    private final List<String> alice = new ArrayList<>();
    private final List<String> bob = new ArrayList<>();
    private FakeRTS aliceRts;

    private static IRTSEventHandler recorder(List<String> out) {
        return new IRTSEventHandler() {
            @Override
            public void onLoginResult(String uid, int code, int elapsed) {
                out.add("onLoginResult(" + uid + "," + code + ")");
            }

            @Override
            public void onMessageReceived(String uid, String message) {
                out.add("onMessageReceived(" + uid + "," + message + ")");
            }

            @Override
            public void onMessageSendResult(long msgid, int error) {
                out.add("onMessageSendResult(" + msgid + "," + error + ")");
            }

            @Override
            public void onServerMessageSendResult(long msgid, int error, java.nio.ByteBuffer message) {
                out.add("onServerMessageSendResult(" + msgid + "," + error + ")");
            }
        };
    }

    @BeforeEach
    void loginAliceAndBob() {
        cloud = FakeRtsCloud.builder().app(APP, "key").build();
        aliceRts = cloud.createRTS(APP, recorder(alice));
        FakeRTS bobRts = cloud.createRTS(APP, recorder(bob));
        aliceRts.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice");
        bobRts.login(cloud.tokens().issue(APP, "bob", Duration.ofHours(1)), "bob");
        cloud.runUntilIdle();
        alice.clear();
        bob.clear();
    }

    private void sendThree() {
        for (int i = 1; i <= 3; i++) {
            aliceRts.sendMessage("bob", "m" + i, MessageConfig.RELIABLE_ORDERED);
        }
    }

    @Test
    void dropRule_onNthP2p_losesOnlyThatMessage_senderTimesOut() {
        cloud.network().addRule(Rule.when(Match.p2p().from("alice").to("bob").nth(2)).then(RuleAction.drop()));
        sendThree();
        cloud.runUntilIdle();
        assertThat(bob).containsExactly("onMessageReceived(alice,m1)", "onMessageReceived(alice,m3)");
        assertThat(alice).containsExactlyInAnyOrder("onMessageSendResult(1,0)", "onMessageSendResult(3,0)",
                "onMessageSendResult(2,1)");
        assertThat(alice.get(2)).isEqualTo("onMessageSendResult(2,1)");
        assertThat(cloud.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void delayRule_addsItsDelayToTheSend() {
        cloud.network().addRule(Rule.when(Match.p2p()).then(RuleAction.delay(Duration.ofSeconds(2))));
        Duration start = cloud.elapsed();
        aliceRts.sendMessage("bob", "late", MessageConfig.RELIABLE_ORDERED);
        cloud.runUntil(() -> !bob.isEmpty(), Duration.ofSeconds(5));
        assertThat(cloud.elapsed().minus(start)).isEqualTo(Duration.ofMillis(2060));
    }

    @Test
    void holdRule_keepsTheSendVisibleUntilDelivered() {
        cloud.network().addRule(Rule.when(Match.p2p().nth(1)).then(RuleAction.hold()));
        aliceRts.sendMessage("bob", "held", MessageConfig.RELIABLE_ORDERED);
        cloud.advance(Duration.ofSeconds(1));
        List<HeldPacket> held = cloud.network().heldPackets("alice", LinkDirection.UP);
        assertThat(held).singleElement().satisfies(h -> {
            assertThat(h.packet().kind()).isEqualTo(PacketKind.P2P);
            assertThat(h.packet().msgId()).isEqualTo(1);
        });
        assertThat(bob).isEmpty();
        cloud.network().deliverHeld("alice", LinkDirection.UP, 0);
        cloud.runUntilIdle();
        assertThat(bob).containsExactly("onMessageReceived(alice,held)");
    }

    @Test
    void holdRule_packetStillHeldAtItsDeadline_expires_senderGetsTimeout() {
        cloud.network().addRule(Rule.when(Match.p2p()).then(RuleAction.hold()));
        aliceRts.sendMessage("bob", "forgotten", MessageConfig.RELIABLE_ORDERED);
        cloud.advance(Duration.ofSeconds(11));
        assertThat(alice).containsExactly("onMessageSendResult(1,1)");
        assertThat(cloud.network().heldPackets("alice", LinkDirection.UP)).isEmpty();
        assertThat(bob).isEmpty();
    }

    @Test
    void failRule_givesTheSenderTheCodeAfterARoundTrip() {
        cloud.network().addRule(Rule.when(Match.p2p().to("bob")).then(RuleAction.fail(2)));
        aliceRts.sendMessage("bob", "broken", MessageConfig.RELIABLE_ORDERED);
        cloud.runUntilIdle();
        assertThat(alice).containsExactly("onMessageSendResult(1,2)");
        assertThat(bob).isEmpty();
        assertThat(cloud.elapsed()).isEqualTo(Duration.ofMillis(120));
        // the failed send gets that one result only: no TIMEOUT at its deadline as well
        cloud.advance(Duration.ofSeconds(11));
        assertThat(alice).containsExactly("onMessageSendResult(1,2)");
        assertThat(bob).isEmpty();
    }

    @Test
    void failRule_onLogin_reportsTheLoginErrorCode() {
        List<String> carol = new ArrayList<>();
        FakeRTS carolRts = cloud.createRTS(APP, recorder(carol));
        cloud.network().addRule(Rule.when(Match.login().from("carol")).then(RuleAction.fail(-1003)));
        carolRts.login(cloud.tokens().issue(APP, "carol", Duration.ofHours(1)), "carol");
        cloud.runUntilIdle();
        assertThat(carol).containsExactly("onLoginResult(carol,-1003)");
    }

    @Test
    void failRule_onBroadcastAfterAnInstant_onlyHitsLaterSends() {
        RTSRoom aliceRoom = aliceRts.createRoom("lobby");
        List<String> results = new ArrayList<>();
        aliceRoom.setRTSRoomEventHandler(new IRTSRoomEventHandler() {
            @Override
            public void onRoomMessageSendResult(long msgid, int error) {
                results.add(msgid + ":" + error);
            }
        });
        aliceRoom.joinRoom();
        cloud.runUntilIdle();
        Duration later = cloud.elapsed().plusSeconds(10);
        cloud.network().addRule(Rule.when(Match.broadcast("lobby").after(later)).then(RuleAction.fail(5)));
        aliceRoom.sendRoomMessage("early");
        cloud.advance(Duration.ofSeconds(11));
        aliceRoom.sendRoomMessage("late");
        cloud.runUntilIdle();
        assertThat(results).containsExactly("1:200", "2:5");
    }

    @Test
    void failRule_onServerMessage_reportsTheCode() {
        aliceRts.setServerParams("sig", "https://app.example/rts");
        cloud.runUntilIdle();
        cloud.network().addRule(Rule.when(Match.serverMessage()).then(RuleAction.fail(17)));
        int before = alice.size();
        long id = aliceRts.sendServerMessage("{}");
        cloud.runUntilIdle();
        assertThat(alice.subList(before, alice.size())).containsExactly("onServerMessageSendResult(" + id + ",17)");
        // exactly one result: no TIMEOUT at the deadline as well
        cloud.advance(Duration.ofSeconds(11));
        assertThat(alice.subList(before, alice.size())).containsExactly("onServerMessageSendResult(" + id + ",17)");
    }

    @Test
    void rule_actingIsNamedInTheTrace_andRemovalStopsIt() {
        Network.RuleHandle handle = cloud.network().addRule(
                Rule.when(Match.p2p()).named("lose-p2p").then(RuleAction.drop()));
        aliceRts.sendMessage("bob", "lost", MessageConfig.RELIABLE_ORDERED);
        cloud.runUntilIdle();
        assertThat(cloud.trace().ofKind(TraceKind.NET)).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("rule");
            assertThat(e.args()).contains("lose-p2p");
        });
        assertThat(handle.matched()).isEqualTo(1);
        handle.remove();
        aliceRts.sendMessage("bob", "kept", MessageConfig.RELIABLE_ORDERED);
        cloud.runUntilIdle();
        assertThat(bob).containsExactly("onMessageReceived(alice,kept)");
        assertThat(cloud.network().rules()).isEmpty();
    }

    @Test
    void ruleMisuse_isRejectedWithAdvice() {
        assertThatThrownBy(() -> Rule.when(null)).hasMessageContaining("Match.p2p()");
        assertThatThrownBy(() -> Match.p2p().nth(0)).hasMessageContaining("from 1");
        assertThatThrownBy(() -> Rule.when(Match.p2p()).then(null)).hasMessageContaining("RuleAction.drop()");
        assertThatThrownBy(() -> RuleAction.delay(Duration.ofSeconds(-1))).hasMessageContaining("zero or more");
        assertThatThrownBy(() -> new Match(java.util.Set.of(PacketKind.PUSH), null, null, 0, null))
                .hasMessageContaining("not a client send").hasMessageContaining("Match.login()");
    }
}
