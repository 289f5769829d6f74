package dev.rtsfake.scenarios.conformance;

import dev.rtsfake.conformance.ConformanceTarget;
import dev.rtsfake.conformance.RtsConformanceSuite;

/**
 * The conformance suite against rts-fake in real time: callbacks on the engines' own threads, the clock
 * moving with the wall clock at 20 times its speed (so the checks' waits stay short).
 */
class FakeRealTimeConformanceTest extends RtsConformanceSuite {
    @Override
    protected ConformanceTarget newTarget() {
        return FakeTarget.realTime(20);
    }
}
