package dev.rtsfake.fake;

import dev.rtsfake.fake.appserver.AppServer;
import dev.rtsfake.fake.internal.access.AppServerAccess;
import dev.rtsfake.fake.internal.access.ServerApiAccess;
import dev.rtsfake.fake.internal.cloud.CloudService;
import dev.rtsfake.fake.internal.core.Simulation;
import dev.rtsfake.fake.serverapi.ServerApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The test doubles of each app of a cloud: its own server, made with the cloud and installed as the
 * cloud's one gateway to it (so every P2Server request is recorded, even before the test first asks
 * for it), and its server push API, made on first use.
 */
final class AppDoubles {
    private final Simulation sim;
    private final CloudService service;
    private final Map<String, AppServer> appServers = new LinkedHashMap<>();
    private final Map<String, ServerApi> serverApis = new LinkedHashMap<>();

    /** Makes and installs the app server of every app registered in {@code service}. */
    AppDoubles(Simulation sim, CloudService service) {
        this.sim = sim;
        this.service = service;
        for (String appId : service.appIds()) {
            AppServer server = AppServerAccess.get().newAppServer(sim, appId);
            service.setGateway(appId, server);
            appServers.put(appId, server);
        }
    }

    /** The app server of a registered app; an unknown app throws IllegalArgumentException naming the known ones. */
    AppServer appServer(String appId) {
        AppServer server = appServers.get(appId);
        if (server == null) {
            service.requireApp(appId);
        }
        return server;
    }

    /** The push API of a registered app, made on first use; an unknown app throws as {@link #appServer}. */
    ServerApi serverApi(String appId) {
        sim.lock().lock();
        try {
            service.requireApp(appId);
            return serverApis.computeIfAbsent(appId, id -> ServerApiAccess.get().newServerApi(sim, service, id));
        } finally {
            sim.lock().unlock();
        }
    }

    /** The push APIs made so far, in order; the caller holds the simulation lock. */
    List<ServerApi> serverApis() {
        return List.copyOf(serverApis.values());
    }
}
