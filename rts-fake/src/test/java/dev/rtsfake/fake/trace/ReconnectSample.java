package dev.rtsfake.fake.trace;

import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.net.Match;
import dev.rtsfake.fake.net.Rule;
import dev.rtsfake.fake.net.RuleAction;
import java.time.Duration;

/**
 * The sample traces of the trace tests. {@link #reconnect()}: alice and bob log in and join the
 * lobby; alice's network drops at 1 s for 8 s, and the message she sends bob at 2 s is lost and sent
 * again until it gets through after she reconnects; a rule delays bob's answer by 500 ms; alice asks
 * her app server something; and a room message carries HTML and {@code </script>}, for the escaping.
 * {@link #small()}: alice logs in and sends bob one message, for the JSON-lines golden file.
 */
final class ReconnectSample {
    static final String APP = "rtsfake-trace-sample-001";
    /** A message that would break a page that does not escape what it shows. */
    static final String HOSTILE = "</script><script>document.title='pwned'</script><b>bold</b> & \"quotes\"";

    private ReconnectSample() {
    }

    static Trace reconnect() {
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").sysStatsInterval(Duration.ZERO).build()) {
            FakeRTS alice = login(cloud, "alice");
            FakeRTS bob = login(cloud, "bob");
            alice.setServerParams("sig-alice", "https://app.example/rts");
            RTSRoom aliceRoom = join(alice, "lobby");
            join(bob, "lobby");
            cloud.runUntilIdle();
            cloud.network().addRule(Rule.when(Match.p2p().from("bob")).named("slow-bob").then(
                    RuleAction.delay(Duration.ofMillis(500))));
            cloud.advance(Duration.ofSeconds(1));
            cloud.network().disconnect("alice");
            cloud.advance(Duration.ofSeconds(1));
            alice.sendMessage("bob", "sent in the lift", MessageConfig.RELIABLE_ORDERED);
            cloud.advance(Duration.ofSeconds(7));
            cloud.network().reconnect("alice");
            cloud.advance(Duration.ofSeconds(3));
            bob.sendMessage("alice", "got it", MessageConfig.RELIABLE_ORDERED);
            cloud.advance(Duration.ofSeconds(1));
            alice.sendServerMessage("what is new?");
            aliceRoom.sendRoomMessage(HOSTILE);
            cloud.advance(Duration.ofSeconds(2));
            return cloud.trace();
        }
    }

    static Trace small() {
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").sysStatsInterval(Duration.ZERO).build()) {
            FakeRTS alice = login(cloud, "alice");
            login(cloud, "bob");
            cloud.network().addRule(Rule.when(Match.p2p().nth(1)).named("drop-first").then(RuleAction.drop()));
            alice.sendMessage("bob", "hi \"bob\"\n", MessageConfig.RELIABLE_ORDERED);
            alice.sendMessage("bob", "second", MessageConfig.UNRELIABLE_ORDERED);
            cloud.advance(Duration.ofSeconds(1));
            return cloud.trace();
        }
    }

    private static FakeRTS login(FakeRtsCloud cloud, String uid) {
        FakeRTS rts = cloud.createRTS(APP, new IRTSEventHandler() { });
        rts.login(cloud.tokens().issue(APP, uid, Duration.ofHours(1)), uid);
        cloud.runUntilIdle();
        return rts;
    }

    private static RTSRoom join(FakeRTS rts, String roomId) {
        RTSRoom room = rts.createRoom(roomId);
        room.setRTSRoomEventHandler(new IRTSRoomEventHandler() { });
        room.joinRoom();
        return room;
    }
}
