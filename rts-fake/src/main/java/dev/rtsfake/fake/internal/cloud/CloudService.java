package dev.rtsfake.fake.internal.cloud;

import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.appserver.AppServerGateway;
import dev.rtsfake.fake.internal.core.Simulation;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The service side of the simulated RTS cloud: apps and their keys, token checks, sessions (one per
 * uid per app), presence, rooms, and the routing of every kind of message, with size-independent
 * checks (rate limits, membership) and the bridge to each app's own server.
 *
 * <p>Its request methods run when a client's request arrives over the up direction of its link;
 * every answer travels back over the client's down direction, to the very request that asked (each
 * request passes the callback its answer goes to). Everything the cloud sends to a session on its
 * own (messages, pushes, room notices, a kick) is stamped with the session's number, the one the
 * client sent with its login, so a client that has since logged in as someone else drops it. All of
 * it runs under the simulation lock.
 *
 * <p>This class is the entry point the engines, the app-server double and the push API call; the
 * work is done by {@link Sessions}, {@link Rooms} and {@link Router} over the apps' state.
 */
public final class CloudService {
    private final AppRegistry apps;
    private final Sessions sessions;
    private final Rooms rooms;
    private final Router router;

    /** The cloud of one simulation. */
    public CloudService(Simulation sim) {
        Downlink downlink = new Downlink(sim);
        this.apps = new AppRegistry(sim.settings().serverApiPerSecond());
        this.rooms = new Rooms(apps, sim.settings(), downlink);
        this.sessions = new Sessions(sim, apps, rooms, downlink);
        this.router = new Router(sim, apps, sessions, downlink);
    }

    // ---- apps ----

    /** Registers an app and its key. */
    public void registerApp(String appId, String appKey) {
        apps.register(appId, appKey);
    }

    /** Whether an app is registered. */
    public boolean knowsApp(String appId) {
        return apps.knows(appId);
    }

    /** The key of a registered app. */
    public String appKey(String appId) {
        return apps.get(appId).appKey;
    }

    /** The app ids registered, in order. */
    public List<String> appIds() {
        return apps.ids();
    }

    /**
     * Installs the gateway to an app's own server, once per app: every P2Server message of the app
     * goes to it.
     *
     * @throws IllegalArgumentException if the app is not registered (the message names the known apps)
     * @throws IllegalStateException if the app already has a gateway (one is never silently replaced)
     */
    public void setGateway(String appId, AppServerGateway gateway) {
        AppState app = apps.get(appId);
        if (gateway == null) {
            throw new IllegalArgumentException("gateway is null; pass the app server of '" + appId + "'");
        }
        if (app.gateway != null) {
            throw new IllegalStateException("the app '" + appId + "' already has a gateway to its server ("
                    + app.gateway + "); configure that one (cloud.appServer(appId)) instead of installing another");
        }
        app.gateway = gateway;
    }

    /**
     * Fails unless {@code appId} is registered.
     *
     * @throws IllegalArgumentException naming the known apps
     */
    public void requireApp(String appId) {
        apps.get(appId);
    }

    // ---- presence, for the harness and the push API ----

    /** Online status of a uid as the cloud sees it: ONLINE while a session exists (also in its grace period). */
    public int onlineStatus(String appId, String uid) {
        return sessions.onlineStatus(appId, uid);
    }

    /** The uids with a session in an app, in login order. */
    public List<String> onlineUsers(String appId) {
        return sessions.onlineUsers(appId);
    }

    /** The members of a room, in joining order; empty when the room does not exist. */
    public List<String> roomMembers(String appId, String roomId) {
        return rooms.members(appId, roomId);
    }

    /** Whether {@code uid} is a member of a room (without listing the members). */
    public boolean isRoomMember(String appId, String roomId, String uid) {
        return rooms.isMember(appId, roomId, uid);
    }

    /** Whether a room has any member (without listing them). */
    public boolean roomHasMembers(String appId, String roomId) {
        return rooms.hasMembers(appId, roomId);
    }

    // ---- login and sessions ----

    /**
     * A login request arrived (first login, or an automatic re-login after a drop).
     *
     * @param session the client's number for this session; everything sent to the session carries it
     * @param deadline when the client stops waiting for the answer
     * @param answer where the answer (0 or a LoginErrorCode) goes once it has crossed the down link
     */
    public void login(ClientPort port, String token, String uid, boolean relogin, int session, long deadline,
                      IntConsumer answer) {
        sessions.login(port, token, uid, relogin, session, deadline, answer);
    }

    /** A logout request arrived. */
    public void logout(ClientPort port, String uid) {
        sessions.logout(port, uid);
    }

