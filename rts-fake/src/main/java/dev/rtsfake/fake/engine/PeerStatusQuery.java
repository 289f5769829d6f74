package dev.rtsfake.fake.engine;

import com.ss.bytertc.rts.engine.type.ReturnStatus;
import com.ss.bytertc.rts.engine.type.UserOnlineStatus;
import dev.rtsfake.fake.diag.MisuseRule;
import dev.rtsfake.fake.net.Packet;
import dev.rtsfake.fake.net.PacketKind;

/**
 * getPeerOnlineStatus: asks the cloud whether a peer is online. Each accepted query gets exactly one
 * onGetPeerOnlineStatus: the cloud's answer, or UNREACHABLE when none is back by the deadline.
 */
final class PeerStatusQuery {
    private final FakeRTS e;

    PeerStatusQuery(FakeRTS engine) {
        this.e = engine;
    }

    int ask(String peerUserId) {
        e.lock();
        try {
            if (e.destroyed) {
                return e.calls.dead("getPeerOnlineStatus", peerUserId);
            }
            if (peerUserId == null || peerUserId.isEmpty()) {
                return e.calls.call("getPeerOnlineStatus", ReturnStatus.RETURN_STATUS_PARAMETER_ERR.value(), peerUserId);
            }
            if (e.loginState != LoginState.LOGGED_IN) {
                e.sim.diagnostics().misuse(e.traceName(), "getPeerOnlineStatus", MisuseRule.CALL_BEFORE_LOGIN);
                return e.calls.call("getPeerOnlineStatus", ReturnStatus.RETURN_STATUS_WRONG_STATE.value(), peerUserId);
            }
            int result = e.calls.call("getPeerOnlineStatus", 0, peerUserId);
            String who = e.uid;
            long deadline = e.messageDeadline();
            PendingRequest request = new PendingRequest(e.sim, e.openRequests);
            request.giveUpAt(deadline, () -> answered(peerUserId, UserOnlineStatus.USER_ONLINE_STATUS_UNREACHABLE));
            e.link.up().send(Packet.reliable(PacketKind.PEER_QUERY, who, "cloud", 0),
                    () -> e.service.queryPeer(e.port, who, peerUserId, deadline,
                            // the answer waits for the end of a reconnect; the query gives up at its deadline
                            status -> e.arrivals.admit("peer-status", deadline, () -> {
                                if (request.settle()) {
                                    answered(peerUserId, status);
                                }
                            }, null)));
            return result;
        } finally {
            e.unlock();
        }
    }

    private void answered(String peer, int status) {
        e.post("onGetPeerOnlineStatus", () -> e.handlerOrNoop().onGetPeerOnlineStatus(peer, status), peer, status);
    }
}
