package dev.rtsfake.fake.soak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtsfake.fake.CloudSettings;
import dev.rtsfake.fake.testing.ForkedJvm;
import org.junit.jupiter.api.Test;

/**
 * Long and runaway runs in a JVM of their own with a 256 MiB heap: with the default settings (the
 * trace on) memory stays bounded, and a runaway loop ends with the guard's message, not an
 * OutOfMemoryError. Each child takes a few seconds.
 */
class BoundedMemoryTest {
    private static final long MIB = 1 << 20;

    @Test
    void tenUserChat_for48VirtualHours_withDefaultSettings_fitsIn256MiB_andStopsGrowing() throws Exception {
        ForkedJvm.Printed r = ForkedJvm.runWithHeap("256m", 100, LongChat.class, "48");

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.number("received")).as("every message arrived").isEqualTo(r.number("expected")).isPositive();
        assertThat(r.number("kept")).isEqualTo(CloudSettings.DEFAULT_TRACE_KEEP_LAST);
        assertThat(r.number("dropped")).isPositive();
        assertThat(r.get("header")).contains(r.number("dropped") + " earlier steps dropped", "traceKeepAll()", "traceFile(path)");
        long early = r.number("heapAtHour4");
        long end = r.number("heapAtEnd");
        assertThat(end - early).as("heap growth from virtual hour 4 to 48 (%d -> %d bytes)", early, end)
                .isLessThan(4 * MIB);
        assertThat(end).isLessThan(32 * MIB);
    }

    @Test
    void refusedSends_keepNoPayload_300RefusedOneMiBSendsFitIn256MiB() throws Exception {
        ForkedJvm.Printed r = ForkedJvm.runWithHeap("256m", 100, RefusedSends.class, "50");

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.number("refusedResults")).isEqualTo(r.number("sends")).isEqualTo(300);
        assertThat(r.get("firstSend")).contains("sendMessage(\"bob\", \"xxxxxxxx", "…\" (1048576 bytes, sha256:");
        assertThat(r.number("heapAtEnd")).isLessThan(32 * MIB);
    }

    @Test
    void runawayLoop_withTheTraceOn_endsWithTheRunawayGuardMessage_asWithItOff() throws Exception {
        // 3 million events: an unbounded trace of them (some 7 million steps) does not fit in 256 MiB;
        // the default guard (50 million events) takes some 15 times as long to reach, and ends the same way.
        ForkedJvm.Printed r = ForkedJvm.runWithHeap("256m", 100, RunawayLoop.class, "3000000");

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.get("off")).startsWith("one drive of the virtual clock ran 3000000 events without finishing");
        assertThat(r.get("on")).isEqualTo(r.get("off"));
    }
}