    /**
     * The client let go of session {@code session} of {@code uid}: it detected a drop, gave up a
     * login attempt, or left (logout, destroy) without its goodbye getting through. It no longer
     * keeps that session alive, so the cloud notices the silence: the session enters its grace period
     * one heartbeat timeout after the cloud last heard it and ends when that runs out, unless the
     * client logs in to it again first. (A session the client still holds is heard again as soon as
     * its link reaches the cloud.)
     */
    public void sessionAbandoned(ClientPort port, String uid, int session) {
        sessions.sessionAbandoned(port, uid, session);
    }

    /**
     * The client took the success answer of a login to session {@code session} of {@code uid}: it
     * holds the session again (also after it had let go of it, when the answer came after it gave
     * the attempt up), so the cloud hears it whenever its link reaches the cloud.
     */
    public void sessionHeld(ClientPort port, String uid, int session) {
        sessions.sessionHeld(port, uid, session);
    }

    /** The harness declares a session invalid: the client gets FAILED and does not reconnect. */
    public boolean invalidate(String appId, String uid) {
        return sessions.invalidate(appId, uid);
    }

    /**
     * A client's link changed. Every session on that link (also one the client left without its
     * logout getting through, under another uid than its current one) is watched: while the cloud
     * hears nothing from it past the heartbeat timeout it enters its grace period, and when that runs
     * out it ends.
     */
    public void reachabilityChanged(ClientPort port) {
        sessions.reachabilityChanged(port);
    }

    // ---- server params and presence queries ----

    /** A setServerParams request arrived; its answer (200 or a failure code) goes to {@code answer}. */
    public void setServerParams(ClientPort port, String uid, String signature, String url, long deadline,
                                IntConsumer answer) {
        sessions.setServerParams(port, uid, signature, url, deadline, answer);
    }

    /** A getPeerOnlineStatus request arrived; the peer's status goes to {@code answer}. */
    public void queryPeer(ClientPort port, String uid, String peer, long deadline, IntConsumer answer) {
        sessions.queryPeer(port, uid, peer, deadline, answer);
    }

    // ---- messages ----

    /** A P2P message arrived from a client. */
    public void sendP2P(ClientPort port, String uid, long msgId, String to, Payload payload, MessageConfig config,
                        long deadline) {
        router.sendP2P(port, uid, msgId, to, payload, config, deadline);
    }

    /** A P2Server message arrived from a client: it goes on to the app's own server through its gateway. */
    public void sendToServer(ClientPort port, String uid, long msgId, Payload payload, long deadline) {
        router.sendToServer(port, uid, msgId, payload, deadline);
    }

    /** A P2P message pushed by the app's server (SendUnicast). Returns false when the user is offline. */
    public boolean push(String appId, String from, String to, Payload payload) {
        return router.push(appId, from, to, payload);
    }

    /**
     * A P2P message pushed by the app's server to one member of a room (SendRoomUnicast,
     * BatchSendRoomUnicast); on the RTS SDK it arrives as onMessageReceived. Returns false when
     * {@code to} is not in the room.
     */
    public boolean pushToRoomMember(String appId, String roomId, String from, String to, Payload payload) {
        return router.pushToRoomMember(appId, roomId, from, to, payload);
    }

    /** A room broadcast pushed by the app's server (SendBroadcast). Returns false when the room is empty. */
    public boolean pushToRoom(String appId, String roomId, String from, Payload payload) {
        return router.pushToRoom(appId, roomId, from, payload);
    }

    /** Whether a room of an app admits one more message now (per-room rate limit). */
    public boolean admitRoomMessage(String appId, String roomId, int count) {
        return router.admitRoomMessage(appId, roomId, count);
    }

    /** Whether an app admits {@code count} more server-API messages now. */
    public boolean admitServerApi(String appId, int count) {
        return router.admitServerApi(appId, count);
    }

    // ---- rooms ----

    /**
     * A joinRoom request arrived (first join, or an automatic rejoin after a reconnect); its answer
     * (0 or an error code) goes to {@code answer}, the room instance that asked. {@code joinId} names
     * the join: the same id again from a member already in the room is the same join (an automatic
     * retry), answered without telling anyone again.
     */
    public void joinRoom(ClientPort port, String uid, String roomId, long joinId, long deadline, IntConsumer answer) {
        rooms.join(port, uid, roomId, joinId, deadline, answer);
    }

    /** A leaveRoom request arrived; {@code answer} (null for a quiet leave) runs when the answer is back. */
    public void leaveRoom(ClientPort port, String uid, String roomId, long deadline, Runnable answer) {
        rooms.leave(port, uid, roomId, deadline, answer);
    }

    /** A room broadcast arrived from a member; its result goes to {@code result}, the room instance that sent it. */
    public void broadcast(ClientPort port, String uid, String roomId, long msgId, Payload payload, long deadline,
                          IntConsumer result) {
        router.broadcast(port, uid, roomId, msgId, payload, deadline, result);
    }
}
