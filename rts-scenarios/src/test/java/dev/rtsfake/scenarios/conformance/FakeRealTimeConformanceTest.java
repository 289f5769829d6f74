package dev.rtsfake.scenarios.conformance;

import dev.rtsfake.conformance.ConformanceTarget;
import dev.rtsfake.conformance.RtsConformanceSuite;

/**
 * The conformance suite against rts-fake in real time: callbacks on the engines' own threads, the clock
 * moving with the wall clock at 5 times its speed: the checks' waits stay short, and a hiccup of the
 * machine (a GC pause, a loaded CI box) stretches into only five times as much virtual time.
 */
class FakeRealTimeConformanceTest extends RtsConformanceSuite {
    @Override
    protected ConformanceTarget newTarget() {
        return FakeTarget.realTime(5);
    }
}
