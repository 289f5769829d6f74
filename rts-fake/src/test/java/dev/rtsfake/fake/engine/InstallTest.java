package dev.rtsfake.fake.engine;

import static dev.rtsfake.fake.testing.RtsFixture.APP_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.type.LocalLogLevel;
import com.ss.bytertc.rts.engine.type.RTCLogConfig;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.Installation;
import dev.rtsfake.fake.diag.Misuse;
import dev.rtsfake.fake.diag.MisuseRule;
import dev.rtsfake.fake.testing.RecordingHandler;
import dev.rtsfake.fake.testing.RtsFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SDK's static methods (createRTS, destroyRTS, setLogConfig, getSdkVersion) inside cloud.install(). */
class InstallTest {
    private final RtsFixture f = RtsFixture.create(RtsFixture.builder().sdkVersion("9.9.9-test"));
    private Installation installation;

    @TempDir
    Path logDir;

    @BeforeEach
    void install() {
        installation = f.cloud.install();
    }

    @AfterEach
    void uninstall() {
        installation.close();
        f.cloud.close();
    }

    @Test
    void createRTS_installed_makesAnEngineOfThatCloud() {
        RecordingHandler h = new RecordingHandler();

        RTS rts = RTS.createRTS(null, APP_ID, h, new JSONObject().put("rtc.device_id", "dev-1"));

        assertThat(rts).isInstanceOf(FakeRTS.class);
        assertThat(f.cloud.engines()).containsExactly((FakeRTS) rts);
        assertThat(((FakeRTS) rts).parameters().getString("rtc.device_id")).isEqualTo("dev-1");
        rts.login(f.token("alice"), "alice");
        f.cloud.runUntilIdle();
        assertThat(h.events()).containsExactly("onConnectionStateChanged(2,-1)", "onConnectionStateChanged(3,-1)",
                "onLoginResult(alice,0,60)");
    }

    @Test
    void createRTS_twice_makesTwoIndependentEngines() {
        RTS first = RTS.createRTS(null, APP_ID, new RecordingHandler(), null);
        RTS second = RTS.createRTS(null, APP_ID, new RecordingHandler(), null);

        assertThat(first).isNotNull().isNotSameAs(second);
        assertThat(f.cloud.engines()).hasSize(2);
    }

    @Test
    void createRTS_unknownEmptyOrNullAppId_returnsNull() {
        assertThat(RTS.createRTS(null, "unknown-app-id-000000001", new RecordingHandler(), null)).isNull();
        assertThat(RTS.createRTS(null, "", new RecordingHandler(), null)).isNull();
        assertThat(RTS.createRTS(null, null, new RecordingHandler(), null)).isNull();
        assertThat(f.cloud.engines()).isEmpty();
    }

    @Test
    void createRTS_isThreadBound_otherThreadsStartedBeforeInstallDoNotSeeTheCloud() throws Exception {
        installation.close();
        AtomicReference<RTS> fromOtherThread = new AtomicReference<>();
        Thread t = new Thread(() -> fromOtherThread.set(RTS.createRTS(null, APP_ID, new RecordingHandler(), null)));
        t.start();
        t.join();

        assertThat(fromOtherThread.get()).isNull();
        assertThat(RTS.createRTS(null, APP_ID, new RecordingHandler(), null)).as("after close").isNull();
        installation = f.cloud.install();
        assertThat(RTS.createRTS(null, APP_ID, new RecordingHandler(), null)).isNotNull();
    }

    @Test
    void createRTS_threadConstructedBeforeInstall_startedWhileInstalled_doesNotInherit() throws Exception {
        installation.close();
        AtomicReference<Object> fromOtherThread = new AtomicReference<>("not run");
        Thread t = new Thread(() -> fromOtherThread.set(RTS.createRTS(null, APP_ID, new RecordingHandler(), null)));
        installation = f.cloud.install();
        t.start();
        t.join(10_000);

        assertThat(t.isAlive()).isFalse();
        assertThat(fromOtherThread.get()).as("made before install(): inherits nothing").isNull();
        RTS mine = RTS.createRTS(null, APP_ID, new RecordingHandler(), null);
        assertThat(mine).isNotNull();
        assertThat(f.cloud.engines()).containsExactly((FakeRTS) mine);
    }

