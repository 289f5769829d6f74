package dev.rtsfake.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.engine.FakeRTS;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, item 6: one thread drives a cloud's clock at a time. A second thread that tries while
 * one drives fails loudly, naming both threads, and no callback is ever delivered twice; a drive
 * nested in a callback of the driving thread keeps working.
 */
class ConcurrentDrivingTest {
    private static final String APP = "rtsfake-demo-app-0000001";

    private final FakeRtsCloud cloud = FakeRtsCloud.builder().seed(6).app(APP, "key").rateLimits(false).build();

    @AfterEach
    void close() {
        cloud.close();
    }

    private FakeRTS loggedIn(String uid, IRTSEventHandler handler) {
        FakeRTS rts = cloud.createRTS(APP, handler);
        assertThat(rts.login(cloud.tokens().issue(APP, uid, Duration.ofHours(1)), uid)).isZero();
        cloud.runUntilIdle();
        return rts;
    }

    /** Starts a thread named {@code name} that sends one message and drives until idle. */
    private Thread driverThread(String name, FakeRTS alice, List<Throwable> failures) {
        Thread t = new Thread(() -> {
            try {
                alice.sendMessage("bob", "hi", MessageConfig.RELIABLE_ORDERED);
                cloud.runUntilIdle();
            } catch (Throwable e) {
                failures.add(e);
            }
        }, name);
        t.start();
        return t;
    }

    @Test
    void drive_fromASecondThreadWhileOneDrives_throwsIllegalStateNamingBothThreads() throws Exception {
        CountDownLatch inCallback = new CountDownLatch(1);
        CountDownLatch tried = new CountDownLatch(1);
        FakeRTS alice = loggedIn("alice", new IRTSEventHandler() {
            @Override
            public void onMessageSendResult(long msgid, int error) {
                inCallback.countDown();
                try {
                    tried.await(10, TimeUnit.SECONDS); // the driving thread stays inside its drive meanwhile
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        loggedIn("bob", new IRTSEventHandler() { });
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Thread first = driverThread("first-driver", alice, failures);
        assertThat(inCallback.await(10, TimeUnit.SECONDS)).as("the first thread reached the callback").isTrue();
        String me = Thread.currentThread().getName();
        try {
            List<Consumer<FakeRtsCloud>> drives = List.of(
                    c -> c.advance(Duration.ofMillis(1)),
                    FakeRtsCloud::runUntilIdle,
                    c -> c.runUntil(() -> false, Duration.ofSeconds(1)));
            for (Consumer<FakeRtsCloud> drive : drives) {
                assertThatThrownBy(() -> drive.accept(cloud))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("'first-driver'")
                        .hasMessageContaining("'" + me + "'")
                        .hasMessageContaining("one thread at a time");
            }
        } finally {
            tried.countDown();
        }
        first.join(10_000);
        assertThat(first.isAlive()).isFalse();
        assertThat(failures).isEmpty();
        // Once the first thread's drive has returned, another thread may drive.
        cloud.advance(Duration.ofSeconds(1));
    }

    @Test
    void twoThreadsDrivingAtOnce_neverGetACallbackTwice() throws Exception {
        Map<Long, AtomicInteger> results = new ConcurrentHashMap<>();
        FakeRTS alice = loggedIn("alice", new IRTSEventHandler() {
            @Override
            public void onMessageSendResult(long msgid, int error) {
                results.computeIfAbsent(msgid, id -> new AtomicInteger()).incrementAndGet();
            }
        });
        loggedIn("bob", new IRTSEventHandler() { });
        AtomicInteger refused = new AtomicInteger();
        AtomicReference<Throwable> unexpected = new AtomicReference<>();
        AtomicInteger sent = new AtomicInteger();
        Runnable sendAndDrive = () -> {
            for (int i = 0; i < 10_000; i++) {
                if (alice.sendMessage("bob", "m", MessageConfig.RELIABLE_ORDERED) > 0) {
                    sent.incrementAndGet();
                }
                try {
                    cloud.advance(Duration.ofMillis(1));
                } catch (IllegalStateException e) {
                    refused.incrementAndGet();
                } catch (Throwable e) {
                    unexpected.compareAndSet(null, e);
                }
            }
        };
        Thread a = new Thread(sendAndDrive, "driver-a");
        Thread b = new Thread(sendAndDrive, "driver-b");
        a.start();
        b.start();
        a.join(60_000);
        b.join(60_000);
        cloud.runUntilIdle();

        assertThat(unexpected.get()).isNull();
        assertThat(results).hasSize(sent.get());
        assertThat(results.entrySet()).allSatisfy(e -> assertThat(e.getValue().get())
                .as("results of message %d", e.getKey()).isEqualTo(1));
    }

    @Test
    void drive_nestedInACallbackOfTheDrivingThread_keepsWorking() {
        AtomicInteger nestedRan = new AtomicInteger(-1);
        FakeRTS[] bob = new FakeRTS[1];
        FakeRTS alice = loggedIn("alice", new IRTSEventHandler() {
            @Override
            public void onMessageSendResult(long msgid, int error) {
                bob[0].sendMessage("alice", "reply", MessageConfig.RELIABLE_ORDERED);
                nestedRan.set(cloud.advance(Duration.ofSeconds(1)));
            }
        });
        bob[0] = loggedIn("bob", new IRTSEventHandler() { });

        alice.sendMessage("bob", "hi", MessageConfig.RELIABLE_ORDERED);
        cloud.runUntilIdle();

        assertThat(nestedRan.get()).as("events the nested advance ran").isPositive();
        assertThat(cloud.trace().callbacks("alice")).extracting(e -> e.name()).contains("onMessageReceived");
    }
}
