package dev.rtsfake.fake.net;
import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.engine.FakeRTSRoom;
import dev.rtsfake.fake.engine.LoginState;
import dev.rtsfake.fake.engine.RoomState;
import dev.rtsfake.fake.internal.net.Link;
import dev.rtsfake.fake.testing.Callback;
import dev.rtsfake.fake.testing.Internals;
import dev.rtsfake.fake.testing.RtsFixture;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** One seeded run of {@link RandomFaultsPropertyTest}: random calls and faults, then its checks. */
final class RandomFaultsRun {
    /** A message sent and what the test knows about it. */
    record Sent(String from, String to, String body, MessageConfig config, long sentAtMillis, long id,
                boolean receiverLoggedIn, boolean bothHealthy) {
    }

    static final String ROOM = "room-p";
    static final MessageConfig[] CONFIGS = MessageConfig.values();
    /**
     * Upper bound of a link direction's one-way delay under the faults this test applies: the
     * largest base latency (5 + 299 ms) plus the largest jitter (199 ms) of {@code Fault.Latency},
     * or 20 ms plus 299 ms jitter; 503 ms.
     */
    static final long MAX_ONE_WAY_MILLIS = Math.max(304 + 199, 20 + 299);

    final long seed;
    final SplittableRandom rnd;
    final RtsFixture n;
    final List<RtsFixture.Client> clients = new ArrayList<>();
    final Map<String, RTSRoom> rooms = new HashMap<>();
    final Map<String, Integer> counter = new HashMap<>();
    final Map<String, List<Sent>> p2p = new LinkedHashMap<>();
    final Map<String, List<Long>> serverIds = new LinkedHashMap<>();
    final Map<String, List<Long>> roomIds = new LinkedHashMap<>();
    /** Virtual time of each room and server send, by "uid/id". */
    final Map<String, Long> roomSentAt = new HashMap<>();
    final Map<String, Long> serverSentAt = new HashMap<>();
    /** Per client, its joinRoom and leaveRoom calls in order: {size of its event list then, 1 join / 0 leave}. */
    final Map<String, List<int[]>> roomCalls = new HashMap<>();
    final Map<String, Long> stats;
    final Map<String, Integer> eventsAtDestroy = new HashMap<>();
    /** Per client and kind of request (join, serverParams, peer, leave), how many were made. */
    final Map<String, Integer> requests = new HashMap<>();
    /** Virtual time of each client's last logout or destroy call. */
    final Map<String, Long> lastLeftAt = new HashMap<>();
    /** When faults were applied (or are scheduled to apply) to each engine's link. */
    final Map<String, List<Long>> faultTimes = new HashMap<>();
    long healedAt;
    /** Per seed, how often a step is a fault (5 to 25 in 100). */
    int faultShare;
    boolean destroyedOne;

    RandomFaultsRun(long seed, Map<String, Long> stats) {
        this.seed = seed;
        this.stats = stats;
        this.rnd = new SplittableRandom(seed * 31 + 7);
        this.n = RtsFixture.forNetwork(b -> b.seed(seed));
    }

    void count(String what, long k) {
        stats.merge(what, k, Long::sum);
    }

    /** Calls joinRoom, noting where in the client's callbacks the call happened. */
    private int joinRoom(RtsFixture.Client c) {
        roomCalls.computeIfAbsent(c.uid(), k -> new ArrayList<>()).add(new int[] {c.rec().callbacks().size(), 1});
        return rooms.get(c.uid()).joinRoom();
    }

    private void leaveRoom(RtsFixture.Client c) {
        roomCalls.computeIfAbsent(c.uid(), k -> new ArrayList<>()).add(new int[] {c.rec().callbacks().size(), 0});
        rooms.get(c.uid()).leaveRoom();
    }

    FakeRtsCloud cloud() {
        return n.cloud;
    }

