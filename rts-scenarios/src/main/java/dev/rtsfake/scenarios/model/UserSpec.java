package dev.rtsfake.scenarios.model;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One user's device in a scenario: by default an SDK engine that logs in at the start and joins
 * its rooms once logged in; or the team's own client code through a named adapter.
 *
 * @param name how steps and expectations name it (unique in the scenario)
 * @param uid the uid it logs in with (two devices of one user share a uid)
 * @param client null for a plain SDK engine, or the name of a client adapter (see
 *     {@code dev.rtsfake.scenarios.client.ClientAdapter})
 * @param login whether it logs in at 0 s by itself
 * @param tokenTtl how long its tokens are valid
 * @param rooms the rooms it joins once logged in the first time, in order
 */
public record UserSpec(String name, String uid, String client, boolean login, Duration tokenTtl, List<String> rooms) {
    /** How long tokens are valid unless a user says otherwise. */
    public static final Duration DEFAULT_TOKEN_TTL = Duration.ofHours(24);

    /** Fills in the uid and token lifetime, checks the name and copies the rooms. */
    public UserSpec {
        Objects.requireNonNull(name, "user name");
        if (!name.matches("[A-Za-z0-9_@.\\-]{1,64}")) {
            throw new IllegalArgumentException("a user's name is 1 to 64 letters, digits and _@.- (it is also its"
                    + " default uid), not '" + name + "'");
        }
        uid = uid == null ? name : uid;
        tokenTtl = tokenTtl == null ? DEFAULT_TOKEN_TTL : Durations.requirePositive("tokenTtl", tokenTtl);
        rooms = List.copyOf(rooms == null ? List.of() : rooms);
    }

    /** An SDK engine named and logged in as {@code name}, logging in at the start. */
    public static UserSpec named(String name) {
        return new UserSpec(name, null, null, true, null, List.of());
    }

    /** The same user logging in as {@code otherUid}. */
    public UserSpec uid(String otherUid) {
        return new UserSpec(name, otherUid, client, login, tokenTtl, rooms);
    }

    /** The same user driven by the named client adapter. */
    public UserSpec client(String adapter) {
        return new UserSpec(name, uid, adapter, login, tokenTtl, rooms);
    }

    /** The same user, who logs in only when a step says so. */
    public UserSpec noLogin() {
        return new UserSpec(name, uid, client, false, tokenTtl, rooms);
    }

    /** The same user with tokens valid for {@code ttl}. */
    public UserSpec tokenTtl(Duration ttl) {
        return new UserSpec(name, uid, client, login, ttl, rooms);
    }

    /** The same user, who joins {@code roomIds} once logged in. */
    public UserSpec rooms(String... roomIds) {
        return new UserSpec(name, uid, client, login, tokenTtl, List.of(roomIds));
    }
}
