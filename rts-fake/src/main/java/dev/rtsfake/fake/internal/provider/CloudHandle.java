package dev.rtsfake.fake.internal.provider;

import android.content.Context;
import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.RTCLogConfig;
import org.json.JSONObject;

/**
 * What {@link CloudBinding} actually binds: a small handle that passes the SDK's static calls to a
 * cloud until the cloud clears it on close.
 *
 * <p>Bindings are inherited by every thread started while they are in force, including long-lived
 * pool threads an app creates inside an installation or a callback. Such a thread keeps only this
 * handle reachable; once cleared, the closed cloud (its engines, trace and queue) can be collected.
 */
public final class CloudHandle implements EngineFactory {
    private volatile EngineFactory target;

    /** A handle to {@code target}. */
    public CloudHandle(EngineFactory target) {
        this.target = target;
    }

    /** Lets go of the cloud: from now on the handle behaves as a closed cloud. */
    public void clear() {
        target = null;
    }

    @Override
    public RTS createRTS(Context context, String appId, IRTSEventHandler handler, JSONObject parameters) {
        EngineFactory t = target;
        return t == null ? null : t.createRTS(context, appId, handler, parameters);
    }

    @Override
    public void destroyRTS() {
        EngineFactory t = target;
        if (t != null) {
            t.destroyRTS();
        }
    }

    @Override
    public String getSdkVersion() {
        EngineFactory t = target;
        return t == null ? FakeEngineProvider.DEFAULT_VERSION : t.getSdkVersion();
    }

    @Override
    public int setLogConfig(RTCLogConfig logConfig) {
        EngineFactory t = target;
        return t == null ? -1 : t.setLogConfig(logConfig);
    }

    @Override
    public boolean isClosed() {
        EngineFactory t = target;
        return t == null || t.isClosed();
    }
}
