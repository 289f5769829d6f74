package dev.rtsfake.scenarios.run;

import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.FakeRtsCloudBuilder;
import dev.rtsfake.fake.Installation;
import dev.rtsfake.fake.appserver.AppServerReply;
import dev.rtsfake.fake.diag.HandlerFailure;
import dev.rtsfake.fake.diag.Misuse;
import dev.rtsfake.scenarios.client.ClientAdapterFactory;
import dev.rtsfake.scenarios.model.Action;
import dev.rtsfake.scenarios.model.ClientAction;
import dev.rtsfake.scenarios.model.AppServerSpec;
import dev.rtsfake.scenarios.model.CloudSpec;
import dev.rtsfake.scenarios.model.Durations;
import dev.rtsfake.scenarios.model.Scenario;
import dev.rtsfake.scenarios.model.UserSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run of a scenario: builds the cloud, starts the users' clients, carries out the timeline,
 * drives virtual time between its instants (stopping at every check instant and every
 * {@code checkEvery} to let the checks look), and gathers the verdicts.
 */
final class Run implements Probe {
    private final Scenario scenario;
    private final RunnerSettings settings;
    private final Timeline timeline;
    private final long endNanos;
    private final FireCounter fires = new FireCounter();
    private final World world;
    private final List<StepRecord> records = new ArrayList<>();
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private FakeRtsCloud cloud;
    private Judge judge;
    private CloudActions cloudActions;

    Run(Scenario scenario, RunnerSettings settings) {
        this.scenario = scenario;
        this.settings = settings;
        this.timeline = Timeline.of(scenario);
        this.endNanos = scenario.end() != null ? scenario.end().toNanos() : Deadlines.defaultEnd(scenario, timeline);
        Map<String, String> uids = new LinkedHashMap<>();
        scenario.users().forEach(u -> uids.put(u.name(), u.uid()));
        this.world = new World(uids);
    }

    RunResult execute() {
        cloud = build();
        try (Installation ignored = cloud.install()) {
            judge = new Judge(scenario, timeline, this, endNanos);
            setUpAppServer();
            cloudActions = new CloudActions(cloud, scenario.cloud().appId(), scenario.cloud().latencyOrDefault(),
                    this::linkOf, this::uidOf);
            startActors();
            if (settings.onStart() != null) {
                settings.onStart().accept(cloud);
            }
            java.util.TreeSet<Long> checks = judge.checkInstants();
            check(0);
            for (Timeline.Entry e : timeline.entries()) {
                if (e.atNanos() > endNanos) {
                    break;
                }
                driveTo(e.atNanos(), checks);
                carryOut(e);
            }
            driveTo(endNanos, checks);
            return result();
        } finally {
            cloud.close();
        }
    }

    private FakeRtsCloud build() {
        CloudSpec c = scenario.cloud();
        FakeRtsCloudBuilder b = FakeRtsCloud.builder().seed(scenario.seed()).app(c.appId(), c.appKey())
                .latency(c.latencyOrDefault());
        if (tracing()) {
            b.traceListener(fires);
        }
        if (c.sysStatsInterval() != null) {
            b.sysStatsInterval(c.sysStatsInterval());
        }
        if (c.heartbeatTimeout() != null) {
            b.heartbeatTimeout(c.heartbeatTimeout());
        }
        if (c.disconnectTimings() != null) {
            b.disconnectTimings(c.disconnectTimings().disconnectedAfter(), c.disconnectTimings().lostAfter());
        }
        if (c.reconnectInterval() != null) {
            b.reconnectInterval(c.reconnectInterval());
        }
        if (c.sessionGrace() != null) {
            b.sessionGrace(c.sessionGrace());
        }
        if (c.messageTimeout() != null) {
            b.messageTimeout(c.messageTimeout());
        }
        if (c.retransmitInterval() != null) {
            b.retransmitInterval(c.retransmitInterval());
        }
        if (c.rateLimits() != null) {
            if (c.rateLimits().on()) {
                b.rateLimits(c.rateLimits().p2pPerClient(), c.rateLimits().perRoom(), c.rateLimits().serverApiPerApp());
            } else {
                b.rateLimits(false);
            }
        }
        if (c.offlinePeerResult() != null) {
            b.offlinePeerResult(c.offlinePeerResult());
        }
        if (c.strict() != null) {
            b.strict(c.strict());
        }
        if (!settings.keepTrace()) {
            b.traceKeepLast(0);
        }
        if (settings.speed() > 0) {
            b.speed(settings.speed());
        }
        if (settings.traceFile() != null) {
            b.traceFile(settings.traceFile());
        }
        FakeRtsCloud built = b.build();
        if (!tracing()) {
            built.traceEnabled(false);
        }
        return built;
    }

