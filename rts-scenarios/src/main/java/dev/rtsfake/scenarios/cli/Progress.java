package dev.rtsfake.scenarios.cli;

import java.io.PrintStream;

/**
 * A sweep's progress on the error stream: a bar redrawn in place on a terminal, otherwise a plain
 * line at every tenth, so a CI log stays short.
 */
final class Progress {
    private static final int WIDTH = 30;
    private final String source;
    private final long total;
    private final PrintStream err;
    private final boolean terminal;
    private long lastTenth = 0;
    private long lastDrawn = -1;

    Progress(String source, long total, PrintStream err, boolean terminal) {
        this.source = source;
        this.total = total;
        this.err = err;
        this.terminal = terminal;
    }

    /** {@code done} runs are done (called from the sweep's threads). */
    synchronized void done(long done) {
        if (terminal) {
            long filled = total == 0 ? WIDTH : done * WIDTH / total;
            if (filled != lastDrawn || done == total) {
                lastDrawn = filled;
                err.print("\r" + source + " [" + "#".repeat((int) filled) + " ".repeat((int) (WIDTH - filled)) + "] "
                        + done + "/" + total);
                err.flush();
            }
            return;
        }
        long tenth = total == 0 ? 10 : done * 10 / total;
        if (tenth > lastTenth) {
            lastTenth = tenth;
            err.println("rts-sim run: " + source + ": " + done + " of " + total + " seeds run");
        }
    }

    synchronized void finish() {
        if (terminal) {
            err.println();
        }
    }
}
