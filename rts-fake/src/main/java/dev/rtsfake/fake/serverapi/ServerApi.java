package dev.rtsfake.fake.serverapi;

import com.ss.bytertc.rts.engine.type.UserOnlineStatus;
import dev.rtsfake.fake.internal.access.ServerApiAccess;
import dev.rtsfake.fake.internal.cloud.CloudService;
import dev.rtsfake.fake.internal.cloud.Payload;
import dev.rtsfake.fake.internal.core.Identifiers;
import dev.rtsfake.fake.internal.core.Simulation;
import dev.rtsfake.fake.trace.TraceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The server push OpenAPI of one app, as Java calls: what the app's backend uses to reach clients.
 * Get it with {@code cloud.serverApi(appId)}; {@link #listen()} also serves it over real HTTP.
 *
 * <ul>
 *   <li>{@code sendUnicast(from, to, msg)}: {@code onMessageReceived(from, msg)} (or
 *       {@code onBinaryMessageReceived}) at {@code to}, who must be logged in;</li>
 *   <li>{@code sendRoomUnicast(roomId, from, to, msg)} and {@code batchSendRoomUnicast(roomId,
 *       from, toList, msg)}: the same P2P callback on the standalone RTS SDK, but {@code to} must
 *       be in the room (a batch skips the recipients who are not, and fails if none is);</li>
 *   <li>{@code sendBroadcast(roomId, from, msg)}: {@code onRoomMessageReceived(from, msg)} at every
 *       member of the room.</li>
 * </ul>
 *
 * <p>Checks, in order: fields ({@code From} and {@code RoomId} match
 * {@code [a-zA-Z0-9_@\-.]{1,128}}; {@code To} non-empty; a batch names 1-600 users), size (64 KiB,
 * batch 20 KiB, bytes of UTF-8 text or raw binary), receivers, then rate limits (500 messages per
 * second per app, a batch counting once per recipient; 100 per second per room, shared with the
 * clients' broadcasts, a room call counting once). A refused call delivers nothing and returns an
 * {@link ServerApiResult.Error} (codes in {@link ServerApiErrors}). An accepted one sends the
 * message over each receiver's down link, so that link's faults (loss, outage, latency) apply.
 *
 * <pre>{@code
 * ServerApi api = cloud.serverApi(APP);
 * assertThat(api.sendUnicast("server", "alice", "{\"message_type\":\"inform\"}").isOk()).isTrue();
 * cloud.runUntilIdle();                     // alice: onMessageReceived("server", ...)
 * }</pre>
 *
 * <p>Thread-safe: each call takes the simulation lock; deliveries are events on the virtual clock,
 * so they happen when the test drives it. Once the cloud is closed, sends and {@link #listen()}
 * throw {@link IllegalStateException}.
 */
public final class ServerApi {
    static {
        ServerApiAccess.install(new ServerApiAccess() {
            @Override
            public ServerApi newServerApi(Simulation sim, CloudService service, String appId) {
                return new ServerApi(sim, service, appId);
            }

            @Override
            public void closeServers(ServerApi api) {
                api.closeServers();
            }
        });
    }

    private final List<OpenApiHttpServer> listening = new java.util.ArrayList<>();
    /** Set (under {@code listening}) once {@link #closeServers()} has run: no server starts after it. */
    private boolean serversClosed;
    /** The largest message of a single call, in bytes. */
    public static final int MAX_MESSAGE_BYTES = 65_536;
    /** The largest message of a BatchSendRoomUnicast, in bytes. */
    public static final int MAX_BATCH_MESSAGE_BYTES = 20_480;
    /** The most recipients of a BatchSendRoomUnicast. */
    public static final int MAX_BATCH_RECIPIENTS = 600;
    private static final Pattern ID = Identifiers.ID;

    private final Simulation sim;
    private final CloudService service;
    private final String appId;
    private final String actor;

    /** The push API of {@code appId}. Tests get it from {@code cloud.serverApi(appId)}. */
    ServerApi(Simulation sim, CloudService service, String appId) {
        this.sim = sim;
        this.service = service;
        this.appId = appId;
        this.actor = "server-api:" + appId;
    }

    /** The app this API pushes for. */
    public String appId() {
        return appId;
    }

    /** SendUnicast with a text message: {@code to} gets {@code onMessageReceived(from, message)}. */
    public ServerApiResult sendUnicast(String from, String to, String message) {
        return call(ServerApiAction.SendUnicast, null, from, listOf(to), text(message));
    }

    /** SendUnicast with a binary message: {@code to} gets {@code onBinaryMessageReceived(from, bytes)}. */
    public ServerApiResult sendUnicast(String from, String to, byte[] message) {
        return call(ServerApiAction.SendUnicast, null, from, listOf(to), binary(message));
    }

    /** SendRoomUnicast with a text message; {@code to} must be in {@code roomId}. */
    public ServerApiResult sendRoomUnicast(String roomId, String from, String to, String message) {
        return call(ServerApiAction.SendRoomUnicast, roomId, from, listOf(to), text(message));
    }

    /** SendRoomUnicast with a binary message; {@code to} must be in {@code roomId}. */
    public ServerApiResult sendRoomUnicast(String roomId, String from, String to, byte[] message) {
        return call(ServerApiAction.SendRoomUnicast, roomId, from, listOf(to), binary(message));
    }

    /** SendBroadcast with a text message: every member gets {@code onRoomMessageReceived(from, message)}. */
    public ServerApiResult sendBroadcast(String roomId, String from, String message) {
        return call(ServerApiAction.SendBroadcast, roomId, from, List.of(), text(message));
    }

    /** SendBroadcast with a binary message: every member gets {@code onRoomBinaryMessageReceived}. */
    public ServerApiResult sendBroadcast(String roomId, String from, byte[] message) {
        return call(ServerApiAction.SendBroadcast, roomId, from, List.of(), binary(message));
    }

    /** BatchSendRoomUnicast with a text message (at most 20 KiB, to at most 600 users). */
    public ServerApiResult batchSendRoomUnicast(String roomId, String from, List<String> to, String message) {
        return call(ServerApiAction.BatchSendRoomUnicast, roomId, from, to, text(message));
    }

    /** BatchSendRoomUnicast with a binary message (at most 20 KiB, to at most 600 users). */
    public ServerApiResult batchSendRoomUnicast(String roomId, String from, List<String> to, byte[] message) {
        return call(ServerApiAction.BatchSendRoomUnicast, roomId, from, to, binary(message));
    }

    /**
     * Serves this API over HTTP on 127.0.0.1 and an ephemeral port, as the vendor's OpenAPI
     * ({@code POST /?Action=SendUnicast&Version=2020-12-01}). Close it when done.
     *
     * <pre>{@code
     * try (OpenApiHttpServer http = cloud.serverApi(APP).listen()) {
     *     backend.setOpenApiBase(http.uri());
     *     ...
     * }
     * }</pre>
     *
     * @throws java.io.UncheckedIOException if no port can be bound
     * @throws IllegalStateException once the cloud is closed (nothing would close the server)
     */
    public OpenApiHttpServer listen() {
        return listen(HttpLimits.DEFAULT);
    }

    /** {@link #listen()} with other bounds (the tests of the bounds use short ones). */
    OpenApiHttpServer listen(HttpLimits limits) {
        synchronized (listening) {
            sim.requireOpen("serverApi(" + appId + ").listen()");
            if (serversClosed) {
                throw new IllegalStateException("serverApi(" + appId + ").listen(): the cloud has closed its"
                        + " OpenAPI servers and would not close another; build a new cloud for each test");
            }
            OpenApiHttpServer server = OpenApiHttpServer.start(this, sim, limits);
            listening.add(server);
            return server;
        }
    }

    /** Closes every HTTP server {@link #listen()} started (the cloud's {@code close()} calls it). */
    void closeServers() {
        List<OpenApiHttpServer> open;
        synchronized (listening) {
            serversClosed = true;
            open = new java.util.ArrayList<>(listening);
            listening.clear();
        }
        open.forEach(OpenApiHttpServer::close);
    }

    /** One push call, validated, rate-limited and delivered; takes the simulation lock. */
    ServerApiResult call(ServerApiAction action, String roomId, String from, List<String> to, Payload payload) {
        sim.requireOpen("serverApi(" + appId + ")." + action.name());
        sim.lock().lock();
        try {
            ServerApiResult result = route(action, roomId, from, to, payload);
            sim.trace().record(TraceKind.CLOUD, actor, action.name(), result.isOk() ? "ok" : result.code(),
                    from, action.needsRoom ? roomId : null, action == ServerApiAction.SendBroadcast ? null : to,
                    payload == null ? null : payload.traceValue());
            return result;
        } finally {
            sim.lock().unlock();
        }
    }

    private ServerApiResult route(ServerApiAction action, String roomId, String from, List<String> to, Payload payload) {
        ServerApiResult bad = validate(action, roomId, from, to, payload);
        if (bad != null) {
            return bad;
        }
        List<String> reach = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        switch (action) {
            case SendUnicast -> {
                if (service.onlineStatus(appId, to.get(0)) != UserOnlineStatus.USER_ONLINE_STATUS_ONLINE) {
                    return ServerApiResult.error(ServerApiErrors.USER_NOT_FOUND, "To '" + to.get(0)
                            + "' is not logged in to app " + appId + " (SendUnicast needs a logged-in user)");
                }
                reach.add(to.get(0));
            }
            case SendBroadcast -> {
                if (!service.roomHasMembers(appId, roomId)) {
                    return ServerApiResult.error(ServerApiErrors.ROOM_NOT_FOUND, "room '" + roomId
                            + "' of app " + appId + " has no members");
                }
            }
            default -> {
                for (String uid : to) {
                    (service.isRoomMember(appId, roomId, uid) ? reach : skipped).add(uid);
                }
                if (reach.isEmpty()) {
                    return ServerApiResult.error(ServerApiErrors.USER_NOT_IN_ROOM, "To " + (to.size() == 1
                            ? "'" + to.get(0) + "' is" : to + " are") + " not in room '" + roomId
                            + "' of app " + appId + " (room unicast needs the user to have joined the room)");
                }
            }
        }
        int appCount = action.batch ? to.size() : 1;
        if (!service.admitServerApi(appId, appCount)) {
            return ServerApiResult.error(ServerApiErrors.FLOW_LIMIT_EXCEEDED, "app " + appId + " is over "
                    + sim.settings().serverApiPerSecond() + " server-API messages per second"
                    + (action.batch ? " (a batch counts once per recipient: " + appCount + ")" : ""));
        }
        if (action.needsRoom && !service.admitRoomMessage(appId, roomId, 1)) {
            return ServerApiResult.error(ServerApiErrors.FLOW_LIMIT_EXCEEDED, "room '" + roomId + "' is over "
                    + sim.settings().roomPerSecond() + " messages per second (clients and server together)");
        }
        switch (action) {
            case SendUnicast -> service.push(appId, from, to.get(0), payload);
            case SendBroadcast -> service.pushToRoom(appId, roomId, from, payload);
            default -> reach.forEach(uid -> service.pushToRoomMember(appId, roomId, from, uid, payload));
        }
        return skipped.isEmpty() ? ServerApiResult.ok() : new ServerApiResult.Ok(skipped);
    }

    private static ServerApiResult validate(ServerApiAction action, String roomId, String from, List<String> to,
                                            Payload payload) {
        if (from == null || !ID.matcher(from).matches()) {
            return invalid("From " + quote(from) + " must match " + Identifiers.ID_RULE + " (the demos use \"server\")");
        }
        if (action.needsRoom && (roomId == null || !ID.matcher(roomId).matches())) {
            return invalid("RoomId " + quote(roomId) + " must match " + Identifiers.ID_RULE);
        }
        if (action != ServerApiAction.SendBroadcast) {
            if (to == null || to.isEmpty()) {
                return invalid(action.batch ? "To must name at least one user" : "To must not be empty");
            }
            if (to.size() > MAX_BATCH_RECIPIENTS) {
                return invalid("To names " + to.size() + " users; BatchSendRoomUnicast takes at most "
                        + MAX_BATCH_RECIPIENTS);
            }
            for (String uid : to) {
                if (uid == null || uid.isEmpty()) {
                    return invalid("To must not contain a null or empty user id");
                }
            }
        }
        if (payload == null) {
            return invalid("Message must not be null");
        }
        int size = payload.binary() ? payload.bytes().length : Payload.utf8Length(payload.text());
        int max = action.batch ? MAX_BATCH_MESSAGE_BYTES : MAX_MESSAGE_BYTES;
        if (size > max) {
            return ServerApiResult.error(ServerApiErrors.MESSAGE_TOO_LARGE, "Message is " + size + " bytes; "
                    + action.name() + " takes at most " + max);
        }
        return null;
    }

    private static ServerApiResult invalid(String message) {
        return ServerApiResult.error(ServerApiErrors.INVALID_PARAMETER, message);
    }

    private static String quote(String s) {
        return s == null ? "null" : "'" + s + "'";
    }

    private static List<String> listOf(String to) {
        return to == null ? null : java.util.Collections.singletonList(to);
    }

    private static Payload text(String message) {
        return message == null ? null : Payload.text(message);
    }

    private static Payload binary(byte[] message) {
        return message == null ? null : Payload.binary(message);
    }

    @Override
    public String toString() {
        return "ServerApi[" + appId + "]";
    }
}
