package dev.rtsfake.fake.engine;

import dev.rtsfake.fake.internal.core.Simulation;
import dev.rtsfake.fake.internal.time.ScheduledEvent;
import dev.rtsfake.fake.trace.TraceKind;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the cloud sent an engine, or one of its rooms, that may not reach the app yet. The engine's
 * gate is shut from RECONNECTING(4) until RECONNECTED(5), or until the session ends some other way;
 * a room's from the drop until its automatic rejoin reports state 0, or until the room stops
 * rejoining. Meanwhile every arrival waits here, in order, and is handed on when the gate opens; the
 * code it is handed to decides then, from the state, whether the app still hears of it.
 *
 * <p>Nothing waits without end. An arrival waits at most until its deadline, when its give-up runs
 * (a send result becomes TIMEOUT, as when it never came) or, with none, it is dropped; at most
 * {@link #CAP} wait at once, and one more gives up at once. Runs under the simulation lock.
 */
final class ArrivalGate {
    /** How many arrivals one gate keeps at most. */
    static final int CAP = 4096;

    private final Simulation sim;
    private final Supplier<String> actor;
    private final String place;
    /** Insertion-ordered, so handing on keeps the arrival order; removal at expiry is cheap. */
    private final Set<Waiting> waiting = new LinkedHashSet<>();
    private boolean shut;

    /**
     * A gate of {@code actor} (the engine's trace name); {@code place} names it in the trace
     * ("engine", or the room id).
     */
    ArrivalGate(Simulation sim, Supplier<String> actor, String place) {
        this.sim = sim;
        this.actor = actor;
        this.place = place;
    }

    boolean isShut() {
        return shut;
    }

    /** From now on arrivals wait. */
    void shut() {
        shut = true;
    }

    /**
     * Hands {@code arrival} on now if the gate is open; otherwise it waits until the gate opens, at
     * most until {@code deadline}, when {@code giveUp} runs instead (null: it is dropped). A
     * {@code giveUp} makes the wait count as work still due; without one it is background.
     */
    void admit(String what, long deadline, Runnable arrival, Runnable giveUp) {
        if (!shut) {
            arrival.run();
            return;
        }
        if (deadline <= sim.now() || waiting.size() >= CAP) {
            sim.trace().record(TraceKind.STATE, actor.get(), "gave-up-waiting", null, place, what,
                    deadline <= sim.now() ? "deadline" : "full");
            if (giveUp != null) {
                giveUp.run();
            }
            return;
        }
        Waiting w = new Waiting(what, arrival, giveUp);
        w.expiry = sim.scheduler().scheduleAt(deadline, giveUp == null, () -> expire(w));
        waiting.add(w);
        sim.trace().record(TraceKind.STATE, actor.get(), "held", null, place, what);
    }

    private void expire(Waiting w) {
        if (!waiting.remove(w)) {
            return;
        }
        sim.trace().record(TraceKind.STATE, actor.get(), "gave-up-waiting", null, place, w.what, "deadline");
        if (w.giveUp != null) {
            w.giveUp.run();
        }
    }

    /**
     * Opens the gate and hands on what waited, oldest first. Should handing one on shut the gate
     * again, the rest keep waiting, still ahead of anything newer.
     */
    void open() {
        shut = false;
        if (waiting.isEmpty()) {
            return;
        }
        sim.trace().record(TraceKind.STATE, actor.get(), "release-held", null, place, waiting.size());
        Iterator<Waiting> it = waiting.iterator();
        while (!shut && it.hasNext()) {
            Waiting w = it.next();
            it.remove();
            sim.scheduler().cancel(w.expiry);
            w.arrival.run();
            it = waiting.iterator();
        }
    }

    /** Drops everything and opens (the engine or room was destroyed: nothing reaches the app again). */
    void discard() {
        for (Waiting w : waiting) {
            sim.scheduler().cancel(w.expiry);
        }
        waiting.clear();
        shut = false;
    }

    private static final class Waiting {
        final String what;
        final Runnable arrival;
        final Runnable giveUp;
        ScheduledEvent expiry;

        Waiting(String what, Runnable arrival, Runnable giveUp) {
            this.what = what;
            this.arrival = arrival;
            this.giveUp = giveUp;
        }
    }
}
