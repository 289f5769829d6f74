package dev.rtsfake.scenarios.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link Scenario} in Java, step after step: {@code at(...)} and {@code after(...)} add a
 * step; {@link #label} and {@link #lasting} change the step added last.
 *
 * <pre>{@code
 * Scenario s = Scenario.named("Alice's messages survive a flapping link")
 *         .seed(7).users("alice", "bob")
 *         .at(seconds(1), disconnect("alice")).lasting(millis(800))
 *         .after(seconds(2), disconnect("alice")).lasting(millis(800))
 *         .at(seconds(5), send("alice", "bob", "hi")).label("hi")
 *         .expect(sendResult("hi", 0))
 *         .build();
 * }</pre>
 */
public final class ScenarioBuilder {
    private final String name;
    private String description;
    private long seed = Scenario.DEFAULT_SEED;
    private CloudSpec cloud = CloudSpec.DEFAULTS;
    private AppServerSpec appServer = AppServerSpec.DEFAULT;
    private final List<UserSpec> users = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final List<Expectation> expectations = new ArrayList<>();
    private Duration end;

    ScenarioBuilder(String name) {
        this.name = name;
    }

    ScenarioBuilder(Scenario s) {
        this.name = s.name();
        this.description = s.description();
        this.seed = s.seed();
        this.cloud = s.cloud();
        this.appServer = s.appServer();
        this.users.addAll(s.users());
        this.steps.addAll(s.steps());
        this.expectations.addAll(s.expectations());
        this.end = s.end();
    }

    /** More words about the scenario. */
    public ScenarioBuilder description(String text) {
        this.description = text;
        return this;
    }

    /** The seed (default {@value Scenario#DEFAULT_SEED}). */
    public ScenarioBuilder seed(long value) {
        this.seed = value;
        return this;
    }

    /** The cloud's settings. */
    public ScenarioBuilder cloud(CloudSpec spec) {
        this.cloud = spec;
        return this;
    }

    /** How the app's server answers. */
    public ScenarioBuilder appServer(AppServerSpec spec) {
        this.appServer = spec;
        return this;
    }

    /** SDK users with these names (and uids), logging in at the start. */
    public ScenarioBuilder users(String... names) {
        for (String n : names) {
            users.add(UserSpec.named(n));
        }
        return this;
    }

    /** One user. */
    public ScenarioBuilder user(UserSpec user) {
        users.add(user);
        return this;
    }

    /** A step at an instant of virtual time. */
    public ScenarioBuilder at(Duration instant, Action action) {
        steps.add(new Step(Timing.at(instant), null, action, null));
        return this;
    }

    /** A step {@code delay} after the step before. */
    public ScenarioBuilder after(Duration delay, Action action) {
        steps.add(new Step(Timing.after(delay), null, action, null));
        return this;
    }

    /** A step, as it is. */
    public ScenarioBuilder step(Step step) {
        steps.add(step);
        return this;
    }

    /** Labels the step added last, for expectations to refer to. */
    public ScenarioBuilder label(String label) {
        steps.add(lastStep("label").label(label));
        return this;
    }

    /** Undoes the step added last (a fault, rule or app-server failure) after {@code d}. */
    public ScenarioBuilder lasting(Duration d) {
        steps.add(lastStep("lasting").lasting(d));
        return this;
    }

    private Step lastStep(String what) {
        if (steps.isEmpty()) {
            throw new IllegalStateException(what + "(...) changes the step added last; add one first with at(...) or after(...)");
        }
        return steps.remove(steps.size() - 1);
    }

    /** An expectation. */
    public ScenarioBuilder expect(Expectation expectation) {
        expectations.add(expectation);
        return this;
    }

    /** When the run ends (default: {@value Scenario#SETTLE_SECONDS} s after the last step or deadline). */
    public ScenarioBuilder end(Duration instant) {
        this.end = instant;
        return this;
    }

    /** The scenario. */
    public Scenario build() {
        return new Scenario(name, description, seed, cloud, users, appServer, steps, expectations, end);
    }
}
