package dev.rtsfake.fake.internal.cloud;

import dev.rtsfake.fake.appserver.AppServerGateway;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything the cloud keeps for one app: its key, sessions, rooms and app-server gateway. */
final class AppState {
    final String appId;
    final String appKey;
    /** The sessions by uid, in login order; change it only through {@link #add} and {@link #remove}. */
    final Map<String, Session> sessions = new LinkedHashMap<>();
    /** The same sessions by the client they belong to (a client may have left some under earlier uids). */
    private final Map<ClientPort, Set<Session>> byPort = new IdentityHashMap<>();
    final Map<String, CloudRoom> rooms = new LinkedHashMap<>();
    /** Numbers rooms in the order they are made, so a session's rooms keep that order. */
    long nextRoomSeq;
    final RateWindow serverApiRate;
    /** The way to the app's own server; installed once (FakeRtsCloud installs the app's AppServer). */
    AppServerGateway gateway;

    AppState(String appId, String appKey, int serverApiPerSecond) {
        this.appId = appId;
        this.appKey = appKey;
        this.serverApiRate = new RateWindow(serverApiPerSecond);
    }

    /** Adds a new session (its uid has none). */
    void add(Session s) {
        sessions.put(s.uid, s);
        byPort.computeIfAbsent(s.port, p -> new LinkedHashSet<>()).add(s);
    }

    /** Removes a session that ends. */
    void remove(Session s) {
        sessions.remove(s.uid, s);
        Set<Session> onPort = byPort.get(s.port);
        if (onPort != null && onPort.remove(s) && onPort.isEmpty()) {
            byPort.remove(s.port);
        }
    }

    /** The sessions of one client, in login order (a copy). */
    List<Session> sessionsOn(ClientPort port) {
        Set<Session> onPort = byPort.get(port);
        return onPort == null ? List.of() : List.copyOf(onPort);
    }

    /** The session of {@code uid} if it belongs to {@code port}, else null. */
    Session sessionOf(ClientPort port, String uid) {
        Session s = uid == null ? null : sessions.get(uid);
        return s != null && s.port == port ? s : null;
    }
}
