package dev.rtsfake.fake.realtime;

import static dev.rtsfake.fake.realtime.RealTimeTesting.APP;
import static dev.rtsfake.fake.realtime.RealTimeTesting.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.Installation;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.internal.core.RealTimeDriver;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** close() is atomic: one call does the work, and no engine is created once it has started. */
class ConcurrentCloseTest {

    @Test
    void whileCloseRuns_enginesAreRefused_andASecondCloseWaitsForTheFirst() throws Exception {
        // built on a thread of a group of its own, so the cloud's threads (created by it, or by its
        // threads) are found in that group, never another cloud's when classes run in parallel
        ThreadGroup group = new ThreadGroup("concurrent-close-cloud");
        AtomicReference<FakeRtsCloud> built = new AtomicReference<>();
        Thread builder = new Thread(group, () -> built.set(FakeRtsCloud.builder().app(APP, "key").realTime()
                .latency(Duration.ofMillis(5)).build()), "builder");
        builder.start();
        builder.join(5_000);
        FakeRtsCloud cloud = built.get();
        assertThat(cloud).isNotNull();
        Installation installed = cloud.install();
        DestroyWhileCallbackRunsTest.BlockingHandler bobEvents = new DestroyWhileCallbackRunsTest.BlockingHandler();
        try {
            RealTimeTesting.LoginWatcher aliceEvents = new RealTimeTesting.LoginWatcher();
            FakeRTS alice = cloud.createRTS(APP, aliceEvents);
            FakeRTS bob = cloud.createRTS(APP, bobEvents);
            login(cloud, alice, aliceEvents, "alice");
            login(cloud, bob, bobEvents, "bob");
            alice.sendMessage("bob", "hold", MessageConfig.RELIABLE_ORDERED);
            assertThat(bobEvents.entered.await(5, TimeUnit.SECONDS)).isTrue();
            Thread clockThread = clockThreadOf(group);

            // the first close destroys alice, then bob, and waits for bob's running callback
            Thread first = new Thread(cloud::close, "first-close");
            first.start();
            await().atMost(Duration.ofSeconds(2)).until(bob::isDestroyed);

            assertThatThrownBy(() -> cloud.createRTS(APP, new IRTSEventHandler() { }))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
            assertThat(RTS.createRTS(null, APP, new IRTSEventHandler() { }, null)).isNull();
            assertThatThrownBy(cloud::install).isInstanceOf(IllegalStateException.class);

            // what the second close() sees when it returns: the first one's work is done by then
            AtomicBoolean callbackDoneWhenSecondReturned = new AtomicBoolean();
            AtomicBoolean clockStoppedWhenSecondReturned = new AtomicBoolean();
            Thread second = new Thread(() -> {
                cloud.close();
                callbackDoneWhenSecondReturned.set(bobEvents.firstFinished);
                clockStoppedWhenSecondReturned.set(!clockThread.isAlive());
            }, "second-close");
            second.start();
            Thread.sleep(100);
            assertThat(first.isAlive()).isTrue();
            assertThat(second.isAlive()).as("the second close waits for the first").isTrue();

            bobEvents.release.countDown();
            first.join(5_000);
            second.join(5_000);
            assertThat(first.isAlive()).isFalse();
            assertThat(second.isAlive()).isFalse();
            assertThat(callbackDoneWhenSecondReturned).isTrue();
            assertThat(clockStoppedWhenSecondReturned).isTrue();
            assertThat(cloud.engines()).isEmpty();
            assertThat(bobEvents.firstFinished).isTrue();
        } finally {
            bobEvents.release.countDown();
            installed.close();
            cloud.close();
        }
    }

    private static Thread clockThreadOf(ThreadGroup group) {
        Thread[] threads = new Thread[group.activeCount() + 16];
        int n = group.enumerate(threads, true);
        List<Thread> clocks = java.util.Arrays.stream(threads, 0, n)
                .filter(t -> t.getName().equals(RealTimeDriver.THREAD_NAME)).toList();
        assertThat(clocks).as("the cloud's clock thread").hasSize(1);
        return clocks.get(0);
    }

    @RepeatedTest(10)
    void enginesCreatedConcurrentlyWithClose_areAllDestroyedOrRefused() throws Exception {
        FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").realTime().build();
        List<RTS> made = new CopyOnWriteArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> creators = new CopyOnWriteArrayList<>();
        for (int t = 0; t < 4; t++) {
            boolean viaSdk = t % 2 == 0;
            // a thread inherits the binding when it is constructed
            Installation installation = viaSdk ? cloud.install() : null;
            Thread creator = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < 200; i++) {
                    try {
                        RTS rts = viaSdk ? RTS.createRTS(null, APP, new IRTSEventHandler() { }, null)
                                : cloud.createRTS(APP, new IRTSEventHandler() { });
                        if (rts == null) {
                            return;
                        }
                        made.add(rts);
                    } catch (IllegalStateException closed) {
                        return;
                    }
                }
            }, "creator-" + t);
            if (installation != null) {
                installation.close();
            }
            creators.add(creator);
        }
        creators.forEach(Thread::start);
        go.countDown();
        Thread.sleep(1);
        Thread[] closers = {new Thread(cloud::close, "close-1"), new Thread(cloud::close, "close-2")};
        for (Thread c : closers) {
            c.start();
        }
        for (Thread c : closers) {
            c.join(10_000);
        }
        for (Thread c : creators) {
            c.join(10_000);
        }
        assertThat(made).allSatisfy(r -> assertThat(((FakeRTS) r).isDestroyed()).isTrue());
        assertThat(cloud.engines()).isEmpty();
        assertThat(RTS.createRTS(null, APP, new IRTSEventHandler() { }, null)).isNull();
    }
}
