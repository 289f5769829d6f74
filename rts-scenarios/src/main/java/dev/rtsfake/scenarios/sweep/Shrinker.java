package dev.rtsfake.scenarios.sweep;

import dev.rtsfake.scenarios.model.Action;
import dev.rtsfake.scenarios.model.CloudAction;
import dev.rtsfake.scenarios.model.ClientAction;
import dev.rtsfake.scenarios.model.Expectation;
import dev.rtsfake.scenarios.model.Scenario;
import dev.rtsfake.scenarios.model.Step;
import dev.rtsfake.scenarios.model.Timing;
import dev.rtsfake.scenarios.model.UserSpec;
import dev.rtsfake.scenarios.run.RunResult;
import dev.rtsfake.scenarios.run.ScenarioRunner;
import dev.rtsfake.scenarios.run.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a scenario that fails with a seed down to a smaller one that still fails the same way: the
 * same expectation fails. It tries, over and over until nothing more can go: leaving out the other
 * expectations, each step, and the users no one refers to; then shortening what is left (halving
 * each step's {@code for}, its delay or instant, a send's count and interval). Each try is one run
 * with the same seed; candidates the validator refuses are skipped. The steps that make what the
 * failing expectation looks at (the sends of the message a {@code received} waits for, the step a
 * {@code sendResult} or {@code fired} names) stay, so that the failure is not "fixed" by taking
 * away its cause: a missing message is no longer missing because nobody sent it.
 */
public final class Shrinker {
    /** The most runs one shrink makes unless told otherwise. */
    public static final int DEFAULT_MAX_RUNS = 2_000;

    private final ScenarioRunner runner;
    private final int maxRuns;

    /** A shrinker running with {@code runner}, at most {@code maxRuns} runs. */
    public Shrinker(ScenarioRunner runner, int maxRuns) {
        this.runner = runner.keepTrace(false);
        this.maxRuns = maxRuns;
    }

    /**
     * What a shrink gave.
     *
     * @param original the scenario it started from (with the seed)
     * @param shrunk the smallest one found that still fails
     * @param failure the failure that persists, as a line
     * @param runs how many runs it took
     * @param exhausted whether it stopped at the run limit rather than at a scenario nothing more can leave
     */
    public record Result(Scenario original, Scenario shrunk, String failure, int runs, boolean exhausted) {
    }

    /**
     * Shrinks {@code scenario} run with {@code seed}.
     *
     * @throws IllegalArgumentException if it does not fail with that seed
     */
    public Result shrink(Scenario scenario, long seed) {
        Scenario current = scenario.withSeed(seed);
        RunResult first = runner.run(current);
        Verdict failing = first.failures().stream().filter(v -> v.index() >= 0).findFirst().orElse(null);
        if (failing == null) {
            throw new IllegalArgumentException(first.passed() ? "the scenario passes with seed " + seed
                    + "; shrink needs a seed it fails with (find one with rts-sim run FILE --seeds 1..1000)"
                    : "the scenario fails with seed " + seed + " only because a step could not run ("
                    + first.failures().get(0).reason() + "); fix the scenario first");
        }
        Expectation target = current.expectations().get(failing.index());
        int runs = 1;
        boolean changed = true;
        while (changed && runs < maxRuns) {
            changed = false;
            for (Scenario candidate : candidates(current, target)) {
                if (runs >= maxRuns) {
                    break;
                }
                if (!runner.problems(candidate).isEmpty()) {
                    continue;
                }
                runs++;
                if (stillFails(candidate, target)) {
                    current = candidate;
                    changed = true;
                    break;
                }
            }
        }
        int index = current.expectations().indexOf(target);
        String line = runner.run(current).verdicts().get(index).line();
        return new Result(scenario.withSeed(seed), current, line, runs + 1, runs >= maxRuns);
    }

    private boolean stillFails(Scenario candidate, Expectation target) {
        int index = candidate.expectations().indexOf(target);
        RunResult r = runner.run(candidate);
        return index >= 0 && !r.verdicts().get(index).passed();
    }

