package dev.rtsfake.conformance.checks;

import com.ss.bytertc.rts.engine.type.MessageConfig;
import com.ss.bytertc.rts.engine.type.UserMessageSendResult;
import dev.rtsfake.conformance.Client;
import dev.rtsfake.conformance.ConformanceTarget;
import dev.rtsfake.conformance.Kit;
import dev.rtsfake.conformance.Optional;
import dev.rtsfake.conformance.Required;
import dev.rtsfake.conformance.probe.Event;
import dev.rtsfake.conformance.probe.Received;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Messages to the app's own server (P2Server) and the server parameters they need. */
public interface ServerMessageChecks extends Checks {

    /** Sets the app server's url and signature and waits for 200. */
    default void serverParamsSet(Client c) {
        ConformanceTarget.AppServerControl server = kit().target().appServer();
        kit().checkEquals(0, c.rts().setServerParams(server.signature(), server.url()), "setServerParams");
        Event e = c.await("onServerParamsSetResult", x -> x.name().equals("onServerParamsSetResult"));
        kit().checkEquals(200, e.intArg(0), "onServerParamsSetResult's code");
    }

    @Required("ref §2.4 [X] (200 means success; the demo compares error != 200)")
    default void setServerParams_loggedIn_reports200() {
        serverParamsSet(kit().loggedIn("alice"));
    }

    @Required("vendor setServerParams (用户必须调用 login 登录后，才能调用本接口)")
    default void setServerParams_beforeLogin_doesNotSucceed() {
        Client alice = kit().client("alice");
        int r = alice.rts().setServerParams("signature", "https://app.example/rts");
        if (r == 0) {
            Event e = alice.await("onServerParamsSetResult", x -> x.name().equals("onServerParamsSetResult"));
            kit().check(e.intArg(0) != 200, "setServerParams before login reported 200");
        }
    }