    void play() {
        int engines = 3 + rnd.nextInt(2);
        faultShare = 5 + rnd.nextInt(21);
        for (int i = 0; i < engines; i++) {
            String uid = "u" + i;
            RtsFixture.Client c = n.client(uid);
            clients.add(c);
            p2p.put(uid, new ArrayList<>());
            serverIds.put(uid, new ArrayList<>());
            roomIds.put(uid, new ArrayList<>());
            RTSRoom room = c.engine().createRoom(ROOM);
            room.setRTSRoomEventHandler(c.rec().room(ROOM));
            rooms.put(uid, room);
            c.rec().roomRejoining = () -> ((FakeRTSRoom) room).state() == RoomState.REJOIN_PENDING;
            login(c);
        }
        n.advance(200);
        for (RtsFixture.Client c : clients) {
            if (rnd.nextInt(4) != 0 && joinRoom(c) == 0) {
                request(c, "join");
            }
        }
        n.advance(rnd.nextInt(300));
        int steps = 40 + rnd.nextInt(40);
        for (int s = 0; s < steps; s++) {
            step();
            n.advance(rnd.nextInt(400));
        }
        healEverything();
        n.advanceSeconds(60);
    }

    private RtsFixture.Client anyClient() {
        return clients.get(rnd.nextInt(clients.size()));
    }

    private boolean alive(RtsFixture.Client c) {
        return !c.engine().isDestroyed();
    }

    private void login(RtsFixture.Client c) {
        Duration ttl = rnd.nextInt(4) == 0 ? Duration.ofSeconds(20 + rnd.nextInt(40)) : Duration.ofHours(1);
        c.engine().login(n.token(c.uid(), ttl), c.uid());
    }

    private void request(RtsFixture.Client c, String kind) {
        requests.merge(c.uid() + "/" + kind, 1, Integer::sum);
    }

    private int requests(RtsFixture.Client c, String kind) {
        return requests.getOrDefault(c.uid() + "/" + kind, 0);
    }

    private String body(String kind, String uid) {
        int k = counter.merge(uid, 1, Integer::sum);
        return kind + ":" + uid + "#" + k;
    }

    private void step() {
        RtsFixture.Client c = anyClient();
        FakeRTS e = c.engine();
        int roll = rnd.nextInt(100);
        if (roll < 25) {
            if (!alive(c)) {
                return;
            }
            RtsFixture.Client to = anyClient();
            if (to == c) {
                return;
            }
            // sometimes a burst, so that jitter can reorder and ordering is put to the test
            int burst = rnd.nextInt(4) == 0 ? 2 + rnd.nextInt(5) : 1;
            MessageConfig fixed = rnd.nextBoolean() ? CONFIGS[rnd.nextInt(CONFIGS.length)] : null;
            for (int i = 0; i < burst; i++) {
                MessageConfig cfg = fixed != null ? fixed : CONFIGS[rnd.nextInt(CONFIGS.length)];
                String body = body(cfg.name(), c.uid());
                long id = rnd.nextBoolean() ? e.sendMessage(to.uid(), body, cfg)
                        : e.sendBinaryMessage(to.uid(), body.getBytes(StandardCharsets.UTF_8), cfg);
                assertThat(id).as("send id").isPositive();
                p2p.get(c.uid()).add(new Sent(c.uid(), to.uid(), body, cfg, n.millis(), id,
                        to.engine().loginState() == LoginState.LOGGED_IN, healthy(c) && healthy(to)));
                if (rnd.nextBoolean()) {
                    n.advance(rnd.nextInt(60));
                }
            }
        } else if (roll < 33) {
            if (alive(c)) {
                long id = rooms.get(c.uid()).sendRoomMessage(body("ROOM", c.uid()));
                assertThat(id).as("room send id").isPositive();
                roomIds.get(c.uid()).add(id);
                roomSentAt.put(c.uid() + "/" + id, n.millis());
            }
        } else if (roll < 39) {
            if (alive(c) && joinRoom(c) == 0) {
                request(c, "join");
            }
        } else if (roll < 42) {
            if (alive(c)) {
                RoomState before = ((FakeRTSRoom) rooms.get(c.uid())).state();
                leaveRoom(c);
                if (before == RoomState.JOINING || before == RoomState.JOINED || before == RoomState.REJOIN_PENDING) {
                    request(c, "leave");
                }
            }
        } else if (roll < 45) {
            if (alive(c)) {
                long id = e.sendServerMessage(body("SERVER", c.uid()));
                assertThat(id).isPositive();
                serverIds.get(c.uid()).add(id);
                serverSentAt.put(c.uid() + "/" + id, n.millis());
            }
        } else if (roll < 47) {
            if (alive(c) && rnd.nextBoolean()) {
                if (e.setServerParams("sig-" + c.uid(), "https://app.example/rts") == 0) {
                    request(c, "serverParams");
                }
            } else if (alive(c) && e.getPeerOnlineStatus(anyClient().uid()) == 0) {
                request(c, "peer");
            }
        } else if (roll < 52) {
            if (alive(c) && e.loginState() == LoginState.LOGGED_OUT) {
                login(c);
            }
        } else if (roll < 54) {
            if (alive(c) && e.loginState() != LoginState.LOGGED_OUT) {
                lastLeftAt.put(c.uid(), n.millis());
                e.logout();
            }
        } else if (roll < 56) {
            if (alive(c)) {
                e.updateLoginToken(n.token(c.uid(), Duration.ofHours(1)));
            }
        } else if (roll == 56) {
            if (alive(c) && !destroyedOne) {
                destroyedOne = true;
                lastLeftAt.put(c.uid(), n.millis());
                n.cloud.destroy(e);
                eventsAtDestroy.put(c.uid(), c.rec().callbacks().size());
            }
        } else if (roll < 57 + faultShare) {
            fault(c);
        } else {
            n.advance(rnd.nextInt(100) < 80 ? 500 + rnd.nextInt(3_000) : 5_000 + rnd.nextInt(12_000));
        }
    }

