package dev.rtsfake.fake.engine;

import com.ss.bytertc.rts.engine.type.SysStats;

/** The device figures {@code onSysStats} reports: a fixed, plausible phone, so runs stay reproducible. */
final class DeviceStats {
    private DeviceStats() {
    }

    static SysStats sample() {
        SysStats s = new SysStats();
        s.cpuCores = 8;
        s.cpuAppUsage = 0.05;
        s.cpuTotalUsage = 0.20;
        s.memoryUsage = 120.0;
        s.fullMemory = 8192;
        s.totalMemoryUsage = 4096;
        s.freeMemory = 4096;
        s.memoryRatio = 1.46;
        s.totalMemoryRatio = 50.0;
        return s;
    }

    static String describe(SysStats s) {
        return "SysStats[cpuCores=" + s.cpuCores + ", cpuAppUsage=" + s.cpuAppUsage + ", memoryUsage=" + s.memoryUsage + "]";
    }
}
