package dev.rtsfake.scenarios.run;

import dev.rtsfake.fake.net.LinkDirection;
import dev.rtsfake.scenarios.model.Action;
import dev.rtsfake.scenarios.model.CloudAction;
import dev.rtsfake.scenarios.model.NetworkAction;
import dev.rtsfake.scenarios.model.Scenario;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Turns a fault step into the {@link FireCounter.Watch} that counts what it does. */
final class Watches {
    private Watches() {
    }

    static void add(FireCounter fires, int step, Action a, long from, long until, Map<String, Actor> actors, Scenario s) {
        FireCounter.Kind kind;
        String user = ScenarioValidator.networkUser(a);
        LinkDirection direction = LinkDirection.BOTH;
        String name = null;
        if (a instanceof NetworkAction.Disconnect) {
            kind = FireCounter.Kind.LINK;
        } else if (a instanceof NetworkAction.Cut c) {
            kind = FireCounter.Kind.LINK;
            direction = c.direction();
        } else if (a instanceof NetworkAction.Hold h) {
            kind = FireCounter.Kind.HOLD;
            direction = h.direction();
        } else if (a instanceof NetworkAction.Latency l) {
            kind = FireCounter.Kind.LATENCY;
            direction = l.direction();
        } else if (a instanceof NetworkAction.Loss l) {
            kind = FireCounter.Kind.LOSS;
            direction = l.direction();
        } else if (a instanceof NetworkAction.Outage) {
            kind = FireCounter.Kind.ANY_LINK;
        } else if (a instanceof NetworkAction.AddRule r) {
            kind = FireCounter.Kind.RULE;
            name = r.name();
        } else if (a instanceof CloudAction.AppServerFailNext || a instanceof CloudAction.AppServerDelayNext) {
            kind = FireCounter.Kind.APP_SERVER_NEXT;
            name = "app-server:" + s.cloud().appId();
        } else {
            kind = FireCounter.Kind.APP_SERVER;
            name = "app-server:" + s.cloud().appId();
        }
        Set<String> directions = new LinkedHashSet<>();
        Set<String> engines = new LinkedHashSet<>();
        if (user != null && actors.get(user) != null) {
            for (String engine : actors.get(user).engineNames()) {
                engines.add(engine);
                if (direction != LinkDirection.DOWN) {
                    directions.add(engine + "/up");
                }
                if (direction != LinkDirection.UP) {
                    directions.add(engine + "/down");
                }
            }
            s.user(user).ifPresent(u -> engines.add(u.uid()));
        }
        fires.add(new FireCounter.Watch(step, kind, from, until, directions, engines, name));
    }
}
