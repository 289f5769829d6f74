package dev.rtsfake.fake.determinism;

import static org.mockito.Mockito.mock;

import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.appserver.AppServerFailure;
import dev.rtsfake.fake.appserver.AppServerReply;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.net.Fault;
import dev.rtsfake.fake.net.LinkDirection;
import dev.rtsfake.fake.net.LossModel;
import dev.rtsfake.fake.net.Match;
import dev.rtsfake.fake.net.Network;
import dev.rtsfake.fake.net.Rule;
import dev.rtsfake.fake.net.RuleAction;
import dev.rtsfake.fake.serverapi.OpenApiHttpServer;
import dev.rtsfake.fake.testing.RecordingHandler;
import dev.rtsfake.fake.testing.RecordingRoomHandler;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One rich seeded scenario, run in a JVM of its own by {@link CrossJvmDeterminismTest}: two apps,
 * rooms in each, latency with jitter, independent and bursty loss, rules (drop, delay, fail), a
 * cloud outage, a token that expires while its engine is away, server push by Java calls and by a
 * real HTTP request to {@code listen()}, in-process app servers (one that pushes while it answers,
 * one scripted to fail), and a Mockito mock handler. Non-ASCII text throughout. Writes the trace as
 * text and as JSON lines to the two paths it is given. (No {@code forwardTo}: the URI it is given
 * appears in the trace as given, and a local backend's port differs from run to run.)
 */
public final class CrossJvmScenario {
    static final String APP_A = "rtsfake-demo-app-0000001";
    static final String APP_B = "rtsfake-demo-app-0000002";
    static final long SEED = 20_250_917L;

    private CrossJvmScenario() {
    }

    public static void main(String[] args) throws Exception {
        Path text = Path.of(args[0]);
        Path jsonLines = Path.of(args[1]);
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().seed(SEED).app(APP_A, "key-a").app(APP_B, "key-b")
                .latency(Duration.ofMillis(35)).build()) {
            run(cloud);
            cloud.trace().writeText(text);
            cloud.trace().writeJsonLines(jsonLines);
            System.out.println("steps " + cloud.trace().size());
        }
    }

    private static void run(FakeRtsCloud cloud) throws Exception {
        Network net = cloud.network();
        IRTSEventHandler mockHandler = mock(IRTSEventHandler.class);
        FakeRTS alice = cloud.createRTS(APP_A, mockHandler);
        FakeRTS bob = cloud.createRTS(APP_A, new RecordingHandler());
        FakeRTS erin = cloud.createRTS(APP_A, new RecordingHandler());
        FakeRTS carol = cloud.createRTS(APP_B, new RecordingHandler());
        FakeRTS dave = cloud.createRTS(APP_B, new RecordingHandler());
        alice.login(token(cloud, APP_A, "alice", Duration.ofHours(1)), "alice");
        bob.login(token(cloud, APP_A, "bob", Duration.ofHours(1)), "bob");
        erin.login(token(cloud, APP_A, "erin", Duration.ofSeconds(40)), "erin");
        carol.login(token(cloud, APP_B, "carol", Duration.ofHours(1)), "carol");
        dave.login("not-a-token", "dave");
        cloud.runUntilIdle();
        dave.login(token(cloud, APP_B, "dave", Duration.ofHours(1)), "dave");
        cloud.runUntilIdle();

        net.latency("bob", Duration.ofMillis(60), Duration.ofMillis(45));
        net.latency("carol", LinkDirection.DOWN, Duration.ofMillis(20), Duration.ofMillis(70));
        net.loss("carol", LossModel.independent(0.25));
        net.loss("dave", LinkDirection.UP, LossModel.bursty(0.1, 0.4, 0.02, 0.7));
        net.addRule(Rule.when(Match.p2p().from("alice").to("bob").nth(2)).named("drop-second").then(RuleAction.drop()));
        net.addRule(Rule.when(Match.p2p().from("carol").to("dave")).named("slow-carol")
                .then(RuleAction.delay(Duration.ofMillis(250))));
        net.addRule(Rule.when(Match.broadcast("ops").from("dave").nth(3)).named("fail-third").then(RuleAction.fail(1)));

        RTSRoom lobbyA = joined(cloud, alice, "lobby");
        RTSRoom lobbyB = joined(cloud, bob, "lobby");
        RTSRoom lobbyE = joined(cloud, erin, "lobby");
        RTSRoom opsC = joined(cloud, carol, "ops");
        RTSRoom opsD = joined(cloud, dave, "ops");

        cloud.appServer(APP_A).onMessage(req -> {
            cloud.serverApi(APP_A).sendUnicast("server", "alice", "return for " + req.message());
            return AppServerReply.ok("ack ✓ " + req.message().length());
        });
        cloud.appServer(APP_B).onMessage(req -> AppServerReply.ok("app b saw " + req.message() + " é✓"))
                .failNext(AppServerFailure.UNREACHABLE).delayNext(Duration.ofMillis(700));
        alice.setServerParams("sig-alice", "https://app-a.example/rts");
        carol.setServerParams("sig-carol", "https://app-b.example/rts");
        cloud.runUntilIdle();

        for (int i = 0; i < 12; i++) {
            alice.sendMessage("bob", "héllo " + i + " 你好", MessageConfig.values()[i % 3]);
            bob.sendBinaryMessage("alice", new byte[] {(byte) i, (byte) (255 - i)}, MessageConfig.RELIABLE_ORDERED);
            carol.sendMessage("dave", "ça va " + i, MessageConfig.RELIABLE_ORDERED);
            lobbyA.sendRoomMessage("lobby ø " + i);
            opsD.sendRoomMessage("ops " + i);
            if (i % 4 == 0) {
                alice.sendServerMessage("{\"request_id\":\"r" + i + "\",\"text\":\"ünïcødé\"}");
                carol.sendServerBinaryMessage(new byte[] {1, 2, (byte) i});
            }
            cloud.advance(Duration.ofMillis(120 + 37L * i));
        }
        cloud.appServer(APP_A).failNext(AppServerFailure.TIMEOUT).failNext(AppServerFailure.status(503, "busy"));
        alice.sendServerMessage("timeout");
        alice.sendServerMessage("503");
        bob.getPeerOnlineStatus("alice");
        cloud.runUntilIdle();

        cloud.serverApi(APP_B).sendRoomUnicast("ops", "server", "dave", "for dave only");
        cloud.serverApi(APP_B).batchSendRoomUnicast("ops", "server", List.of("carol", "dave", "nobody"), "batch ß");
        cloud.serverApi(APP_A).sendBroadcast("lobby", "server", new byte[] {9, 8, 7});
        try (OpenApiHttpServer http = cloud.serverApi(APP_A).listen()) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    http.uri().resolve("/?Action=SendBroadcast&Version=2023-07-20")).timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"AppId\":\"" + APP_A + "\",\"From\":\"server\","
                            + "\"RoomId\":\"lobby\",\"Binary\":false,\"Message\":\"over http ✓\"}", StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("listen() answered " + r.statusCode() + ": " + r.body());
            }
        }
        cloud.runUntilIdle();

        net.during(Duration.ofSeconds(9), new Fault.Outage());
        cloud.advance(Duration.ofSeconds(3));
        alice.sendMessage("bob", "during the outage", MessageConfig.RELIABLE_ORDERED);
        cloud.advance(Duration.ofSeconds(20));

        net.disconnect("erin");
        cloud.advance(Duration.ofSeconds(45));
        net.reconnect("erin");
        cloud.advance(Duration.ofSeconds(6));
        erin.updateLoginToken(token(cloud, APP_A, "erin", Duration.ofHours(1)));
        cloud.advance(Duration.ofSeconds(6));
        lobbyE.sendRoomMessage("erin is back");
        lobbyB.leaveRoom();
        opsC.sendRoomMessage("bye");
        cloud.invalidateSession(APP_B, "dave");
        bob.logout();
        cloud.advance(Duration.ofSeconds(40));
    }

    private static String token(FakeRtsCloud cloud, String app, String uid, Duration ttl) {
        return cloud.tokens().issue(app, uid, ttl);
    }

    private static RTSRoom joined(FakeRtsCloud cloud, FakeRTS engine, String roomId) {
        RTSRoom room = engine.createRoom(roomId);
        room.setRTSRoomEventHandler(new RecordingRoomHandler());
        room.joinRoom();
        cloud.runUntilIdle();
        return room;
    }
}
