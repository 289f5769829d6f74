package dev.rtsfake.scenarios.client;

import dev.rtsfake.fake.FakeRtsCloud;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What a {@link ClientAdapter} gets from the run: the cloud, its user, tokens, and where to report. */
public interface ClientContext {

    /** The run's cloud (installed on the driving thread, so {@code RTS.createRTS} makes its engines). */
    FakeRtsCloud cloud();

    /** The app the scenario's users belong to. */
    String appId();

    /** The user's name in the scenario. */
    String userName();

    /** The uid the user logs in with. */
    String uid();

    /** The rooms the scenario says the user joins once logged in (the adapter decides when). */
    List<String> rooms();

    /** A fresh login token for the user, valid for {@code ttl} of virtual time. */
    String token(Duration ttl);

    /**
     * Records something the client observed, now (virtual time), for the expectations.
     *
     * @param name what: {@code received}, {@code connectionState}, {@code sendResult}, or any name
     * @param args its values by name, written as text ({@code String.valueOf})
     */
    void observe(String name, Map<String, ?> args);
}
