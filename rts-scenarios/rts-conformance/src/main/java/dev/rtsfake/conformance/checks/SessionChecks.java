package dev.rtsfake.conformance.checks;

import com.ss.bytertc.rts.engine.type.ConnectionState;
import com.ss.bytertc.rts.engine.type.LoginErrorCode;
import com.ss.bytertc.rts.engine.type.UserOnlineStatus;
import dev.rtsfake.conformance.Client;
import dev.rtsfake.conformance.ConformanceTarget;
import dev.rtsfake.conformance.Optional;
import dev.rtsfake.conformance.Required;
import dev.rtsfake.conformance.Room;
import dev.rtsfake.conformance.probe.Event;
import java.time.Duration;
import java.util.List;

/**
 * Sessions over drops and comebacks, timed: the engine's connection states at their documented times,
 * also over a second drop and a login the link does not carry, and what peers see of the user meanwhile
 * (the session's grace, its end). Needs network faults and clock control.
 */
public interface SessionChecks extends ReconnectChecks {

    /** The target's time now, in nanoseconds. */
    default long now() {
        return kit().target().timeNanos();
    }

    /** Lets the target's time pass until {@code seconds} after {@code start} (a {@link #now()} value). */
    default void passUntil(long start, double seconds) {
        long left = start + (long) (seconds * 1e9) - now();
        if (left > 0) {
            kit().pass(Duration.ofNanos(left));
        }
    }

    /** Seconds of the target's time since {@code start}. */
    default double since(long start) {
        return (now() - start) / 1e9;
    }

    /** Waits for connection state {@code state} at {@code c} after the event at {@code afterSeq}. */
    default Event awaitStateAfter(Client c, int state, long afterSeq, Duration max) {
        kit().expect("onConnectionStateChanged(" + state + ", ...) at " + c.role() + " after callback #" + afterSeq,
                () -> c.log().has(e -> e.seq() > afterSeq && e.name().equals("onConnectionStateChanged")
                        && e.intArg(0) == state), max);
        return c.log().first(e -> e.seq() > afterSeq && e.name().equals("onConnectionStateChanged") && e.intArg(0) == state);
    }

    /** Asks {@code asker}'s engine for {@code peer}'s online status and returns the answer. */
    default int statusOf(Client asker, Client peer) {
        int before = asker.log().count("onGetPeerOnlineStatus");
        kit().checkEquals(0, asker.rts().getPeerOnlineStatus(peer.uid()), "getPeerOnlineStatus(" + peer.uid() + ")");
        kit().expect("an onGetPeerOnlineStatus answer at " + asker.role(),
                () -> asker.log().count("onGetPeerOnlineStatus") > before);
        return asker.log().named("onGetPeerOnlineStatus").get(before).intArg(1);
    }

    /** Checks that no LOST (6) came between the events at {@code fromSeq} and {@code toSeq}. */
    default void checkNoLostBetween(Client c, long fromSeq, long toSeq, String what) {
        List<Event> lost = c.log().matching(e -> e.seq() > fromSeq && e.seq() < toSeq
                && e.name().equals("onConnectionStateChanged") && e.intArg(0) == ConnectionState.CONNECTION_STATE_LOST);
        kit().check(lost.isEmpty(), "LOST (6) came before DISCONNECTED (1) " + what);
    }

    // ---- the engine's states, at their times ----

    @Optional("D9 (DISCONNECTED 1 12 s after the link went down, LOST 6 10 s after that)")
    default void linkDrop_disconnected12sAfterTheDrop_lost10sAfterThat() {
        Client alice = kit().loggedIn("alice");
        kit().needClock();
        long down = now();
        kit().target().network().disconnect(alice.uid());
        awaitState(alice, ConnectionState.CONNECTION_STATE_DISCONNECTED, Duration.ofSeconds(20));
        double disconnected = since(down);
        long at = now();
        awaitState(alice, ConnectionState.CONNECTION_STATE_LOST, Duration.ofSeconds(15));
        double lost = since(at);
        kit().check(disconnected >= 11.5 && disconnected <= 13, "DISCONNECTED came " + disconnected
                + " s after the drop, expecting 12 s");
        kit().check(lost >= 9.5 && lost <= 10.5, "LOST came " + lost + " s after DISCONNECTED, expecting 10 s");
    }

