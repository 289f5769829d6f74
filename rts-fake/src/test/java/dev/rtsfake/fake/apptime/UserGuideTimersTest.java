package dev.rtsfake.fake.apptime;

import static org.assertj.core.api.Assertions.assertThat;

import android.os.Handler;
import android.os.Looper;
import dev.rtsfake.fake.AutoAdvance;
import dev.rtsfake.fake.FakeRtsCloud;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Java examples of the user guide's sections on the app's timers and on waiting, compiled and
 * run here; a test checks that every line of those examples is in this file, so the guide stays true.
 */
class UserGuideTimersTest {
    static final String APP = "rtsfake-demo-app-0000001";
    final FakeRtsCloud cloud = FakeRtsCloud.builder().seed(1).app(APP, "key").build();
    final List<String> shown = new ArrayList<>();

    @AfterEach
    void close() {
        cloud.close();
    }

    @Test
    void handlerPostDelayed_seam_runsOnTheVirtualClock() {
        UiTimers timers = new VirtualTimers(cloud.scheduler());
        timers.postDelayed(() -> shown.add("typing hidden"), 3_000);
        Runnable callOff = timers.postDelayed(() -> shown.add("never"), 5_000);
        cloud.advance(Duration.ofSeconds(3));                 // the first task runs at 3 s of virtual time
        callOff.run();
        cloud.runUntilIdle();
        assertThat(shown).containsExactly("typing hidden");
    }

    @Test
    void waiting_awaitAndAutoAdvance() throws Exception {
        RetryingClient client = new RetryingClient(cloud.scheduler(), cloud.mainThread(), cloud.clock().asClock(),
                Duration.ofSeconds(1), Duration.ofSeconds(1), 2);
        client.attach(cloud.createRTS(APP, client));          // not logged in: both attempts time out
        client.request("order-1");
        List<String> inbox = List.of("hi");
        ScheduledFuture<String> reply = cloud.scheduler().schedule(() -> "pong", 1, TimeUnit.SECONDS);

        cloud.await().atMost(Duration.ofSeconds(30)).until(() -> client.outcome() != null);
        cloud.await().alias("bob got it").untilAsserted(() -> assertThat(inbox).contains("hi"));
        try (AutoAdvance auto = cloud.autoAdvance()) {
            assertThat(reply.get()).isEqualTo("pong");        // get() moves the clock to the task
        }
        assertThat(client.outcome()).isEqualTo("gave up");
    }

    @Test
    void userGuide_javaExamplesOfTheTimerSections_areWordForWordInThisFile() throws IOException {
        String guide = Files.readString(Path.of("..", "docs", "user-guide.md"), StandardCharsets.UTF_8);
        int from = guide.indexOf("### The app's own timers and main thread");
        int to = guide.indexOf("## 3. What happened");
        assertThat(from).isPositive().isLessThan(to);
        String source = Files.readString(Path.of("src", "test", "java", "dev", "rtsfake", "fake", "apptime",
                "UserGuideTimersTest.java"), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        boolean inJava = false;
        for (String line : guide.substring(from, to).split("\n")) {
            if (line.startsWith("```")) {
                inJava = line.equals("```java");
            } else if (inJava && !line.isBlank()) {
                lines.add(line.strip());
            }
        }
        assertThat(lines).hasSizeGreaterThan(20).allSatisfy(l -> assertThat(source).contains(l));
    }
}

/** The app's seam for Handler.postDelayed: it returns a way to call the task off. */
interface UiTimers {
    Runnable postDelayed(Runnable task, long delayMillis);
}

/** Production: the main looper's Handler. */
final class HandlerTimers implements UiTimers {
    private final Handler handler = new Handler(Looper.getMainLooper());

    @Override public Runnable postDelayed(Runnable task, long delayMillis) {
        handler.postDelayed(task, delayMillis);
        return () -> handler.removeCallbacks(task);
    }
}

/** Tests: the same seam over the cloud's scheduler, on the virtual clock. */
final class VirtualTimers implements UiTimers {
    private final ScheduledExecutorService scheduler;

    VirtualTimers(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    @Override public Runnable postDelayed(Runnable task, long delayMillis) {
        ScheduledFuture<?> future = scheduler.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }
}
