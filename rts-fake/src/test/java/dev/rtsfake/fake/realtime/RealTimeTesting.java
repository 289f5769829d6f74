package dev.rtsfake.fake.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.internal.core.Simulation;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

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

    /** A handler that remembers logins and the threads callbacks arrived on. */
    static class LoginWatcher extends IRTSEventHandler {
        final List<String> logins = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();
        /**
         * The callback threads themselves, by identity: unlike a lookup by name, never another
         * cloud's thread when test classes run in parallel.
         */
        final Set<Thread> threadObjects = ConcurrentHashMap.newKeySet();

        @Override
        public void onLoginResult(String uid, int errorCode, int elapsed) {
            threads.add(Thread.currentThread().getName());
            threadObjects.add(Thread.currentThread());
            logins.add(uid + ":" + errorCode);
        }

        /** Whether every thread a callback arrived on has ended (and there was at least one). */
        boolean callbackThreadsEnded() {
            return !threadObjects.isEmpty() && threadObjects.stream().noneMatch(Thread::isAlive);
        }

        boolean loggedIn(String uid) {
            return logins.contains(uid + ":0");
        }
    }
}
