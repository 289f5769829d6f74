package dev.rtsfake.scenarios.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The longest GC pause while {@value #MESSAGES} P2P messages are in flight at once (a burst, trace on,
 * {@link P2pWorld}), in a JVM of its own with the default heap and collector ({@link BenchSuite} forks
 * it). Pauses come from the collectors' own notifications (the stop-the-world duration of each
 * young or full collection; concurrent cycles are not pauses and are left out). The burst runs
 * {@value #ROUNDS} times in a fresh cloud each; the first is the JVM's cold one and counts too.
 *
 * <p>Prints one line: {@code gc-pause max-ms=… collections=… rounds=… max-heap-mib=…}.
 */
final class GcPauseProbe {
    static final int MESSAGES = 200_000;
    static final int ROUNDS = 3;

    private GcPauseProbe() {
    }

    public static void main(String[] args) {
        AtomicLong longest = new AtomicLong();
        AtomicLong collections = new AtomicLong();
        AtomicReference<String> longestName = new AtomicReference<>("none");
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                if (info.getGcName().contains("Concurrent") || info.getGcName().contains("Cycles")) {
                    return;
                }
                collections.incrementAndGet();
                long ms = info.getGcInfo().getDuration();
                if (ms > longest.get()) {
                    longest.set(ms);
                    longestName.set(info.getGcName() + " (" + info.getGcCause() + ")");
                }
            }, null, null);
        }
        for (int round = 0; round < ROUNDS; round++) {
            try (P2pWorld world = new P2pWorld(false, true)) {
                world.run(MESSAGES);
            }
        }
        try {
            Thread.sleep(200); // the notifications come on a thread of their own
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.println("gc-pause max-ms=" + longest.get() + " collections=" + collections.get() + " rounds=" + ROUNDS
                + " max-heap-mib=" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " longest=" + longestName.get());
    }
}
