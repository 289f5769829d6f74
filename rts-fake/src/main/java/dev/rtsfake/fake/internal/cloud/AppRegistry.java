package dev.rtsfake.fake.internal.cloud;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The apps of one cloud, in registration order, each with its state. */
final class AppRegistry {
    private final Map<String, AppState> apps = new LinkedHashMap<>();
    private final int serverApiPerSecond;

    AppRegistry(int serverApiPerSecond) {
        this.serverApiPerSecond = serverApiPerSecond;
    }

    void register(String appId, String appKey) {
        apps.put(appId, new AppState(appId, appKey, serverApiPerSecond));
    }

    boolean knows(String appId) {
        return appId != null && apps.containsKey(appId);
    }

    List<String> ids() {
        return List.copyOf(apps.keySet());
    }

    /** The state of a registered app; an unknown app throws IllegalArgumentException naming the known ones. */
    AppState get(String appId) {
        AppState a = apps.get(appId);
        if (a == null) {
            throw new IllegalArgumentException("no app '" + appId + "' in this cloud; register it with"
                    + " FakeRtsCloud.builder().app(appId, appKey). Known apps: " + apps.keySet());
        }
        return a;
    }
}