    /**
     * Whether the cloud records a trace: unless the runner keeps none, streams none and no
     * {@code fired} expectation needs the fault counts (a sweep), which makes runs cheaper and
     * leaves the result without fault reports.
     */
    private boolean tracing() {
        return settings.keepTrace() || settings.traceFile() != null
                || scenario.expectations().stream().anyMatch(e -> e instanceof dev.rtsfake.scenarios.model.Expectation.Fired);
    }

    private void setUpAppServer() {
        AppServerSpec spec = scenario.appServer();
        var server = cloud.appServer(scenario.cloud().appId());
        if (spec.status() != 200 || !spec.body().isEmpty()) {
            AppServerReply reply = AppServerReply.status(spec.status(), spec.body());
            server.onMessage(request -> reply);
        }
        if (spec.timeout() != null) {
            server.timeout(spec.timeout());
        }
    }

    private void startActors() {
        for (UserSpec u : scenario.users()) {
            Actor actor;
            if (u.client() == null) {
                actor = new SdkActor(cloud, scenario.cloud().appId(), u, this::observe);
            } else {
                ClientAdapterFactory factory = settings.clients().get(u.client());
                actor = new AdapterActor(cloud, scenario.cloud().appId(), u, factory.create(), this::observe, this::claimed);
            }
            actors.put(u.name(), actor);
            actor.start();
        }
    }

    private Set<String> claimed() {
        Set<String> names = new HashSet<>();
        actors.values().forEach(a -> {
            if (a instanceof SdkActor || !a.engineNames().isEmpty()) {
                names.addAll(a.engineNames());
            }
        });
        return names;
    }

    // ------------------------------------------------------------------ time

    private void driveTo(long target, java.util.TreeSet<Long> checks) {
        long tick = settings.checkEvery().toNanos();
        long now = nowNanos();
        while (now < target) {
            long next = Math.min(target, (now / tick + 1) * tick);
            Long check = checks.higher(now);
            if (check != null && check < next) {
                next = check;
            }
            if (settings.speed() > 0) {
                waitUntil(next);
            } else {
                cloud.advance(Duration.ofNanos(next - now));
            }
            now = next;
            check(now);
        }
    }

