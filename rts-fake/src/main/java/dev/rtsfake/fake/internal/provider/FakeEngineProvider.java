package dev.rtsfake.fake.internal.provider;

import dev.rtsfake.fake.CloudSettings;
import dev.rtsfake.fake.diag.MisuseError;
import dev.rtsfake.fake.internal.core.Throwables;
import android.content.Context;
import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.RTCLogConfig;
import dev.rtsfake.fake.CloudSettings;
import dev.rtsfake.fake.internal.core.Throwables;
import dev.rtsfake.spi.RtsEngineProvider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.json.JSONObject;

/**
 * The engine provider rts-fake registers with {@link java.util.ServiceLoader}: it sends the SDK's
 * static calls to the simulated cloud installed on the calling thread ({@code cloud.install()}).
 * With none installed, createRTS returns null and the log says how to install one.
 */
public final class FakeEngineProvider implements RtsEngineProvider {
    /** The version reported when no cloud is installed. */
    public static final String DEFAULT_VERSION = CloudSettings.DEFAULT_SDK_VERSION;
    private static final Logger LOG = Logger.getLogger("dev.rtsfake.fake");

    /** Made by ServiceLoader. */
    public FakeEngineProvider() {
    }

    @Override
    public RTS createRTS(Context context, String appId, IRTSEventHandler handler, JSONObject parameters) {
        try {
            EngineFactory f = CloudBinding.current();
            if (f == null) {
                LOG.warning("RTS.createRTS: no FakeRtsCloud is installed on this thread, so no engine was created."
                        + " Wrap the code in try (var ignored = cloud.install()) { ... }, or create engines with cloud.createRTS(appId, handler).");
                return null;
            }
            return f.createRTS(context, appId, handler, parameters);
        } catch (Throwable t) {
            failed("createRTS", "null", t);
            return null;
        }
    }

    @Override
    public void destroyRTS() {
        try {
            EngineFactory f = CloudBinding.current();
            if (f != null) {
                f.destroyRTS();
            }
        } catch (Throwable t) {
            failed("destroyRTS", "nothing", t);
        }
    }

    @Override
    public String getSdkVersion() {
        try {
            EngineFactory f = CloudBinding.current();
            return f == null ? DEFAULT_VERSION : f.getSdkVersion();
        } catch (Throwable t) {
            failed("getSdkVersion", "the default version", t);
            return DEFAULT_VERSION;
        }
    }

    @Override
    public int setLogConfig(RTCLogConfig logConfig) {
        try {
            EngineFactory f = CloudBinding.current();
            if (f == null) {
                LOG.warning("RTS.setLogConfig: no FakeRtsCloud is installed on this thread; install one first.");
                return -1;
            }
            return f.setLogConfig(logConfig);
        } catch (Throwable t) {
            failed("setLogConfig", "-1", t);
            return -1;
        }
    }

    /**
     * The last guard of the SDK's static methods: they never throw, but for a fatal JVM error and the
     * {@link MisuseError} a test asked for with strictness FAIL_AT_CALL.
     */
    private static void failed(String method, String returned, Throwable t) {
        Throwables.rethrowIfFatal(t);
        if (t instanceof MisuseError asked) {
            // strictness FAIL_AT_CALL: the test asked for the misused call to throw
            throw asked;
        }
        LOG.log(Level.SEVERE, "RTS." + method + " returned " + returned + ": the fake failed ("
                + Throwables.describe(t) + "); please report it with the stack trace", t);
    }
}
