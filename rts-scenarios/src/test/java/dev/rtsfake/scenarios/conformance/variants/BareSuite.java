package dev.rtsfake.scenarios.conformance.variants;

import dev.rtsfake.conformance.ConformanceTarget;
import dev.rtsfake.conformance.RtsConformanceSuite;
import dev.rtsfake.scenarios.conformance.FakeTarget;

/**
 * The kit against the fake offering no optional capability at all, as a minimal device adapter would:
 * engines, tokens and waiting only. Launched by {@link CapabilitySkipTest}, not by surefire.
 */
public class BareSuite extends RtsConformanceSuite {
    @Override
    protected ConformanceTarget newTarget() {
        FakeTarget fake = FakeTarget.virtualTime();
        return new ConformanceTarget() {
            @Override
            public String name() {
                return "rts-fake without optional capabilities";
            }

            @Override
            public String appId() {
                return fake.appId();
            }

            @Override
            public com.ss.bytertc.rts.engine.RTS createRTS(String appId,
                    com.ss.bytertc.rts.engine.handler.IRTSEventHandler handler, org.json.JSONObject parameters) {
                return fake.createRTS(appId, handler, parameters);
            }

            @Override
            public void destroyEngine(com.ss.bytertc.rts.engine.RTS engine) {
                fake.destroyEngine(engine);
            }

            @Override
            public String token(String uid) {
                return fake.token(uid);
            }

            @Override
            public boolean await(java.util.function.BooleanSupplier condition, java.time.Duration max) {
                return fake.await(condition, max);
            }

            @Override
            public long timeNanos() {
                return fake.timeNanos();
            }

            @Override
            public void pass(java.time.Duration duration) {
                fake.pass(duration);
            }

            @Override
            public void close() {
                fake.close();
            }
        };
    }

    @Override
    protected java.io.File scorecardDirectory() {
        return new java.io.File(System.getProperty("rts.conformance.dir", "target/conformance"), "bare");
    }
}
