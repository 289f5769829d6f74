package com.ss.bytertc.rts.engine.type;

/**
 * The device's CPU and memory use, delivered every 2 seconds in
 * {@link com.ss.bytertc.rts.engine.handler.IRTSEventHandler#onSysStats(SysStats)}.
 */
public class SysStats {

    /** The number of CPU cores. */
    public int cpuCores;

    /** The app's CPU use, from 0 to 1. */
    public double cpuAppUsage;

    /** The whole system's CPU use, from 0 to 1. */
    public double cpuTotalUsage;

    /** The app's memory use, in MB. */
    public double memoryUsage;

    /** The device's total memory, in MB. */
    public long fullMemory;

    /** The memory the whole system uses, in MB. */
    public long totalMemoryUsage;

    /** The memory still free, in MB. */
    public long freeMemory;

    /** The app's share of memory, in percent. */
    public double memoryRatio;

    /** The system's share of memory in use, in percent. */
    public double totalMemoryRatio;

    /** Creates a record with every figure at zero. */
    public SysStats() {
    }

    /** Returns the figures as readable text. */
    @Override
    public String toString() {
        return "SysStats{cpuCores=" + cpuCores + ", cpuAppUsage=" + cpuAppUsage + ", cpuTotalUsage="
                + cpuTotalUsage + ", memoryUsage=" + memoryUsage + ", fullMemory=" + fullMemory
                + ", totalMemoryUsage=" + totalMemoryUsage + ", freeMemory=" + freeMemory
                + ", memoryRatio=" + memoryRatio + ", totalMemoryRatio=" + totalMemoryRatio + "}";
    }
}
