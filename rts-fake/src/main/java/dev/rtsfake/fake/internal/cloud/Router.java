package dev.rtsfake.fake.internal.cloud;

import static dev.rtsfake.fake.internal.cloud.Downlink.CLOUD;

import com.ss.bytertc.rts.engine.type.MessageConfig;
import com.ss.bytertc.rts.engine.type.RoomMessageSendResult;
import com.ss.bytertc.rts.engine.type.UserMessageSendResult;
import dev.rtsfake.fake.CloudSettings;
import dev.rtsfake.fake.appserver.AppServerOutcome;
import dev.rtsfake.fake.appserver.AppServerRequest;
import dev.rtsfake.fake.internal.core.Simulation;
import dev.rtsfake.fake.internal.trace.ActorTrace;
import dev.rtsfake.fake.net.Packet;
import dev.rtsfake.fake.net.PacketKind;
import java.util.function.IntConsumer;

/**
 * Message routing: P2P messages, room broadcasts, P2Server messages through the app's gateway, and
 * the server push API's deliveries, with the rate limits (per sender, per room, per app). Every send
 * a client makes gets its result back over the sender's down link.
 */
final class Router {
    private final Simulation sim;
    private final CloudSettings settings;
    private final AppRegistry apps;
    private final Sessions sessions;
    private final Downlink downlink;
    private final ActorTrace steps;

    Router(Simulation sim, AppRegistry apps, Sessions sessions, Downlink downlink) {
        this.sim = sim;
        this.settings = sim.settings();
        this.apps = apps;
        this.sessions = sessions;
        this.downlink = downlink;
        this.steps = downlink.steps();
    }

    // ---- from clients ----

    void sendP2P(ClientPort port, String uid, long msgId, String to, Payload payload, MessageConfig config,
                 long deadline) {
        AppState app = apps.get(port.appId());
        Session s = sessions.sessionOf(port, uid);
        int code;
        if (s == null) {
            code = UserMessageSendResult.USER_MESSAGE_SEND_RESULT_NOT_LOGIN;
        } else if (to.isEmpty()) {
            code = UserMessageSendResult.USER_MESSAGE_SEND_RESULT_EMPTY_USER;
        } else if (settings.rateLimits() && !s.p2pRate.admit(sim.now())) {
            code = UserMessageSendResult.USER_MESSAGE_SEND_RESULT_EXCEED_QPS;
        } else {
            Session target = app.sessions.get(to);
            if (target == null) {
                code = settings.offlinePeerResult();
            } else {
                code = UserMessageSendResult.USER_MESSAGE_SEND_RESULT_SUCCESS;
                ClientPort receiver = target.port;
                int stamp = target.generation;
                receiver.link().down().send(new Packet(PacketKind.P2P, uid, to, msgId, Packet.Delivery.of(config)),
                        () -> receiver.messageArrived(stamp, uid, payload), null, deadline);
            }
        }
        if (sim.trace().enabled()) {
            steps.record("route-p2p", code, uid, to, msgId);
        }
        final int result = code;
        port.link().down().send(Packet.reliable(PacketKind.P2P_RESULT, CLOUD, uid, msgId),
                () -> port.messageResult(msgId, result), () -> port.messageResult(msgId, 1), deadline);
    }

    void sendToServer(ClientPort port, String uid, long msgId, Payload payload, long deadline) {
        AppState app = apps.get(port.appId());
        Session s = sessions.sessionOf(port, uid);
        if (s == null || !s.serverParamsSet) {
            int code = s == null ? UserMessageSendResult.USER_MESSAGE_SEND_RESULT_NOT_LOGIN
                    : UserMessageSendResult.USER_MESSAGE_SEND_RESULT_SERVER_PARAMS_NOT_SET;
            serverResult(port, uid, msgId, code, new byte[0], deadline);
            return;
        }
        AppServerRequest request = payload.binary()
                ? AppServerRequest.binary(payload.bytes(), s.signature, s.url)
                : AppServerRequest.text(payload.text(), s.signature, s.url);
        steps.record("to-app-server", null, uid, msgId, s.url);
        if (app.gateway == null) {
            throw new IllegalStateException("no gateway to the app server of '" + app.appId + "' is installed;"
                    + " install one with CloudService.setGateway (FakeRtsCloud installs the app's AppServer)");
        }
        boolean[] answered = new boolean[1];
        app.gateway.deliver(request, outcome -> {
            if (answered[0]) {
                return;
            }
            answered[0] = true;
            int code;
            byte[] body = new byte[0];
            if (outcome instanceof AppServerOutcome.Answered a && a.ok()) {
                code = UserMessageSendResult.USER_MESSAGE_SEND_RESULT_SUCCESS;
                body = a.body();
            } else if (outcome instanceof AppServerOutcome.Answered) {
                code = UserMessageSendResult.USER_MESSAGE_SEND_RESULT_E2BS_RETURN_FAILED;
            } else {
                code = UserMessageSendResult.USER_MESSAGE_SEND_RESULT_E2BS_SEND_FAILED;
            }
            steps.record("app-server-answer", code, uid, msgId, outcome.toString());
            serverResult(port, uid, msgId, code, body, deadline);
        });
    }

