package dev.rtsfake.scenarios.run;

import dev.rtsfake.scenarios.model.Expectation;
import dev.rtsfake.scenarios.model.Scenario;
import dev.rtsfake.scenarios.model.Window;

/** When a run ends by default: {@value Scenario#SETTLE_SECONDS} s after its last step or expectation deadline. */
final class Deadlines {
    private Deadlines() {
    }

    static long defaultEnd(Scenario s, Timeline timeline) {
        long latest = timeline.lastNanos();
        for (Expectation e : s.expectations()) {
            latest = Math.max(latest, deadline(e, timeline));
        }
        return latest + Scenario.SETTLE_SECONDS * 1_000_000_000L;
    }

    private static long deadline(Expectation e, Timeline t) {
        if (e instanceof Expectation.Received r) {
            return end(r.window(), t);
        } else if (e instanceof Expectation.NotReceived r) {
            return end(r.window(), t);
        } else if (e instanceof Expectation.Observed o) {
            return end(o.window(), t);
        } else if (e instanceof Expectation.NotObserved o) {
            return end(o.window(), t);
        } else if (e instanceof Expectation.Always a) {
            return end(a.window(), t);
        } else if (e instanceof Expectation.Never n) {
            return end(n.window(), t);
        } else if (e instanceof Expectation.Eventually ev) {
            return Judge.anchorNanos(ev.after(), t) + ev.within().toNanos();
        } else if (e instanceof Expectation.Online o) {
            return o.at().toNanos();
        }
        return 0;
    }

    private static long end(Window w, Timeline t) {
        return w.within() == null ? Judge.anchorNanos(w.after(), t) : Judge.anchorNanos(w.after(), t) + w.within().toNanos();
    }
}
