package dev.rtsfake.conformance;

import com.ss.bytertc.rts.engine.RTS;
import dev.rtsfake.conformance.probe.EngineProbe;
import dev.rtsfake.conformance.probe.EventLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.json.JSONObject;
import org.opentest4j.AssertionFailedError;

/**
 * What one check works with: the target, the clients (engines with their probes) it made, and waits
 * that fail with every client's callbacks in the message. The suite makes one per check and closes it
 * after, destroying every engine it made.
 */
public final class Kit implements AutoCloseable {
    /** How long an answer that needs the cloud may take (target time): past the SDK's 10 s message timeout. */
    public static final Duration ANSWER = Duration.ofSeconds(15);
    /** How long a check waits to be sure nothing more arrives (target time). */
    public static final Duration QUIET = Duration.ofSeconds(1);
    /**
     * How long two calls made one right after the other may take (target time) for a check that needs
     * the second to run before the first one's answer comes back (a round trip is tens of milliseconds):
     * such a check runs its calls {@link #within} this, and skips when the target was slower.
     */
    public static final Duration QUICK = Duration.ofMillis(20);

    private final ConformanceTarget target;
    private final List<Client> clients = new ArrayList<>();
    private final List<EventLog> extraLogs = new ArrayList<>();

    /** A kit over {@code target}. */
    public Kit(ConformanceTarget target) {
        if (target == null) {
            throw new IllegalArgumentException("newTarget() returned null; return a fresh ConformanceTarget");
        }
        this.target = target;
    }

    /** The target under check. */
    public ConformanceTarget target() {
        return target;
    }

    /** An engine on this device for {@code role}, not logged in. */
    public Client client(String role) {
        return add(role, false, null);
    }

    /** An engine on the second device for {@code role}, not logged in (skips the check without one). */
    public Client peer(String role) {
        return add(role, true, null);
    }

    /** An engine on this device, created with {@code parameters}. */
    public Client client(String role, JSONObject parameters) {
        return add(role, false, parameters);
    }

    /** An engine on this device for {@code role}, logged in. */
    public Client loggedIn(String role) {
        return client(role).loginAndAwait();
    }

    /** An engine on the second device for {@code role}, logged in. */
    public Client loggedInPeer(String role) {
        return peer(role).loginAndAwait();
    }

    private Client add(String role, boolean onPeer, JSONObject parameters) {
        ConformanceTarget.Device device = onPeer ? target.secondDevice() : null;
        EngineProbe probe = new EngineProbe(role);
        String uid = target.uid(role);
        RTS rts = onPeer ? device.createRTS(target.appId(), probe, parameters)
                : target.createRTS(target.appId(), probe, parameters);
        if (rts == null) {
            throw new AssertionFailedError("createRTS returned null for a valid AppId (" + target.appId() + ")");
        }
        Client c = new Client(this, role, uid, rts, probe, device);
        synchronized (clients) {
            clients.add(c);
        }
        return c;
    }

    /** Remembers a handler's log that is not a client's, to show it when a check fails. */
    public void show(EventLog log) {
        synchronized (clients) {
            extraLogs.add(log);
        }
    }

    /** Waits up to {@link #ANSWER} for {@code condition}; fails with {@code what} and every log otherwise. */
    public void expect(String what, BooleanSupplier condition) {
        expect(what, condition, ANSWER);
    }

    /** Waits up to {@code max} for {@code condition}; fails with {@code what} and every log otherwise. */
    public void expect(String what, BooleanSupplier condition, Duration max) {
        if (!target.await(condition, max)) {
            throw new AssertionFailedError("Expecting " + what + " within " + max + " of the target's time, but it"
                    + " did not happen.\n" + logs());
        }
    }

    /** Lets {@link #QUIET} pass, for whatever more might arrive. */
    public void settle() {
        target.pass(QUIET);
    }

    /** Lets {@code d} of the target's time pass; a stretch over 3 s needs clock control. */
    public void pass(Duration d) {
        if (d.compareTo(Duration.ofSeconds(3)) > 0) {
            target.clock().advance(d);
        } else {
            target.pass(d);
        }
    }

    /**
     * Runs {@code burst} and skips the check, with the reason, if it took longer than {@code limit} of
     * the target's time: a check about a per-second limit means nothing when the target was too slow to
     * make its calls within the second (a loaded machine, a simulator sped up against the wall clock).
     */
    public void within(Duration limit, String what, Runnable burst) {
        long start = target.timeNanos();
        burst.run();
        long took = target.timeNanos() - start;
        if (took > limit.toNanos()) {
            throw new org.opentest4j.TestAbortedException("skipped: " + what + " took " + took / 1_000_000
                    + " ms of the target's time, more than the " + limit.toMillis() + " ms the check needs");
        }
    }

    /** Skips the check unless the target can let long stretches of time pass quickly. */
    public ConformanceTarget.ClockControl needClock() {
        return target.clock();
    }

    /** Fails the check with {@code message} and every log. */
    public AssertionFailedError failure(String message) {
        return new AssertionFailedError(message + "\n" + logs());
    }

    /** Asserts {@code condition}, failing with {@code message} and every log. */
    public void check(boolean condition, String message) {
        if (!condition) {
            throw failure(message);
        }
    }

    /** Asserts two values are equal, with the house grammar and every log. */
    public void checkEquals(Object expected, Object actual, String what) {
        if (expected == null ? actual != null : !expected.equals(actual)) {
            throw new AssertionFailedError("Expecting " + what + " to be " + expected + " but was " + actual + "\n"
                    + logs(), expected, actual);
        }
    }

    /** Every client's log, for failure messages. */
    public String logs() {
        StringBuilder b = new StringBuilder();
        synchronized (clients) {
            for (Client c : clients) {
                b.append(c.log()).append('\n');
                for (Room r : c.rooms()) {
                    b.append(r.log()).append('\n');
                }
            }
            for (EventLog l : extraLogs) {
                b.append(l).append('\n');
            }
        }
        return b.toString();
    }

    /** Destroys every engine the check made (each once), then closes the target. */
    @Override
    public void close() {
        List<Client> all;
        synchronized (clients) {
            all = new ArrayList<>(clients);
        }
        RuntimeException first = null;
        for (Client c : all) {
            try {
                c.destroy();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        target.close();
        if (first != null) {
            throw first;
        }
    }
}
