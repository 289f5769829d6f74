package dev.rtsfake.fake.engine;

import com.ss.bytertc.rts.engine.type.MessageConfig;
import com.ss.bytertc.rts.engine.type.ReturnStatus;
import com.ss.bytertc.rts.engine.type.UserMessageSendResult;
import dev.rtsfake.fake.diag.MisuseRule;
import dev.rtsfake.fake.internal.cloud.Payload;
import dev.rtsfake.fake.internal.net.Link;
import dev.rtsfake.fake.net.Packet;
import dev.rtsfake.fake.net.PacketKind;
import dev.rtsfake.fake.trace.Bytes;
import java.nio.ByteBuffer;
import java.util.function.IntConsumer;

/**
 * An engine's message sends, to a peer or to the app server. Each send that returns an id gets
 * exactly one result: at once when a local check fails (not logged in, too long, ...), otherwise the
 * cloud's answer, a rule's failure code, or TIMEOUT when the message is not up by its deadline. An
 * answer that comes while the engine reconnects waits for RECONNECTED, at most until the send's
 * deadline, when it becomes TIMEOUT.
 */
final class Messages {
    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    private final FakeRTS e;
    private long nextMsgId = 1;
    /** The deadline of each send still waiting for its result, by id. */
    private final LongLongMap deadlines = new LongLongMap();

    Messages(FakeRTS engine) {
        this.e = engine;
    }

    /**
     * Sends {@code packet} up {@code link} so that its message gets exactly one result: a rule's
     * failure code (given to {@code answered}, as an answer from the cloud would be), {@code timedOut}
     * when it is not through by {@code deadline}, or (from {@code onArrival}, which runs at the cloud)
     * the cloud's answer.
     */
    static void sendForResult(Link link, Packet packet, long deadline, Runnable onArrival, IntConsumer answered,
                              Runnable timedOut) {
        link.up().send(packet, onArrival, timedOut, deadline, answered);
    }

    /** sendMessage and sendBinaryMessage: a message to one peer. */
    long sendP2P(String call, String to, Payload payload, int size, int limit, MessageConfig config) {
        // The trace keeps a summary of a long message, never the message itself (nor a refused one).
        Object traceMessage = payload == null || !e.sim.trace().enabled() ? null : payload.traceValue();
        e.lock();
        try {
            MessageConfig cfg = config == null ? MessageConfig.RELIABLE_ORDERED : config;
            if (e.destroyed) {
                return e.calls.dead(call, to, traceMessage, cfg);
            }
            boolean emptyUid = to != null && to.isEmpty();
            if (to == null || payload == null || (emptyUid && e.sim.settings().emptyUidReturnsParameterError())) {
                return e.calls.callLong(call, ReturnStatus.RETURN_STATUS_PARAMETER_ERR.value(), to, traceMessage, cfg);
            }
            long id = nextMsgId++;
            e.calls.callLong(call, id, to, traceMessage, cfg);
            int immediate = e.loginState != LoginState.LOGGED_IN ? UserMessageSendResult.USER_MESSAGE_SEND_RESULT_NOT_LOGIN
                    : size > limit ? UserMessageSendResult.USER_MESSAGE_SEND_RESULT_EXCEED_MAX_LENGTH
                    : emptyUid ? UserMessageSendResult.USER_MESSAGE_SEND_RESULT_EMPTY_USER
                    : -1;
            if (immediate == UserMessageSendResult.USER_MESSAGE_SEND_RESULT_NOT_LOGIN) {
                e.sim.diagnostics().misuse(e.traceName(), call, MisuseRule.CALL_BEFORE_LOGIN);
            }
            if (immediate >= 0) {
                result(id, immediate);
                return id;
            }
            String from = e.uid;
            long deadline = e.messageDeadline();
            deadlines.put(id, deadline);
            sendForResult(e.link, new Packet(PacketKind.P2P, from, to, id, Packet.Delivery.of(cfg)), deadline,
                    () -> e.service.sendP2P(e.port, from, id, to, payload, cfg, deadline),
                    code -> resultArrived(id, code),
                    () -> result(id, UserMessageSendResult.USER_MESSAGE_SEND_RESULT_TIMEOUT));
            return id;
        } finally {
            e.unlock();
        }
    }

