package dev.rtsfake.scenarios.apicheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.RTS;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guards rts-api's public surface: the listing of its compiled classes must equal the checked-in
 * record {@code rts-api/api/rts-api.txt}. Run with {@code -Drts.api.update=true} to rewrite the
 * record after a deliberate change.
 */
class RtsApiRecordTest {

    @Test
    void rtsApi_publicApi_matchesCheckedInRecord() {
        List<String> lines = ApiRecord.verifyModule("rts-api", RTS.class, "com.ss.bytertc.rts.", "dev.rtsfake.spi.");

        assertThat(lines)
                .contains("method com.ss.bytertc.rts.engine.RTS public abstract login(Ljava/lang/String;Ljava/lang/String;)I")
                .anyMatch(l -> l.startsWith("method com.ss.bytertc.rts.engine.RTS public static synchronized createRTS("))
                .anyMatch(l -> l.startsWith("class public abstract interface dev.rtsfake.spi.RtsEngineProvider"));
    }
}
