package dev.rtsfake.fake.internal.access;

import dev.rtsfake.fake.internal.cloud.CloudService;
import dev.rtsfake.fake.internal.core.Simulation;
import dev.rtsfake.fake.serverapi.ServerApi;

/**
 * How the cloud makes each app's {@link dev.rtsfake.fake.serverapi.ServerApi} and closes its HTTP servers. Installed once by {@link ServerApi}'s class initializer: the public class keeps these members
 * package-private, so they are not part of the harness API, and hands them to the simulator here.
 */
public abstract class ServerApiAccess {
    private static volatile ServerApiAccess instance;

    /** Only the public class makes one. */
    protected ServerApiAccess() {
    }

    /** Installs the hook; called once, by {@link ServerApi}. */
    public static void install(ServerApiAccess access) {
        Hooks.requireUnset(instance, ServerApiAccess.class);
        instance = access;
    }

    /** The hook, installing it first if {@link ServerApi} was not initialized yet. */
    public static ServerApiAccess get() {
        ServerApiAccess access = instance;
        if (access == null) {
            Hooks.initialize(ServerApi.class);
            access = instance;
        }
        return access;
    }

    /** The server push API of one app. */
    public abstract ServerApi newServerApi(Simulation sim, CloudService service, String appId);

    /** Closes the HTTP servers {@code listen()} started. */
    public abstract void closeServers(ServerApi api);
}
