package dev.rtsfake.fake.engine;

import com.ss.bytertc.rts.engine.type.LocalProxyConfiguration;
import com.ss.bytertc.rts.engine.type.LocalProxyError;
import com.ss.bytertc.rts.engine.type.LocalProxyState;
import com.ss.bytertc.rts.engine.type.LocalProxyType;
import java.util.ArrayList;
import java.util.List;

/**
 * An engine's local proxies: the list in force, and the state callbacks a new list brings. No proxy
 * is contacted; each configuration is judged on its face (address, SOCKS5 credentials).
 */
final class LocalProxies {
    private final FakeRTS engine;
    private List<LocalProxyConfiguration> inForce = List.of();

    LocalProxies(FakeRTS engine) {
        this.engine = engine;
    }

    /** The proxies in force. */
    List<LocalProxyConfiguration> inForce() {
        return List.copyOf(inForce);
    }

    /** Whether setLocalProxy refuses the list outright (a null entry, or one without a type). */
    static boolean malformed(List<LocalProxyConfiguration> configurations) {
        return configurations != null && configurations.stream().anyMatch(c -> c == null || c.localProxyType == null);
    }

    /** Puts {@code configurations} (null for none) in force and posts each proxy's state. */
    void set(List<LocalProxyConfiguration> configurations) {
        inForce = configurations == null ? List.of() : List.copyOf(configurations);
        for (LocalProxyConfiguration c : inForce) {
            LocalProxyError error = errorOf(c);
            LocalProxyType type = c.localProxyType;
            if (error == LocalProxyError.OK) {
                post(type, LocalProxyState.INITED, LocalProxyError.OK);
                post(type, LocalProxyState.CONNECTED, LocalProxyError.OK);
            } else {
                post(type, LocalProxyState.ERROR, error);
            }
        }
    }

    private void post(LocalProxyType type, LocalProxyState state, LocalProxyError error) {
        engine.post("onLocalProxyStateChanged", () -> engine.handlerOrNoop().onLocalProxyStateChanged(type, state, error),
                type, state, error);
    }

    private static LocalProxyError errorOf(LocalProxyConfiguration c) {
        boolean socks = c.localProxyType == LocalProxyType.SOCKS5;
        boolean badAddress = c.localProxyIp == null || c.localProxyIp.isBlank()
                || c.localProxyPort < 1 || c.localProxyPort > 65535;
        if (badAddress) {
            return socks ? LocalProxyError.SOCKS5_INVALID_VALUE : LocalProxyError.HTTP_TUNNEL_FAILED;
        }
        boolean hasUser = c.localProxyUsername != null && !c.localProxyUsername.isEmpty();
        boolean hasPassword = c.localProxyPassword != null && !c.localProxyPassword.isEmpty();
        if (socks && hasUser != hasPassword) {
            return LocalProxyError.SOCKS5_USER_PASS_NOT_GIVEN;
        }
        return LocalProxyError.OK;
    }

    /** How the trace shows a setLocalProxy argument: type and address of each entry. */
    static String describe(List<LocalProxyConfiguration> configurations) {
        if (configurations == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (LocalProxyConfiguration c : configurations) {
            out.add(c == null ? "null" : c.localProxyType + " " + c.localProxyIp + ":" + c.localProxyPort);
        }
        return out.toString();
    }
}
