package dev.rtsfake.conformance.checks;

import com.ss.bytertc.rts.engine.type.UserMessageSendResult;
import dev.rtsfake.conformance.Client;
import dev.rtsfake.conformance.ConformanceTarget;
import dev.rtsfake.conformance.Optional;
import java.time.Duration;

/** The per-second limits at their edges: the last one allowed, the first one over, and the window moving on. */
public interface RateLimitChecks extends Checks {

    @Optional("D17 (100 P2P messages per second per client, counted over the last second: a send a full second"
            + " after a burst of 100 is in the next second and passes)")
    default void sendMessage_rateLimit_aFullSecondAfterABurstOf100_theNextSendPasses() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        long[] ids = new long[100];
        kit().within(Duration.ofMillis(900), "the burst of 100 sends", () -> {
            for (int i = 0; i < 100; i++) {
                ids[i] = alice.send(bob, "m" + i);
            }
        });
        kit().pass(Duration.ofSeconds(1));
        long next = alice.send(bob, "a second later");
        for (int i = 0; i < 100; i++) {
            kit().checkEquals(0, alice.awaitSendResult(ids[i]), "the result of send " + (i + 1));
        }
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_SUCCESS, alice.awaitSendResult(next),
                "the result of the send a second after the burst");
    }

    @Optional("ref §4.2 [X] (SendUnicast, SendRoomUnicast, SendBroadcast and BatchSendRoomUnicast together: at most"
            + " 500 calls a second per AppId); D17 (the 501st is refused; a second later calls pass again)")
    default void sendUnicast_500PerSecondPerApp_the501stIsRefused_aSecondLaterTheyPassAgain() {
        Client alice = kit().loggedIn("alice");
        ConformanceTarget.ServerPush push = kit().target().serverPush();
        kit().pass(Duration.ofMillis(1_500));
        for (int round = 1; round <= 2; round++) {
            boolean[] accepted = new boolean[501];
            kit().within(Duration.ofMillis(900), "burst " + round + " of 501 pushes", () -> {
                for (int i = 0; i < 501; i++) {
                    accepted[i] = push.sendUnicast(ServerPushChecks.SERVER, alice.uid(), "push " + i);
                }
            });
            for (int i = 0; i < 500; i++) {
                kit().check(accepted[i], "push " + (i + 1) + " of burst " + round + " was refused");
            }
            kit().check(!accepted[500], "the 501st push of burst " + round + " within a second was accepted");
            final int expected = 500 * round;
            kit().expect(expected + " pushes at alice", () -> alice.log().count("onMessageReceived") == expected);
            if (round == 1) {
                kit().pass(Duration.ofMillis(1_500));
            }
        }
    }

    @Optional("ref §4.2 [X] (at most 500 OpenAPI calls a second per AppId); D17 (counted over the last second: a"
            + " push a full second after 500 is in the next second and is accepted)")
    default void sendUnicast_aFullSecondAfter500Pushes_theNextIsAccepted() {
        Client alice = kit().loggedIn("alice");
        ConformanceTarget.ServerPush push = kit().target().serverPush();
        boolean[] accepted = new boolean[500];
        kit().within(Duration.ofMillis(900), "the burst of 500 pushes", () -> {
            for (int i = 0; i < 500; i++) {
                accepted[i] = push.sendUnicast(ServerPushChecks.SERVER, alice.uid(), "push " + i);
            }
        });
        for (int i = 0; i < 500; i++) {
            kit().check(accepted[i], "push " + (i + 1) + " was refused");
        }
        kit().pass(Duration.ofSeconds(1));
        kit().check(push.sendUnicast(ServerPushChecks.SERVER, alice.uid(), "a second later"),
                "the push a second after the burst of 500 was refused");
        kit().expect("501 pushes at alice", () -> alice.log().count("onMessageReceived") == 501);
    }
}
