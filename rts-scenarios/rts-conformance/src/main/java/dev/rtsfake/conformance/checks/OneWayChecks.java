package dev.rtsfake.conformance.checks;

import com.ss.bytertc.rts.engine.type.UserMessageSendResult;
import dev.rtsfake.conformance.Client;
import dev.rtsfake.conformance.ConformanceTarget;
import dev.rtsfake.conformance.Optional;
import dev.rtsfake.conformance.probe.Event;
import java.time.Duration;

/**
 * A link that fails one way: what a device sends reaches the cloud, but the answers do not come back
 * (needs {@link ConformanceTarget.NetworkControl#cutDown}). Each send still ends with exactly one
 * result: TIMEOUT, though it got through.
 */
public interface OneWayChecks extends Checks {

    /** How long the checks wait for the TIMEOUT: past the message timeout and the reconnect's hold. */
    Duration GIVE_UP = Duration.ofSeconds(40);

    @Optional("D13 (every send gets exactly one result: TIMEOUT when none comes by its deadline); fidelity §1 row 24")
    default void sendMessage_resultLostOnTheWayDown_reportsTimeout_thoughThePeerGotIt() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        ConformanceTarget.NetworkControl net = kit().target().network();
        net.cutDown(alice.uid());
        long id;
        try {
            id = alice.send(bob, "one way");
            bob.await("bob receives the message", e -> e.name().equals("onMessageReceived") && "one way".equals(e.arg(1)));
            kit().expect("alice's result", () -> alice.log().has(
                    e -> e.name().equals("onMessageSendResult") && e.longArg(0) == id), GIVE_UP);
        } finally {
            net.healDown(alice.uid());
        }
        kit().settle();
        java.util.List<Event> results = alice.log().matching(e -> e.name().equals("onMessageSendResult") && e.longArg(0) == id);
        kit().checkEquals(1, results.size(), "results for the send");
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_TIMEOUT, results.get(0).intArg(1), "the result");
    }

    @Optional("D13 (every send gets exactly one result: TIMEOUT when none comes by its deadline); ref §2.4")
    default void sendServerMessage_answerLostOnTheWayDown_reportsTimeout_thoughTheServerGotIt() {
        Client alice = kit().loggedIn("alice");
        ConformanceTarget.AppServerControl server = kit().target().appServer();
        kit().checkEquals(0, alice.rts().setServerParams(server.signature(), server.url()), "setServerParams");
        alice.await("onServerParamsSetResult(200)", e -> e.name().equals("onServerParamsSetResult") && e.intArg(0) == 200);
        ConformanceTarget.NetworkControl net = kit().target().network();
        net.cutDown(alice.uid());
        long id;
        try {
            id = alice.rts().sendServerMessage("one way");
            kit().expect("the app server receives it", () -> server.received().size() == 1);
            kit().expect("alice's result", () -> alice.log().has(
                    e -> e.name().equals("onServerMessageSendResult") && e.longArg(0) == id), GIVE_UP);
        } finally {
            net.healDown(alice.uid());
        }
        kit().settle();
        java.util.List<Event> results = alice.log().matching(
                e -> e.name().equals("onServerMessageSendResult") && e.longArg(0) == id);
        kit().checkEquals(1, results.size(), "results for the server message");
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_TIMEOUT, results.get(0).intArg(1), "the result");
    }
}