    /** Logged in, connected, and a link with no fault in force. */
    private boolean healthy(RtsFixture.Client c) {
        Link l = Internals.link(c.engine());
        return !c.engine().isDestroyed() && c.engine().loginState() == LoginState.LOGGED_IN
                && (c.engine().connectionState() == 3 || c.engine().connectionState() == 5)
                && l.canReachCloud() && !l.up().isHeld() && !l.down().isHeld()
                && l.up().loss() == LossModel.none() && l.down().loss() == LossModel.none();
    }

    private void faultAt(String engineName, long atMillis) {
        faultTimes.computeIfAbsent(engineName, k -> new ArrayList<>()).add(atMillis);
    }

    /** Whether a fault touched the client's link in [from, to]. */
    private boolean faultBetween(RtsFixture.Client c, long from, long to) {
        return faultTimes.getOrDefault(c.engine().name(), List.of()).stream().anyMatch(t -> t >= from && t <= to);
    }

    private LinkDirection anyDirection() {
        return LinkDirection.values()[rnd.nextInt(3)];
    }

    private void fault(RtsFixture.Client c) {
        String who = c.engine().name();
        Network net = n.net();
        long now = n.millis();
        faultAt(who, now);
        switch (rnd.nextInt(14)) {
            case 0 -> net.apply(new Fault.Loss(who, anyDirection(), LossModel.independent(rnd.nextDouble() * 0.5)));
            case 1 -> net.apply(new Fault.Loss(who, anyDirection(),
                    LossModel.bursty(rnd.nextDouble() * 0.3, 0.2 + rnd.nextDouble() * 0.6, 0.0, rnd.nextDouble())));
            case 2 -> net.apply(new Fault.Loss(who, LinkDirection.BOTH, LossModel.none()));
            case 3 -> net.apply(new Fault.Latency(who, anyDirection(), Duration.ofMillis(5 + rnd.nextInt(300)),
                    Duration.ofMillis(rnd.nextInt(200))));
            case 4, 5 -> net.apply(new Fault.Disconnect(who));
            case 6 -> net.apply(new Fault.Reconnect(who));
            case 7 -> {
                int ms = rnd.nextInt(20_000);
                faultAt(who, now + ms);
                net.during(Duration.ofMillis(ms), new Fault.Disconnect(who));
            }
            case 8 -> {
                LinkDirection d = rnd.nextBoolean() ? LinkDirection.UP : LinkDirection.DOWN;
                net.apply(new Fault.Hold(who, d));
                int ms = rnd.nextInt(15_000);
                faultAt(who, now + ms);
                net.schedule(Duration.ofMillis(ms), new Fault.Release(who, d));
            }
            case 9 -> net.apply(new Fault.Cut(who, anyDirection()));
            case 10 -> net.apply(new Fault.Heal(who, LinkDirection.BOTH));
            case 12 -> {
                // this client's link fully repaired for a while
                net.reconnect(who);
                net.heal(who, LinkDirection.BOTH);
                net.loss(who, LossModel.none());
                net.release(who, LinkDirection.BOTH);
            }
            case 13 -> net.apply(new Fault.Latency(who, LinkDirection.BOTH, Duration.ofMillis(20),
                    Duration.ofMillis(50 + rnd.nextInt(250))));
            default -> {
                if (rnd.nextInt(4) == 0) {
                    int ms = rnd.nextInt(30_000);
                    for (RtsFixture.Client other : clients) {
                        faultAt(other.engine().name(), now);
                        faultAt(other.engine().name(), now + ms);
                    }
                    net.during(Duration.ofMillis(ms), new Fault.Outage());
                } else {
                    List<HeldPacket> packets = net.heldPackets(who, LinkDirection.DOWN);
                    if (!packets.isEmpty()) {
                        int i = rnd.nextInt(packets.size());
                        if (rnd.nextBoolean()) {
                            net.deliverHeld(who, LinkDirection.DOWN, i);
                        } else {
                            net.dropHeld(who, LinkDirection.DOWN, i);
                        }
                    }
                }
            }
        }
    }

