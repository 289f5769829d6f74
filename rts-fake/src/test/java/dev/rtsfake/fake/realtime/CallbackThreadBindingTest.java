package dev.rtsfake.fake.realtime;

import static dev.rtsfake.fake.realtime.RealTimeTesting.APP;
import static dev.rtsfake.fake.realtime.RealTimeTesting.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.Installation;
import dev.rtsfake.fake.diag.MisuseRule;
import dev.rtsfake.fake.engine.FakeRTS;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Real-time mode: the SDK's static methods work inside callbacks, against the callback's own cloud. */
class CallbackThreadBindingTest {

    @Test
    void createRTS_inACallback_returnsAnEngineOfTheCallbacksCloud_evenWithoutInstall() {
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").realTime()
                .latency(Duration.ofMillis(5)).build()) {
            List<Object> created = new CopyOnWriteArrayList<>();
            RealTimeTesting.LoginWatcher events = new RealTimeTesting.LoginWatcher() {
                @Override
                public void onLoginResult(String uid, int errorCode, int elapsed) {
                    created.add(String.valueOf(RTS.createRTS(null, APP, new IRTSEventHandler() { }, null)));
                    super.onLoginResult(uid, errorCode, elapsed);
                }
            };
            FakeRTS alice = cloud.createRTS(APP, events);
            login(cloud, alice, events, "alice");

            assertThat(created).hasSize(1);
            assertThat(cloud.engines()).hasSize(2);
            assertThat(created.get(0)).isEqualTo(cloud.engines().get(1).toString());
            cloud.assertClean();
        }
    }

    @Test
    void destroyRTS_inACallback_destroysTheEnginesMadeByCreateRTS_andIsReportedOnce() {
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").realTime()
                .latency(Duration.ofMillis(5)).build()) {
            RealTimeTesting.LoginWatcher bobEvents = new RealTimeTesting.LoginWatcher();
            FakeRTS bob = cloud.createRTS(APP, bobEvents);
            login(cloud, bob, bobEvents, "bob");
            RealTimeTesting.LoginWatcher aliceEvents = new RealTimeTesting.LoginWatcher() {
                @Override
                public void onLoginResult(String uid, int errorCode, int elapsed) {
                    RTS.destroyRTS();
                    super.onLoginResult(uid, errorCode, elapsed);
                }
            };
            FakeRTS alice;
            FakeRTS carol;
            try (Installation ignored = cloud.install()) {
                alice = (FakeRTS) RTS.createRTS(null, APP, aliceEvents, null);
                carol = (FakeRTS) RTS.createRTS(null, APP, new IRTSEventHandler() { }, null);
            }
            login(cloud, alice, aliceEvents, "alice");

            await().atMost(Duration.ofSeconds(2)).until(() -> cloud.engines().size() == 1);
            assertThat(alice.isDestroyed()).isTrue();
            assertThat(carol.isDestroyed()).isTrue();
            assertThat(bob.isDestroyed()).as("made by the harness: another device").isFalse();
            assertThat(cloud.engines()).containsExactly(bob);
            assertThat(cloud.misuses()).extracting(m -> m.rule()).containsExactly(MisuseRule.DESTROY_IN_CALLBACK);
        }
    }

    @Test
    void callbackThreads_seeTheirOwnCloud_evenWhenAnotherCloudWasInstalledWhereTheyWereBuilt() {
        try (FakeRtsCloud other = FakeRtsCloud.builder().app(APP, "key").build();
                Installation ignored = other.install();
                FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").realTime()
                        .latency(Duration.ofMillis(5)).build()) {
            RealTimeTesting.LoginWatcher events = new RealTimeTesting.LoginWatcher() {
                @Override
                public void onLoginResult(String uid, int errorCode, int elapsed) {
                    RTS.createRTS(null, APP, new IRTSEventHandler() { }, null);
                    super.onLoginResult(uid, errorCode, elapsed);
                }
            };
            FakeRTS alice = cloud.createRTS(APP, events);
            login(cloud, alice, events, "alice");

            assertThat(cloud.engines()).hasSize(2);
            assertThat(other.engines()).isEmpty();
            // the callback thread's binding did not leak onto this thread: it still has the installed cloud
            RTS mine = RTS.createRTS(null, APP, new IRTSEventHandler() { }, null);
            assertThat(mine).isNotNull();
            assertThat(other.engines()).containsExactly((FakeRTS) mine);
            assertThat(cloud.engines()).hasSize(2);
        }
    }

    @Test
    void aPoolThreadStartedInsideAnInstallation_doesNotKeepTheClosedCloudAlive() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            WeakReference<FakeRtsCloud> ref = startPoolInside(pool);
            // the pool thread inherited the binding; after close it sees no cloud...
            assertThat(pool.submit(() -> RTS.createRTS(null, APP, new IRTSEventHandler() { }, null)).get()).isNull();
            // ...and does not keep the closed cloud reachable
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
                System.gc();
                return ref.get() == null;
            });
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.SECONDS);
        }
    }

    private static WeakReference<FakeRtsCloud> startPoolInside(ExecutorService pool) throws Exception {
        FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").build();
        try (Installation ignored = cloud.install()) {
            assertThat(pool.submit(() -> RTS.createRTS(null, APP, new IRTSEventHandler() { }, null)).get()).isNotNull();
        }
        cloud.close();
        return new WeakReference<>(cloud);
    }
}
