package dev.rtsfake.fake.apptime;

import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.trace.TraceEvent;
import dev.rtsfake.fake.trace.TraceKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** cloud.mainThread(): the app's main thread, drained as part of each drive, in order. */
class MainThreadTest {
    static final String APP = "rtsfake-demo-app-0000001";
    final FakeRtsCloud cloud = FakeRtsCloud.builder().seed(9).app(APP, "key").sysStatsInterval(Duration.ZERO).build();
    final Executor main = cloud.mainThread();
    final List<String> ran = new ArrayList<>();

    @AfterEach
    void close() {
        cloud.close();
    }

    @Test
    void execute_runsNothingInsideTheCall_thenRunsAtTheNextDrive_inPostingOrder() {
        main.execute(() -> ran.add("one"));
        main.execute(() -> ran.add("two"));

        assertThat(ran).isEmpty();
        cloud.advance(Duration.ZERO);

        assertThat(ran).containsExactly("one", "two");
    }

    @Test
    void aTaskPostedFromACallback_runsInTheSameDrive_rightAfterWhatWasAlreadyDueThen() {
        RTS alice = cloud.createRTS(APP, new IRTSEventHandler() {
            @Override public void onLoginResult(String uid, int code, int elapsed) {
                ran.add("callback@" + cloud.elapsed().toMillis());
                main.execute(() -> ran.add("on main@" + cloud.elapsed().toMillis()
                        + " on " + Thread.currentThread().getName()));
            }
        });
        alice.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice");

        cloud.runUntilIdle();

        assertThat(ran).containsExactly("callback@60", "on main@60 on " + Thread.currentThread().getName());
    }

    @Test
    void mainThreadTasks_andTimers_shareOneOrder_dueTimeThenSequence() {
        cloud.scheduler().schedule(() -> ran.add("timer"), 0, TimeUnit.SECONDS);     // a Callable: add returns a value
        main.execute(() -> ran.add("main"));
        cloud.scheduler().execute(() -> ran.add("timer-execute"));

        cloud.runUntilIdle();

        assertThat(ran).containsExactly("timer", "main", "timer-execute");
        assertThat(cloud.trace().ofKind(TraceKind.APP_TIMER)).extracting(e -> e.actor() + " " + e.name() + e.args())
                .containsExactly("app-timer schedule[1, Callable$Lambda, PT0S]", "app-main execute[1, Runnable$Lambda, PT0S]",
                        "app-timer execute[2, Runnable$Lambda, PT0S]", "app-timer run[1]", "app-main run[1]",
                        "app-timer run[2]");
    }

    @Test
    void aMainThreadTaskThatThrows_isRecordedAsAHandlerFailure_andTheNextStillRuns() {
        main.execute(() -> {
            throw new IllegalStateException("ui crashed");
        });
        main.execute(() -> ran.add("next"));

        cloud.runUntilIdle();

        assertThat(ran).containsExactly("next");
        assertThat(cloud.handlerFailures()).extracting(f -> f.engine() + " " + f.callback() + " " + f.error().getMessage())
                .containsExactly("app-main task #1 ui crashed");
        assertThat(cloud.trace().ofKind(TraceKind.HANDLER_ERROR)).extracting(TraceEvent::actor).containsExactly("app-main");
    }

    @Test
    void aTaskOnTheMainThreadIsNoSdkCallback_soDestroyingAnEngineThereIsNoMisuse() {
        FakeRtsCloud strict = FakeRtsCloud.builder().app(APP, "key").strict(true).build();
        dev.rtsfake.fake.engine.FakeRTS alice = strict.createRTS(APP, new IRTSEventHandler() { });
        RTS[] self = new RTS[1];
        dev.rtsfake.fake.engine.FakeRTS bob = strict.createRTS(APP, new IRTSEventHandler() {
            @Override public void onLoginResult(String uid, int code, int elapsed) {
                strict.destroy(self[0]);                           // inside an SDK callback: a misuse
            }
        });
        self[0] = bob;
        strict.mainThread().execute(alice::destroy);
        bob.login(strict.tokens().issue(APP, "bob", Duration.ofHours(1)), "bob");

        strict.runUntilIdle();

        assertThat(strict.handlerFailures()).isEmpty();
        assertThat(strict.misuses()).extracting(m -> m.engine() + " " + m.rule()).containsExactly("bob DESTROY_IN_CALLBACK");
        strict.close();
    }
}
