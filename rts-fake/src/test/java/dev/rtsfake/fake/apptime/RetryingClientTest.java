package dev.rtsfake.fake.apptime;

import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.RTS;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.net.Fault;
import dev.rtsfake.fake.trace.TraceEvent;
import dev.rtsfake.fake.trace.TraceKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's "done when": app code whose request timeout and retry back-off run on cloud.scheduler()
 * interleaves exactly with a network drop, deterministically.
 */
class RetryingClientTest {
    static final String APP = "rtsfake-demo-app-0000001";

    /** One run: alice logs in, her link drops at 1 s for 6 s, and she requests right after the drop. */
    static final class Run {
        final FakeRtsCloud cloud;
        final RetryingClient client;

        Run(long seed) {
            cloud = FakeRtsCloud.builder().seed(seed).app(APP, "key").sysStatsInterval(Duration.ZERO).build();
            client = new RetryingClient(cloud.scheduler(), cloud.mainThread(), cloud.clock().asClock(),
                    Duration.ofMillis(1500), Duration.ofSeconds(1), 5);
            RTS alice = cloud.createRTS(APP, client);
            client.attach(alice);
            alice.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice");
            cloud.runUntilIdle();
            alice.setServerParams("signature", "https://app.example/rts");
            cloud.runUntilIdle();
            cloud.network().scheduleAt(Duration.ofSeconds(1), new Fault.Disconnect("alice"));
            cloud.network().scheduleAt(Duration.ofSeconds(7), new Fault.Reconnect("alice"));
            cloud.advance(Duration.ofSeconds(1).minus(cloud.elapsed()));
            client.request("order-1");
            cloud.await().atMost(Duration.ofSeconds(30)).until(() -> client.outcome() != null);
            cloud.runUntilIdle();
        }

        /** Timer firings, connection states and send results, in trace order, with their virtual time. */
        List<String> interleaving() {
            List<String> out = new ArrayList<>();
            for (TraceEvent e : cloud.trace().events()) {
                boolean timer = e.kind() == TraceKind.APP_TIMER && e.actor().equals("app-timer")
                        && (e.name().equals("run") || e.name().equals("cancel"));
                boolean sdk = e.kind() == TraceKind.CALLBACK && (e.name().equals("onConnectionStateChanged")
                        || e.name().equals("onServerMessageSendResult"));
                boolean fault = e.kind() == TraceKind.HARNESS && e.actor().equals("network")
                        && !e.name().equals("schedule");
                if (timer || sdk || fault) {
                    out.add(e.time().toMillis() + " " + e.actor() + " " + e.name() + e.args().subList(0,
                            Math.min(2, e.args().size())));
                }
            }
            return out;
        }
    }

    @Test
    void requestTimeoutAndRetryBackoff_onTheAppScheduler_interleaveExactlyWithANetworkDrop() {
        Run run = new Run(42);

        assertThat(run.client.log()).containsExactly(
                "     0 ms connection state 2",
                "    60 ms connection state 3",
                "  1000 ms attempt 1 sent as #1",                  // the link went down just before
                "  2500 ms attempt 1 timed out",                   // the app's 1.5 s timeout, on cloud.scheduler()
                "  2500 ms retry in 1000 ms",
                "  3500 ms attempt 2 sent as #2",
                "  5000 ms attempt 2 timed out",
                "  5000 ms retry in 2000 ms",
                "  6000 ms connection state 4",                    // the SDK notices the drop 5 s after it
                "  7000 ms attempt 3 sent as #3",                  // the link is back at 7 s, the engine still RECONNECTING
                "  8500 ms attempt 3 timed out",
                "  8500 ms retry in 4000 ms",
                "  9060 ms connection state 5",                    // re-login 2 s after the link came back
                "  9060 ms late result of #1: 0 (ignored)",        // results held while reconnecting come right after 5
                "  9060 ms late result of #2: 0 (ignored)",
                "  9060 ms ok after 3 attempt(s)");                // and the pending 4 s retry is cancelled
        assertThat(run.interleaving()).containsExactly(
                "0 alice onConnectionStateChanged[2, -1]",
                "60 alice onConnectionStateChanged[3, -1]",
                "1000 network disconnect[alice]",
                "2500 app-timer run[1]",                           // attempt 1's timeout
                "3500 app-timer run[2]",                           // the 1 s back-off: attempt 2
                "5000 app-timer run[3]",                           // attempt 2's timeout
                "6000 alice onConnectionStateChanged[4, -1]",
                "7000 network reconnect[alice]",
                "7000 app-timer run[4]",                           // the 2 s back-off: due with the reconnect, scheduled later
                "8500 app-timer run[5]",                           // attempt 3's timeout
                "9060 alice onConnectionStateChanged[5, -1]",
                "9060 alice onServerMessageSendResult[1, 0]",
                "9060 alice onServerMessageSendResult[2, 0]",
                "9060 alice onServerMessageSendResult[3, 0]",
                "9060 app-timer cancel[6]");                       // the 4 s back-off, no longer needed
        run.cloud.assertClean();
        run.cloud.close();
    }

    @Test
    void sameSeed_sameTraceBytes_withTheAppsTimersInIt() {
        Run first = new Run(42);
        Run second = new Run(42);

        assertThat(second.cloud.trace().lines()).isEqualTo(first.cloud.trace().lines());
        assertThat(second.client.log()).isEqualTo(first.client.log());
        first.cloud.close();
        second.cloud.close();
    }
}
