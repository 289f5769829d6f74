package dev.rtsfake.fake.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.engine.LoginState;
import dev.rtsfake.fake.testing.Callback;
import dev.rtsfake.fake.testing.RtsFixture;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, item 1: once the engine has reported RECONNECTING(4), nothing the recovered link carries
 * reaches the app before RECONNECTED(5) (a rejoined room's traffic: before the room's own state 0);
 * what waited arrives after it, in order, and the failure paths still give every send one result.
 */
class ReconnectedBeforeTrafficTest {
    /** What the recovered link carries to the app: deliveries, answers and results. */
    private static final Set<String> TRAFFIC = Set.of("onMessageReceived", "onBinaryMessageReceived",
            "onMessageSendResult", "onServerMessageSendResult", "onGetPeerOnlineStatus", "onServerParamsSetResult",
            "onRoomMessageReceived", "onRoomBinaryMessageReceived", "onUserJoined", "onUserLeave",
            "onRoomMessageSendResult");

    private static int indexOfState(RtsFixture.Client c, int state) {
        List<Callback> events = c.rec().callbacks();
        for (int i = 0; i < events.size(); i++) {
            Callback e = events.get(i);
            if (e.name().equals("onConnectionStateChanged") && e.intArg(0) == state) {
                return i;
            }
        }
        throw new AssertionError("no connection state " + state + " in " + events);
    }

    private static int indexOf(RtsFixture.Client c, Predicate<Callback> p) {
        List<Callback> events = c.rec().callbacks();
        for (int i = 0; i < events.size(); i++) {
            if (p.test(events.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such event in " + events);
    }

    /** The events from index {@code from} (inclusive) to {@code to} (exclusive) that are traffic. */
    private static List<Callback> trafficBetween(RtsFixture.Client c, int from, int to) {
        return c.rec().callbacks().subList(from, to).stream().filter(e -> TRAFFIC.contains(e.name())).toList();
    }

    private static List<Callback> trafficAfter(RtsFixture.Client c, int from) {
        return trafficBetween(c, from, c.rec().callbacks().size());
    }

    /** Alice's link goes down and 6 s pass: she has reported RECONNECTING. */
    private static void dropAlice(RtsFixture n, RtsFixture.Client a) {
        n.net().disconnect("alice");
        n.advanceSeconds(6);
        assertThat(a.rec().connectionStates()).endsWith(4);
    }

    @Test
    void reconnect_messagesSentDuringTheDrop_arriveAfterReconnected_inOrder() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        dropAlice(n, a);
        for (int i = 1; i <= 3; i++) {
            b.engine().sendMessage("alice", "m" + i, MessageConfig.RELIABLE_ORDERED);
        }
        n.advance(100);
        n.cloud.serverApi(RtsFixture.NET_APP_ID).sendUnicast("server", "alice", "push");
        n.advance(1_900);
        long back = n.millis();
        n.net().reconnect("alice");
        n.advance(1_000);
        assertThat(a.rec().received()).as("the link is back, but the engine has not reconnected").isEmpty();
        n.advanceSeconds(4);

        int reconnected = indexOfState(a, 5);
        assertThat(a.rec().callbacks().get(reconnected).atMillis() - back).isEqualTo(2_060);
        assertThat(trafficBetween(a, indexOfState(a, 4), reconnected)).isEmpty();
        assertThat(trafficAfter(a, reconnected)).extracting(e -> e.arg(1)).containsExactly("m1", "m2", "m3", "push");
        assertThat(trafficAfter(a, reconnected)).allSatisfy(e -> assertThat(e.atMillis())
                .isEqualTo(a.rec().callbacks().get(reconnected).atMillis()));
        assertThat(b.rec().callbacksNamed("onMessageSendResult")).extracting(e -> e.intArg(1)).containsExactly(0, 0, 0);
    }

    @Test
    void reconnect_sendResultsPeerStatusAndServerResults_arriveAfterReconnected() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        n.loggedInAsIs("bob");
        a.engine().setServerParams("sig", "https://app.example/rts");
        n.cloud.runUntilIdle();
        dropAlice(n, a);
        long p2p = a.engine().sendMessage("bob", "hi", MessageConfig.RELIABLE_ORDERED);
        long server = a.engine().sendServerMessage("to the server");
        assertThat(a.engine().getPeerOnlineStatus("bob")).isZero();
        n.net().reconnect("alice");
        n.advanceSeconds(5);

        int reconnected = indexOfState(a, 5);
        assertThat(trafficBetween(a, indexOfState(a, 4), reconnected)).isEmpty();
        assertThat(trafficAfter(a, reconnected)).extracting(Callback::name).containsExactlyInAnyOrder(
                "onMessageSendResult", "onServerMessageSendResult", "onGetPeerOnlineStatus");
        assertThat(a.rec().resultsFor(p2p)).containsExactly(0);
        assertThat(a.rec().serverResultsFor(server)).containsExactly(0);
        assertThat(a.rec().callbacksNamed("onGetPeerOnlineStatus")).extracting(e -> e.intArg(1)).containsExactly(1);
    }

    @Test
    void reconnect_rejoinedRoomsTraffic_arrivesAfterTheRoomsJoinType1State() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        RtsFixture.Client c = n.loggedInAsIs("carol");
        RTSRoom ra = a.join(n.cloud, "room1");
        RTSRoom rb = b.join(n.cloud, "room1");
        dropAlice(n, a);
        rb.sendRoomMessage("while you were away");
        RTSRoom rc = c.engine().createRoom("room1");
        rc.setRTSRoomEventHandler(c.rec().room("room1"));
        rc.joinRoom();
        long mine = ra.sendRoomMessage("from alice while away");
        n.advance(500);
        n.net().reconnect("alice");
        n.advanceSeconds(5);

        int reconnected = indexOfState(a, 5);
        int rejoined = indexOf(a, e -> e.name().equals("onRoomStateChanged") && e.arg(3).contains("\"join_type\":1"));
        assertThat(rejoined).isGreaterThan(reconnected);
        assertThat(a.rec().callbacks().get(rejoined).intArg(2)).isZero();
        assertThat(trafficBetween(a, indexOfState(a, 4), rejoined)).isEmpty();
        List<Callback> after = trafficAfter(a, rejoined);
        assertThat(after).extracting(e -> e.name() + ":" + e.arg(0) + (e.args().size() > 1 ? ":" + e.arg(1) : ""))
                .containsExactly("onRoomMessageReceived:bob:while you were away", "onUserJoined:carol:0",
                        "onRoomMessageSendResult:" + mine + ":200",
                        // the rejoin's own answer: the members already there
                        "onUserJoined:bob:0", "onUserJoined:carol:0");
        assertThat(b.rec().roomReceived("room1")).containsExactly("from alice while away");
    }

