package dev.rtsfake.conformance.checks;

import com.ss.bytertc.rts.engine.type.ConnectionState;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import com.ss.bytertc.rts.engine.type.UserMessageSendResult;
import dev.rtsfake.conformance.Client;
import dev.rtsfake.conformance.ConformanceTarget;
import dev.rtsfake.conformance.Optional;
import dev.rtsfake.conformance.probe.Event;
import dev.rtsfake.conformance.probe.Received;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * P2P and P2Server sends across a link drop: what the sender hears, when, and what reaches the peer and
 * the app server (network faults and clock control).
 */
public interface MessageFaultChecks extends Checks {
    /** Longer than any documented drop detection: the drop is noticed (state 4) within it. */
    Duration DETECTED = Duration.ofSeconds(15);
    /** Until RECONNECTED once the link is back. */
    Duration BACK = Duration.ofSeconds(20);

    /** Waits for connection state {@code state} at {@code c}; returns the callback. */
    private Event awaitConnectionState(Client c, int state, Duration max) {
        kit().expect("onConnectionStateChanged(" + state + ", ...) at " + c.role(),
                () -> c.log().has(e -> e.name().equals("onConnectionStateChanged") && e.intArg(0) == state), max);
        return c.log().first(e -> e.name().equals("onConnectionStateChanged") && e.intArg(0) == state);
    }

    /** Sets the app server's parameters on {@code c} and waits for the {@code n}-th result, which must be 200. */
    private void serverParamsSet(Client c, int n) {
        ConformanceTarget.AppServerControl server = kit().target().appServer();
        kit().checkEquals(0, c.rts().setServerParams(server.signature(), server.url()), "setServerParams");
        kit().expect("onServerParamsSetResult number " + n + " at " + c.role(),
                () -> c.log().count("onServerParamsSetResult") >= n);
        kit().checkEquals(200, c.log().named("onServerParamsSetResult").get(n - 1).intArg(0),
                "onServerParamsSetResult's code");
    }

    /** The one result of P2P message {@code id} at {@code c}, waiting for it up to {@code max}. */
    private Event result(Client c, String callback, long id, Duration max) {
        kit().expect(callback + "(" + id + ", ...) at " + c.role(),
                () -> c.log().has(e -> e.name().equals(callback) && e.longArg(0) == id), max);
        return c.log().first(e -> e.name().equals(callback) && e.longArg(0) == id);
    }

    /** How many results {@code c} got for message {@code id}. */
    private int resultsOf(Client c, long id) {
        return c.log().matching(e -> (e.name().equals("onMessageSendResult")
                || e.name().equals("onServerMessageSendResult")) && e.longArg(0) == id).size();
    }

    /** The texts {@code c} received, in order. */
    private List<String> texts(Client c) {
        List<String> got = new ArrayList<>();
        for (Event e : c.log().named("onMessageReceived")) {
            got.add(e.stringArg(1));
        }
        return got;
    }

