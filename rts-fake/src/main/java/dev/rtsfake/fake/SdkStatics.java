package dev.rtsfake.fake;

import android.content.Context;
import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.RTCLogConfig;
import dev.rtsfake.fake.diag.MisuseRule;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.internal.cloud.CloudService;
import dev.rtsfake.fake.internal.core.JsonArgument;
import dev.rtsfake.fake.internal.core.Simulation;
import dev.rtsfake.fake.internal.diag.SdkLogFile;
import dev.rtsfake.fake.internal.provider.EngineFactory;
import dev.rtsfake.fake.trace.TraceEvent;
import dev.rtsfake.fake.trace.TraceKind;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The SDK's static methods as one cloud answers them while it is installed: {@code RTS.createRTS}
 * (null for an unknown app or unusable parameters, with the reason in the trace and the log),
 * {@code destroyRTS} (the app's own engines only, D4), {@code getSdkVersion}, and
 * {@code setLogConfig} with the SDK log file it opens.
 */
final class SdkStatics implements EngineFactory {
    private static final Logger LOG = Logger.getLogger("dev.rtsfake.fake");

    /** Makes an engine as the static factory's, or returns null once the cloud is closing. */
    interface EngineMaker {
        FakeRTS make(String appId, IRTSEventHandler handler, JsonArgument parameters);
    }

    private final Simulation sim;
    private final CloudService service;
    private final LiveEngines engines;
    private final EngineMaker maker;
    private final BooleanSupplier closing;
    private SdkLogFile logFile;
    private Consumer<TraceEvent> logListener;

    SdkStatics(Simulation sim, CloudService service, LiveEngines engines, EngineMaker maker, BooleanSupplier closing) {
        this.sim = sim;
        this.service = service;
        this.engines = engines;
        this.maker = maker;
        this.closing = closing;
    }

    @Override
    public RTS createRTS(Context context, String appId, IRTSEventHandler handler, org.json.JSONObject parameters) {
        if (closing.getAsBoolean()) {
            LOG.warning("RTS.createRTS returned null: the FakeRtsCloud is closed (or closing)");
            return null;
        }
        if (appId == null || appId.isEmpty() || !service.knowsApp(appId)) {
            String why = appId == null || appId.isEmpty() ? "the appId is empty"
                    : "the appId '" + appId + "' is not registered in this cloud (known: " + service.appIds() + ")";
            return refused(appId, why);
        }
        // Read once, outside the lock: the caller's object may be cyclic, deep, or throw.
        JsonArgument params = parameters == null ? null : JsonArgument.of(parameters);
        if (params != null && !params.ok()) {
            // Short, so that the trace shows the reason before it clips a long value.
            return refused(appId, "unusable parameters: " + params.refusal());
        }
        RTS engine = maker.make(appId, handler, params);
        if (engine == null) {
            LOG.warning("RTS.createRTS returned null: the FakeRtsCloud was closed while it ran");
        }
        return engine;
    }

    private RTS refused(String appId, String why) {
        sim.trace().record(TraceKind.CALL, "sdk", "createRTS", "null", appId, why);
        LOG.warning("RTS.createRTS returned null: " + why);
        return null;
    }

    @Override
    public void destroyRTS() {
        if (sim.inCallback()) {
            sim.diagnostics().misuse("sdk", "destroyRTS", MisuseRule.DESTROY_IN_CALLBACK);
        }
        sim.trace().record(TraceKind.CALL, "sdk", "destroyRTS", null);
        // Only the app's own engines (D4): those of the harness stand for other devices and apps.
        sim.diagnostics().withRuleMuted(MisuseRule.DESTROY_IN_CALLBACK, () -> {
            for (FakeRTS e : engines.factoryMade()) {
                e.destroy();
            }
        });
    }

    @Override
    public String getSdkVersion() {
        return sim.settings().sdkVersion();
    }

    @Override
    public int setLogConfig(RTCLogConfig given) {
        // Read the caller's fields once: what is checked is what is used.
        RTCLogConfig config = given == null ? null
                : new RTCLogConfig(given.logLevel, given.logPath, given.logFileSize, given.logFilenamePrefix);
        sim.lock().lock();
        try {
            String described = config == null ? null : config.logLevel + " " + config.logPath + " "
                    + config.logFileSize + " " + config.logFilenamePrefix;
            // The log configuration is the app process's: only its own engines count, not the
            // harness's, which stand for other devices and apps.
            if (engines.anyFactoryMade()) {
                sim.diagnostics().misuse("sdk", "setLogConfig", MisuseRule.LOG_CONFIG_AFTER_CREATE);
                sim.trace().record(TraceKind.CALL, "sdk", "setLogConfig", -1, described);
                return -1;
            }
            SdkLogFile opened = SdkLogFile.valid(config) ? SdkLogFile.open(config, sim.clock()::now) : null;
            if (opened == null) {
                sim.trace().record(TraceKind.CALL, "sdk", "setLogConfig", -2, described);
                return -2;
            }
            if (logFile != null) {
                sim.trace().removeListener(logListener);
                logFile.close();
            }
            logFile = opened;
            logListener = opened::accept;
            sim.trace().addListener(logListener);
            sim.trace().record(TraceKind.CALL, "sdk", "setLogConfig", 0, described);
            return 0;
        } finally {
            sim.lock().unlock();
        }
    }

    @Override
    public boolean isClosed() {
        return closing.getAsBoolean();
    }

    /** The SDK log files written since setLogConfig (empty when it was not called). */
    List<Path> logFiles() {
        sim.lock().lock();
        try {
            return logFile == null ? List.of() : logFile.files();
        } finally {
            sim.lock().unlock();
        }
    }

    /** Stops writing the SDK log and closes its file, if one is open. */
    void closeLog() {
        SdkLogFile log;
        Consumer<TraceEvent> listener;
        sim.lock().lock();
        try {
            log = logFile;
            listener = logListener;
        } finally {
            sim.lock().unlock();
        }
        if (listener != null) {
            sim.trace().removeListener(listener);
        }
        if (log != null) {
            log.close();
        }
    }
}
