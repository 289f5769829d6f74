package dev.rtsfake.fake.engine;

import com.ss.bytertc.rts.engine.type.LocalProxyConfiguration;
import com.ss.bytertc.rts.engine.type.ReturnStatus;
import dev.rtsfake.fake.diag.MisuseRule;
import dev.rtsfake.fake.internal.core.JsonArgument;
import java.util.List;
import org.json.JSONObject;

/**
 * The engine-wide settings the app sets and the harness reads back: business id, runtime
 * parameters, cellular enhancement and local proxies. Setting them changes nothing else in the
 * simulation; the checks and return codes follow the SDK. The app's objects (a JSON object, a list of
 * proxies) are read once into copies of the fake's own; one that cannot be read (cyclic, too deep,
 * throwing) gives the parameter error, -2, and the trace says why.
 */
final class EngineSettings {
    private final FakeRTS e;
    private final LocalProxies proxies;
    private String businessId = "";
    private final JSONObject runtimeParameters = new JSONObject();
    private boolean cellularEnhancement;

    EngineSettings(FakeRTS engine) {
        this.e = engine;
        this.proxies = new LocalProxies(engine);
    }

    String businessId() {
        return businessId;
    }

    JSONObject runtimeParameters() {
        return new JSONObject(runtimeParameters.toString());
    }

    boolean cellularEnhancement() {
        return cellularEnhancement;
    }

    List<LocalProxyConfiguration> localProxies() {
        return proxies.inForce();
    }

    /**
     * setBusinessId: 0, or -2 (PARAMETER_ERR) for null or characters outside
     * {@code [a-zA-Z0-9_@\-.]}, the only codes the vendor page lists. While in a room the call
     * returns 0 but changes nothing (the id only counts before joinRoom), and strict mode records it.
     */
    int setBusinessId(String businessId) {
        e.lock();
        try {
            if (e.destroyed) {
                return e.calls.dead("setBusinessId", businessId);
            }
            if (businessId == null || !Limits.BUSINESS_ID.matcher(businessId).matches()) {
                return e.calls.call("setBusinessId", ReturnStatus.RETURN_STATUS_PARAMETER_ERR.value(), businessId);
            }
            if (e.inAnyRoom()) {
                e.sim.diagnostics().misuse(e.traceName(), "setBusinessId", MisuseRule.BUSINESS_ID_AFTER_JOIN);
                return e.calls.call("setBusinessId", 0, businessId);
            }
            this.businessId = businessId;
            return e.calls.call("setBusinessId", 0, businessId);
        } finally {
            e.unlock();
        }
    }

    int setRuntimeParameters(JSONObject params) {
        // Read once, before the lock: the caller's object may be cyclic, deep, or throw.
        JsonArgument arg = params == null ? null : JsonArgument.of(params);
        e.lock();
        try {
            String text = arg == null ? null : arg.ok() ? arg.text() : "unusable JSONObject: " + arg.refusal();
            if (e.destroyed) {
                return e.calls.dead("setRuntimeParameters", text);
            }
            if (arg == null || !arg.ok()) {
                return e.calls.call("setRuntimeParameters", ReturnStatus.RETURN_STATUS_PARAMETER_ERR.value(), text);
            }
            JSONObject copy = arg.json();
            for (String key : copy.keySet()) {
                runtimeParameters.put(key, copy.get(key));
            }
            return e.calls.call("setRuntimeParameters", 0, text);
        } finally {
            e.unlock();
        }
    }

    int setCellularEnhancement(boolean enhance) {
        e.lock();
        try {
            if (e.destroyed) {
                return e.calls.dead("setCellularEnhancement", enhance);
            }
            cellularEnhancement = enhance;
            return e.calls.call("setCellularEnhancement", 0, enhance);
        } finally {
            e.unlock();
        }
    }

    int setLocalProxy(List<LocalProxyConfiguration> given) {
        // Read once, before the lock: the caller's list may throw, never end, or hold other types.
        LocalProxies.Copy copy = LocalProxies.copyOf(given);
        List<LocalProxyConfiguration> configurations = copy.list();
        e.lock();
        try {
            String described = copy.ok() ? LocalProxies.describe(configurations) : "unusable list: " + copy.refusal();
            if (e.destroyed) {
                return e.calls.dead("setLocalProxy", described);
            }
            if (!copy.ok() || LocalProxies.malformed(configurations)) {
                return e.calls.call("setLocalProxy", ReturnStatus.RETURN_STATUS_PARAMETER_ERR.value(), described);
            }
            if (e.inAnyRoom()) {
                e.sim.diagnostics().misuse(e.traceName(), "setLocalProxy", MisuseRule.LOCAL_PROXY_AFTER_JOIN);
            }
            int result = e.calls.call("setLocalProxy", 0, described);
            proxies.set(configurations);
            return result;
        } finally {
            e.unlock();
        }
    }
}