    @Test
    void relogin_failsWithExpiredToken_resultsThatWaitedComeAfterTheLoginResult_messagesAreDropped() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.client("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        a.engine().login(n.token("alice", Duration.ofSeconds(60)), "alice");
        n.cloud.runUntilIdle();
        n.advanceSeconds(120);
        dropAlice(n, a);
        long id = a.engine().sendMessage("bob", "sent while away", MessageConfig.RELIABLE_ORDERED);
        b.engine().sendMessage("alice", "never seen", MessageConfig.RELIABLE_ORDERED);
        n.net().reconnect("alice");
        n.advanceSeconds(5);

        int failed = indexOf(a, e -> e.name().equals("onLoginResult") && e.intArg(1) == -1000);
        assertThat(trafficBetween(a, indexOfState(a, 4), failed)).isEmpty();
        assertThat(trafficAfter(a, failed)).extracting(Callback::name).containsExactly("onMessageSendResult");
        assertThat(a.rec().resultsFor(id)).containsExactly(0);
        assertThat(a.rec().received()).isEmpty();
        assertThat(b.rec().received()).containsExactly("sent while away");
        assertThat(a.engine().loginState()).isEqualTo(LoginState.LOGGED_OUT);
    }

    @Test
    void logout_whileArrivalsWait_resultsComeOnceAfterOnLogout_messagesNever() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        dropAlice(n, a);
        long id = a.engine().sendMessage("bob", "sent while away", MessageConfig.RELIABLE_ORDERED);
        b.engine().sendMessage("alice", "never seen", MessageConfig.RELIABLE_ORDERED);
        n.net().reconnect("alice");
        n.advance(1_000);
        assertThat(trafficAfter(a, indexOfState(a, 4))).as("both arrived and wait for the reconnect").isEmpty();

        a.engine().logout();
        n.advanceSeconds(60);