    @Optional("D9; fidelity §3 row 2 (a drop shorter than the heartbeat timeout changes nothing; a later drop"
            + " gets its own full timeout before RECONNECTING 4)")
    default void linkFlap_thenADrop_reconnectingComesAFullHeartbeatAfterTheSecondDrop() {
        Client alice = kit().loggedIn("alice");
        kit().needClock();
        ConformanceTarget.NetworkControl net = kit().target().network();
        net.disconnect(alice.uid());
        kit().pass(Duration.ofSeconds(3));
        net.reconnect(alice.uid());
        kit().pass(Duration.ofSeconds(1));
        long second = now();
        net.disconnect(alice.uid());
        awaitState(alice, ConnectionState.CONNECTION_STATE_RECONNECTING, DROP);
        double after = since(second);
        kit().check(after >= 4.5, "RECONNECTING (4) came " + after + " s after the second drop: the first one's"
                + " heartbeat timeout ran on through the 1 s the link was back");
    }

    @Optional("D9 (each drop: RECONNECTING 4, DISCONNECTED 1 12 s after it, LOST 6 10 s later; a reconnect"
            + " between two drops ends the first one's timers)")
    default void secondDrop_afterAReconnect_disconnectedThenLostAtTheirOwnTimes() {
        Client alice = kit().loggedIn("alice");
        ConformanceTarget.NetworkControl net = dropUntilReconnecting(alice);
        awaitState(alice, ConnectionState.CONNECTION_STATE_DISCONNECTED, Duration.ofSeconds(15));
        net.reconnect(alice.uid());
        Event back = awaitState(alice, ConnectionState.CONNECTION_STATE_RECONNECTED, RECOVER);
        long second = now();
        net.disconnect(alice.uid());
        checkSecondDropTimings(alice, back.seq(), second);
    }

    @Optional("D9; ref §3.2 [I] (logout ends the reconnect; after a new login a drop has its own timings)")
    default void loginAgain_afterALogoutWhileReconnecting_aNewDropHasItsOwnTimings() {
        Client alice = kit().loggedIn("alice");
        ConformanceTarget.NetworkControl net = dropUntilReconnecting(alice);
        awaitState(alice, ConnectionState.CONNECTION_STATE_DISCONNECTED, Duration.ofSeconds(15));
        alice.rts().logout();
        alice.await("onLogout", e -> e.name().equals("onLogout"));
        net.reconnect(alice.uid());
        long outSeq = alice.log().first(e -> e.name().equals("onLogout")).seq();
        kit().checkEquals(0, alice.login(), "login after the logout");
        Event again = alice.await("a second onLoginResult(uid, 0, ...)", e -> e.name().equals("onLoginResult")
                && e.intArg(1) == 0 && e.seq() > outSeq);
        long second = now();
        net.disconnect(alice.uid());
        checkSecondDropTimings(alice, again.seq(), second);
    }

    /** After a second drop at {@code droppedAt}: RECONNECTING, then DISCONNECTED 12 s after it, no LOST between. */
    default void checkSecondDropTimings(Client c, long afterSeq, long droppedAt) {
        Event reconnecting = awaitStateAfter(c, ConnectionState.CONNECTION_STATE_RECONNECTING, afterSeq, DROP);
        Event disconnected = awaitStateAfter(c, ConnectionState.CONNECTION_STATE_DISCONNECTED, reconnecting.seq(),
                Duration.ofSeconds(20));
        double at = since(droppedAt);
        checkNoLostBetween(c, reconnecting.seq(), disconnected.seq(), "after the second drop");
        kit().check(at >= 11.5, "DISCONNECTED (1) came " + at + " s after the second drop, expecting 12 s");
        awaitStateAfter(c, ConnectionState.CONNECTION_STATE_LOST, disconnected.seq(), Duration.ofSeconds(15));
    }

    @Optional("D9; fidelity §3 (RECONNECTED 5 one reconnect interval, 2 s, after the link is back: the engine"
            + " tries again when the link returns, not on a schedule of its own while it is down)")
    default void linkBack_reconnectedOneReconnectIntervalAfterTheLinkReturns() {
        Client alice = kit().loggedIn("alice");
        ConformanceTarget.NetworkControl net = dropUntilReconnecting(alice);
        kit().pass(Duration.ofSeconds(1));
        long back = now();
        net.reconnect(alice.uid());
        awaitState(alice, ConnectionState.CONNECTION_STATE_RECONNECTED, RECOVER);
        double took = since(back);
        kit().check(took >= 1.9 && took <= 3, "RECONNECTED (5) came " + took + " s after the link was back,"
                + " expecting about 2 s");
    }