    /** The cloud's result for peer message {@code id} came: to the app now, or after the reconnect. */
    void resultArrived(long id, int code) {
        e.arrivals.admit("message-result", deadlineOf(id), () -> result(id, code),
                () -> result(id, UserMessageSendResult.USER_MESSAGE_SEND_RESULT_TIMEOUT));
    }

    /** The one result of peer message {@code id}. */
    void result(long id, int code) {
        deadlines.remove(id);
        e.post("onMessageSendResult", () -> e.handlerOrNoop().onMessageSendResult(id, code), id, code);
    }

    /** When the send {@code id} gives up waiting for its result (now if it is not known). */
    private long deadlineOf(long id) {
        return deadlines.getOrDefault(id, e.sim.now());
    }

    /** sendServerMessage and sendServerBinaryMessage: a message to the app server. */
    long sendToServer(String call, Payload payload, int size, int limit) {
        Object traceMessage = payload == null || !e.sim.trace().enabled() ? null : payload.traceValue();
        e.lock();
        try {
            if (e.destroyed) {
                return e.calls.dead(call, traceMessage);
            }
            if (payload == null) {
                return e.calls.callLong(call, ReturnStatus.RETURN_STATUS_PARAMETER_ERR.value(), traceMessage);
            }
            long id = nextMsgId++;
            e.calls.callLong(call, id, traceMessage);
            int immediate = -1;
            if (e.loginState != LoginState.LOGGED_IN) {
                immediate = UserMessageSendResult.USER_MESSAGE_SEND_RESULT_NOT_LOGIN;
                e.sim.diagnostics().misuse(e.traceName(), call, MisuseRule.CALL_BEFORE_LOGIN);
            } else if (!e.serverParams.areSet()) {
                immediate = UserMessageSendResult.USER_MESSAGE_SEND_RESULT_SERVER_PARAMS_NOT_SET;
                e.sim.diagnostics().misuse(e.traceName(), call, MisuseRule.SERVER_MESSAGE_BEFORE_SERVER_PARAMS);
            } else if (size > limit) {
                immediate = UserMessageSendResult.USER_MESSAGE_SEND_RESULT_EXCEED_MAX_LENGTH;
            }
            if (immediate >= 0) {
                int code = immediate;
                e.post("onServerMessageSendResult",
                        () -> e.handlerOrNoop().onServerMessageSendResult(id, code, EMPTY.duplicate()), id, code, Bytes.of(null));
                return id;
            }
            String from = e.uid;
            long deadline = e.messageDeadline();
            deadlines.put(id, deadline);
            sendForResult(e.link, Packet.reliable(PacketKind.TO_SERVER, from, "app-server", id), deadline,
                    () -> e.service.sendToServer(e.port, from, id, payload, deadline),
                    code -> serverResultArrived(id, code, new byte[0]),
                    () -> serverResult(id, UserMessageSendResult.USER_MESSAGE_SEND_RESULT_TIMEOUT, new byte[0]));
            return id;
        } finally {
            e.unlock();
        }
    }

    /** The cloud's result for app-server message {@code id} came: to the app now, or after the reconnect. */
    void serverResultArrived(long id, int code, byte[] body) {
        e.arrivals.admit("server-message-result", deadlineOf(id), () -> serverResult(id, code, body),
                () -> serverResult(id, UserMessageSendResult.USER_MESSAGE_SEND_RESULT_TIMEOUT, new byte[0]));
    }

    /** The one result of app-server message {@code id}, with the app server's answer body. */
    void serverResult(long id, int code, byte[] body) {
        deadlines.remove(id);
        ByteBuffer buffer = ByteBuffer.wrap(body.clone());
        e.post("onServerMessageSendResult", () -> e.handlerOrNoop().onServerMessageSendResult(id, code, buffer),
                id, code, Bytes.of(body));
    }
}
