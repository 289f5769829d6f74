package dev.rtsfake.fake;

import dev.rtsfake.fake.internal.cloud.CloudService;
import dev.rtsfake.fake.internal.core.Simulation;
import dev.rtsfake.fake.token.TokenIssuer;
import java.time.Duration;

/**
 * Issues real "001" AccessTokens for the apps of a simulated cloud, signed with each app's key and
 * dated in virtual time, exactly as an app's token server would with the vendor's algorithm.
 *
 * <pre>{@code
 * String token = cloud.tokens().issue(APP_ID, "alice", Duration.ofHours(1));
 * }</pre>
 */
public final class Tokens {
    private final Simulation sim;
    private final CloudService service;
    private final TokenIssuer issuer;

    Tokens(Simulation sim, CloudService service) {
        this.sim = sim;
        this.service = service;
        this.issuer = new TokenIssuer(sim.clock()::epochSeconds, sim.randomFor("tokens"));
    }

    /** A login token for {@code uid} in {@code appId}, valid from now (virtual time) for {@code ttl}. */
    public String issue(String appId, String uid, Duration ttl) {
        sim.lock().lock();
        try {
            return issuer.issue(appId, service.appKey(appId), uid, ttl);
        } finally {
            sim.lock().unlock();
        }
    }

    /** A login token for {@code uid} in {@code appId} that never expires. */
    public String issueNeverExpiring(String appId, String uid) {
        sim.lock().lock();
        try {
            return issuer.issueNeverExpiring(appId, service.appKey(appId), uid);
        } finally {
            sim.lock().unlock();
        }
    }
}