    /** The smaller scenarios to try, the biggest cuts first. */
    List<Scenario> candidates(Scenario s, Expectation target) {
        List<Scenario> out = new ArrayList<>();
        if (s.expectations().size() > 1) {
            out.add(s.withExpectations(List.of(target)));
        }
        for (int i = 0; i < s.expectations().size(); i++) {
            if (!s.expectations().get(i).equals(target)) {
                List<Expectation> fewer = new ArrayList<>(s.expectations());
                fewer.remove(i);
                out.add(s.withExpectations(fewer));
            }
        }
        for (int i = s.steps().size() - 1; i >= 0; i--) {
            if (makesWhatItLooksAt(s, s.steps().get(i), target)) {
                continue;
            }
            List<Step> fewer = new ArrayList<>(s.steps());
            fewer.remove(i);
            out.add(s.withSteps(keepTimes(s.steps(), fewer, i)));
        }
        for (int i = 0; i < s.users().size(); i++) {
            List<UserSpec> fewer = new ArrayList<>(s.users());
            fewer.remove(i);
            out.add(s.withUsers(fewer));
        }
        if (s.description() != null) {
            out.add(new Scenario(s.name(), null, s.seed(), s.cloud(), s.users(), s.appServer(), s.steps(), s.expectations(), s.end()));
        }
        for (int i = 0; i < s.steps().size(); i++) {
            for (Step shorter : shorter(s.steps().get(i))) {
                List<Step> steps = new ArrayList<>(s.steps());
                steps.set(i, shorter);
                out.add(s.withSteps(steps));
            }
        }
        return out;
    }

    /** Whether {@code step} makes what {@code e} looks at, so that taking it away would change the failure. */
    static boolean makesWhatItLooksAt(Scenario s, Step step, Expectation e) {
        String label = step.label();
        if (label != null && (e instanceof Expectation.SendResult r && r.send().equals(label)
                || e instanceof Expectation.Returned r2 && r2.step().equals(label)
                || e instanceof Expectation.Fired f && f.step().equals(label))) {
            return true;
        }
        if (e instanceof Expectation.Received r) {
            return sends(s, step.action(), r.user(), r.from(), r.text(), r.room());
        }
        if (e instanceof Expectation.NotReceived r) {
            return sends(s, step.action(), r.user(), r.from(), r.text(), r.room());
        }
        return false;
    }

    /** Whether {@code a} sends {@code user} a message that {@code from}, {@code text} and {@code room} match. */
    private static boolean sends(Scenario s, Action a, String user, String from, String text, String room) {
        String uid = s.user(user).map(UserSpec::uid).orElse(user);
        String sender;
        String body;
        boolean reaches;
        if (a instanceof ClientAction.Send x) {
            sender = x.user();
            body = x.text();
            reaches = room == null && (x.to().equals(user) || x.to().equals(uid));
        } else if (a instanceof ClientAction.Broadcast x) {
            sender = x.user();
            body = x.text();
            reaches = room == null || room.equals(x.room());
        } else if (a instanceof CloudAction.Push x) {
            sender = x.from();
            body = x.text();
            reaches = (x.to() == null || x.to().equals(user)) && (room == null || room.equals(x.room()));
        } else {
            return false;
        }
        return reaches && (from == null || from.equals(sender)) && (text == null || text.equals(body)
                || text.startsWith(body + " ("));
    }

    /**
     * Without step {@code removed}, the step after it keeps its instant: an {@code after} delay
     * takes on the removed step's own.
     */
    private static List<Step> keepTimes(List<Step> all, List<Step> fewer, int removed) {
        if (removed < fewer.size() && all.get(removed).timing() instanceof Timing.After gone
                && fewer.get(removed).timing() instanceof Timing.After next) {
            fewer.set(removed, fewer.get(removed).timing(Timing.after(gone.delay().plus(next.delay()))));
        }
        return fewer;
    }

    private static List<Step> shorter(Step step) {
        List<Step> out = new ArrayList<>();
        if (step.lasting() != null && step.lasting().toMillis() >= 2) {
            out.add(step.lasting(half(step.lasting())));
        }
        if (step.timing() instanceof Timing.After a && a.delay().toMillis() >= 2) {
            out.add(step.timing(Timing.after(half(a.delay()))));
        }
        Action a = step.action();
        if (a instanceof ClientAction.Send s && s.count() > 1) {
            out.add(step.action(s.times(s.count() / 2)));
        }
        if (a instanceof ClientAction.Send s && s.every().toMillis() >= 2) {
            out.add(step.action(s.every(half(s.every()))));
        }
        if (a instanceof ClientAction.Broadcast b && b.count() > 1) {
            out.add(step.action(b.times(b.count() / 2)));
        }
        if (a instanceof ClientAction.SendServer s && s.count() > 1) {
            out.add(step.action(s.times(s.count() / 2)));
        }
        return out;
    }

    private static Duration half(Duration d) {
        return Duration.ofMillis(d.toMillis() / 2);
    }

    /** How big a scenario is, for the report: steps, expectations, users. */
    public static String size(Scenario s) {
        return s.steps().size() + (s.steps().size() == 1 ? " step, " : " steps, ") + s.expectations().size()
                + (s.expectations().size() == 1 ? " expectation, " : " expectations, ") + s.users().size()
                + (s.users().size() == 1 ? " user" : " users");
    }

}
