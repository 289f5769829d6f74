package dev.rtsfake.fake.realtime;

import static dev.rtsfake.fake.realtime.RealTimeTesting.APP;
import static dev.rtsfake.fake.realtime.RealTimeTesting.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.diag.MisuseRule;
import dev.rtsfake.fake.engine.FakeRTS;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Real-time mode: once destroy() returns, no callback of the engine runs, and its thread ends. */
class DestroyWhileCallbackRunsTest {

    /** Blocks in the first onMessageReceived until released; counts callbacks seen after destroy returned. */
    static final class BlockingHandler extends RealTimeTesting.LoginWatcher {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<String> messages = new CopyOnWriteArrayList<>();
        final AtomicInteger afterDestroy = new AtomicInteger();
        volatile boolean destroyReturned;
        volatile boolean firstFinished;

        @Override
        public void onMessageReceived(String uid, String message) {
            if (destroyReturned) {
                afterDestroy.incrementAndGet();
            }
            messages.add(message);
            if (entered.getCount() > 0) {
                entered.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                firstFinished = true;
            }
            if (destroyReturned) {
                afterDestroy.incrementAndGet();
            }
        }
    }

    @RepeatedTest(5)
    void destroy_waitsForTheRunningCallback_andNothingRunsAfterItReturns() throws Exception {
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").realTime()
                .latency(Duration.ofMillis(5)).build()) {
            RealTimeTesting.LoginWatcher aliceEvents = new RealTimeTesting.LoginWatcher();
            BlockingHandler bobEvents = new BlockingHandler();
            FakeRTS alice = cloud.createRTS(APP, aliceEvents);
            FakeRTS bob = cloud.createRTS(APP, bobEvents);
            login(cloud, alice, aliceEvents, "alice");
            login(cloud, bob, bobEvents, "bob");

            alice.sendMessage("bob", "m1", MessageConfig.RELIABLE_ORDERED);
            alice.sendMessage("bob", "m2", MessageConfig.RELIABLE_ORDERED);
            assertThat(bobEvents.entered.await(5, TimeUnit.SECONDS)).isTrue();   // bob's thread is inside m1

            Thread releaser = new Thread(() -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    return;
                }
                bobEvents.release.countDown();
            }, "releaser");
            releaser.start();
            long start = System.nanoTime();
            bob.destroy();
            long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            bobEvents.destroyReturned = true;

            assertThat(bobEvents.firstFinished).as("the running callback finished before destroy returned").isTrue();
            assertThat(tookMillis).isGreaterThanOrEqualTo(200).isLessThan(2_000);
            Thread.sleep(200);   // m2 (queued or still in flight) must never arrive
            assertThat(bobEvents.messages).containsExactly("m1");
            assertThat(bobEvents.afterDestroy).hasValue(0);
            assertThat(bobEvents.threads()).containsOnly("rts-callback-rts-2");
            await().atMost(Duration.ofSeconds(2)).until(bobEvents::callbackThreadsEnded);
            releaser.join();
        }
    }

    @Test
    void destroy_whenTheCallbackNeverEnds_returnsAfterTheBound() throws Exception {
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").realTime()
                .latency(Duration.ofMillis(5)).build()) {
            RealTimeTesting.LoginWatcher aliceEvents = new RealTimeTesting.LoginWatcher();
            BlockingHandler bobEvents = new BlockingHandler();
            FakeRTS alice = cloud.createRTS(APP, aliceEvents);
            FakeRTS bob = cloud.createRTS(APP, bobEvents);
            login(cloud, alice, aliceEvents, "alice");
            login(cloud, bob, bobEvents, "bob");
            alice.sendMessage("bob", "m1", MessageConfig.RELIABLE_ORDERED);
            assertThat(bobEvents.entered.await(5, TimeUnit.SECONDS)).isTrue();

            long start = System.nanoTime();
            bob.destroy();   // the handler waits up to 5 s: destroy gives up after about 2 s
            long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(tookMillis).isBetween(1_500L, 4_000L);
            bobEvents.release.countDown();
        }
    }

    @Test
    void destroy_fromTheEnginesOwnCallback_doesNotWaitForItself() {
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").realTime()
                .latency(Duration.ofMillis(5)).build()) {
            FakeRTS[] self = new FakeRTS[1];
            List<Long> destroyMillis = new CopyOnWriteArrayList<>();
            RealTimeTesting.LoginWatcher events = new RealTimeTesting.LoginWatcher() {
                @Override
                public void onLoginResult(String uid, int errorCode, int elapsed) {
                    super.onLoginResult(uid, errorCode, elapsed);
                    long start = System.nanoTime();
                    self[0].destroy();
                    destroyMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                }
            };
            self[0] = cloud.createRTS(APP, events);
            login(cloud, self[0], events, "alice");

            await().atMost(Duration.ofSeconds(2)).until(() -> !destroyMillis.isEmpty());
            assertThat(destroyMillis.get(0)).isLessThan(1_000);
            assertThat(self[0].isDestroyed()).isTrue();
            assertThat(cloud.misuses()).extracting(m -> m.rule()).containsExactly(MisuseRule.DESTROY_IN_CALLBACK);
            assertThat(events.threads()).containsOnly("rts-callback-rts-1");
            await().atMost(Duration.ofSeconds(2)).until(events::callbackThreadsEnded);
        }
    }

    @Test
    void callbackThreads_areNamedAfterTheEngine_andEndWhenItIsDestroyed() {
        List<RealTimeTesting.LoginWatcher> watchers = new ArrayList<>();
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").realTime()
                .latency(Duration.ofMillis(1)).build()) {
            for (int i = 1; i <= 20; i++) {
                RealTimeTesting.LoginWatcher events = new RealTimeTesting.LoginWatcher();
                FakeRTS engine = cloud.createRTS(APP, events);
                login(cloud, engine, events, "user" + i);
                assertThat(events.threads()).containsOnly("rts-callback-rts-" + i);
                watchers.add(events);
                engine.destroy();
            }
            // this cloud's own callback threads, by identity (other clouds' threads may share the names)
            assertThat(watchers.stream().flatMap(w -> w.threadObjects().stream()).distinct()).hasSize(20);
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(watchers).allMatch(RealTimeTesting.LoginWatcher::callbackThreadsEnded));
            assertThat(cloud.engines()).isEmpty();
        }
    }
}
