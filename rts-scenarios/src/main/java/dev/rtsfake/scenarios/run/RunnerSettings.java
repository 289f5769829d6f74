package dev.rtsfake.scenarios.run;

import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.scenarios.client.ClientAdapterFactory;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How a {@link ScenarioRunner} runs.
 *
 * @param clients the client adapters by name
 * @param keepTrace whether the result carries the trace (a sweep keeps none)
 * @param checkEvery how often, in virtual time, the checks look at the run between steps
 * @param speed 0 for virtual time; more for real time at that speed ({@code serve})
 * @param onStart told of the cloud once the users' clients are made, before the first step, or null
 * @param traceFile where to stream every trace step as JSON lines, or null
 */
record RunnerSettings(Map<String, ClientAdapterFactory> clients, boolean keepTrace, Duration checkEvery, double speed,
                      Consumer<FakeRtsCloud> onStart, java.nio.file.Path traceFile) {
}