    private void serverResult(ClientPort port, String uid, long msgId, int code, byte[] body, long deadline) {
        port.link().down().send(Packet.reliable(PacketKind.TO_SERVER_RESULT, CLOUD, uid, msgId),
                () -> port.serverMessageResult(msgId, code, body),
                () -> port.serverMessageResult(msgId, UserMessageSendResult.USER_MESSAGE_SEND_RESULT_TIMEOUT, new byte[0]),
                Math.max(deadline, sim.now() + settings.messageTimeout().toNanos()));
    }

    void broadcast(ClientPort port, String uid, String roomId, long msgId, Payload payload, long deadline,
                   IntConsumer result) {
        AppState app = apps.get(port.appId());
        CloudRoom room = app.rooms.get(roomId);
        Session sender = room == null ? null : room.members.get(uid);
        int code;
        if (sender == null || sender.port != port) {
            code = RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_NOT_JOIN;
        } else if (settings.rateLimits() && !room.rate.admit(sim.now())) {
            code = RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_EXCEED_QPS;
        } else {
            code = RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_SUCCESS;
            // One packet for all members: a packet is an immutable record of what was sent.
            Packet packet = Packet.reliable(PacketKind.BROADCAST, uid, roomId, msgId);
            for (Session member : room.members.values()) {
                if (member.uid.equals(uid)) {
                    continue;
                }
                ClientPort receiver = member.port;
                int stamp = member.generation;
                receiver.link().down().send(packet,
                        () -> receiver.roomMessageArrived(stamp, roomId, uid, payload), null, deadline);
            }
        }
        if (sim.trace().enabled()) {
            steps.record("route-broadcast", code, uid, roomId, msgId);
        }
        port.link().down().send(Packet.reliable(PacketKind.BROADCAST_RESULT, CLOUD, uid, msgId),
                () -> result.accept(code),
                () -> result.accept(RoomMessageSendResult.ROOM_MESSAGE_SEND_RESULT_TIMEOUT),
                deadline);
    }

    // ---- from the app's server (the push API) ----

    boolean push(String appId, String from, String to, Payload payload) {
        return pushTo(apps.get(appId).sessions.get(to), from, payload);
    }

    boolean pushToRoomMember(String appId, String roomId, String from, String to, Payload payload) {
        CloudRoom room = apps.get(appId).rooms.get(roomId);
        return pushTo(room == null ? null : room.members.get(to), from, payload);
    }

    /** A push to one session as a P2P message; false when there is no session. */
    private boolean pushTo(Session target, String from, Payload payload) {
        if (target == null) {
            return false;
        }
        ClientPort receiver = target.port;
        int stamp = target.generation;
        downlink.down(receiver, Packet.reliable(PacketKind.PUSH, from, target.uid, 0),
                () -> receiver.messageArrived(stamp, from, payload));
        return true;
    }

    boolean pushToRoom(String appId, String roomId, String from, Payload payload) {
        CloudRoom room = apps.get(appId).rooms.get(roomId);
        if (room == null || room.members.isEmpty()) {
            return false;
        }
        for (Session member : room.members.values()) {
            ClientPort receiver = member.port;
            int stamp = member.generation;
            downlink.down(receiver, Packet.reliable(PacketKind.PUSH, from, roomId, 0),
                    () -> receiver.roomMessageArrived(stamp, roomId, from, payload));
        }
        return true;
    }

    boolean admitRoomMessage(String appId, String roomId, int count) {
        CloudRoom room = apps.get(appId).rooms.get(roomId);
        return room == null || !settings.rateLimits() || room.rate.admit(sim.now(), count);
    }

    boolean admitServerApi(String appId, int count) {
        return !settings.rateLimits() || apps.get(appId).serverApiRate.admit(sim.now(), count);
    }
}