    @Test
    void install_twoThreadsTwoCloudsAtOnce_eachCreatesEnginesOnlyInItsOwnCloud() throws Exception {
        installation.close(); // the threads would otherwise inherit this cloud
        FakeRtsCloud second = RtsFixture.builder().build();
        try {
            FakeRtsCloud[] clouds = {f.cloud, second};
            CyclicBarrier installed = new CyclicBarrier(2);
            CyclicBarrier created = new CyclicBarrier(2);
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            List<List<RTS>> made = List.of(new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>());
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int k = i;
                threads.add(new Thread(() -> {
                    try (Installation ignored = clouds[k].install()) {
                        installed.await(10, TimeUnit.SECONDS); // both installations open at once
                        for (int j = 0; j < 3; j++) {
                            made.get(k).add(RTS.createRTS(null, APP_ID, new RecordingHandler(), null));
                        }
                        created.await(10, TimeUnit.SECONDS); // both still open while the other creates
                        made.get(k).add(RTS.createRTS(null, APP_ID, new RecordingHandler(), null));
                    } catch (Throwable e) {
                        failures.add(e);
                        installed.reset();
                        created.reset();
                    }
                }, "install-" + k));
            }
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join(10_000);
                assertThat(t.isAlive()).as(t.getName() + " finished").isFalse();
            }

