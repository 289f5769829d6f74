package dev.rtsfake.fake.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code trace.format(filter)}: repeats folded with a count, and steps kept by user, room and kind (issue 12, item 3). */
class TraceFilterTest {
    private static final Trace TRACE = ReconnectSample.reconnect();

    private static List<String> body(String text) {
        return text.lines().filter(l -> !l.startsWith("#")).toList();
    }

    @Test
    void format_foldsAPacketLostAndSentAgain_intoOneLineWithItsCount() {
        String text = TRACE.format(TraceFilter.all());
        assertThat(text).contains("#45 NET            rts-1/up lost(P2P alice->bob #1, \"link down\") … ×24 (to 9.080000s, #74)\n");
        assertThat(text).doesNotContain(" #46 ", " #74 NET");
        assertThat(body(text)).hasSize(TRACE.size() - 23);
        assertThat(text.lines().toList().get(1)).isEqualTo("# shown: every step; repeats folded: " + TRACE.size() + " of "
                + TRACE.size() + " steps, in " + (TRACE.size() - 23) + " lines");
    }

    @Test
    void format_foldsOnlyRepeatsThatFollowEachOther_notAStepItsActorMadeAgainLater() {
        // alice's JOIN goes up at 0.15 s and again when she rejoins at 11.27 s, with other steps of her link between.
        String text = TRACE.format(TraceFilter.all().onlyRooms("lobby"));
        assertThat(text).contains("rts-1/up deliver(JOIN alice->lobby, 30ms)\n");
        assertThat(text).doesNotContain("deliver(JOIN alice->lobby, 30ms) …");
    }

    @Test
    void format_notFolding_showsEveryStep_asFormatDoes() {
        String text = TRACE.format(TraceFilter.all().collapsingRepeats(false));
        assertThat(body(text)).isEqualTo(TRACE.lines());
        assertThat(text).doesNotContain("×");
    }

    @Test
    void format_onlyUsers_keepsWhatTheirEnginesDidAndTheStepsThatNameThem() {
        List<String> lines = body(TRACE.format(TraceFilter.all().onlyUsers("bob")));
        assertThat(lines).anyMatch(l -> l.contains("CALL           rts-2 createRTS(")) // before login: his engine's name
                .anyMatch(l -> l.contains("rts-2/up deliver(LOGIN bob->cloud, 30ms)")) // his link
                .anyMatch(l -> l.contains("bob onMessageReceived(\"alice\", \"sent in the lift\")"))
                .anyMatch(l -> l.contains("rts-1/up deliver(P2P alice->bob #1, 30ms)")) // a packet to him
                .anyMatch(l -> l.contains("alice sendMessage(\"bob\"")) // a call naming him
                .noneMatch(l -> l.contains("alice onLoginResult") || l.contains("rts-1 createRTS"));
    }

    @Test
    void format_onlyRooms_keepsTheStepsThatNameTheRoom() {
        List<String> lines = body(TRACE.format(TraceFilter.all().onlyRooms("lobby")));
        assertThat(lines).anyMatch(l -> l.contains("cloud room-join(\"lobby\", \"alice\", 2)"))
                .anyMatch(l -> l.contains("bob onUserJoined(room:lobby, \"alice\", 0)"))
                .anyMatch(l -> l.contains("alice room-rejoin-pending(\"lobby\")"))
                .anyMatch(l -> l.contains("rts-2/down deliver(BROADCAST alice->lobby #1, 30ms)"))
                .noneMatch(l -> l.contains("onLoginResult") || l.contains("P2P"));
    }

    @Test
    void format_onlyKinds_andOtherSorts_combineWithAnd() {
        List<String> lines = body(TRACE.format(TraceFilter.all().onlyKinds(TraceKind.STATE).onlyUsers("alice")));
        assertThat(lines).isNotEmpty().allMatch(l -> l.contains(" STATE ") && l.contains(" alice "));
        assertThat(lines).anyMatch(l -> l.contains("alice connection(\"RECONNECTING\") -> 4"));
        List<String> either = body(TRACE.format(TraceFilter.all().onlyKinds(TraceKind.STATE, TraceKind.HARNESS)));
        assertThat(either).anyMatch(l -> l.contains(" HARNESS ")).anyMatch(l -> l.contains(" STATE "))
                .allMatch(l -> l.contains(" HARNESS ") || l.contains(" STATE "));
    }

    @Test
    void format_saysWhatItShows() {
        String text = TRACE.format(TraceFilter.all().onlyUsers("bob", "alice").onlyKinds(TraceKind.CALLBACK));
        assertThat(text.lines().toList().get(0)).isEqualTo(TRACE.header());
        assertThat(text.lines().toList().get(1)).startsWith("# shown: users alice, bob; kind CALLBACK; repeats folded: ");
        assertThat(TraceFilter.all().collapsingRepeats(false).onlyRooms("lobby")).hasToString("room lobby; every repeat shown");
    }

    @Test
    void format_ofTheFullTrace_isUnchanged_everyStepOnALineOfItsOwn() {
        assertThat(body(TRACE.format())).isEqualTo(TRACE.lines()).anyMatch(l -> l.contains(" #46 "));
    }

    @Test
    void filter_refusesNullAndEmptyNames_sayingWhatToGive() {
        assertThatThrownBy(() -> TraceFilter.all().onlyUsers("alice", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"alice\"");
        assertThatThrownBy(() -> TraceFilter.all().onlyRooms(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"lobby\"");
        assertThatThrownBy(() -> TRACE.format(null)).hasMessageContaining("TraceFilter.all()");
    }

    @Test
    void deliverSteps_sayHowLongThePacketWasOnItsLink() {
        assertThat(TRACE.lines()).anyMatch(l -> l.endsWith("rts-1/up deliver(P2P alice->bob #1, 30ms)"));
        assertThat(new Latency(30_500_000)).hasToString("30.5ms");
        assertThat(new Latency(1)).hasToString("0.000001ms");
        assertThat(new Latency(2_000_000_000L)).hasToString("2000ms");
        assertThatThrownBy(() -> new Latency(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
