package dev.rtsfake.fake.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.internal.core.Simulation;
import dev.rtsfake.fake.testing.Callback;
import dev.rtsfake.fake.testing.RecordingHandler;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Helpers shared by the real-time concurrency tests. */
final class RealTimeTesting {
    static final String APP = "rtsfake-demo-app-0000001";

    private RealTimeTesting() {
    }

    /** The cloud's simulation (package-private in FakeRtsCloud; tests reach it by reflection). */
    static Simulation simulation(FakeRtsCloud cloud) {
        try {
            Method m = FakeRtsCloud.class.getDeclaredMethod("simulation");
            m.setAccessible(true);
            return (Simulation) m.invoke(cloud);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Logs {@code engine} in as {@code uid} and waits for the result. */
    static void login(FakeRtsCloud cloud, FakeRTS engine, LoginWatcher watcher, String uid) {
        assertThat(engine.login(cloud.tokens().issue(APP, uid, Duration.ofHours(1)), uid)).isZero();
        await().atMost(Duration.ofSeconds(5)).until(() -> watcher.loggedIn(uid));
    }

    /**
     * The shared recording handler, with the questions these tests ask of it: whether a login
     * succeeded, and the threads the callbacks ran on (by identity as well as by name: unlike a
     * lookup by name, never another cloud's thread when test classes run in parallel).
     */
    static class LoginWatcher extends RecordingHandler {
        /** The names of the threads the callbacks ran on, one per callback. */
        List<String> threads() {
            return callbacks().stream().map(Callback::thread).toList();
        }

        /** The callback threads themselves. */
        Set<Thread> threadObjects() {
            return Set.copyOf(log().threads());
        }

        /** Whether every thread a callback arrived on has ended (and there was at least one). */
        boolean callbackThreadsEnded() {
            Set<Thread> threads = threadObjects();
            return !threads.isEmpty() && threads.stream().noneMatch(Thread::isAlive);
        }

        boolean loggedIn(String uid) {
            return callbacksNamed("onLoginResult").stream().anyMatch(c -> c.arg(0).equals(uid) && c.intArg(1) == 0);
        }
    }
}