    @Optional("vendor destroyRTS (停止与媒体服务器的任何交互); D5 (no callback after destroy); ref §2.1 [I], D11 (peers"
            + " see the destroyed engine's user offline, at the latest when the grace is over)")
    default void destroy_whileReconnecting_noCallbackAfter_peersSeeOfflineAfterTheGrace() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        long down = now();
        ConformanceTarget.NetworkControl net = dropUntilReconnecting(alice);
        alice.destroy();
        long seen = alice.log().size();
        kit().pass(Duration.ofSeconds(1));
        net.reconnect(alice.uid());
        passUntil(down, 40);
        kit().checkEquals(UserOnlineStatus.USER_ONLINE_STATUS_OFFLINE, statusOf(bob, alice),
                "alice's status 40 s after the drop (her engine was destroyed while reconnecting)");
        kit().checkEquals(seen, alice.log().size(), "callbacks of the destroyed engine");
    }

    @Optional("D9; ref §3.2 [I] (logout while reconnecting: onLogout, then no connection state, no DISCONNECTED"
            + " or LOST)")
    default void logout_whileReconnecting_noConnectionStateAfterOnLogout() {
        Client alice = kit().loggedIn("alice");
        dropUntilReconnecting(alice);
        alice.rts().logout();
        Event out = alice.await("onLogout", e -> e.name().equals("onLogout"));
        kit().pass(Duration.ofSeconds(25));
        kit().check(!alice.log().has(e -> e.seq() > out.seq() && e.name().equals("onConnectionStateChanged")),
                "a connection state came after onLogout");
    }

    @Optional("D9; ref §1.5 ConnectionState; ref §2.3 [X] (elapsed: the time the login took) (a login the link"
            + " does not carry: RECONNECTING 4 at the message timeout, then CONNECTED 3 and onLoginResult once through)")
    default void login_whileTheLinkIsDown_reconnectingThenConnectedAndLoginResultOnceItIsBack() {
        Client alice = kit().loggedIn("alice");
        alice.rts().logout();
        alice.await("onLogout", e -> e.name().equals("onLogout"));
        kit().settle();
        kit().needClock();
        ConformanceTarget.NetworkControl net = kit().target().network();
        net.disconnect(alice.uid());
        long seq = alice.log().size() - 1;
        long called = now();
        kit().checkEquals(0, alice.login(), "login while the link is down");
        awaitStateAfter(alice, ConnectionState.CONNECTION_STATE_RECONNECTING, seq, Duration.ofSeconds(15));
        kit().check(alice.log().count("onLoginResult") == 1, "an onLoginResult came while the link was down");
        double down = since(called);
        net.reconnect(alice.uid());
        kit().expect("a second onLoginResult", () -> alice.log().count("onLoginResult") == 2, RECOVER);
        double took = since(called);
        Event result = alice.log().named("onLoginResult").get(1);
        kit().checkEquals(LoginErrorCode.LOGIN_ERROR_CODE_SUCCESS, result.intArg(1), "the login's result");
        Event connected = alice.log().first(e -> e.seq() > seq && e.name().equals("onConnectionStateChanged")
                && e.intArg(0) == ConnectionState.CONNECTION_STATE_CONNECTED);
        kit().check(connected != null && connected.seq() < result.seq(), "CONNECTED (3) before onLoginResult");
        int elapsed = result.intArg(2);
        kit().check(elapsed >= down * 1000 - 1 && elapsed <= took * 1000 + 1, "onLoginResult's elapsed " + elapsed
                + " ms; the link was down for the first " + down + " s of the " + took + " s the login took");
    }

    // ---- what peers see ----

    @Optional("D11; fidelity §3 (a dropped session ends 35 s after the drop: the 5 s heartbeat timeout, then the"
            + " 30 s grace; ONLINE until then, OFFLINE after)")
    default void peerDropped_isOnlineUntil35sAfterTheDrop_offlineAfter() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        kit().needClock();
        long down = now();
        kit().target().network().disconnect(bob.uid());
        passUntil(down, 33);
        kit().checkEquals(UserOnlineStatus.USER_ONLINE_STATUS_ONLINE, statusOf(alice, bob), "bob's status 33 s after the drop");
        passUntil(down, 37);
        kit().checkEquals(UserOnlineStatus.USER_ONLINE_STATUS_OFFLINE, statusOf(alice, bob), "bob's status 37 s after the drop");
    }

    @Optional("D9; D11 (a drop shorter than the heartbeat timeout is not noticed; the grace of a later drop"
            + " counts from that drop)")
    default void peerFlapsThenDrops_theSessionEnds35sAfterTheSecondDrop() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        kit().needClock();
        ConformanceTarget.NetworkControl net = kit().target().network();
        net.disconnect(bob.uid());
        kit().pass(Duration.ofSeconds(2));
        net.reconnect(bob.uid());
        kit().pass(Duration.ofSeconds(1));
        long down = now();
        net.disconnect(bob.uid());
        passUntil(down, 33);
        kit().checkEquals(UserOnlineStatus.USER_ONLINE_STATUS_ONLINE, statusOf(alice, bob),
                "bob's status 33 s after the second drop");
        passUntil(down, 37);
        kit().checkEquals(UserOnlineStatus.USER_ONLINE_STATUS_OFFLINE, statusOf(alice, bob),
                "bob's status 37 s after the second drop");
    }

    @Optional("D11 (a reconnect within the grace resumes the session; a later drop has a grace of its own)")
    default void peerDroppedTwice_theSessionEnds35sAfterTheSecondDropToo() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        kit().needClock();
        ConformanceTarget.NetworkControl net = kit().target().network();
        long first = now();
        net.disconnect(bob.uid());
        awaitState(bob, ConnectionState.CONNECTION_STATE_RECONNECTING, DROP);
        passUntil(first, 10);
        net.reconnect(bob.uid());
        awaitState(bob, ConnectionState.CONNECTION_STATE_RECONNECTED, RECOVER);
        long down = now();
        net.disconnect(bob.uid());
        passUntil(down, 33);
        kit().checkEquals(UserOnlineStatus.USER_ONLINE_STATUS_ONLINE, statusOf(alice, bob),
                "bob's status 33 s after the second drop");
        passUntil(down, 37);
        kit().checkEquals(UserOnlineStatus.USER_ONLINE_STATUS_OFFLINE, statusOf(alice, bob),
                "bob's status 37 s after the second drop");
    }

    @Optional("D8; D11; fidelity §1 row 37 (after a refused re-login (-1000) the user is logged out: the session"
            + " still ends when the grace runs out, though the link is back)")
    default void relogin_refused_peersSeeOfflineOnceTheGraceEnds() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().peer("bob");
        String shortLived = kit().target().tokens().tokenValidFor(bob.uid(), Duration.ofSeconds(3));
        bob.rts().login(shortLived, bob.uid());
        bob.awaitLoginResult(0);
        long down = now();
        dropUntilReconnecting(bob).reconnect(bob.uid());
        bob.awaitLoginResult(LoginErrorCode.LOGIN_ERROR_CODE_INVALID_TOKEN);
        passUntil(down, 40);
        kit().checkEquals(UserOnlineStatus.USER_ONLINE_STATUS_OFFLINE, statusOf(alice, bob),
                "bob's status 40 s after the drop (his re-login was refused)");
    }

    @Optional("ref §2.3 [X] (after logout remote users see the uid offline); fidelity §1 row 32 (a logout that"
            + " cannot get through: the cloud notices the silence and ends the session after the grace)")
    default void logout_whileTheLinkIsDown_peersSeeOfflineOnceTheGraceEnds_thoughTheLinkIsBack() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        kit().needClock();
        ConformanceTarget.NetworkControl net = kit().target().network();
        long down = now();
        net.disconnect(bob.uid());
        kit().checkEquals(0, bob.rts().logout(), "logout while the link is down");
        bob.await("onLogout", e -> e.name().equals("onLogout"));
        passUntil(down, 12);
        net.reconnect(bob.uid());
        passUntil(down, 50);
        kit().checkEquals(UserOnlineStatus.USER_ONLINE_STATUS_OFFLINE, statusOf(alice, bob),
                "bob's status 50 s after he logged out with the link down");
    }

    @Optional("ref §3.2, §3.4 [X] (server abnormal: FAILED 7, out of the rooms, the app must log in again); D11;"
            + " D23 (the session ends: the room's others get onUserLeave, peers see OFFLINE)")
    default void sessionInvalidated_peersSeeOffline_roomMembersSeeTheUserLeave() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        alice.joined("lobby");
        Room bobs = bob.joined("lobby");
        bobs.awaitUserJoined(alice);
        kit().target().serverFaults().invalidateSession(alice.uid());
        awaitState(alice, ConnectionState.CONNECTION_STATE_FAILED, DROP);
        bobs.await("onUserLeave(alice, ...) at bob's room", e -> e.name().equals("onUserLeave")
                && alice.uid().equals(e.arg(0)));
        kit().checkEquals(UserOnlineStatus.USER_ONLINE_STATUS_OFFLINE, statusOf(bob, alice), "alice's status");
    }

    @Required("ref §3.2 [X] (server abnormal: FAILED 7; the app must log in again)")
    default void sessionInvalidated_thenLoginAgain_works() {
        Client alice = kit().loggedIn("alice");
        kit().target().serverFaults().invalidateSession(alice.uid());
        Event failed = awaitState(alice, ConnectionState.CONNECTION_STATE_FAILED, DROP);
        kit().checkEquals(0, alice.login(), "login after FAILED");
        alice.await("onLoginResult(uid, 0, ...) after FAILED", e -> e.seq() > failed.seq()
                && e.name().equals("onLoginResult") && e.intArg(1) == 0);
    }
}