    private void healEverything() {
        Network net = n.net();
        net.restore();
        for (RtsFixture.Client c : clients) {
            String who = c.engine().name();
            net.reconnect(who);
            net.heal(who, LinkDirection.BOTH);
            net.loss(who, LossModel.none());
            net.latency(who, Duration.ofMillis(30), Duration.ZERO);
            net.release(who, LinkDirection.BOTH);
        }
        healedAt = n.millis();
    }

    List<String> traceLines() {
        return n.cloud.trace().lines();
    }

    List<String> allEvents() {
        List<String> out = new ArrayList<>();
        for (RtsFixture.Client c : clients) {
            c.rec().callbacks().forEach(ev -> out.add(c.uid() + " " + ev));
        }
        return out;
    }

    void check() {
        long timeout = n.cloud.settings().messageTimeout().toMillis();
        for (RtsFixture.Client c : clients) {
            count("p2pSent", p2p.get(c.uid()).size());
            count("roomSent", roomIds.get(c.uid()).size());
            count("serverSent", serverIds.get(c.uid()).size());
            count("p2pDelivered", c.rec().received().size());
            count("roomDelivered", c.rec().roomReceived(ROOM).size());
            count("timeouts", c.rec().where(ev -> ev.name().endsWith("SendResult") && ev.intArg(1) == 1).size());
            count("reconnected", c.rec().connectionStates().stream().filter(x -> x == 5).count());
            count("lost6", c.rec().connectionStates().stream().filter(x -> x == 6).count());
            count("relogin-1000", c.rec().where(ev -> ev.name().equals("onLoginResult") && ev.intArg(1) == -1000).size());
        }
        count("stale", n.cloud.trace().lines().stream().filter(l -> l.contains("discarded-stale")).count());
        count("expiredHeld", n.cloud.trace().lines().stream().filter(l -> l.contains("expired-held")).count());
        count("waitedForReconnect", n.cloud.trace().lines().stream().filter(l -> l.contains(" held(\"")).count());
        count("waitedForRejoin", n.cloud.trace().lines().stream()
                .filter(l -> l.contains(" held(\"" + ROOM + "\"")).count());
        for (RtsFixture.Client c : clients) {
            String uid = c.uid();
            boolean destroyed = c.engine().isDestroyed();
            // no callback after destroy
            if (destroyed) {
                assertThat(c.rec().callbacks()).as(uid + ": callbacks after destroy").hasSize(eventsAtDestroy.get(uid));
            }
            // exactly one result per send id (at most one for a destroyed engine), none for unknown ids
            Set<Long> p2pIds = new HashSet<>();
            for (Sent s : p2p.get(uid)) {
                p2pIds.add(s.id());
                List<Integer> results = c.rec().resultsFor(s.id());
                assertResults(uid + " P2P #" + s.id() + " " + s.body(), results, destroyed);
            }
            for (long id : serverIds.get(uid)) {
                p2pIds.add(id);
                assertResults(uid + " server #" + id, c.rec().serverResultsFor(id), destroyed);
            }
            for (long id : roomIds.get(uid)) {
                assertResults(uid + " room #" + id, c.rec().roomResultsFor(ROOM, id), destroyed);
            }
            // every send result comes by its deadline plus one trip down (with jitter)
            Map<Long, Long> p2pSentAt = new HashMap<>();
            p2p.get(uid).forEach(s -> p2pSentAt.put(s.id(), s.sentAtMillis()));
            for (Callback ev : c.rec().callbacks()) {
                Long sentAt = switch (ev.name()) {
                    case "onMessageSendResult" -> p2pSentAt.get(Long.parseLong(ev.arg(0)));
                    case "onServerMessageSendResult" -> serverSentAt.get(uid + "/" + ev.arg(0));
                    case "onRoomMessageSendResult" -> roomSentAt.get(uid + "/" + ev.arg(0));
                    default -> null;
                };
                if (sentAt != null) {
                    count("resultTimingChecked", 1);
                    assertThat(ev.atMillis()).as(uid + ": result later than sentAt + messageTimeout + one"
                            + " down-link trip (" + sentAt + " + " + timeout + " + " + MAX_ONE_WAY_MILLIS + "): " + ev)
                            .isBetween(sentAt, sentAt + timeout + MAX_ONE_WAY_MILLIS);
                }
            }
            // no room callback between onLeaveRoom and the next joinRoom call (a join called while
            // the leave was under way counts: the room is joining again when onLeaveRoom comes)
            List<int[]> calls = roomCalls.getOrDefault(uid, List.of());
            int nextCall = 0;
            boolean joinAfterLastLeave = false;
            boolean left = false;
            for (int i = 0; i < c.rec().callbacks().size(); i++) {
                while (nextCall < calls.size() && calls.get(nextCall)[0] <= i) {
                    joinAfterLastLeave = calls.get(nextCall)[1] == 1;
                    if (joinAfterLastLeave) {
                        left = false;
                    }
                    nextCall++;
                }
                Callback ev = c.rec().callbacks().get(i);
                if (!ev.scope().equals("room:" + ROOM)) {
                    continue;
                }
                if (ev.name().equals("onLeaveRoom")) {
                    left = !joinAfterLastLeave;
                } else if (left) {
                    count("roomCallbacksChecked", 1);
                    assertThat(ev.name()).as(uid + ": room callback after onLeaveRoom, before joining again: " + ev
                            + " in " + c.rec().callbacks()).isNotIn("onUserJoined", "onUserLeave",
                            "onRoomMessageReceived", "onRoomBinaryMessageReceived");
                }
            }
            for (Callback ev : c.rec().callbacks()) {
                if (ev.name().equals("onMessageSendResult") || ev.name().equals("onServerMessageSendResult")) {
                    assertThat(p2pIds).as(uid + ": result for an id never returned: " + ev)
                            .contains(Long.parseLong(ev.arg(0)));
                }
                if (ev.name().equals("onRoomMessageSendResult")) {
                    assertThat(roomIds.get(uid)).as(uid + ": room result for an id never returned: " + ev)
                            .contains(Long.parseLong(ev.arg(0)));
                }
            }
            // every request gets one answer (a join at most one: a logout, a drop or a leave may
            // take it over), and none is left waiting
            assertAnswers(uid + " setServerParams", requests(c, "serverParams"),
                    c.rec().callbacksNamed("onServerParamsSetResult").size(), destroyed);
            assertAnswers(uid + " getPeerOnlineStatus", requests(c, "peer"),
                    c.rec().callbacksNamed("onGetPeerOnlineStatus").size(), destroyed);
            assertAnswers(uid + " leaveRoom", requests(c, "leave"),
                    c.rec().where(ev -> ev.name().equals("onLeaveRoom")).size(), destroyed);
            long joinAnswers = c.rec().where(ev -> ev.name().equals("onRoomStateChanged")
                    && (ev.intArg(2) == -1001 || ev.intArg(2) == 0 && ev.arg(3).contains("\"join_type\":0"))).size();
            assertThat(joinAnswers).as(uid + " joinRoom: at most one answer per call").isLessThanOrEqualTo(requests(c, "join"));
            count("requests", requests(c, "serverParams") + requests(c, "peer") + requests(c, "leave") + requests(c, "join"));
            if (!destroyed) {
                assertThat(((FakeRTSRoom) rooms.get(uid)).state()).as(uid + ": room still waiting for an answer")
                        .isNotIn(RoomState.JOINING, RoomState.LEAVING);
            }
            // nothing delivered twice; order per (sender, receiver, channel)
            List<String> got = c.rec().received();
            assertThat(got).as(uid + ": P2P delivered twice").doesNotHaveDuplicates();
            List<String> gotRoom = c.rec().roomReceived(ROOM);
            assertThat(gotRoom).as(uid + ": room message delivered twice").doesNotHaveDuplicates();
            assertOrdered(uid, got, "RELIABLE_ORDERED");
            assertOrdered(uid, got, "UNRELIABLE_ORDERED");
            assertOrdered(uid, gotRoom, "ROOM");
            for (String b : got) {
                assertThat(b).as(uid + ": P2P message for someone else").doesNotStartWith("ROOM:");
            }
            for (String b : gotRoom) {
                assertThat(b).as(uid + ": own room message came back").doesNotContain(":" + uid + "#");
            }
            // after healing, a logged-in engine is connected again and no login hangs
            if (!destroyed) {
                assertThat(c.engine().loginState()).as(uid + ": login still pending 60 s after healing")
                        .isNotEqualTo(LoginState.LOGGING_IN);
                if (c.engine().loginState() == LoginState.LOGGED_IN) {
                    assertThat(c.engine().connectionState()).as(uid + ": connection state after healing")
                            .isIn(3, 5);
                    // an engine that reports itself connected, on a link that stayed up for 60 s,
                    // is online for its peers: the cloud has not ended the session under it
                    count("connectedOnlineChecked", 1);
                    assertThat(n.cloud.onlineUsers(RtsFixture.NET_APP_ID)).as(uid + ": connected (state "
                            + c.engine().connectionState() + ") 60 s after healing, but offline for its peers")
                            .contains(uid);
                }
            }
        }
        for (RtsFixture.Client c : clients) {
            checkNothingArrivesWhileReconnecting(c);
            checkNoRoomTrafficWhileRejoining(c);
            checkNothingDeliveredWhileLoggedOut(c);
        }
        // reliable messages the cloud accepted arrive if the network healed in time
        Map<String, RtsFixture.Client> byUid = new HashMap<>();
        clients.forEach(c -> byUid.put(c.uid(), c));
        for (List<Sent> list : p2p.values()) {
            for (Sent s : list) {
                if (s.config() != MessageConfig.RELIABLE_ORDERED) {
                    continue;
                }
                boolean healedInTime = healedAt <= s.sentAtMillis() + timeout - 2_000;
                RtsFixture.Client sender = byUid.get(s.from());
                RtsFixture.Client receiver = byUid.get(s.to());
                // a result reaches a sender that is reconnecting only once it has reconnected
                boolean senderReadyInTime = readyAfter(sender, healedAt) <= s.sentAtMillis() + timeout - 2_000;
                boolean senderStayed = !sender.engine().isDestroyed()
                        && lastLeftAt.getOrDefault(s.from(), -1L) < s.sentAtMillis()
                        && sender.engine().loginState() == LoginState.LOGGED_IN;
                boolean receiverStayed = s.receiverLoggedIn() && !receiver.engine().isDestroyed()
                        && lastLeftAt.getOrDefault(s.to(), -1L) < s.sentAtMillis()
                        && receiver.engine().loginState() == LoginState.LOGGED_IN
                        && loggedOutAfter(receiver, s.sentAtMillis()).isEmpty();
                List<Integer> results = sender.rec().resultsFor(s.id());
                if (senderStayed && healedInTime && senderReadyInTime) {
                    count("healedInTimeChecked", 1);
                    assertThat(results).as(s + ": TIMEOUT although the network healed, and the sender was"
                            + " connected, 2 s before the deadline").doesNotContain(1);
                }
                if (s.bothHealthy() && senderStayed && receiverStayed && !faultBetween(sender, s.sentAtMillis(), s.sentAtMillis() + 3_000)
                        && !faultBetween(receiver, s.sentAtMillis(), s.sentAtMillis() + 3_000)) {
                    count("cleanChecked", 1);
                    assertThat(results).as(s + ": sent on healthy links, no fault for 3 s").containsExactly(0);
                    assertThat(receiver.rec().received()).as(s + ": sent on healthy links, no fault for 3 s,"
                            + " never delivered").contains(s.body());
                }
                if (receiverStayed && results.contains(0) && healedInTime) {
                    count("deliveryChecked", 1);
                    assertThat(receiver.rec().received()).as(s + ": accepted by the cloud, network healed"
                            + " before the timeout, receiver stayed logged in, but never delivered").contains(s.body());
                }
            }
        }
    }

