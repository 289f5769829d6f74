package dev.rtsfake.scenarios.run;

import dev.rtsfake.scenarios.model.ConnectionStates;
import dev.rtsfake.scenarios.model.Durations;
import dev.rtsfake.scenarios.model.Expectation;
import dev.rtsfake.scenarios.model.Scenario;
import dev.rtsfake.scenarios.model.Step;
import dev.rtsfake.scenarios.model.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The verdicts judged at the end of a run, from everything observed. */
final class EndVerdicts {
    private static final int SHOWN = 5;

    private final Scenario scenario;
    private final World world;
    private final FireCounter fires;
    private final List<StepRecord> steps;
    private final Judge judge;
    private final long endNanos;

    EndVerdicts(Scenario scenario, World world, FireCounter fires, List<StepRecord> steps, Judge judge, long endNanos) {
        this.scenario = scenario;
        this.world = world;
        this.fires = fires;
        this.steps = steps;
        this.judge = judge;
        this.endNanos = endNanos;
    }

    Verdict verdict(int index, Expectation e) {
        String reason;
        boolean passed;
        if (e instanceof Expectation.Received r) {
            long[] w = judge.window(r.window());
            List<Observation.Receipt> got = receipts(r.user(), r.from(), r.text(), r.room(), w);
            passed = r.count() == null ? !got.isEmpty() : got.size() == r.count();
            reason = passed ? (got.isEmpty() ? "none, as expected" : "at " + Durations.clock(got.get(0).timeNanos()))
                    : (got.isEmpty() ? r.user() + " received no such message" : r.user() + " received " + got.size()
                    + ", not " + r.count()) + during(w) + "; " + whatArrived(r.user());
        } else if (e instanceof Expectation.NotReceived r) {
            long[] w = judge.window(r.window());
            List<Observation.Receipt> got = receipts(r.user(), r.from(), r.text(), r.room(), w);
            passed = got.isEmpty();
            reason = passed ? null : r.user() + " received " + got.get(0).describe()
                    + (got.size() > 1 ? " (and " + (got.size() - 1) + " more)" : "");
        } else if (e instanceof Expectation.Observed o) {
            long[] w = judge.window(o.window());
            List<Observation> got = observed(o.user(), o.name(), o.args(), w);
            passed = o.count() == null ? !got.isEmpty() : got.size() == o.count();
            reason = passed ? (got.isEmpty() ? null : "at " + Durations.clock(got.get(0).timeNanos()))
                    : (got.isEmpty() ? "nothing matched" : got.size() + " matched, not " + o.count()) + during(w)
                    + "; " + o.user() + "'s " + o.name() + ": " + listed(observed(o.user(), o.name(), Map.of(),
                    new long[] {0, Long.MAX_VALUE}).stream().map(Observation::describe).toList(), "none");
        } else if (e instanceof Expectation.NotObserved o) {
            long[] w = judge.window(o.window());
            List<Observation> got = observed(o.user(), o.name(), o.args(), w);
            passed = got.isEmpty();
            reason = passed ? null : "observed " + got.get(0).describe();
        } else if (e instanceof Expectation.SendResult r) {
            return sendResult(index, r);
        } else if (e instanceof Expectation.Returned r) {
            int step = stepIndex(r.step());
            StepRecord first = steps.stream().filter(s -> s.step() == step).findFirst().orElse(null);
            Object value = first == null ? null : first.result();
            passed = value instanceof Number n && n.longValue() == r.value();
            reason = passed ? null : first == null ? "the step never ran" : first.error() != null
                    ? "the step could not run: " + first.error() : "it returned " + value;
        } else if (e instanceof Expectation.States st) {
            List<Integer> seen = world.of(st.user()).stream().map(Observation::connectionState).filter(s -> s > 0).toList();
            passed = st.exact() ? seen.equals(st.states()) : inOrder(seen, st.states());
            reason = passed ? null : st.user() + "'s connection states were " + (seen.isEmpty() ? "none"
                    : seen.stream().map(ConnectionStates::name).collect(Collectors.joining(", ")));
        } else if (e instanceof Expectation.Fired f) {
            int step = stepIndex(f.step());
            long n = fires.count(step);
            passed = n >= f.atLeast();
            reason = passed ? "acted " + n + (n == 1 ? " time" : " times") : n == 0 ? "it never acted"
                    : "it acted " + n + (n == 1 ? " time" : " times");
        } else {
            throw new IllegalStateException("judged while the run went: " + e);
        }
        return new Verdict(index, e.describe(), passed, reason);
    }

