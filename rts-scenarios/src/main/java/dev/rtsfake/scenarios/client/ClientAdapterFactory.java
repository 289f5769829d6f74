package dev.rtsfake.scenarios.client;

/**
 * Makes the {@link ClientAdapter}s of one kind of client, named for scenario files
 * ({@code client: example-chat}). Register one with the runner
 * ({@code new ScenarioRunner().withClient(factory)}) or list it in
 * {@code META-INF/services/dev.rtsfake.scenarios.client.ClientAdapterFactory}.
 */
public interface ClientAdapterFactory {

    /** The name scenario files use. */
    String name();

    /** A fresh adapter for one user in one run. */
    ClientAdapter create();
}
