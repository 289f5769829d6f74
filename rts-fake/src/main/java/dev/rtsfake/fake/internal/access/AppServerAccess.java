package dev.rtsfake.fake.internal.access;

import dev.rtsfake.fake.appserver.AppServer;
import dev.rtsfake.fake.internal.core.Simulation;

/**
 * How the cloud makes each app's {@link dev.rtsfake.fake.appserver.AppServer} double. Installed once by {@link AppServer}'s class initializer: the public class keeps these members
 * package-private, so they are not part of the harness API, and hands them to the simulator here.
 */
public abstract class AppServerAccess {
    private static volatile AppServerAccess instance;

    /** Only the public class makes one. */
    protected AppServerAccess() {
    }

    /** Installs the hook; called once, by {@link AppServer}. */
    public static void install(AppServerAccess access) {
        Hooks.requireUnset(instance, AppServerAccess.class);
        instance = access;
    }

    /** The hook, installing it first if {@link AppServer} was not initialized yet. */
    public static AppServerAccess get() {
        AppServerAccess access = instance;
        if (access == null) {
            Hooks.initialize(AppServer.class);
            access = instance;
        }
        return access;
    }

    /** The app server double of one app. */
    public abstract AppServer newAppServer(Simulation sim, String appId);
}
