package dev.rtsfake.scenarios.conformance;

import dev.rtsfake.conformance.ConformanceTarget;
import dev.rtsfake.conformance.RtsConformanceSuite;

/** The conformance suite against rts-fake in virtual time; its scorecard goes to target/conformance/. */
class FakeVirtualTimeConformanceTest extends RtsConformanceSuite {
    @Override
    protected ConformanceTarget newTarget() {
        return FakeTarget.virtualTime();
    }
}
