package dev.rtsfake.scenarios.run;

import dev.rtsfake.scenarios.model.Anchor;
import dev.rtsfake.scenarios.model.Condition;
import dev.rtsfake.scenarios.model.Durations;
import dev.rtsfake.scenarios.model.Expectation;
import dev.rtsfake.scenarios.model.Scenario;
import dev.rtsfake.scenarios.model.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Judges a run's expectations. The ones about a stretch of time ({@code eventually}, {@code always},
 * {@code never}) and the cloud's view at an instant ({@code online}) are checked while the run goes,
 * after every observation and at every check instant the runner stops at; the rest are judged at
 * the end from what was observed ({@link EndVerdicts}).
 */
final class Judge {
    private final Scenario scenario;
    private final Timeline timeline;
    private final Probe probe;
    private final long endNanos;
    private final List<Live> live = new ArrayList<>();

    /** A check that looks at the run while it goes. */
    private abstract static class Live {
        final int index;
        final Expectation expectation;
        Verdict verdict;

        Live(int index, Expectation expectation) {
            this.index = index;
            this.expectation = expectation;
        }

        abstract void check(long now);

        abstract Verdict atEnd();

        Verdict pass(String reason) {
            return new Verdict(index, expectation.describe(), true, reason);
        }

        Verdict fail(String reason) {
            return new Verdict(index, expectation.describe(), false, reason);
        }
    }

    Judge(Scenario scenario, Timeline timeline, Probe probe, long endNanos) {
        this.scenario = scenario;
        this.timeline = timeline;
        this.probe = probe;
        this.endNanos = endNanos;
        List<Expectation> es = scenario.expectations();
        for (int i = 0; i < es.size(); i++) {
            Expectation e = es.get(i);
            if (e instanceof Expectation.Eventually ev) {
                long from = anchor(ev.after());
                live.add(new Eventually(i, ev, from, from + ev.within().toNanos()));
            } else if (e instanceof Expectation.Always al) {
                live.add(new Throughout(i, al, al.condition(), window(al.window()), false));
            } else if (e instanceof Expectation.Never nv) {
                live.add(new Throughout(i, nv, nv.condition(), window(nv.window()), true));
            } else if (e instanceof Expectation.Online on) {
                live.add(new OnlineAt(i, on));
            }
        }
    }

    /** Where {@code a} is in virtual time. */
    long anchor(Anchor a) {
        return anchorNanos(a, timeline);
    }

    /** Where {@code a} is in virtual time on {@code timeline} (a scenario that passed the validator). */
    static long anchorNanos(Anchor a, Timeline timeline) {
        if (a instanceof Anchor.Heal) {
            return timeline.healNanos();
        }
        if (a instanceof Anchor.At at) {
            return at.instant().toNanos();
        }
        if (a instanceof Anchor.AfterStep st) {
            return timeline.labelNanos(st.label());
        }
        return 0;
    }

    /** From and until of a window. */
    long[] window(Window w) {
        long from = anchor(w.after());
        return new long[] {from, w.within() == null ? endNanos : from + w.within().toNanos()};
    }

    /** The instants the runner must stop at for the checks: where windows start and end, and online samples. */
    TreeSet<Long> checkInstants() {
        TreeSet<Long> at = new TreeSet<>();
        for (Expectation e : scenario.expectations()) {
            if (e instanceof Expectation.Eventually ev) {
                long from = anchor(ev.after());
                at.add(from);
                at.add(from + ev.within().toNanos());
            } else if (e instanceof Expectation.Always al) {
                long[] w = window(al.window());
                at.add(w[0]);
                at.add(w[1]);
            } else if (e instanceof Expectation.Never nv) {
                long[] w = window(nv.window());
                at.add(w[0]);
                at.add(w[1]);
            } else if (e instanceof Expectation.Online on) {
                at.add(on.at().toNanos());
            }
        }
        return at;
    }

    /** Checks what looks at the run now. */
    void check(long now) {
        for (int i = 0; i < live.size(); i++) {
            Live l = live.get(i);
            if (l.verdict == null) {
                l.check(now);
            }
        }
    }

    /** Every verdict, in the order of the expectations. */
    List<Verdict> verdicts(FireCounter fires, List<StepRecord> steps) {
        EndVerdicts end = new EndVerdicts(scenario, probe.world(), fires, steps, this, endNanos);
        List<Verdict> all = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < scenario.expectations().size(); i++) {
            Live l = next < live.size() && live.get(next).index == i ? live.get(next++) : null;
            all.add(l != null ? (l.verdict != null ? l.verdict : l.atEnd()) : end.verdict(i, scenario.expectations().get(i)));
        }
        return all;
    }

    private final class Eventually extends Live {
        private final Condition condition;
        private final long from;
        private final long until;

        Eventually(int index, Expectation.Eventually e, long from, long until) {
            super(index, e);
            this.condition = e.condition();
            this.from = from;
            this.until = until;
        }

        @Override
        void check(long now) {
            if (now < from) {
                return;
            }
            if (now <= until && Conditions.holds(condition, probe)) {
                verdict = pass("held at " + Durations.clock(now));
            } else if (now >= until) {
                verdict = fail(condition.describe() + " did not come to hold between " + Durations.clock(from)
                        + " and " + Durations.clock(until) + "; at " + Durations.clock(until) + " "
                        + Conditions.state(condition, probe));
            }
        }

        @Override
        Verdict atEnd() {
            return fail("the run ended at " + Durations.clock(endNanos) + ", before " + Durations.clock(until)
                    + "; give the scenario a later 'end'");
        }
    }

    private final class Throughout extends Live {
        private final Condition condition;
        private final long from;
        private final long until;
        private final boolean never;
        private boolean checked;

        Throughout(int index, Expectation e, Condition condition, long[] window, boolean never) {
            super(index, e);
            this.condition = condition;
            this.from = window[0];
            this.until = window[1];
            this.never = never;
        }

        @Override
        void check(long now) {
            if (now < from || now > until) {
                return;
            }
            checked = true;
            if (Conditions.holds(condition, probe) == never) {
                verdict = fail("at " + Durations.clock(now) + " " + (never ? "" : "it no longer held: ")
                        + Conditions.state(condition, probe));
            }
        }

        @Override
        Verdict atEnd() {
            return checked ? pass("from " + Durations.clock(from) + " to " + Durations.clock(Math.min(until, endNanos)))
                    : fail("the run ended at " + Durations.clock(endNanos) + ", before the window began");
        }
    }

    private final class OnlineAt extends Live {
        private final Expectation.Online e;

        OnlineAt(int index, Expectation.Online e) {
            super(index, e);
            this.e = e;
        }

        @Override
        void check(long now) {
            if (now < e.at().toNanos()) {
                return;
            }
            boolean online = probe.onlineUids().contains(probe.world().uid(e.user()));
            verdict = online == e.online() ? pass(null) : fail("at " + Durations.clock(now) + " the cloud had "
                    + (online ? "a session" : "no session") + " for " + e.user() + " (online: " + probe.onlineUids() + ")");
        }

        @Override
        Verdict atEnd() {
            return fail("the run ended at " + Durations.clock(endNanos) + ", before " + Durations.clock(e.at().toNanos()));
        }
    }
}
