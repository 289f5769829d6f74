package dev.rtsfake.conformance.checks;

import com.ss.bytertc.rts.engine.type.MessageConfig;
import com.ss.bytertc.rts.engine.type.UserMessageSendResult;
import dev.rtsfake.conformance.Client;
import dev.rtsfake.conformance.Optional;
import dev.rtsfake.conformance.Required;
import dev.rtsfake.conformance.probe.Event;
import dev.rtsfake.conformance.probe.Received;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Point-to-point messages outside rooms: ids, results, sizes, order. */
public interface MessageChecks extends Checks {
    /** 64 KiB: the documented text limit, read as bytes (D15). */
    int TEXT_LIMIT = 65_536;
    /** 46 KiB: the documented binary limit (D15). */
    int BINARY_LIMIT = 47_104;

    @Required("vendor sendMessage (>0 返回这次发送消息的编号; onMessageSendResult; onMessageReceived)")
    default void sendMessage_success_receiverGetsIt_senderGetsResult0() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        long id = alice.send(bob, "hello bob");
        kit().check(id > 0, "sendMessage returned " + id);
        Event got = bob.await("onMessageReceived at bob", e -> e.name().equals("onMessageReceived"));
        kit().checkEquals(alice.uid(), got.arg(0), "the sender uid bob sees");
        kit().checkEquals("hello bob", got.arg(1), "the text bob sees");
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_SUCCESS, alice.awaitSendResult(id), "the result");
    }

    @Required("vendor sendMessage (从 1 开始递增)")
    default void sendMessage_idsCountUpFromOne() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        long first = alice.send(bob, "one");
        long second = alice.send(bob, "two");
        kit().checkEquals(1L, first, "the first message id");
        kit().checkEquals(2L, second, "the second message id");
        kit().checkEquals(0, alice.awaitSendResult(1), "the first result");
        kit().checkEquals(0, alice.awaitSendResult(2), "the second result");
    }

    @Required("ref §2.5 [X] (all P2P and P2Server messages share one id sequence); D12")
    default void sendMessage_idsAreSharedWithServerMessages() {
        Client alice = kit().loggedIn("alice");
        long a = alice.rts().sendMessage(alice.uid(), "p2p", MessageConfig.RELIABLE_ORDERED);
        long b = alice.rts().sendServerMessage("p2server");
        long c = alice.rts().sendBinaryMessage(alice.uid(), new byte[] {1}, MessageConfig.RELIABLE_ORDERED);
        long d = alice.rts().sendServerBinaryMessage(new byte[] {2});
        kit().checkEquals(Arrays.asList(1L, 2L, 3L, 4L), Arrays.asList(a, b, c, d), "the ids of P2P and P2Server sends");
    }

    @Required("vendor sendMessage (-2：发送失败，uid 为空); ref §2.2")
    default void sendMessage_nullOrEmptyUid_returnsMinus2() {
        Client alice = kit().loggedIn("alice");
        kit().checkEquals(-2L, alice.rts().sendMessage(null, "m", MessageConfig.RELIABLE_ORDERED), "sendMessage(null, ...)");
        kit().checkEquals(-2L, alice.rts().sendMessage("", "m", MessageConfig.RELIABLE_ORDERED), "sendMessage(\"\", ...)");
        kit().checkEquals(-2L, alice.rts().sendBinaryMessage("", new byte[1], MessageConfig.RELIABLE_ORDERED),
                "sendBinaryMessage(\"\", ...)");
        kit().settle();
        kit().checkEquals(0, alice.log().count("onMessageSendResult"), "results of refused sends");
    }

    @Optional("ref §2.2 [I]; fidelity §1 row 13")
    default void sendMessage_nullMessage_returnsNegativeWithoutCallback() {
        Client alice = kit().loggedIn("alice");
        kit().check(alice.rts().sendMessage(alice.uid(), null, MessageConfig.RELIABLE_ORDERED) < 0,
                "sendMessage(uid, null, ...) returned an id");
        kit().check(alice.rts().sendBinaryMessage(alice.uid(), null, MessageConfig.RELIABLE_ORDERED) < 0,
                "sendBinaryMessage(uid, null, ...) returned an id");
        kit().settle();
        kit().checkEquals(0, alice.log().count("onMessageSendResult"), "results of refused sends");
    }

    @Optional("ref §2.5 [I] (positive id, then 105); D13")
    default void sendMessage_notLoggedIn_returnsAnIdThenReportsNotLogin() {
        Client alice = kit().client("alice");
        long id = alice.rts().sendMessage("bob", "m", MessageConfig.RELIABLE_ORDERED);
        kit().check(id > 0, "sendMessage before login returned " + id + ", expecting an id");
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_NOT_LOGIN, alice.awaitSendResult(id), "the result");
    }

    @Required("vendor sendMessage (消息不超过 64KB); ref §1.5 (103 EXCEED_MAX_LENGTH)")
    default void sendMessage_over64KiB_reportsExceedMaxLength() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        long id = alice.send(bob, "x".repeat(70_000));
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_EXCEED_MAX_LENGTH, alice.awaitSendResult(id),
                "the result of a 70,000-byte text");
        kit().settle();
        kit().checkEquals(0, bob.log().count("onMessageReceived"), "messages bob received");
    }

    @Optional("D15 (64 KiB = 65,536 UTF-8 bytes, the limit itself passes)")
    default void sendMessage_exactly64KiB_isDelivered_oneByteMoreIsNot() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        long ok = alice.send(bob, "x".repeat(TEXT_LIMIT - 2) + "é");
        long over = alice.send(bob, "x".repeat(TEXT_LIMIT - 1) + "é");
        kit().checkEquals(0, alice.awaitSendResult(ok), "the result of exactly 65,536 UTF-8 bytes");
        kit().checkEquals(103, alice.awaitSendResult(over), "the result of 65,537 UTF-8 bytes");
    }

    @Required("vendor sendBinaryMessage (消息不超过 46KB)")
    default void sendBinaryMessage_over46KiB_reportsExceedMaxLength() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        long id = alice.rts().sendBinaryMessage(bob.uid(), new byte[50_000], MessageConfig.RELIABLE_ORDERED);
        kit().checkEquals(103, alice.awaitSendResult(id), "the result of 50,000 bytes");
    }

    @Optional("D15 (46 KiB = 47,104 bytes, the limit itself passes)")
    default void sendBinaryMessage_exactly46KiB_isDelivered_oneByteMoreIsNot() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        long ok = alice.rts().sendBinaryMessage(bob.uid(), new byte[BINARY_LIMIT], MessageConfig.RELIABLE_ORDERED);
        long over = alice.rts().sendBinaryMessage(bob.uid(), new byte[BINARY_LIMIT + 1], MessageConfig.RELIABLE_ORDERED);
        kit().checkEquals(0, alice.awaitSendResult(ok), "the result of 47,104 bytes");
        kit().checkEquals(103, alice.awaitSendResult(over), "the result of 47,105 bytes");
    }

    @Required("vendor sendBinaryMessage (onBinaryMessageReceived)")
    default void sendBinaryMessage_success_receiverGetsTheBytes() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        byte[] bytes = {0, 1, 2, (byte) 0xff, 42};
        long id = alice.rts().sendBinaryMessage(bob.uid(), bytes, MessageConfig.RELIABLE_ORDERED);
        Event got = bob.await("onBinaryMessageReceived at bob", e -> e.name().equals("onBinaryMessageReceived"));
        kit().checkEquals(alice.uid(), got.arg(0), "the sender");
        kit().check(Arrays.equals(bytes, ((Received) got.arg(1)).bytes()), "bob got " + got.arg(1));
        kit().checkEquals(0, alice.awaitSendResult(id), "the result");
    }

    @Optional("D18; ref §2.7 [I] (a fresh heap buffer at position 0)")
    default void sendBinaryMessage_receiverGetsAHeapBufferAtPosition0() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        alice.rts().sendBinaryMessage(bob.uid(), "bytes".getBytes(StandardCharsets.UTF_8), MessageConfig.RELIABLE_ORDERED);
        Received r = (Received) bob.await("onBinaryMessageReceived", e -> e.name().equals("onBinaryMessageReceived")).arg(1);
        kit().checkEquals(0, r.position(), "the buffer's position");
        kit().check(r.hasArray(), "the buffer has no accessible array (array() fails)");
    }

    @Required("ref §2.5 [X] (target offline: 3 NO_RECEIVER or 4 NO_RELAY_PATH)")
    default void sendMessage_toOfflinePeer_reportsNoReceiverOrNoRelayPath() {
        Client alice = kit().loggedIn("alice");
        long id = alice.rts().sendMessage(kit().target().uid("nobody"), "m", MessageConfig.RELIABLE_ORDERED);
        int code = alice.awaitSendResult(id);
        kit().check(code == UserMessageSendResult.USER_MESSAGE_SEND_RESULT_NO_RECEIVER
                || code == UserMessageSendResult.USER_MESSAGE_SEND_RESULT_NO_RELAY_PATH, "the result was " + code
                + ", expecting 3 or 4");
    }

    @Optional("D14 (NO_RELAY_PATH, not NO_RECEIVER)")
    default void sendMessage_toOfflinePeer_reportsNoRelayPath4() {
        Client alice = kit().loggedIn("alice");
        long id = alice.rts().sendMessage(kit().target().uid("nobody"), "m", MessageConfig.RELIABLE_ORDERED);
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_NO_RELAY_PATH, alice.awaitSendResult(id),
                "the result");
    }

    @Required("vendor sendMessage (会收到一次 onMessageSendResult); D13")
    default void sendMessage_everyIdGetsExactlyOneResult() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        List<Long> ids = new ArrayList<>();
        ids.add(alice.send(bob, "ok"));
        ids.add(alice.rts().sendMessage(kit().target().uid("nobody"), "offline", MessageConfig.RELIABLE_ORDERED));
        ids.add(alice.send(bob, "x".repeat(70_000)));
        ids.add(alice.rts().sendBinaryMessage(bob.uid(), new byte[3], MessageConfig.UNRELIABLE_ORDERED));
        ids.add(alice.rts().sendServerMessage("no server params"));
        for (long id : ids) {
            alice.awaitNamed(id == ids.get(4) ? "onServerMessageSendResult" : "onMessageSendResult", id);
        }
        kit().settle();
        for (long id : ids) {
            int results = alice.log().matching(e -> (e.name().equals("onMessageSendResult")
                    || e.name().equals("onServerMessageSendResult")) && e.longArg(0) == id).size();
            kit().checkEquals(1, results, "results of message " + id);
        }
    }

    @Required("ref §1.5 MessageConfig [X] (RELIABLE_ORDERED: reliable, ordered)")
    default void sendMessage_reliableMessages_arriveInOrder() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            sent.add("m" + i);
            alice.send(bob, "m" + i);
        }
        kit().expect("30 messages at bob", () -> bob.log().count("onMessageReceived") == 30);
        List<String> got = new ArrayList<>();
        for (Event e : bob.log().named("onMessageReceived")) {
            got.add(e.stringArg(1));
        }
        kit().checkEquals(sent, got, "the order bob received them in");
    }

    @Optional("ref §1.5 MessageConfig [X]; D16 (a null config means reliable, unreliable ones arrive on a healthy link)")
    default void sendMessage_nullAndUnreliableConfigs_areDeliveredOnAHealthyLink() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        alice.rts().sendMessage(bob.uid(), "null config", null);
        alice.rts().sendMessage(bob.uid(), "unreliable ordered", MessageConfig.UNRELIABLE_ORDERED);
        alice.rts().sendMessage(bob.uid(), "unreliable unordered", MessageConfig.UNRELIABLE_UNORDERED);
        kit().expect("three messages at bob", () -> bob.log().count("onMessageReceived") == 3);
    }

    @Optional("D17; ref §4.2 [I] (100 P2P messages per second per client; EXCEED_QPS 5)")
    default void sendMessage_101stWithinOneSecond_reportsExceedQps() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        long[] last = new long[1];
        kit().within(Duration.ofMillis(900), "the 101 sends", () -> {
            for (int i = 0; i < 101; i++) {
                last[0] = alice.send(bob, "m" + i);
            }
        });
        final long lastId = last[0];
        kit().expect("101 results", () -> alice.log().count("onMessageSendResult") == 101);
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_EXCEED_QPS, alice.awaitSendResult(lastId),
                "the 101st result");
    }

    @Optional("fake choice (a message to oneself is delivered)")
    default void sendMessage_toSelf_isDelivered() {
        Client alice = kit().loggedIn("alice");
        long id = alice.rts().sendMessage(alice.uid(), "me", MessageConfig.RELIABLE_ORDERED);
        alice.await("onMessageReceived from itself", e -> e.name().equals("onMessageReceived")
                && alice.uid().equals(e.arg(0)));
        kit().checkEquals(0, alice.awaitSendResult(id), "the result");
    }

    @Optional("D17 (the limit is per second: a second later sends go through again)")
    default void sendMessage_rateLimit_freesUpASecondLater() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        for (int i = 0; i < 101; i++) {
            alice.send(bob, "m" + i);
        }
        kit().expect("101 results", () -> alice.log().count("onMessageSendResult") == 101);
        kit().pass(java.time.Duration.ofMillis(1_500));
        long id = alice.send(bob, "later");
        kit().checkEquals(0, alice.awaitSendResult(id), "the result a second later");
    }

    @Optional("ref §2.5 [I]; D13 (a binary send before login: an id, then 105)")
    default void sendBinaryMessage_notLoggedIn_reportsNotLogin() {
        Client alice = kit().client("alice");
        long id = alice.rts().sendBinaryMessage("bob", new byte[] {1}, MessageConfig.RELIABLE_ORDERED);
        kit().check(id > 0, "sendBinaryMessage before login returned " + id);
        kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_NOT_LOGIN, alice.awaitSendResult(id), "the result");
    }

    @Optional("D18 (every receiver of a binary message gets its own buffer: reading one does not move another)")
    default void sendBinaryMessage_toTwoPeers_eachGetsItsOwnBuffer() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        byte[] bytes = {1, 2, 3, 4};
        alice.rts().sendBinaryMessage(bob.uid(), bytes, MessageConfig.RELIABLE_ORDERED);
        bytes[0] = 9;
        Received r = (Received) bob.await("at bob", e -> e.name().equals("onBinaryMessageReceived")).arg(1);
        kit().checkEquals(1, (int) r.bytes()[0], "the first byte bob got (the sender changed its array after sending)");
    }

    @Optional("D15 (the 64 KiB text limit counts UTF-8 bytes: 2 for U+0080..U+07FF, 3 up to U+FFFF, 4 for a"
            + " surrogate pair; 65,536 pass, 65,537 give 103)")
    default void sendMessage_limitCountsUtf8Bytes_ofTwoThreeAndFourByteCharacters() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        String two = "\u0080";
        String twoTop = "\u07ff";
        String three = "\u0800";
        String threeTop = "\uffee";
        String four = "\ud83d\ude00";
        String[] names = {
            "32,768 x U+0080 (65,536 bytes)",
            "32,768 x U+0080 and an ASCII letter (65,537 bytes)",
            "32,768 x U+07FF and an ASCII letter (65,537 bytes)",
            "21,845 x U+0800 and an ASCII letter (65,536 bytes)",
            "21,845 x U+0800 and two ASCII letters (65,537 bytes)",
            "21,845 x U+FFEE and two ASCII letters (65,537 bytes)",
            "16,384 emoji, each a surrogate pair (65,536 bytes)",
            "16,384 emoji and an ASCII letter (65,537 bytes)",
        };
        String[] texts = {
            two.repeat(TEXT_LIMIT / 2),
            two.repeat(TEXT_LIMIT / 2) + "x",
            twoTop.repeat(TEXT_LIMIT / 2) + "x",
            three.repeat(TEXT_LIMIT / 3) + "x",
            three.repeat(TEXT_LIMIT / 3) + "xx",
            threeTop.repeat(TEXT_LIMIT / 3) + "xx",
            four.repeat(TEXT_LIMIT / 4),
            four.repeat(TEXT_LIMIT / 4) + "x",
        };
        int[] results = {0, 103, 103, 0, 103, 103, 0, 103};
        long[] ids = new long[texts.length];
        for (int i = 0; i < texts.length; i++) {
            kit().checkEquals(results[i] == 0 ? TEXT_LIMIT : TEXT_LIMIT + 1,
                    texts[i].getBytes(StandardCharsets.UTF_8).length, "the UTF-8 size of " + names[i]);
            ids[i] = alice.send(bob, texts[i]);
        }
        for (int i = 0; i < texts.length; i++) {
            kit().checkEquals(results[i], alice.awaitSendResult(ids[i]), "the result of " + names[i]);
        }
        kit().expect("the three texts within the limit at bob", () -> bob.log().count("onMessageReceived") == 3);
        kit().checkEquals(texts[6], bob.log().named("onMessageReceived").get(2).stringArg(1),
                "the emoji text bob received");
    }

    @Required("vendor sendMessage (会收到一次 onMessageSendResult); D13; D16 (reliable messages in order)")
    default void sendMessage_manyInFlight_eachIdGetsItsOwnResult_inSendingOrder() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        List<Long> delivered = new ArrayList<>();
        List<Long> tooLong = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            delivered.add(alice.send(bob, "m" + i));
            tooLong.add(alice.rts().sendBinaryMessage(bob.uid(), new byte[BINARY_LIMIT + 1], MessageConfig.RELIABLE_ORDERED));
        }
        for (int i = 0; i < 12; i++) {
            kit().checkEquals(2L * i + 1, (long) delivered.get(i), "the id of the " + (2 * i + 1) + ". send");
            kit().checkEquals(2L * i + 2, (long) tooLong.get(i), "the id of the " + (2 * i + 2) + ". send");
        }
        kit().expect("24 results", () -> alice.log().count("onMessageSendResult") == 24);
        kit().settle();
        List<Event> results = alice.log().named("onMessageSendResult");
        kit().checkEquals(24, results.size(), "results of 24 sends");
        List<Long> order = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Event e = results.get(i);
            long id = e.longArg(0);
            order.add(id);
            int expected = tooLong.contains(id) ? UserMessageSendResult.USER_MESSAGE_SEND_RESULT_EXCEED_MAX_LENGTH
                    : UserMessageSendResult.USER_MESSAGE_SEND_RESULT_SUCCESS;
            kit().checkEquals(expected, e.intArg(1), "the result of message " + id);
        }
        List<Long> localOrder = new ArrayList<>();
        List<Long> networkOrder = new ArrayList<>();
        for (long id : order) {
            (tooLong.contains(id) ? localOrder : networkOrder).add(id);
        }
        kit().checkEquals(tooLong, localOrder, "the order of the 103 results (the local check answers each send)");
        kit().checkEquals(delivered, networkOrder, "the order of the 0 results (reliable messages, sent in this order)");
        List<String> got = new ArrayList<>();
        for (Event e : bob.log().named("onMessageReceived")) {
            got.add(e.stringArg(1));
        }
        kit().checkEquals(12, got.size(), "messages at bob");
        kit().checkEquals("m0", got.get(0), "bob's first message");
        kit().checkEquals("m11", got.get(11), "bob's last message");
    }

    @Optional("D17; ref §4.2 [I] (100 P2P messages a second per client: the 100th passes, the 101st gets 5; a second"
            + " later the next 100 pass again)")
    default void sendMessage_rateLimit_100PassEverySecond_the101stGetsExceedQps() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        kit().pass(Duration.ofMillis(1_500));
        for (int round = 1; round <= 2; round++) {
            long[] ids = new long[101];
            kit().within(Duration.ofMillis(900), "burst " + round + " of 101 sends", () -> {
                for (int i = 0; i < 101; i++) {
                    ids[i] = alice.send(bob, "m" + i);
                }
            });
            final int expected = 101 * round;
            kit().expect(expected + " results", () -> alice.log().count("onMessageSendResult") == expected);
            for (int i = 0; i < 100; i++) {
                kit().checkEquals(0, alice.awaitSendResult(ids[i]), "the result of send " + (i + 1) + " of burst " + round);
            }
            kit().checkEquals(UserMessageSendResult.USER_MESSAGE_SEND_RESULT_EXCEED_QPS, alice.awaitSendResult(ids[100]),
                    "the result of the 101st send of burst " + round);
            if (round == 1) {
                kit().pass(Duration.ofMillis(1_500));
            }
        }
        kit().checkEquals(200, bob.log().count("onMessageReceived"), "messages at bob");
    }

    @Optional("fidelity §5 (no Throwable leaves an SDK method, whatever it is passed: a lone surrogate too); D13 (the"
            + " returned id gets exactly one result)")
    default void sendMessage_textEndingInALoneSurrogate_returnsAnIdWithOneResult() {
        Client alice = kit().loggedIn("alice");
        Client bob = kit().loggedInPeer("bob");
        long high = alice.send(bob, "ends in a lone high surrogate \ud83d");
        long low = alice.send(bob, "ends in a lone low surrogate \ude00");
        kit().check(high > 0, "sendMessage of a text ending in a lone high surrogate returned " + high);
        kit().check(low > 0, "sendMessage of a text ending in a lone low surrogate returned " + low);
        alice.awaitSendResult(high);
        alice.awaitSendResult(low);
        kit().settle();
        kit().checkEquals(1, alice.log().matching(e -> e.name().equals("onMessageSendResult") && e.longArg(0) == high)
                .size(), "results of message " + high);
        kit().checkEquals(1, alice.log().matching(e -> e.name().equals("onMessageSendResult") && e.longArg(0) == low)
                .size(), "results of message " + low);
    }
}