    /** Whether {@code e} is a connection state callback with {@code state}. */
    private static boolean isState(Callback e, int state) {
        return e.name().equals("onConnectionStateChanged") && e.intArg(0) == state;
    }

    /** Whether {@code e} ends a reconnect: RECONNECTED, CONNECTED, FAILED, a logout or a login result. */
    private static boolean endsReconnect(Callback e) {
        return isState(e, 5) || isState(e, 3) || isState(e, 7) || e.name().equals("onLogout")
                || e.name().equals("onLoginResult");
    }

    /**
     * Whether {@code e} is something the link carried to the app: a delivery, an answer or a result,
     * not one the engine gave itself (a TIMEOUT or UNREACHABLE give-up, or a local check: 105 not
     * logged in, while a first login reconnects; 106 server params not set; 100 not joined).
     */
    private static boolean isLinkTraffic(Callback e) {
        return switch (e.name()) {
            case "onMessageReceived", "onBinaryMessageReceived", "onRoomMessageReceived",
                    "onRoomBinaryMessageReceived", "onUserJoined", "onUserLeave" -> true;
            case "onMessageSendResult" -> e.intArg(1) != 1 && e.intArg(1) != 105;
            case "onServerParamsSetResult" -> e.intArg(0) != 1 && e.intArg(0) != 105;
            case "onServerMessageSendResult" -> e.intArg(1) != 1 && e.intArg(1) != 105 && e.intArg(1) != 106;
            case "onGetPeerOnlineStatus" -> e.intArg(1) != 2;
            case "onRoomMessageSendResult" -> e.intArg(1) != 1 && e.intArg(1) != 100;
            case "onRoomStateChanged" -> e.intArg(2) == 0;
            default -> false;
        };
    }