    private Verdict sendResult(int index, Expectation.SendResult r) {
        int step = stepIndex(r.send());
        List<World.Sent> sent = world.sends().stream().filter(s -> s.step() == step).toList();
        Map<String, Integer> outcomes = new TreeMap<>();
        int matching = 0;
        String firstMismatch = null;
        for (World.Sent s : sent) {
            List<World.Result> results = world.results(s);
            String outcome;
            boolean ok;
            if (results.isEmpty()) {
                outcome = "no result";
                ok = false;
            } else {
                World.Result first = results.get(0);
                long took = first.timeNanos() - s.sentNanos();
                boolean inTime = r.within() == null || took <= r.within().toNanos();
                outcome = first.code() + (inTime ? "" : " late");
                ok = first.code() == r.code() && inTime;
                if (!ok && firstMismatch == null) {
                    firstMismatch = s.describe() + " (id " + s.id() + ") got " + first.code() + " at "
                            + Durations.clock(first.timeNanos()) + (inTime ? "" : ", " + Durations.format(
                            java.time.Duration.ofNanos(took)) + " after it was sent");
                }
            }
            if (results.isEmpty() && firstMismatch == null) {
                firstMismatch = s.describe() + " (id " + s.id() + ") got no result by the end ("
                        + Durations.clock(endNanos) + ")";
            }
            outcomes.merge(outcome, 1, Integer::sum);
            if (ok) {
                matching++;
            }
        }
        boolean passed;
        String reason;
        String tally = outcomes.entrySet().stream().map(en -> en.getKey() + " x" + en.getValue())
                .collect(Collectors.joining(", "));
        if (sent.isEmpty()) {
            passed = false;
            reason = "the step sent nothing (" + describeStep(step) + ")";
        } else if (r.count() == null) {
            passed = matching == sent.size();
            reason = passed ? null : firstMismatch + (sent.size() > 1 ? "; results: " + tally : "");
        } else {
            passed = matching == r.count();
            reason = passed ? "results: " + tally : matching + " of the " + sent.size() + " got " + r.code()
                    + ", not " + r.count() + "; results: " + tally;
        }
        return new Verdict(index, r.describe(), passed, reason);
    }

    private String describeStep(int step) {
        StepRecord rec = steps.stream().filter(s -> s.step() == step).findFirst().orElse(null);
        return rec == null ? "it never ran" : rec.error() != null ? "it could not run: " + rec.error()
                : "it returned " + rec.result();
    }

    private List<Observation.Receipt> receipts(String user, String from, String text, String room, long[] w) {
        String fromUid = from == null ? null : scenario.user(from).map(u -> u.uid()).orElse(from);
        List<Observation.Receipt> got = new ArrayList<>();
        for (Observation o : world.of(user)) {
            Observation.Receipt r = o.receipt();
            if (r != null && o.timeNanos() >= w[0] && o.timeNanos() <= w[1]
                    && (fromUid == null || fromUid.equals(r.from())) && (text == null || text.equals(r.text()))
                    && (room == null || room.equals(r.room()))) {
                got.add(r);
            }
        }
        return got;
    }

    private List<Observation> observed(String user, String name, Map<String, String> args, long[] w) {
        List<Observation> got = new ArrayList<>();
        for (Observation o : world.of(user)) {
            if (o.name().equals(name) && o.timeNanos() >= w[0] && o.timeNanos() <= w[1]
                    && args.entrySet().stream().allMatch(a -> a.getValue().equals(o.arg(a.getKey())))) {
                got.add(o);
            }
        }
        return got;
    }

    private String whatArrived(String user) {
        List<String> all = world.of(user).stream().map(Observation::receipt).filter(java.util.Objects::nonNull)
                .map(Observation.Receipt::describe).toList();
        return "what " + user + " received: " + listed(all, "nothing");
    }

    private static String listed(List<String> items, String none) {
        if (items.isEmpty()) {
            return none;
        }
        String shown = String.join("; ", items.subList(0, Math.min(SHOWN, items.size())));
        return items.size() > SHOWN ? shown + "; and " + (items.size() - SHOWN) + " more" : shown;
    }

    private String during(long[] w) {
        return w[0] == 0 && w[1] >= endNanos ? " in the run" : " between " + Durations.clock(w[0]) + " and "
                + Durations.clock(Math.min(w[1], endNanos));
    }

    private int stepIndex(String label) {
        List<Step> all = scenario.steps();
        for (int i = 0; i < all.size(); i++) {
            if (label.equals(all.get(i).label())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean inOrder(List<Integer> seen, List<Integer> wanted) {
        int at = 0;
        for (int s : seen) {
            if (at < wanted.size() && wanted.get(at) == s) {
                at++;
            }
        }
        return at == wanted.size();
    }
}
