package dev.rtsfake.fake.engine;

import com.ss.bytertc.rts.engine.type.ReturnStatus;
import com.ss.bytertc.rts.engine.type.UserMessageSendResult;
import dev.rtsfake.fake.diag.MisuseRule;
import dev.rtsfake.fake.net.Packet;
import dev.rtsfake.fake.net.PacketKind;

/**
 * An engine's app-server parameters: the setServerParams request and whether its answer set them.
 * Server messages go only while they are set; every new session starts without them.
 */
final class ServerParams {
    private enum State { UNSET, PENDING, SET }

    private final FakeRTS e;
    private State state = State.UNSET;
    /** The request whose answer sets the state; earlier ones only get their callback. */
    private PendingRequest latest;

    ServerParams(FakeRTS engine) {
        this.e = engine;
    }

    /** Whether server messages may go. */
    boolean areSet() {
        return state == State.SET;
    }

    /** The session ended or a new one starts: the parameters must be set again. */
    void forget() {
        state = State.UNSET;
    }

    /** setServerParams: asks the cloud; exactly one onServerParamsSetResult follows a 0 return. */
    int set(String signature, String url) {
        e.lock();
        try {
            if (e.destroyed) {
                return e.calls.dead("setServerParams", signature, url);
            }
            if (signature == null || signature.isEmpty() || url == null || url.isEmpty()) {
                return e.calls.call("setServerParams", ReturnStatus.RETURN_STATUS_PARAMETER_ERR.value(), signature, url);
            }
            int result = e.calls.call("setServerParams", 0, signature, url);
            if (e.loginState != LoginState.LOGGED_IN) {
                e.sim.diagnostics().misuse(e.traceName(), "setServerParams", MisuseRule.CALL_BEFORE_LOGIN);
                int code = UserMessageSendResult.USER_MESSAGE_SEND_RESULT_NOT_LOGIN;
                e.post("onServerParamsSetResult", () -> e.handlerOrNoop().onServerParamsSetResult(code), code);
                return result;
            }
            state = State.PENDING;
            String who = e.uid;
            long deadline = e.messageDeadline();
            PendingRequest request = new PendingRequest(e.sim, e.openRequests);
            latest = request;
            request.giveUpAt(deadline, () -> answered(request, UserMessageSendResult.USER_MESSAGE_SEND_RESULT_TIMEOUT));
            // The answer waits for the end of a reconnect; the request gives up at its deadline meanwhile.
            java.util.function.IntConsumer answer = code -> e.arrivals.admit("server-params-answer", deadline,
                    () -> settle(request, code), null);
            e.link.up().send(Packet.reliable(PacketKind.SERVER_PARAMS, who, "cloud", 0),
                    () -> e.service.setServerParams(e.port, who, signature, url, deadline, answer),
                    null, deadline, answer);
            return result;
        } finally {
            e.unlock();
        }
    }

    private void settle(PendingRequest request, int code) {
        if (request.settle()) {
            answered(request, code);
        }
    }

    /** The one answer to a request: 200, a failure code, or TIMEOUT when it gave up. */
    private void answered(PendingRequest request, int code) {
        if (request == latest) {
            latest = null;
            if (state == State.PENDING) {
                state = code == 200 ? State.SET : State.UNSET;
            }
        }
        e.post("onServerParamsSetResult", () -> e.handlerOrNoop().onServerParamsSetResult(code), code);
    }
}
