package dev.rtsfake.scenarios.conformance.variants;

import dev.rtsfake.conformance.ConformanceTarget;
import dev.rtsfake.conformance.RtsConformanceSuite;

/**
 * The kit against the variant {@link KitRun} sets for the running thread. Not a test class of its own
 * (surefire does not pick its name): {@link KitRun} launches it.
 */
public class VariantSuite extends RtsConformanceSuite {
    static final ThreadLocal<Variant> CURRENT = new ThreadLocal<>();

    @Override
    protected ConformanceTarget newTarget() {
        Variant v = CURRENT.get();
        if (v == null) {
            throw new IllegalStateException("VariantSuite runs only through KitRun.against(variant)");
        }
        return new VariantTarget(v);
    }

    @Override
    protected java.io.File scorecardDirectory() {
        return new java.io.File(System.getProperty("rts.conformance.dir", "target/conformance"), "variants");
    }

    @Override
    protected String scorecardName() {
        Variant v = CURRENT.get();
        return v == null ? "unknown" : v.name().replaceAll("[^A-Za-z0-9]+", "-");
    }
}