    /** Between RECONNECTING(4) and the end of the reconnect, nothing the link carries reaches the app. */
    private void checkNothingArrivesWhileReconnecting(RtsFixture.Client c) {
        boolean reconnecting = false;
        for (Callback e : c.rec().callbacks()) {
            if (isState(e, 4)) {
                reconnecting = true;
                count("reconnectWindows", 1);
            } else if (reconnecting && endsReconnect(e)) {
                reconnecting = false;
            } else if (reconnecting) {
                count("reconnectWindowEventsChecked", 1);
                assertThat(isLinkTraffic(e)).as(c.uid() + ": " + e + " reached the app while reconnecting (after"
                        + " state 4, before 5) in " + c.rec().callbacks()).isFalse();
            }
        }
    }

    /**
     * From the drop of a room that rejoins by itself until that room's own state callback (its rejoin's
     * state 0, or a failure), nothing of the room reaches the app but a send result the engine gave
     * itself; a leaveRoom call or a logout also ends the wait.
     */
    private void checkNoRoomTrafficWhileRejoining(RtsFixture.Client c) {
        List<Callback> events = c.rec().callbacks();
        List<int[]> calls = roomCalls.getOrDefault(c.uid(), List.of());
        int nextCall = 0;
        boolean rejoining = false;
        for (int i = 0; i < events.size(); i++) {
            while (nextCall < calls.size() && calls.get(nextCall)[0] <= i) {
                if (calls.get(nextCall)[1] == 0) {
                    rejoining = false;
                }
                nextCall++;
            }
            Callback e = events.get(i);
            if (c.rec().roomRejoiningAt.contains(i)) {
                if (!rejoining) {
                    count("roomRejoinWindows", 1);
                }
                rejoining = true;
            } else if (rejoining && e.name().equals("onLogout")) {
                rejoining = false;
            } else if (rejoining && e.scope().equals("room:" + ROOM)) {
                if (e.name().equals("onRoomStateChanged") || e.name().equals("onLeaveRoom")) {
                    rejoining = false;
                } else {
                    count("roomRejoinEventsChecked", 1);
                    assertThat(e.name().equals("onRoomMessageSendResult") && !isLinkTraffic(e))
                            .as(c.uid() + ": " + e + " reached the app between the room's drop and its rejoin's"
                                    + " state in " + events).isTrue();
                }
            }
        }
    }

