package dev.rtsfake.fake.internal.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sliding window admits exactly {@code limit} events a second, however its ring has grown. */
class RateWindowTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void admit_limitEventsInASecond_thenRefuses_untilTheOldestIsASecondOld() {
        RateWindow w = new RateWindow(100);
        for (int i = 0; i < 100; i++) {
            assertThat(w.admit(i * 1_000L)).as("event %d", i).isTrue();
        }
        assertThat(w.admit(SECOND - 1)).isFalse();
        assertThat(w.admit(SECOND)).as("the first event is a second old").isTrue();
        assertThat(w.admit(SECOND + 500)).isFalse();
        assertThat(w.admit(SECOND + 1_000)).as("the second event is a second old").isTrue();
    }

    @Test
    void admitMany_countsFreeSlotsAndAgedOutTimes_allOrNothing() {
        RateWindow w = new RateWindow(10);
        assertThat(w.admit(0, 7)).isTrue();
        assertThat(w.admit(1, 4)).isFalse();
        assertThat(w.admit(1, 3)).isTrue();
        assertThat(w.admit(2)).isFalse();
        assertThat(w.admit(SECOND, 10)).as("all ten aged out but the three at t=1").isFalse();
        assertThat(w.admit(SECOND + 1, 10)).isTrue();
        assertThat(w.admit(SECOND + 2)).isFalse();
    }
}
