package dev.rtsfake.fake.engine;

import com.ss.bytertc.rts.engine.type.LocalProxyConfiguration;
import com.ss.bytertc.rts.engine.type.LocalProxyError;
import com.ss.bytertc.rts.engine.type.LocalProxyState;
import com.ss.bytertc.rts.engine.type.LocalProxyType;
import dev.rtsfake.fake.internal.core.Identifiers;
import dev.rtsfake.fake.internal.core.Throwables;
import java.util.ArrayList;
import java.util.Iterator;
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

    /** The most proxies one setLocalProxy call takes; a longer list is a parameter error. */
    static final int MAX_PROXIES = 100;

    /**
     * The app's list read once into plain copies of its entries.
     *
     * @param list the copy (null for a null list; entries may be null), or null when refused
     * @param refusal why the list cannot be read, or null
     */
    record Copy(List<LocalProxyConfiguration> list, String refusal) {
        boolean ok() {
            return refusal == null;
        }
    }

    /**
     * Reads {@code given} once: each entry becomes a plain {@link LocalProxyConfiguration} with the
     * same fields. A list that throws while read, holds something else, or has more than
     * {@value #MAX_PROXIES} entries is refused. Never throws (but for a fatal JVM error).
     */
    static Copy copyOf(List<LocalProxyConfiguration> given) {
        if (given == null) {
            return new Copy(null, null);
        }
        try {
            List<LocalProxyConfiguration> out = new ArrayList<>();
            Iterator<?> it = given.iterator();
            while (it.hasNext()) {
                Object o = it.next();
                if (out.size() == MAX_PROXIES) {
                    return new Copy(null, "it has more than " + MAX_PROXIES + " entries");
                }
                if (o != null && !(o instanceof LocalProxyConfiguration)) {
                    return new Copy(null, "entry " + out.size() + " is a " + Identifiers.handlerName(o)
                            + ", not a LocalProxyConfiguration");
                }
                LocalProxyConfiguration c = (LocalProxyConfiguration) o;
                out.add(c == null ? null : new LocalProxyConfiguration(c.localProxyType, c.localProxyIp,
                        c.localProxyPort, c.localProxyUsername, c.localProxyPassword));
            }
            return new Copy(out, null);
        } catch (Throwable t) {
            Throwables.rethrowIfFatal(t);
            return new Copy(null, "reading it threw " + Throwables.describe(t));
        }
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
