package dev.rtsfake.scenarios.conformance.variants;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtsfake.conformance.Capability;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestExecutionResult.Status;

/**
 * A target that offers no optional capability gets the checks that need one skipped with the reason,
 * never passed, and the scorecard says so.
 */
class CapabilitySkipTest {

    @Test
    void checksNeedingAMissingCapability_areSkippedWithTheReason_neverPassed() throws IOException {
        Map<String, TestExecutionResult> results = KitRun.suite(BareSuite.class);
        assertThat(results).hasSizeGreaterThan(100);
        assertThat(results.values()).extracting(TestExecutionResult::getStatus).doesNotContain(Status.FAILED);
        for (String needsAnother : new String[] {"sendMessage_success_receiverGetsIt_senderGetsResult0",
            "linkDrop_reportsReconnecting", "login_withExpiredToken_reportsInvalidToken",
            "sendUnicast_arrivesAsOnMessageReceivedFromTheServersId", "setServerParams_loggedIn_reports200",
            "sessionInvalidated_reportsFailed_roomsMinus1084_noReconnect"}) {
            TestExecutionResult r = results.get(needsAnother);
            assertThat(r.getStatus()).as(needsAnother).isEqualTo(Status.ABORTED);
            assertThat(r.getThrowable().orElseThrow().getMessage()).as(needsAnother)
                    .startsWith("skipped: the target does not offer ");
        }
        assertThat(results.get("sendMessage_success_receiverGetsIt_senderGetsResult0").getThrowable().orElseThrow()
                .getMessage()).contains(Capability.SECOND_DEVICE.description());
        assertThat(results.get("linkDrop_reportsReconnecting").getThrowable().orElseThrow().getMessage())
                .contains(Capability.CLOCK_CONTROL.description());
        assertThat(results.get("login_whileLoggedIn_returnsMinus2").getStatus()).isEqualTo(Status.SUCCESSFUL);

        String card = new String(Files.readAllBytes(Paths.get("target", "conformance", "bare", "BareSuite.md")),
                StandardCharsets.UTF_8);
        assertThat(card).contains("| ReconnectChecks | linkDrop_reportsReconnecting | required |")
                .contains("| skipped | skipped: the target does not offer clock control");
    }
}