        int loggedOut = indexOf(a, e -> e.name().equals("onLogout"));
        assertThat(trafficBetween(a, indexOfState(a, 4), loggedOut)).isEmpty();
        assertThat(trafficAfter(a, loggedOut)).extracting(e -> e.name() + ":" + e.arg(0) + ":" + e.arg(1))
                .containsExactly("onMessageSendResult:" + id + ":0");
        assertThat(a.rec().received()).isEmpty();
        assertThat(a.rec().connectionStates()).doesNotContain(5);
    }

    @Test
    void destroy_whileArrivalsWait_nothingReachesTheApp() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        dropAlice(n, a);
        a.engine().sendMessage("bob", "sent while away", MessageConfig.RELIABLE_ORDERED);
        b.engine().sendMessage("alice", "never seen", MessageConfig.RELIABLE_ORDERED);
        n.net().reconnect("alice");
        n.advance(1_000);
        int before = a.rec().callbacks().size();

        n.cloud.destroy(a.engine());
        n.advanceSeconds(60);

        assertThat(a.rec().callbacks()).hasSize(before);
        assertThat(n.cloud.trace().lines()).anyMatch(l -> l.contains("held(\"engine\", \"message\")"));
    }

    @Test
    void reconnect_neverCompletes_resultsThatWaitGiveUpAtTheirDeadline_messagesAfterTheGrace() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        dropAlice(n, a);
        n.net().addRule(Rule.when(Match.login().from("alice")).then(RuleAction.drop()));
        long sentAt = n.millis();
        long id = a.engine().sendMessage("bob", "sent while away", MessageConfig.RELIABLE_ORDERED);
        b.engine().sendMessage("alice", "never seen", MessageConfig.RELIABLE_ORDERED);
        n.net().reconnect("alice");
        n.advanceSeconds(120);

        assertThat(a.rec().connectionStates()).doesNotContain(5);
        assertThat(b.rec().received()).containsExactly("sent while away");
        // the cloud's answer (0) waited; the engine gives up on it at the send's deadline, as when it never came
        assertThat(a.rec().callbacksNamed("onMessageSendResult")).singleElement().satisfies(e -> {
            assertThat(e.arg(0)).isEqualTo(String.valueOf(id));
            assertThat(e.intArg(1)).isEqualTo(1);
            assertThat(e.atMillis()).isEqualTo(sentAt + 10_000);
        });
        assertThat(a.rec().received()).isEmpty();
        assertThat(n.cloud.trace().lines()).anyMatch(l -> l.contains("gave-up-waiting(\"engine\", \"message\", \"deadline\")"));
        assertThat(n.cloud.trace().lines()).noneMatch(l -> l.contains("release-held"));
    }

    @Test
    void rejoin_fails_roomResultsThatWaitedComeAfterTheFailure_roomMessagesAreDropped() {
        RtsFixture n = RtsFixture.forNetwork();
        RtsFixture.Client a = n.loggedInAsIs("alice");
        RtsFixture.Client b = n.loggedInAsIs("bob");
        RTSRoom ra = a.join(n.cloud, "room1");
        RTSRoom rb = b.join(n.cloud, "room1");
        dropAlice(n, a);
        long mine = ra.sendRoomMessage("from alice while away");
        rb.sendRoomMessage("never seen");
        n.net().addRule(Rule.when(new Match(Set.of(PacketKind.JOIN), "alice", "room1", 0, null))
                .then(RuleAction.fail(-1001)));
        n.net().reconnect("alice");
        n.advanceSeconds(5);

        int failed = indexOf(a, e -> e.name().equals("onRoomStateChanged") && e.intArg(2) == -1001);
        assertThat(failed).isGreaterThan(indexOfState(a, 5));
        assertThat(trafficBetween(a, indexOfState(a, 4), failed)).isEmpty();
        assertThat(trafficAfter(a, failed)).extracting(e -> e.name() + ":" + e.arg(0) + ":" + e.arg(1))
                .containsExactly("onRoomMessageSendResult:" + mine + ":200");
        assertThat(a.rec().roomReceived("room1")).isEmpty();
    }

    @Test
    void arrivalsWaitingForAReconnect_areCapped_theRestAreDropped() {
        RtsFixture n = RtsFixture.forNetwork(b -> b.rateLimits(false));
        RtsFixture.Client a = n.loggedInAsIs("alice");
        dropAlice(n, a);
        int sent = 4_096 + 10;
        for (int i = 0; i < sent; i++) {
            n.cloud.serverApi(RtsFixture.NET_APP_ID).sendUnicast("server", "alice", "push " + i);
        }
        n.net().reconnect("alice");
        n.advanceSeconds(5);

        List<String> got = a.rec().received();
        assertThat(got).hasSize(4_096);
        assertThat(got.get(0)).isEqualTo("push 0");
        assertThat(got.get(got.size() - 1)).isEqualTo("push 4095");
        assertThat(trafficBetween(a, indexOfState(a, 4), indexOfState(a, 5))).isEmpty();
        assertThat(n.cloud.trace().lines()).filteredOn(l -> l.contains("gave-up-waiting(\"engine\", \"message\", \"full\")"))
                .hasSize(10);
    }
}
