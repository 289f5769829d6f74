package com.ss.bytertc.rts.engine.type;

/**
 * Settings for the SDK's local log, passed to
 * {@link com.ss.bytertc.rts.engine.RTS#setLogConfig(RTCLogConfig)} before an engine is created.
 */
public class RTCLogConfig {

    /** The folder the log files go to. Required. */
    public String logPath;

    /** The least severe level written; {@link LocalLogLevel#WARNING} by default. */
    public LocalLogLevel logLevel = LocalLogLevel.WARNING;

    /**
     * The most space the log files may take, in MB: 1 to 100, 10 by default. Each file holds at
     * most 2 MB.
     */
    public int logFileSize = 10;

    /**
     * An optional prefix for the log file names, matching {@code [a-zA-Z0-9_@\-\.]{1,128}}. Files
     * are named {@code <prefix>_<yyyy-MM-dd_HHmmss>_rtclog.log}.
     */
    public String logFilenamePrefix;

    /**
     * Creates a configuration with every setting given.
     *
     * @param logLevel          the least severe level written
     * @param logPath           the folder for the log files
     * @param logFileSize       the most space the files may take, in MB (1 to 100)
     * @param logFilenamePrefix the file name prefix, or {@code null} for none
     */
    public RTCLogConfig(LocalLogLevel logLevel, String logPath, int logFileSize, String logFilenamePrefix) {
        this.logLevel = logLevel;
        this.logPath = logPath;
        this.logFileSize = logFileSize;
        this.logFilenamePrefix = logFilenamePrefix;
    }

    /**
     * Creates a configuration for a log folder, with the default level (WARNING), size (10 MB) and
     * no prefix.
     *
     * @param logPath the folder for the log files
     */
    public RTCLogConfig(String logPath) {
        this.logPath = logPath;
    }

    /** Returns the settings as readable text. */
    @Override
    public String toString() {
        return "RTCLogConfig{logPath='" + logPath + "', logLevel=" + logLevel + ", logFileSize="
                + logFileSize + ", logFilenamePrefix='" + logFilenamePrefix + "'}";
    }
}