    /** After onLogout or a failed login, until the next login starts, no message or notice is delivered. */
    private void checkNothingDeliveredWhileLoggedOut(RtsFixture.Client c) {
        boolean loggedOut = false;
        for (Callback e : c.rec().callbacks()) {
            if (e.name().equals("onLogout") || e.name().equals("onLoginResult") && e.intArg(1) != 0) {
                loggedOut = true;
            } else if (isState(e, 2)) {
                loggedOut = false;
            } else if (loggedOut) {
                count("loggedOutEventsChecked", 1);
                assertThat(e.name()).as(c.uid() + ": delivered while logged out: " + e + " in " + c.rec().callbacks())
                        .isNotIn("onMessageReceived", "onBinaryMessageReceived", "onRoomMessageReceived",
                                "onRoomBinaryMessageReceived", "onUserJoined", "onUserLeave");
                assertThat(e.name().equals("onRoomStateChanged") && e.intArg(2) == 0)
                        .as(c.uid() + ": joined a room while logged out: " + e + " in " + c.rec().callbacks()).isFalse();
            }
        }
    }

    /**
     * When a sender that may be reconnecting at {@code t} can get results again: {@code t}, or the
     * end of the reconnect it was in then.
     */
    private static long readyAfter(RtsFixture.Client c, long t) {
        long startedAt = -1;
        for (Callback e : c.rec().callbacks()) {
            if (isState(e, 4) && startedAt < 0) {
                startedAt = e.atMillis();
            } else if (startedAt >= 0 && endsReconnect(e)) {
                if (startedAt <= t && e.atMillis() >= t) {
                    return e.atMillis();
                }
                startedAt = -1;
            }
        }
        return startedAt >= 0 && startedAt <= t ? Long.MAX_VALUE : t;
    }

