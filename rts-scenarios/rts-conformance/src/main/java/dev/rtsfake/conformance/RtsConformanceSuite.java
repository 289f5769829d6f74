package dev.rtsfake.conformance;

import dev.rtsfake.conformance.checks.ApiShapeChecks;
import dev.rtsfake.conformance.checks.CrowdChecks;
import dev.rtsfake.conformance.checks.EngineChecks;
import dev.rtsfake.conformance.checks.EngineSessionChecks;
import dev.rtsfake.conformance.checks.LoginAttemptChecks;
import dev.rtsfake.conformance.checks.LoginChecks;
import dev.rtsfake.conformance.checks.MessageChecks;
import dev.rtsfake.conformance.checks.MessageFaultChecks;
import dev.rtsfake.conformance.checks.OneWayChecks;
import dev.rtsfake.conformance.checks.RateLimitChecks;
import dev.rtsfake.conformance.checks.ReconnectChecks;
import dev.rtsfake.conformance.checks.RoomChecks;
import dev.rtsfake.conformance.checks.RoomMessageChecks;
import dev.rtsfake.conformance.checks.RoomRejoinChecks;
import dev.rtsfake.conformance.checks.ServerMessageChecks;
import dev.rtsfake.conformance.checks.ServerPushChecks;
import dev.rtsfake.conformance.checks.SessionChecks;
import dev.rtsfake.conformance.checks.SettingsChecks;
import dev.rtsfake.conformance.checks.ThreadChecks;
import java.io.File;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The conformance suite: every documented behaviour of the RTS SDK as a named check, for any
 * implementation. Extend it once per target and say how to make one:
 *
 * <pre>{@code
 * class MyDeviceConformanceTest extends RtsConformanceSuite {
 *     protected ConformanceTarget newTarget() {
 *         return new MyDeviceTarget(InstrumentationRegistry.getInstrumentation().getTargetContext());
 *     }
 * }
 * }</pre>
 *
 * <p>Each check is tagged {@code required} (the vendor's page or the reference says so) or
 * {@code optional} (the project's decision or guess), names its source, and gets a fresh target.
 * A check that needs a capability the target lacks is skipped with the reason. After the class the
 * scorecard (every check passed, failed or skipped with the reason) is written as Markdown and JSON to
 * {@link #scorecardDirectory()}.
 */
@ExtendWith(ConformanceExtension.class)
public abstract class RtsConformanceSuite implements EngineChecks, LoginChecks, MessageChecks, ServerMessageChecks,
        RoomChecks, RoomMessageChecks, RoomRejoinChecks, ReconnectChecks, ServerPushChecks, SettingsChecks, ApiShapeChecks,
        EngineSessionChecks, MessageFaultChecks, RateLimitChecks, SessionChecks, LoginAttemptChecks,
        ThreadChecks, CrowdChecks, OneWayChecks {

    private Kit kit;
    private String targetName;

    /** A fresh target for one check; the suite closes it after the check. */
    protected abstract ConformanceTarget newTarget();

    /**
     * Where the scorecard goes: the system property {@code rts.conformance.dir}, else
     * {@code target/conformance} (on a device, return a folder of the app's, e.g. {@code getFilesDir()}).
     */
    protected File scorecardDirectory() {
        return new File(System.getProperty("rts.conformance.dir", "target/conformance"));
    }

    /** The scorecard's file name without extension: the test class's simple name by default. */
    protected String scorecardName() {
        return getClass().getSimpleName();
    }

    @BeforeEach
    final void openKit() {
        kit = new Kit(newTarget());
        targetName = kit.target().name();
    }

    @AfterEach
    final void closeKit() {
        Kit k = kit;
        kit = null;
        if (k != null) {
            k.close();
        }
    }

    /** The check's kit. */
    @Override
    public final Kit kit() {
        if (kit == null) {
            throw new IllegalStateException("no check is running");
        }
        return kit;
    }

    /** The name of the target the checks run against (for the scorecard's title). */
    final String targetName() {
        return targetName;
    }
}