            assertThat(failures).isEmpty();
            for (int k = 0; k < 2; k++) {
                assertThat(made.get(k)).hasSize(4).doesNotContainNull();
                assertThat(clouds[k].engines()).as("cloud " + k).containsExactlyElementsOf(
                        made.get(k).stream().map(FakeRTS.class::cast).toList());
            }
            assertThat(RTS.createRTS(null, APP_ID, new RecordingHandler(), null)).as("test thread: none installed")
                    .isNull();
        } finally {
            second.close();
        }
    }

    @Test
    void destroyRTS_destroysTheEnginesMadeByCreateRTS_notThoseOfTheHarness() {
        RTS a = RTS.createRTS(null, APP_ID, new RecordingHandler(), null);
        RTS c = RTS.createRTS(null, APP_ID, new RecordingHandler(), null);
        RecordingHandler bobEvents = new RecordingHandler();
        FakeRTS bob = f.cloud.createRTS(APP_ID, bobEvents);
        a.login(f.token("alice"), "alice");
        bob.login(f.token("bob"), "bob");
        f.cloud.runUntilIdle();
        bobEvents.clear();

        RTS.destroyRTS();
        f.cloud.runUntilIdle();

        assertThat(((FakeRTS) a).isDestroyed()).isTrue();
        assertThat(((FakeRTS) c).isDestroyed()).isTrue();
        // the harness's engine stands for another device: it stays, logged in and hearing its peers
        assertThat(bob.isDestroyed()).isFalse();
        assertThat(f.cloud.engines()).containsExactly(bob);
        assertThat(f.cloud.onlineUsers(APP_ID)).containsExactly("bob");
        assertThat(bob.getPeerOnlineStatus("alice")).isZero();
        f.cloud.runUntilIdle();
        assertThat(bobEvents.events()).containsExactly("onGetPeerOnlineStatus(alice,0)");
        assertThat(f.cloud.misuses()).isEmpty();
        assertThat(a.login(f.token("alice"), "alice")).isEqualTo(-1);
    }

    @Test
    void destroyRTS_withNoEngine_isHarmless() {
        RTS.destroyRTS();

        assertThat(f.cloud.engines()).isEmpty();
        assertThat(f.cloud.misuses()).isEmpty();
    }

    @Test
    void getSdkVersion_installed_returnsTheCloudsVersion() {
        assertThat(RTS.getSdkVersion()).isEqualTo("9.9.9-test").isEqualTo(f.cloud.settings().sdkVersion());
    }

    @Test
    void getSdkVersion_default_isNotEmpty() {
        FakeRtsCloud plain = RtsFixture.builder().build();
        installation.close();
        try (Installation ignored = plain.install()) {
            assertThat(RTS.getSdkVersion()).isNotBlank().isEqualTo(plain.settings().sdkVersion());
        }
    }

    @Test
    void setLogConfig_whileAnEngineExists_returnsMinusOneAndRecordsMisuse() {
        RTS.createRTS(null, APP_ID, new RecordingHandler(), null);

        assertThat(RTS.setLogConfig(new RTCLogConfig(LocalLogLevel.INFO, logDir.toString(), 10, "app"))).isEqualTo(-1);

        assertThat(f.cloud.misuses()).extracting(Misuse::rule).containsExactly(MisuseRule.LOG_CONFIG_AFTER_CREATE);
        assertThat(f.cloud.logFiles()).isEmpty();
    }

    @Test
    void setLogConfig_engineMadeByTheHarness_doesNotCount() {
        FakeRTS otherDevice = f.cloud.createRTS(APP_ID, new RecordingHandler());

        assertThat(RTS.setLogConfig(new RTCLogConfig(logDir.toString()))).isZero();

        assertThat(otherDevice.isDestroyed()).isFalse();
        assertThat(f.cloud.misuses()).isEmpty();
        assertThat(f.cloud.logFiles()).hasSize(1);
    }

    @Test
    void setLogConfig_afterDestroyRTS_worksAgain() {
        RTS.createRTS(null, APP_ID, new RecordingHandler(), null);
        RTS.destroyRTS();

        assertThat(RTS.setLogConfig(new RTCLogConfig(LocalLogLevel.INFO, logDir.toString(), 10, "app"))).isZero();
    }

    @Test
    void setLogConfig_badParameters_returnMinusTwo() {
        assertThat(RTS.setLogConfig(null)).isEqualTo(-2);
        assertThat(RTS.setLogConfig(new RTCLogConfig((String) null))).isEqualTo(-2);
        assertThat(RTS.setLogConfig(new RTCLogConfig("   "))).isEqualTo(-2);
        assertThat(RTS.setLogConfig(new RTCLogConfig(null, logDir.toString(), 10, "app"))).isEqualTo(-2);
        assertThat(RTS.setLogConfig(new RTCLogConfig(LocalLogLevel.INFO, logDir.toString(), 10, "bad prefix!")))
                .isEqualTo(-2);
        assertThat(f.cloud.logFiles()).isEmpty();
        assertThat(f.cloud.misuses()).isEmpty();
    }

    @Test
    void setLogConfig_valid_writesVirtualTimeNamedLogWithTraceLinesAtInfo() throws Exception {
        assertThat(RTS.setLogConfig(new RTCLogConfig(LocalLogLevel.INFO, logDir.toString(), 10, "myapp"))).isZero();
        RTS rts = RTS.createRTS(null, APP_ID, new RecordingHandler(), null);
        rts.login(f.token("alice"), "alice");
        f.cloud.runUntilIdle();

        List<Path> files = f.cloud.logFiles();
        assertThat(files).singleElement().satisfies(p -> {
            assertThat(p.getParent()).isEqualTo(logDir);
            // virtual time zero is 2025-01-01T00:00:00Z
            assertThat(p.getFileName().toString()).isEqualTo("myapp_2025-01-01_000000_rtclog.log");
        });
        try (var listing = Files.list(logDir)) {
            assertThat(listing.map(p -> p.getFileName().toString()))
                    .allMatch(n -> n.matches("myapp_\\d{4}-\\d{2}-\\d{2}_\\d{6}_rtclog(\\.\\d+)?\\.log"));
        }
        String content = Files.readString(files.get(0), StandardCharsets.UTF_8);
        assertThat(content).contains("login").contains("onLoginResult");
        assertThat(content.lines()).allMatch(l -> l.startsWith("I ") || l.startsWith("W ") || l.startsWith("E "));
    }
}