    /** Callbacks that mean the engine was logged out at some point after {@code t}. */
    private static List<Callback> loggedOutAfter(RtsFixture.Client c, long t) {
        return c.rec().where(ev -> ev.atMillis() >= t && (ev.name().equals("onLogout")
                || ev.name().equals("onLoginResult") && ev.intArg(1) != 0));
    }

    private static void assertAnswers(String what, int requests, int answers, boolean destroyed) {
        if (destroyed) {
            assertThat(answers).as(what + ": answers").isLessThanOrEqualTo(requests);
        } else {
            assertThat(answers).as(what + ": exactly one answer per request").isEqualTo(requests);
        }
    }

    private static void assertResults(String what, List<Integer> results, boolean destroyed) {
        if (destroyed) {
            assertThat(results).as(what + ": results").hasSizeLessThanOrEqualTo(1);
        } else {
            assertThat(results).as(what + ": exactly one result").hasSize(1);
        }
    }

    private static void assertOrdered(String receiver, List<String> bodies, String kind) {
        Map<String, Integer> last = new HashMap<>();
        for (String b : bodies) {
            if (!b.startsWith(kind + ":")) {
                continue;
            }
            String rest = b.substring(kind.length() + 1);
            String sender = rest.substring(0, rest.indexOf('#'));
            int k = Integer.parseInt(rest.substring(rest.indexOf('#') + 1));
            Integer prev = last.put(sender, k);
            assertThat(prev == null || prev < k).as(receiver + ": " + kind + " from " + sender
                    + " out of order: #" + prev + " then #" + k + " in " + bodies).isTrue();
        }
    }
}
