package dev.rtsfake.fake.junit;

import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.Installation;
import dev.rtsfake.fake.internal.provider.CloudBinding;
import dev.rtsfake.fake.trace.Trace;
import java.util.logging.Logger;

/**
 * One test's hold on its cloud: the cloud (its own, or the class's), its installation on the test's
 * thread, and where the test's share of the cloud's misuses, handler failures and trace begins.
 * Kept in the test's extension store, which closes it if the extension never gets to.
 */
final class TestRun implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger("dev.rtsfake.fake");

    final FakeRtsCloud cloud;
    final CloudPlan plan;
    /** Whether the cloud is this test's own, closed when the test ends (not the class's static one). */
    final boolean ownsCloud;
    /** How many misuses, handler failures and trace steps the cloud had when the test began. */
    final int misusesBefore;
    final int failuresBefore;
    final long stepsBefore;
    private final Installation installation;

    private TestRun(FakeRtsCloud cloud, CloudPlan plan, boolean ownsCloud) {
        this.cloud = cloud;
        this.plan = plan;
        this.ownsCloud = ownsCloud;
        this.misusesBefore = cloud.misuses().size();
        this.failuresBefore = cloud.handlerFailures().size();
        Trace trace = cloud.trace();
        this.stepsBefore = trace.dropped() + trace.size();
        if (CloudBinding.current() != null) {
            // Not this test's doing: code outside the extension (a @BeforeAll method, a test without
            // @RtsFakeTest) left an installation open on this thread. Said here, then cleared, so that
            // this test gets its own cloud.
            LOG.warning("a FakeRtsCloud was still installed on thread '" + Thread.currentThread().getName()
                    + "' when a @RtsFakeTest test began: code that ran earlier on this thread did not close its"
                    + " Installation (use try-with-resources). It is uninstalled, and the test's cloud installed");
            CloudBinding.release();
        }
        this.installation = cloud.install();
    }

    /** Starts a test on {@code cloud}: notes where its share begins and installs the cloud on this thread. */
    static TestRun start(FakeRtsCloud cloud, CloudPlan plan, boolean ownsCloud) {
        return new TestRun(cloud, plan, ownsCloud);
    }

    /**
     * Ends the extension's installation; returns what the test left installed on its thread (a
     * sentence for the failure), or null when it left nothing. What it left is uninstalled.
     */
    String endInstallation() {
        try {
            installation.close();
        } catch (IllegalStateException e) {
            return "the extension could not uninstall the cloud: " + e.getMessage();
        }
        if (CloudBinding.current() == null) {
            return null;
        }
        CloudBinding.release();
        return "this test left a FakeRtsCloud installed on thread '" + Thread.currentThread().getName()
                + "': an Installation it opened was never closed. The extension installs the test's cloud for"
                + " RTS.createRTS already: drop the cloud.install() call, or close what it returns"
                + " (try (Installation i = cloud.install()) { ... })";
    }

    /** Closes the cloud if it is this test's own. */
    @Override
    public void close() {
        if (ownsCloud) {
            cloud.close();
        }
    }
}
