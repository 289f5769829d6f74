/**
 * How a scenario drives the team's own client code instead of a bare SDK engine: a {@link
 * dev.rtsfake.scenarios.client.ClientAdapter} names the actions it can perform and reports what the
 * client observes, by name. A user of a scenario picks one with {@code client: NAME}; the runner
 * finds it among the factories it was given, or by {@link java.util.ServiceLoader} (a
 * {@code META-INF/services/dev.rtsfake.scenarios.client.ClientAdapterFactory} file on the class path).
 *
 * <p>The actions a scenario's built-in steps perform reach the adapter by their step names, with
 * their fields as arguments: {@code login} ({@code token}, {@code uid}), {@code logout},
 * {@code send} ({@code to}, {@code text}, {@code reliability}, {@code binary}), {@code broadcast}
 * ({@code room}, {@code text}, {@code binary}), {@code sendServer} ({@code text}, {@code binary}),
 * {@code join} and {@code leave} ({@code room}), {@code serverParams} ({@code signature},
 * {@code url}), {@code peerStatus} ({@code peer}), {@code renewToken} ({@code token}) and
 * {@code destroy}; an {@code act} step reaches it by its own action name and arguments. Users are
 * passed as uids.
 *
 * <p>The expectations read these observations: {@code received} ({@code from}, {@code text}, and
 * {@code room} for a room message), {@code connectionState} ({@code state}, a number 1 to 7),
 * {@code sendResult} ({@code id}, {@code code}); any other name can be checked with an
 * {@code observed} expectation. {@link dev.rtsfake.scenarios.client.example} holds a small chat
 * client and its adapter, to copy.
 */
package dev.rtsfake.scenarios.client;