    @Optional("fake choice (fidelity §1 rows 24 and 33: a send made while the link is down is retried until the"
            + " message timeout, then TIMEOUT 1; one that gets through once the link is back succeeds, its result"
            + " waiting for RECONNECTED); D13 (one result per id); D16")
    default void linkDown_sendsThatTimeOutAndSendsThatGetThroughAfterTheReconnect_eachIdGetsItsOwnResult() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        kit().needClock();
        ConformanceTarget.NetworkControl net = kit().target().network();
        net.disconnect(alice.uid());
        List<Long> early = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            early.add(alice.send(bob, "early " + i));
        }
        awaitConnectionState(alice, ConnectionState.CONNECTION_STATE_RECONNECTING, DETECTED);
        List<Long> late = new ArrayList<>();
        List<String> lateTexts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lateTexts.add("late " + i);
            late.add(alice.send(bob, "late " + i));
        }
        kit().checkEquals(Arrays.asList(1L, 2L, 3L, 4L, 5L, 6L), early, "the ids of the sends before the detection");
        kit().checkEquals(Arrays.asList(7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L), late,
                "the ids of the sends after the detection");
        for (long id : early) {
            kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_TIMEOUT,
                    result(alice, "onMessageSendResult", id, DETECTED).intArg(1),
                    "the result of message " + id + " (the link stayed down past its message timeout)");
        }
        net.reconnect(alice.uid());
        Event reconnected = awaitConnectionState(alice, ConnectionState.CONNECTION_STATE_RECONNECTED, BACK);
        for (long id : late) {
            Event r = result(alice, "onMessageSendResult", id, BACK);
            kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_SUCCESS, r.intArg(1),
                    "the result of message " + id + " (the link came back within its message timeout)");
            kit().check(r.seq() > reconnected.seq(), "the result of message " + id + " came before RECONNECTED (5)");
        }
        kit().expect("the 10 late messages at bob", () -> bob.log().count("onMessageReceived") == 10);
        kit().settle();
        for (long id = 1; id <= 16; id++) {
            kit().checkEquals(1, resultsOf(alice, id), "results of message " + id);
        }
        kit().checkEquals(lateTexts, texts(bob), "what bob received, in order");
    }

    @Optional("fake choice (fidelity §1 row 33: a P2Server result that comes back while the engine reconnects"
            + " reaches the app right after RECONNECTED, with the app server's answer); ref §2.4 [X]")
    default void linkBack_serverMessageSentDuringTheDrop_reportsTheAnswerAfterReconnected() {
        Client alice = kit().loggedIn("alice");
        serverParamsSet(alice, 1);
        kit().needClock();
        ConformanceTarget.AppServerControl server = kit().target().appServer();
        server.answerWith(200, "answered after the drop");
        ConformanceTarget.NetworkControl net = kit().target().network();
        net.disconnect(alice.uid());
        long id = alice.rts().sendServerMessage("sent during the drop");
        awaitConnectionState(alice, ConnectionState.CONNECTION_STATE_RECONNECTING, DETECTED);
        net.reconnect(alice.uid());
        Event reconnected = awaitConnectionState(alice, ConnectionState.CONNECTION_STATE_RECONNECTED, BACK);
        Event r = result(alice, "onServerMessageSendResult", id, BACK);
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_SUCCESS, r.intArg(1), "the result");
        kit().checkEquals("answered after the drop", ((Received) r.arg(2)).text(), "the answer's body");
        kit().check(r.seq() > reconnected.seq(), "the result came before RECONNECTED (5)");
        kit().checkEquals(1, server.received().size(), "requests at the app server");
        kit().settle();
        kit().checkEquals(1, resultsOf(alice, id), "results of the message");
    }

    @Optional("fake choice (fidelity §1 row 33: a send result waiting for the reconnect waits at most until the"
            + " send's message timeout, then becomes TIMEOUT 1, even though the peer and the app server got the"
            + " message); D13 (one result per id)")
    default void linkBack_resultsThatWaitForTheReconnectPastTheirDeadline_becomeTimeout() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        serverParamsSet(alice, 1);
        kit().needClock();
        ConformanceTarget.AppServerControl server = kit().target().appServer();
        ConformanceTarget.NetworkControl net = kit().target().network();
        long[] ids = new long[2];
        // The link comes back 8.8 s after the sends: they get through before their 10 s message timeout,
        // their results come back while the engine reconnects, and the re-login (2 s later) ends it after
        // the timeout. Skipped when the target could not bring the link back in time.
        kit().within(Duration.ofMillis(9_600), "the sends, the drop's detection and the link's return", () -> {
            net.disconnect(alice.uid());
            long start = kit().target().timeNanos();
            ids[0] = alice.send(bob, "during the drop");
            ids[1] = alice.rts().sendServerMessage("during the drop");
            awaitConnectionState(alice, ConnectionState.CONNECTION_STATE_RECONNECTING, DETECTED);
            long left = Duration.ofMillis(8_800).toNanos() - (kit().target().timeNanos() - start);
            if (left > 0) {
                kit().pass(Duration.ofNanos(left));
            }
            net.reconnect(alice.uid());
        });
        kit().expect("the message at bob", () -> bob.log().count("onMessageReceived") == 1, BACK);
        kit().expect("the message at the app server", () -> server.received().size() == 1, BACK);
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_TIMEOUT,
                result(alice, "onMessageSendResult", ids[0], BACK).intArg(1), "the P2P result");
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_TIMEOUT,
                result(alice, "onServerMessageSendResult", ids[1], BACK).intArg(1), "the P2Server result");
        awaitConnectionState(alice, ConnectionState.CONNECTION_STATE_RECONNECTED, BACK);
        kit().settle();
        kit().checkEquals(1, resultsOf(alice, ids[0]), "results of the P2P message");
        kit().checkEquals(1, resultsOf(alice, ids[1]), "results of the P2Server message");
    }

    @Optional("D16 (unreliable messages are sent once, so one sent while the link is down is lost: TIMEOUT 1 at"
            + " the message timeout; reliable ones, a null config included, are retried and arrive once it heals)")
    default void linkDown_unreliableMessagesAreSentOnce_reliableOnesArriveWhenItHeals() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        kit().needClock();
        ConformanceTarget.NetworkControl net = kit().target().network();
        net.disconnect(alice.uid());
        long ordered = alice.rts().sendMessage(bob.uid(), "unreliable ordered", MessageConfig.UNRELIABLE_ORDERED);
        long unordered = alice.rts().sendMessage(bob.uid(), "unreliable unordered", MessageConfig.UNRELIABLE_UNORDERED);
        long reliable = alice.rts().sendMessage(bob.uid(), "reliable", MessageConfig.RELIABLE_ORDERED);
        long nullConfig = alice.rts().sendMessage(bob.uid(), "null config", null);
        kit().pass(Duration.ofSeconds(2));
        net.reconnect(alice.uid());
        kit().checkEquals(0, result(alice, "onMessageSendResult", reliable, BACK).intArg(1), "the reliable result");
        kit().checkEquals(0, result(alice, "onMessageSendResult", nullConfig, BACK).intArg(1), "the null config's result");
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_TIMEOUT,
                result(alice, "onMessageSendResult", ordered, BACK).intArg(1), "the UNRELIABLE_ORDERED result");
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_TIMEOUT,
                result(alice, "onMessageSendResult", unordered, BACK).intArg(1), "the UNRELIABLE_UNORDERED result");
        kit().settle();
        kit().checkEquals(Arrays.asList("reliable", "null config"), texts(bob), "what bob received");
    }

    @Optional("D16; fidelity §1 row 24 (a P2Server send that cannot get through by the message timeout: TIMEOUT 1)")
    default void linkDown_serverMessageThatNeverGetsThrough_reportsTimeout() {
        Client alice = kit().loggedIn("alice");
        serverParamsSet(alice, 1);
        kit().needClock();
        kit().target().network().disconnect(alice.uid());
        long id = alice.rts().sendServerMessage("lost");
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_TIMEOUT,
                result(alice, "onServerMessageSendResult", id, BACK).intArg(1), "the result");
        kit().checkEquals(0, kit().target().appServer().received().size(), "requests at the app server");
    }

    @Optional("D11 (a reconnect within the 30 s grace resumes the session; after it the cloud has ended it); D19 (a"
            + " new login session needs setServerParams again: 106 until then)")
    default void sendServerMessage_afterAReconnectPastTheGrace_needsServerParamsAgain() {
        Client alice = kit().loggedIn("alice");
        serverParamsSet(alice, 1);
        kit().needClock();
        ConformanceTarget.NetworkControl net = kit().target().network();
        net.disconnect(alice.uid());
        awaitConnectionState(alice, ConnectionState.CONNECTION_STATE_RECONNECTING, DETECTED);
        // The drop was detected 5 s after it (D9); the grace ends 30 s later (D11): 37 s after the drop.
        kit().pass(Duration.ofSeconds(32));
        net.reconnect(alice.uid());
        awaitConnectionState(alice, ConnectionState.CONNECTION_STATE_RECONNECTED, BACK);
        long id = alice.rts().sendServerMessage("after the grace");
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_SERVER_PARAMS_NOT_SET,
                result(alice, "onServerMessageSendResult", id, BACK).intArg(1), "the result after the grace");
        serverParamsSet(alice, 2);
        long again = alice.rts().sendServerMessage("after setServerParams again");
        kit().checkEquals(0, result(alice, "onServerMessageSendResult", again, BACK).intArg(1),
                "the result after setServerParams again");
    }
}
