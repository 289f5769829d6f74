package dev.rtsfake.conformance.checks;

import com.ss.bytertc.rts.engine.type.MessageConfig;
import com.ss.bytertc.rts.engine.type.UserMessageSendResult;
import dev.rtsfake.conformance.Client;
import dev.rtsfake.conformance.Kit;
import dev.rtsfake.conformance.Optional;
import java.time.Duration;

/**
 * What reaches an engine once a session of it has ended: the app logged out, or the cloud logged it
 * out (a duplicate login). The engine is logged out, and what was on its way to the session that ended
 * reaches neither it nor the engine's next login.
 */
public interface EngineSessionChecks extends Checks {

    @Optional("vendor logout (登出后，无法再 ... 收到相关回调); fake choice (fidelity §1 row 8: a message on its way to the"
            + " logged-out uid reaches neither it nor the engine's next login)")
    default void loginAsAnother_messageStillOnItsWayToTheEarlierUid_isNotDelivered() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        String carol = kit().target().uid("carol");
        String carolsToken = kit().target().token(carol);
        kit().within(Kit.QUICK, "a send to alice, her logout and a login as carol", () -> {
            bob.send(alice, "for alice");
            alice.rts().logout();
            alice.rts().login(carolsToken, carol);
        });
        alice.await("onLoginResult(\"" + carol + "\", 0, ...) at alice's engine",
                e -> e.name().equals("onLoginResult") && carol.equals(e.arg(0)) && e.intArg(1) == 0);
        kit().pass(Duration.ofSeconds(2));
        kit().checkEquals(0, alice.log().count("onMessageReceived"),
                "messages at alice's engine, now carol, of the one sent to alice as she logged out");
    }

    @Optional("ref §2.3 [X] (a duplicate login logs the earlier client out); ref §2.5 [I], D13 (105 once logged out);"
            + " vendor login (-2 only while logged in)")
    default void kickedByADuplicateLogin_theFirstEngineIsLoggedOut_andCanLogInAgain() {
        Client alice = kit().loggedIn("alice");
        Client again = kit().peer("alice");
        again.loginAndAwait();
        alice.await("onLogout at the first engine", e -> e.name().equals("onLogout"));
        long id = alice.rts().sendMessage(alice.uid(), "m", MessageConfig.RELIABLE_ORDERED);
        kit().check(id > 0, "sendMessage after the kick returned " + id + ", expecting an id");
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_NOT_LOGIN, alice.awaitSendResult(id),
                "the result of a send from the engine the duplicate login logged out");
        int logins = alice.log().count("onLoginResult");
        kit().checkEquals(0, alice.login(), "login again on the engine the duplicate login logged out");
        kit().expect("a second onLoginResult(\"" + alice.uid() + "\", 0, ...) at the first engine",
                () -> alice.log().count("onLoginResult") > logins
                        && alice.log().named("onLoginResult").get(logins).intArg(1) == 0);
    }
}
