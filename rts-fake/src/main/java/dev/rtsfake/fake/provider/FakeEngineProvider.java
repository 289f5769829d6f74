package dev.rtsfake.fake.provider;

import dev.rtsfake.fake.core.CloudSettings;
import android.content.Context;
import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.RTCLogConfig;
import dev.rtsfake.spi.RtsEngineProvider;
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
        EngineFactory f = CloudBinding.current();
        if (f == null) {
            LOG.warning("RTS.createRTS: no FakeRtsCloud is installed on this thread, so no engine was created."
                    + " Wrap the code in try (var ignored = cloud.install()) { ... }, or create engines with cloud.createRTS(appId, handler).");
            return null;
        }
        return f.createRTS(context, appId, handler, parameters);
    }

    @Override
    public void destroyRTS() {
        EngineFactory f = CloudBinding.current();
        if (f != null) {
            f.destroyRTS();
        }
    }

    @Override
    public String getSdkVersion() {
        EngineFactory f = CloudBinding.current();
        return f == null ? DEFAULT_VERSION : f.getSdkVersion();
    }

    @Override
    public int setLogConfig(RTCLogConfig logConfig) {
        EngineFactory f = CloudBinding.current();
        if (f == null) {
            LOG.warning("RTS.setLogConfig: no FakeRtsCloud is installed on this thread; install one first.");
            return -1;
        }
        return f.setLogConfig(logConfig);
    }
}
