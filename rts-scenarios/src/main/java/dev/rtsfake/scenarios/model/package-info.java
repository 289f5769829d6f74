/**
 * What a scenario is, as immutable values: its name (a sentence), seed, cloud settings, users, the
 * app's server, a timeline of {@link dev.rtsfake.scenarios.model.Step steps} (SDK actions, faults,
 * rules, server pushes, token renewals) and the {@link dev.rtsfake.scenarios.model.Expectation
 * expectations} its run is judged by. Build one in Java with {@link
 * dev.rtsfake.scenarios.model.Scenario#named(String)}, or read a YAML or JSON file with
 * {@code dev.rtsfake.scenarios.file.ScenarioFiles}.
 *
 * <pre>{@code
 * import static dev.rtsfake.scenarios.model.Actions.*;
 * import static dev.rtsfake.scenarios.model.Expectations.*;
 *
 * Scenario s = Scenario.named("Bob gets alice's message after her 8 s lift outage")
 *         .users("alice", "bob")
 *         .at(seconds(1), disconnect("alice")).lasting(seconds(8))
 *         .at(seconds(2), send("alice", "bob", "hi")).label("hi")
 *         .expect(received("bob", "alice", "hi").within(seconds(15)).after("hi"))
 *         .build();
 * }</pre>
 */
package dev.rtsfake.scenarios.model;
