package dev.rtsfake.fake.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.engine.FakeRTS;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The trace reads the same whatever the default locale (digits, lower case, number formats). */
class TraceLocaleTest {
    private static final String APP = "rtsfake-demo-app-0000001";

    private static List<String> scenario() {
        FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").seed(7).build();
        FakeRTS alice = cloud.createRTS(APP, new IRTSEventHandler() { });
        FakeRTS bob = cloud.createRTS(APP, new IRTSEventHandler() { });
        alice.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice");
        bob.login(cloud.tokens().issue(APP, "bob", Duration.ofHours(1)), "bob");
        cloud.runUntilIdle();
        alice.sendMessage("bob", "hi", MessageConfig.RELIABLE_ORDERED);
        alice.sendMessage("nobody", "hello?", MessageConfig.RELIABLE_ORDERED);
        cloud.advance(Duration.ofSeconds(12));
        return cloud.trace().lines();
    }

    private static List<String> under(Locale locale) {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(locale);
            return scenario();
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void traceLines_areTheSame_underArabicAndTurkishLocales() {
        List<String> plain = under(Locale.ROOT);
        assertThat(plain).isNotEmpty().allMatch(l -> l.matches("^ *\\d+\\.\\d{6}s #\\d+ .*"));
        assertThat(under(new Locale("ar", "EG"))).isEqualTo(plain);
        assertThat(under(new Locale("tr", "TR"))).isEqualTo(plain);
        assertThat(under(Locale.getDefault())).isEqualTo(plain);
    }

    @Test
    void timeColumn_matchesTheFormerFormat_forManyTimes() {
        long[] samples = {0, 999, 1_000, 59_999_999, 1_000_000_000L, 12_345_678_901L, 999_999_999_999L,
                123_456_789_012_345L, Long.MAX_VALUE, -1_000, -2_500_000_000L};
        for (long t : samples) {
            TraceEvent e = new TraceEvent(3, t, TraceKind.NET, "a/up", "deliver", List.of("x", 5), null);
            long micros = t / 1_000;
            String secs = String.format(Locale.ROOT, "%d.%06d", micros / 1_000_000, micros % 1_000_000);
            String expected = " ".repeat(Math.max(0, 11 - secs.length())) + secs + "s #3 NET"
                    + " ".repeat(12) + "a/up deliver(\"x\", 5)";
            assertThat(e.format()).as("time %d", t).isEqualTo(expected);
        }
    }
}
