package dev.rtsfake.fake.cloud;

import dev.rtsfake.fake.appserver.AppServerGateway;
import java.util.LinkedHashMap;
import java.util.Map;

/** Everything the cloud keeps for one app: its key, sessions, rooms and app-server gateway. */
final class AppState {
    final String appId;
    final String appKey;
    final Map<String, Session> sessions = new LinkedHashMap<>();
    final Map<String, CloudRoom> rooms = new LinkedHashMap<>();
    final RateWindow serverApiRate;
    /** The way to the app's own server; installed once (FakeRtsCloud installs the app's AppServer). */
    AppServerGateway gateway;

    AppState(String appId, String appKey, int serverApiPerSecond) {
        this.appId = appId;
        this.appKey = appKey;
        this.serverApiRate = new RateWindow(serverApiPerSecond);
    }

    /** The session of {@code uid} if it belongs to {@code port}, else null. */
    Session sessionOf(ClientPort port, String uid) {
        Session s = uid == null ? null : sessions.get(uid);
        return s != null && s.port == port ? s : null;
    }
}