    @Optional("D19 (0, then 105 NOT_LOGIN)")
    default void setServerParams_beforeLogin_reportsNotLogin() {
        Client alice = kit().client("alice");
        kit().checkEquals(0, alice.rts().setServerParams("signature", "https://app.example/rts"), "setServerParams");
        Event e = alice.await("onServerParamsSetResult", x -> x.name().equals("onServerParamsSetResult"));
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_NOT_LOGIN, e.intArg(0), "the result");
    }

    @Optional("D19 (null or empty arguments: -2)")
    default void setServerParams_nullOrEmpty_returnsMinus2() {
        Client alice = kit().loggedIn("alice");
        kit().checkEquals(-2, alice.rts().setServerParams(null, "https://app.example/rts"), "setServerParams(null, url)");
        kit().checkEquals(-2, alice.rts().setServerParams("sig", ""), "setServerParams(sig, \"\")");
    }

    @Required("vendor sendServerMessage; ref §2.4 [X] (0 OK, exactly one result)")
    default void sendServerMessage_success_reportsZero() {
        Client alice = kit().loggedIn("alice");
        serverParamsSet(alice);
        long id = alice.rts().sendServerMessage("{\"hello\":\"server\"}");
        kit().check(id > 0, "sendServerMessage returned " + id);
        kit().checkEquals(0, alice.awaitServerResult(id).intArg(1), "the result");
        kit().settle();
        kit().checkEquals(1, alice.log().count("onServerMessageSendResult"), "results");
    }

    @Required("ref §2.4 [X] (the result carries the body of the app server's answer); ref §4.1")
    default void sendServerMessage_resultCarriesTheAppServersAnswer() {
        Client alice = kit().loggedIn("alice");
        serverParamsSet(alice);
        kit().target().appServer().answerWith(200, "{\"ack\":true}");
        long id = alice.rts().sendServerMessage("request");
        Event e = alice.awaitServerResult(id);
        kit().checkEquals(0, e.intArg(1), "the result");
        kit().checkEquals("{\"ack\":true}", ((Received) e.arg(2)).text(), "the answer's body");
    }

    @Required("ref §4.1 [X] (the POST body carries message, binary and the signature)")
    default void sendServerMessage_appServerReceivesTheMessageAndSignature() {
        Client alice = kit().loggedIn("alice");
        serverParamsSet(alice);
        alice.rts().sendServerMessage("to the server");
        ConformanceTarget.AppServerControl server = kit().target().appServer();
        kit().expect("one request at the app server", () -> server.received().size() == 1);
        ConformanceTarget.ReceivedRequest r = server.received().get(0);
        kit().checkEquals("to the server", r.message(), "the request's message");
        kit().checkEquals(false, r.binary(), "the request's binary flag");
        kit().checkEquals(server.signature(), r.signature(), "the request's signature");
    }

    @Optional("D20; ref §4.1, §6 (binary as Base64, binary: true)")
    default void sendServerBinaryMessage_reachesTheAppServerAsBase64() {
        Client alice = kit().loggedIn("alice");
        serverParamsSet(alice);
        byte[] bytes = "binary".getBytes(StandardCharsets.UTF_8);
        alice.rts().sendServerBinaryMessage(bytes);
        ConformanceTarget.AppServerControl server = kit().target().appServer();
        kit().expect("one request at the app server", () -> server.received().size() == 1);
        List<ConformanceTarget.ReceivedRequest> got = server.received();
        kit().checkEquals(Base64.getEncoder().encodeToString(bytes), got.get(0).message(), "the request's message");
        kit().checkEquals(true, got.get(0).binary(), "the request's binary flag");
    }

    @Required("ref §2.4, §3.2 [X] (a P2Server send before onServerParamsSetResult(200): 106)")
    default void sendServerMessage_beforeServerParams_reportsServerParamsNotSet() {
        Client alice = kit().loggedIn("alice");
        long id = alice.rts().sendServerMessage("too early");
        kit().check(id > 0, "sendServerMessage returned " + id);
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_SERVER_PARAMS_NOT_SET,
                alice.awaitServerResult(id).intArg(1), "the result");
    }

    @Required("ref §2.4 [X] (105 NOT_LOGIN)")
    default void sendServerMessage_notLoggedIn_reportsNotLogin() {
        Client alice = kit().client("alice");
        long id = alice.rts().sendServerMessage("not logged in");
        kit().check(id > 0, "sendServerMessage returned " + id);
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_NOT_LOGIN, alice.awaitServerResult(id).intArg(1),
                "the result");
    }

    @Required("vendor sendServerMessage (消息不超过 64KB); ref §2.4 (103)")
    default void sendServerMessage_over64KiB_reportsExceedMaxLength() {
        Client alice = kit().loggedIn("alice");
        serverParamsSet(alice);
        long id = alice.rts().sendServerMessage("x".repeat(70_000));
        kit().checkEquals(103, alice.awaitServerResult(id).intArg(1), "the result of 70,000 bytes");
    }

    @Required("vendor sendServerBinaryMessage (消息不超过 46KB)")
    default void sendServerBinaryMessage_over46KiB_reportsExceedMaxLength() {
        Client alice = kit().loggedIn("alice");
        serverParamsSet(alice);
        long id = alice.rts().sendServerBinaryMessage(new byte[50_000]);
        kit().checkEquals(103, alice.awaitServerResult(id).intArg(1), "the result of 50,000 bytes");
    }

    @Optional("D20 (a non-2xx answer: 18 E2BS_RETURN_FAILED)")
    default void sendServerMessage_appServerAnswers500_reportsReturnFailed() {
        Client alice = kit().loggedIn("alice");
        serverParamsSet(alice);
        kit().target().appServer().answerWith(500, "broken");
        long id = alice.rts().sendServerMessage("request");
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_E2BS_RETURN_FAILED,
                alice.awaitServerResult(id).intArg(1), "the result");
    }

    @Optional("D20 (app server unreachable: 17 E2BS_SEND_FAILED)")
    default void sendServerMessage_appServerUnreachable_reportsSendFailed() {
        Client alice = kit().loggedIn("alice");
        serverParamsSet(alice);
        kit().target().appServer().unreachableNext();
        long id = alice.rts().sendServerMessage("request");
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_E2BS_SEND_FAILED,
                alice.awaitServerResult(id).intArg(1), "the result");
    }

    @Optional("D19; ref §3.3 [I] (a new login session needs setServerParams again)")
    default void sendServerMessage_afterLoggingInAgain_needsServerParamsAgain() {
        Client alice = kit().loggedIn("alice");
        serverParamsSet(alice);
        alice.rts().logout();
        alice.await("onLogout", e -> e.name().equals("onLogout"));
        kit().checkEquals(0, alice.login(), "login again");
        kit().expect("the second login's result", () -> alice.log().matching(
                e -> e.name().equals("onLoginResult") && e.intArg(1) == 0).size() == 2);
        long id = alice.rts().sendServerMessage("after the new login");
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_SERVER_PARAMS_NOT_SET,
                alice.awaitServerResult(id).intArg(1), "the result");
    }

    @Optional("ref §3.3 [I]; D19 (a P2Server send while setServerParams is pending: 106)")
    default void sendServerMessage_whileServerParamsArePending_reportsServerParamsNotSet() {
        Client alice = kit().loggedIn("alice");
        ConformanceTarget.AppServerControl server = kit().target().appServer();
        long[] sent = new long[1];
        kit().within(Kit.QUICK, "setServerParams and sendServerMessage", () -> {
            alice.rts().setServerParams(server.signature(), server.url());
            sent[0] = alice.rts().sendServerMessage("before the answer");
        });
        long id = sent[0];
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_SERVER_PARAMS_NOT_SET,
                alice.awaitServerResult(id).intArg(1), "the result");
    }

    @Optional("ref §2.2 [I] (null: -2, no callback)")
    default void sendServerMessage_null_returnsNegative() {
        Client alice = kit().loggedIn("alice");
        kit().check(alice.rts().sendServerMessage(null) < 0, "sendServerMessage(null) returned an id");
        kit().check(alice.rts().sendServerBinaryMessage(null) < 0, "sendServerBinaryMessage(null) returned an id");
        kit().settle();
        kit().checkEquals(0, alice.log().count("onServerMessageSendResult"), "results");
    }

    @Required("ref §2.4 [X] (the ACK body in onServerMessageSendResult; binary messages too)")
    default void sendServerBinaryMessage_success_reportsZeroWithTheAnswer() {
        Client alice = kit().loggedIn("alice");
        serverParamsSet(alice);
        kit().target().appServer().answerWith(200, "binary ack");
        long id = alice.rts().sendServerBinaryMessage(new byte[] {1, 2, 3});
        Event e = alice.awaitServerResult(id);
        kit().checkEquals(0, e.intArg(1), "the result");
        kit().checkEquals("binary ack", ((Received) e.arg(2)).text(), "the answer");
    }

    @Optional("D15 (64 KiB = 65,536 UTF-8 bytes for P2Server text too: the limit itself passes, one byte more gives 103)")
    default void sendServerMessage_exactly64KiB_isDelivered_oneByteMoreIsNot() {
        Client alice = kit().loggedIn("alice");
        serverParamsSet(alice);
        long ok = alice.rts().sendServerMessage("x".repeat(MessageChecks.TEXT_LIMIT - 2) + "é");
        long over = alice.rts().sendServerMessage("x".repeat(MessageChecks.TEXT_LIMIT - 1) + "é");
        kit().checkEquals(0, alice.awaitServerResult(ok).intArg(1), "the result of exactly 65,536 UTF-8 bytes");
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_EXCEED_MAX_LENGTH,
                alice.awaitServerResult(over).intArg(1), "the result of 65,537 UTF-8 bytes");
        ConformanceTarget.AppServerControl server = kit().target().appServer();
        kit().expect("the message within the limit at the app server", () -> server.received().size() == 1);
        kit().settle();
        kit().checkEquals(1, server.received().size(), "requests at the app server");
        kit().checkEquals(MessageChecks.TEXT_LIMIT - 1, server.received().get(0).message().length(),
                "the length of the text the app server received");
    }

    @Optional("D15 (46 KiB = 47,104 bytes for P2Server binary too: the limit itself passes, one byte more gives 103)")
    default void sendServerBinaryMessage_exactly46KiB_isDelivered_oneByteMoreIsNot() {
        Client alice = kit().loggedIn("alice");
        serverParamsSet(alice);
        long ok = alice.rts().sendServerBinaryMessage(new byte[MessageChecks.BINARY_LIMIT]);
        long over = alice.rts().sendServerBinaryMessage(new byte[MessageChecks.BINARY_LIMIT + 1]);
        kit().checkEquals(0, alice.awaitServerResult(ok).intArg(1), "the result of 47,104 bytes");
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_EXCEED_MAX_LENGTH,
                alice.awaitServerResult(over).intArg(1), "the result of 47,105 bytes");
    }

    @Optional("D5 (after destroy every int method returns -1, the send methods -1, and no callback follows)")
    default void setServerParamsAndServerSends_onADestroyedEngine_returnMinus1() {
        Client alice = kit().loggedIn("alice");
        ConformanceTarget.AppServerControl server = kit().target().appServer();
        alice.destroy();
        kit().checkEquals(-1, alice.rts().setServerParams(server.signature(), server.url()),
                "setServerParams on a destroyed engine");
        kit().checkEquals(-1L, alice.rts().sendServerBinaryMessage(new byte[] {1}), "sendServerBinaryMessage");
        kit().checkEquals(-1L, alice.rts().sendBinaryMessage(alice.uid(), new byte[] {1}, MessageConfig.RELIABLE_ORDERED),
                "sendBinaryMessage");
        kit().settle();
        kit().checkEquals(0, alice.log().matching(e -> e.name().equals("onServerParamsSetResult")
                || e.name().equals("onServerMessageSendResult") || e.name().equals("onMessageSendResult")).size(),
                "results after the engine was destroyed");
    }
}
