package dev.rtsfake.scenarios.bench;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.FakeRtsCloud;
import java.time.Duration;

/**
 * A cloud with {@value #USERS} logged-in users in a ring, each sending reliable P2P messages to the
 * next: the fixture of the P2P benchmarks and of the GC probe.
 *
 * <p>A <em>burst</em> sends every message at one instant (the scheduler's best case: one due time);
 * <em>paced</em> has every user send one message each millisecond of virtual time, over links with
 * {@value #JITTER_MILLIS} ms of jitter on top of their latency, so almost no two events are due at the
 * same time and some messages overtake others on the wire (the receiver puts them back in order).
 */
final class P2pWorld implements AutoCloseable {
    static final String APP = "rtsfake-bench-app-000001";
    static final int USERS = 8;
    static final long LATENCY_NANOS = 30_000_000L;
    static final int JITTER_MILLIS = 10;
    static final long TICK_NANOS = 1_000_000L;

    final FakeRtsCloud cloud;
    private final RTS[] users = new RTS[USERS];
    private final String[] uids = new String[USERS];
    private final long[] received = new long[1];
    private final boolean paced;
    private long events;

    P2pWorld(boolean paced, boolean trace) {
        this.paced = paced;
        cloud = FakeRtsCloud.builder().app(APP, "key").rateLimits(false).latency(Duration.ofNanos(LATENCY_NANOS))
                .sysStatsInterval(Duration.ZERO).build();
        IRTSEventHandler counting = new IRTSEventHandler() {
            @Override
            public void onMessageReceived(String uid, String message) {
                received[0]++;
            }
        };
        for (int i = 0; i < USERS; i++) {
            uids[i] = "user" + i;
            users[i] = cloud.createRTS(APP, counting);
            users[i].login(cloud.tokens().issueNeverExpiring(APP, uids[i]), uids[i]);
        }
        cloud.runUntilIdle();
        if (paced) {
            for (String uid : uids) {
                cloud.network().latency(uid, Duration.ofNanos(LATENCY_NANOS), Duration.ofMillis(JITTER_MILLIS));
            }
        }
        cloud.traceEnabled(trace);
    }

    /** Sends {@code messages} (a multiple of {@value #USERS}) and drives until all arrived; returns the events run. */
    long run(int messages) {
        received[0] = 0;
        events = 0;
        if (paced) {
            for (int sent = 0; sent < messages; sent += USERS) {
                sendRound();
                events += cloud.advance(Duration.ofNanos(TICK_NANOS));
            }
        } else {
            for (int sent = 0; sent < messages; sent += USERS) {
                sendRound();
            }
        }
        events += cloud.runUntilIdle();
        if (received[0] != messages) {
            throw new IllegalStateException("only " + received[0] + " of " + messages + " messages arrived");
        }
        return events;
    }

    private void sendRound() {
        for (int i = 0; i < USERS; i++) {
            users[i].sendMessage(uids[(i + 1) % USERS], "m", MessageConfig.RELIABLE_ORDERED);
        }
    }

    /** A floor loop doing what {@link #run} does with {@code eventsPerMessage} empty events a message. */
    static FloorLoop floor(boolean paced, int eventsPerMessage) {
        return new FloorLoop(eventsPerMessage, LATENCY_NANOS, paced ? JITTER_MILLIS * 1_000_000L : 0, 42);
    }

    /** Runs {@code messages} through {@code floor} the way {@link #run} sends them; returns the events run. */
    static long runFloor(FloorLoop floor, boolean paced, int messages) {
        long events = 0;
        for (int sent = 0; sent < messages; sent += USERS) {
            for (int i = 0; i < USERS; i++) {
                floor.send();
            }
            if (paced) {
                events += floor.advance(TICK_NANOS);
            }
        }
        return events + floor.runUntilIdle();
    }

    /** How many events a message costs the fake in this pattern, measured on a small batch. */
    static int eventsPerMessage(boolean paced) {
        int messages = 2_000;
        try (P2pWorld w = new P2pWorld(paced, false)) {
            return (int) Math.round((double) w.run(messages) / messages);
        }
    }

    @Override
    public void close() {
        cloud.close();
    }
}
