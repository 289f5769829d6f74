package dev.rtsfake.fake.internal.provider;

import android.content.Context;
import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.RTCLogConfig;
import org.json.JSONObject;

/** What a simulated cloud offers the SDK's static methods once installed. */
public interface EngineFactory {
    /** As {@code RTS.createRTS}: an engine, or null with the reason in the cloud's trace and log. */
    RTS createRTS(Context context, String appId, IRTSEventHandler handler, JSONObject parameters);

    /**
     * As {@code RTS.destroyRTS}: destroys every engine this factory made ({@code RTS.createRTS});
     * engines the harness made stand for other devices and stay.
     */
    void destroyRTS();

    /** As {@code RTS.getSdkVersion}. */
    String getSdkVersion();

    /** As {@code RTS.setLogConfig}: 0, -1 while an engine this factory made exists, -2 for bad arguments. */
    int setLogConfig(RTCLogConfig logConfig);

    /** Whether the cloud has been closed (a closed cloud is never used again). */
    boolean isClosed();
}
