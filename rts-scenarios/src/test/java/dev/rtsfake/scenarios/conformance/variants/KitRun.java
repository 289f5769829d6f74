package dev.rtsfake.scenarios.conformance.variants;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs the kit (all of it, or named checks) against one variant on this thread; returns each check's outcome. */
final class KitRun {
    private KitRun() {
    }

    /** Every check against {@code variant}: check name to outcome. */
    static Map<String, TestExecutionResult.Status> against(Variant variant) {
        return run(variant, List.of(DiscoverySelectors.selectClass(VariantSuite.class)));
    }

    /** Only the named checks against {@code variant}. */
    static Map<String, TestExecutionResult.Status> against(Variant variant, List<String> checks) {
        List<org.junit.platform.engine.DiscoverySelector> selectors = new ArrayList<>();
        for (String c : checks) {
            selectors.add(selectMethod(VariantSuite.class, c));
        }
        return run(variant, selectors);
    }

    private static Map<String, TestExecutionResult.Status> run(Variant variant,
            List<? extends org.junit.platform.engine.DiscoverySelector> selectors) {
        Map<String, TestExecutionResult.Status> outcomes = new TreeMap<>();
        results(variant, selectors).forEach((k, v) -> outcomes.put(k, v.getStatus()));
        return outcomes;
    }

    /** Every check of {@code suite} (no variant set): check name to its full result, reasons included. */
    static Map<String, TestExecutionResult> suite(Class<?> suite) {
        return results(null, List.of(DiscoverySelectors.selectClass(suite)));
    }

    private static Map<String, TestExecutionResult> results(Variant variant,
            List<? extends org.junit.platform.engine.DiscoverySelector> selectors) {
        Map<String, TestExecutionResult> outcomes = new TreeMap<>();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectors)
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false").build();
        Launcher launcher = LauncherFactory.create();
        if (variant != null) {
            VariantSuite.CURRENT.set(variant);
        }
        try {
            launcher.execute(request, new TestExecutionListener() {
                @Override
                public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                    id.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                            .ifPresent(m -> outcomes.put(m.getMethodName(), result));
                }

                @Override
                public void executionSkipped(TestIdentifier id, String reason) {
                    id.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                            .ifPresent(m -> outcomes.put(m.getMethodName(),
                                    TestExecutionResult.aborted(new IllegalStateException(reason))));
                }
            });
        } finally {
            VariantSuite.CURRENT.remove();
        }
        return outcomes;
    }

}
