package dev.rtsfake.spi;

import android.content.Context;
import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.RTCLogConfig;
import org.json.JSONObject;

/**
 * The engine behind the SDK's static methods.
 *
 * <p>{@link RTS#createRTS}, {@link RTS#destroyRTS}, {@link RTS#getSdkVersion} and
 * {@link RTS#setLogConfig} find one implementation of this interface with
 * {@link java.util.ServiceLoader} and hand every call to it. rts-fake registers one; with none on
 * the class path {@code createRTS} returns {@code null} and logs why.
 *
 * <p>Implementations must never throw for bad input: they return what the SDK documents.
 */
public interface RtsEngineProvider {

    /**
     * Creates an engine, or returns {@code null} when the SDK would fail to create one.
     *
     * @param context    the Android context the app passed (may be {@code null} off Android)
     * @param appId      the application id the app passed
     * @param handler    the engine event handler the app passed
     * @param parameters the engine parameters the app passed, or {@code null}
     * @return the new engine, or {@code null}
     */
    RTS createRTS(Context context, String appId, IRTSEventHandler handler, JSONObject parameters);

    /** Destroys the engines this provider made for the caller; a no-op when there are none. */
    void destroyRTS();

    /**
     * The SDK version string that {@link RTS#getSdkVersion()} reports.
     *
     * @return the version string
     */
    String getSdkVersion();

    /**
     * Applies a log configuration: 0 success, -1 when an engine already exists, -2 bad arguments.
     *
     * @param logConfig the configuration the app passed
     * @return 0, -1 or -2 as above
     */
    int setLogConfig(RTCLogConfig logConfig);
}
