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
    AppServerGateway gateway = AppServerGateway.acceptAll();

    AppState(String appId, String appKey, int serverApiPerSecond) {
        this.appId = appId;
        this.appKey = appKey;
        this.serverApiRate = new RateWindow(serverApiPerSecond);
    }
}