    private void waitUntil(long nanos) {
        while (nowNanos() < nanos) {
            long wallNanos = (long) ((nanos - nowNanos()) / settings.speed());
            try {
                Thread.sleep(Math.max(1, Math.min(50, wallNanos / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the scenario ran in real time", e);
            }
        }
    }

    private long nowNanos() {
        return cloud.elapsed().toNanos();
    }

    private synchronized void check(long now) {
        judge.check(now);
    }

    private synchronized void observe(Observation o) {
        world.observe(o);
        if (judge != null) {
            judge.check(o.timeNanos());
        }
    }

    // ------------------------------------------------------------------ steps

    private void carryOut(Timeline.Entry e) {
        Action action = e.action();
        long seq = fires.recorded();
        long now = nowNanos();
        String describe = e.kind() == Timeline.Kind.UNDO ? action.describe() + " (end of the step's 'for')" : action.describe();
        Object result = null;
        String error = null;
        try {
            if (action instanceof ClientAction c) {
                result = client(c, e);
            } else {
                result = cloudActions.perform(action);
            }
            if (action.isFault() && e.kind() == Timeline.Kind.STEP) {
                Watches.add(fires, e.step(), action, now, until(e), actors, scenario);
            }
        } catch (RuntimeException ex) {
            error = ex.getMessage() == null ? ex.toString() : ex.getMessage();
        }
        synchronized (this) {
            records.add(new StepRecord(now, e.step(), describe, result, error, seq));
        }
    }

    /** When a fault stops being in force: its own undo, or the first later step that undoes it. */
    private long until(Timeline.Entry fault) {
        Long own = timeline.undoNanos(fault.step());
        if (own != null) {
            return own;
        }
        Set<String> keys = Timeline.keys(fault.action());
        boolean after = false;
        for (Timeline.Entry e : timeline.entries()) {
            if (e == fault) {
                after = true;
            } else if (after && !e.action().isFault() && Timeline.keys(e.action()).stream().anyMatch(keys::contains)) {
                return e.atNanos();
            }
        }
        return Long.MAX_VALUE;
    }

    private Object client(ClientAction c, Timeline.Entry e) {
        Actor actor = actors.get(c.user());
        UserSpec user = scenario.user(c.user()).orElseThrow();
        String token = null;
        if (c instanceof ClientAction.Login l) {
            token = cloud.tokens().issue(scenario.cloud().appId(), user.uid(), l.tokenTtl() != null ? l.tokenTtl() : user.tokenTtl());
        } else if (c instanceof ClientAction.RenewToken r) {
            token = cloud.tokens().issue(scenario.cloud().appId(), user.uid(), r.tokenTtl() != null ? r.tokenTtl() : user.tokenTtl());
        }
        String text = textOf(c, e.repeat());
        ClientAction resolved = withUids(c);
        Object result = actor.perform(resolved, text, token);
        if (result instanceof Number n && n.longValue() > 0 && text != null) {
            sent(c, actor, e, n.longValue(), text);
        }
        return result;
    }

    private void sent(ClientAction c, Actor actor, Timeline.Entry e, long id, String text) {
        String from = uidOf(c.user());
        String stream = null;
        boolean ordered = false;
        String describe;
        if (c instanceof ClientAction.Send s) {
            stream = from + "->" + uidOf(s.to());
            ordered = s.reliability() == com.ss.bytertc.rts.engine.type.MessageConfig.RELIABLE_ORDERED;
            describe = c.user() + "'s \"" + text + "\" to " + s.to();
        } else if (c instanceof ClientAction.Broadcast b) {
            stream = from + "->room:" + b.room();
            ordered = true;
            describe = c.user() + "'s \"" + text + "\" to room " + b.room();
        } else {
            describe = c.user() + "'s \"" + text + "\" to the app server";
        }
        World.Sent sent = new World.Sent(e.step(), c.user(), actor.resultChannel(c), id, nowNanos(), text, describe);
        synchronized (this) {
            world.sent(sent, stream, ordered);
        }
    }

    private static String textOf(ClientAction c, int repeat) {
        String text;
        int count;
        if (c instanceof ClientAction.Send s) {
            text = s.text();
            count = s.count();
        } else if (c instanceof ClientAction.Broadcast b) {
            text = b.text();
            count = b.count();
        } else if (c instanceof ClientAction.SendServer s) {
            text = s.text();
            count = s.count();
        } else {
            return null;
        }
        return count > 1 ? text + " (" + (repeat + 1) + ")" : text;
    }

    /** The action with the users it names turned into their uids (a send's receiver, a peer). */
    private ClientAction withUids(ClientAction c) {
        if (c instanceof ClientAction.Send s) {
            return new ClientAction.Send(s.user(), uidOf(s.to()), s.text(), s.reliability(), s.binary(), s.count(), s.every());
        }
        if (c instanceof ClientAction.PeerStatus p) {
            return new ClientAction.PeerStatus(p.user(), uidOf(p.peer()));
        }
        return c;
    }

    private String linkOf(String user) {
        Actor a = actors.get(user);
        return a == null ? user : a.linkName();
    }

    private String uidOf(String user) {
        return scenario.user(user).map(UserSpec::uid).orElse(user);
    }

    // ------------------------------------------------------------------ the probe and the result

    @Override
    public World world() {
        return world;
    }

    @Override
    public List<String> onlineUids() {
        return cloud.onlineUsers(scenario.cloud().appId());
    }

    @Override
    public List<String> roomMembers(String room) {
        return cloud.roomMembers(scenario.cloud().appId(), room);
    }

    @Override
    public String firstProblem() {
        List<Misuse> misuses = cloud.misuses();
        if (!misuses.isEmpty()) {
            return "misuse: " + misuses.get(0).message();
        }
        List<HandlerFailure> failures = cloud.handlerFailures();
        return failures.isEmpty() ? null : "handler failure: " + failures.get(0);
    }

    private synchronized RunResult result() {
        List<Verdict> verdicts = new ArrayList<>(judge.verdicts(fires, records));
        for (StepRecord r : records) {
            if (r.error() != null) {
                verdicts.add(new Verdict(-1, (r.step() < 0 ? "the login at the start" : "steps[" + r.step() + "]")
                        + " (" + r.describe() + ") runs", false, "it could not: " + r.error()));
            }
        }
        List<HandlerFailure> thrown = cloud.handlerFailures();
        if (!thrown.isEmpty()) {
            verdicts.add(new Verdict(-1, "the app's handlers throw nothing", false, thrown.size()
                    + (thrown.size() == 1 ? " exception" : " exceptions") + ", the first: " + thrown.get(0)));
        }
        if (world.overflowed()) {
            verdicts.add(new Verdict(-1, "the run stays within " + World.MAX_OBSERVATIONS + " observations", false,
                    "it made " + world.observedCount() + "; the later ones were not kept, so the verdicts above may be"
                            + " wrong: shorten the run"));
        }
        List<FaultReport> faults = new ArrayList<>();
        for (int i = 0; i < scenario.steps().size() && tracing(); i++) {
            var step = scenario.steps().get(i);
            if (step.action().isFault()) {
                faults.add(new FaultReport(i, step.label(), step.action().describe()
                        + (step.lasting() == null ? "" : " for " + Durations.format(step.lasting())), fires.count(i)));
            }
        }
        return new RunResult(scenario, verdicts, faults, records, world.observations(),
                settings.keepTrace() ? cloud.trace() : null, nowNanos());
    }
}
