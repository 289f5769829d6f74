package dev.rtsfake.scenarios.run;

import dev.rtsfake.fake.trace.TraceEvent;
import dev.rtsfake.fake.trace.TraceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Listens to the trace as it is recorded and counts what each fault did while it was in force:
 * packets a cut link or an outage stopped and drops the clients noticed, packets lost to a loss
 * model, packets held, packets carried with changed latency, sends a rule acted on, requests the
 * app server failed or delayed. It also counts the steps, so the timeline can place each scenario
 * step among them.
 */
final class FireCounter implements Consumer<TraceEvent> {

    /** What a watch looks for. */
    enum Kind { LINK, ANY_LINK, HOLD, LATENCY, LOSS, RULE, APP_SERVER, APP_SERVER_NEXT }

    /** One fault's watch: events of its kind on its clients' links, from its start until it is undone. */
    static final class Watch {
        final int step;
        final Kind kind;
        final long fromNanos;
        final long untilNanos;
        final Set<String> directions;
        final Set<String> engines;
        final String name;
        long count;

        Watch(int step, Kind kind, long fromNanos, long untilNanos, Set<String> directions, Set<String> engines, String name) {
            this.step = step;
            this.kind = kind;
            this.fromNanos = fromNanos;
            this.untilNanos = untilNanos;
            this.directions = directions;
            this.engines = engines;
            this.name = name;
        }
    }

    private final List<Watch> watches = new ArrayList<>();
    private long recorded;

    synchronized void add(Watch w) {
        watches.add(w);
    }

    /** How many trace steps were recorded so far (the sequence number of the next one). */
    synchronized long recorded() {
        return recorded;
    }

    synchronized long count(int step) {
        long n = 0;
        for (Watch w : watches) {
            if (w.step == step) {
                n += w.count;
            }
        }
        return n;
    }

    @Override
    public synchronized void accept(TraceEvent e) {
        recorded = e.seq() + 1;
        for (int i = 0; i < watches.size(); i++) {
            Watch w = watches.get(i);
            if (e.timeNanos() >= w.fromNanos && e.timeNanos() < w.untilNanos && matches(w, e)) {
                if (w.kind == Kind.APP_SERVER_NEXT && w.count > 0) {
                    continue;
                }
                w.count++;
            }
        }
    }

    private static boolean matches(Watch w, TraceEvent e) {
        String name = e.name();
        return switch (w.kind) {
            case LINK -> e.kind() == TraceKind.NET && w.directions.contains(e.actor()) && stoppedByLink(e)
                    || e.kind() == TraceKind.STATE && name.equals("drop-detected") && w.engines.contains(e.actor());
            case ANY_LINK -> e.kind() == TraceKind.NET && stoppedByLink(e)
                    || e.kind() == TraceKind.STATE && name.equals("drop-detected");
            case HOLD -> e.kind() == TraceKind.NET && name.equals("held") && w.directions.contains(e.actor());
            case LATENCY -> e.kind() == TraceKind.NET && name.equals("deliver") && w.directions.contains(e.actor());
            case LOSS -> e.kind() == TraceKind.NET && (name.equals("lost") || name.equals("dropped"))
                    && w.directions.contains(e.actor()) && "lost".equals(arg(e, 1));
            case RULE -> e.kind() == TraceKind.NET && name.equals("rule") && w.name.equals(arg(e, 1));
            case APP_SERVER, APP_SERVER_NEXT -> e.kind() == TraceKind.CLOUD && name.equals("app-server-received")
                    && e.actor().equals(w.name);
        };
    }

    private static boolean stoppedByLink(TraceEvent e) {
        String name = e.name();
        if (!name.equals("lost") && !name.equals("dropped") && !name.equals("gave-up")) {
            return false;
        }
        String why = arg(e, 1);
        return why != null && why.startsWith("link");
    }

    private static String arg(TraceEvent e, int i) {
        return e.args().size() > i ? String.valueOf(e.args().get(i)) : null;
    }
}
