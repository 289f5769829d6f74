package dev.rtsfake.fake.engine;

import com.ss.bytertc.rts.engine.type.SysStats;
import dev.rtsfake.fake.internal.time.ScheduledEvent;

/**
 * The periodic {@code onSysStats} of an engine: every {@code sysStatsInterval} (never when it is 0)
 * until the engine is destroyed. A background timer, so it never keeps a drive going on its own.
 */
final class SysStatsReport {
    private final FakeRTS e;
    private ScheduledEvent next;

    SysStatsReport(FakeRTS engine) {
        this.e = engine;
    }

    /** Schedules the next report. */
    void start() {
        long period = e.sim.settings().sysStatsInterval().toNanos();
        if (period <= 0) {
            return;
        }
        next = e.sim.scheduler().scheduleBackground(period, () -> {
            if (e.destroyed) {
                return;
            }
            SysStats stats = DeviceStats.sample();
            e.post("onSysStats", () -> e.handlerOrNoop().onSysStats(stats), DeviceStats.describe(stats));
            start();
        });
    }

    /** Cancels the next report. */
    void stop() {
        if (next != null) {
            e.sim.scheduler().cancel(next);
        }
    }
}
