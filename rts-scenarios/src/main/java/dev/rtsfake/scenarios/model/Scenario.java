package dev.rtsfake.scenarios.model;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scripted run against the simulated cloud, as a value: run it with
 * {@code new ScenarioRunner().run(scenario)}.
 *
 * @param name what happens, as a sentence that names who is involved
 * @param description more words for the docs and the report, or null
 * @param seed the seed of the run (the same seed, the same run); {@value #DEFAULT_SEED} unless set
 * @param cloud the simulated cloud's app and settings
 * @param users the devices, in the order their engines are made
 * @param appServer how the app's own server answers
 * @param steps the timeline, in order
 * @param expectations what the run is judged by
 * @param end when the run ends, or null for {@value #SETTLE_SECONDS} s after the last step or
 *     expectation deadline, whichever is later
 */
public record Scenario(String name, String description, long seed, CloudSpec cloud, List<UserSpec> users,
                       AppServerSpec appServer, List<Step> steps, List<Expectation> expectations, Duration end) {
    /** The seed of a scenario that does not name one. */
    public static final long DEFAULT_SEED = 1;
    /** How long a run goes on after its last step or deadline, unless {@link #end()} says otherwise. */
    public static final int SETTLE_SECONDS = 15;

    /** Checks the name, fills in defaults and copies the lists. */
    public Scenario {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a scenario needs a name: a sentence that says what happens");
        }
        cloud = cloud == null ? CloudSpec.DEFAULTS : cloud;
        appServer = appServer == null ? AppServerSpec.DEFAULT : appServer;
        users = List.copyOf(users);
        steps = List.copyOf(steps);
        expectations = List.copyOf(expectations);
        if (end != null) {
            Durations.requirePositive("end", end);
        }
    }

    /** Starts a scenario in Java; see the package documentation for an example. */
    public static ScenarioBuilder named(String sentence) {
        return new ScenarioBuilder(sentence);
    }

    /** A builder holding everything of this scenario, to change a part. */
    public ScenarioBuilder toBuilder() {
        return new ScenarioBuilder(this);
    }

    /** The same scenario with another seed. */
    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, newSeed, cloud, users, appServer, steps, expectations, end);
    }

    /** The same scenario with other steps. */
    public Scenario withSteps(List<Step> newSteps) {
        return new Scenario(name, description, seed, cloud, users, appServer, newSteps, expectations, end);
    }

    /** The same scenario with other expectations. */
    public Scenario withExpectations(List<Expectation> newExpectations) {
        return new Scenario(name, description, seed, cloud, users, appServer, steps, newExpectations, end);
    }

    /** The same scenario with other users. */
    public Scenario withUsers(List<UserSpec> newUsers) {
        return new Scenario(name, description, seed, cloud, newUsers, appServer, steps, expectations, end);
    }

    /** The same scenario with another cloud. */
    public Scenario withCloud(CloudSpec newCloud) {
        return new Scenario(name, description, seed, newCloud, users, appServer, steps, expectations, end);
    }

    /** The same scenario ending at {@code newEnd} (null: the default). */
    public Scenario withEnd(Duration newEnd) {
        return new Scenario(name, description, seed, cloud, users, appServer, steps, expectations, newEnd);
    }

    /** The user named {@code userName}. */
    public Optional<UserSpec> user(String userName) {
        Objects.requireNonNull(userName, "userName");
        return users.stream().filter(u -> u.name().equals(userName)).findFirst();
    }
}
