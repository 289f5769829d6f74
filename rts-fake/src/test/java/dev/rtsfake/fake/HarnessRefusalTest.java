package dev.rtsfake.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ss.bytertc.rts.engine.RTS;
import dev.rtsfake.fake.appserver.AppServer;
import dev.rtsfake.fake.appserver.AppServerFailure;
import dev.rtsfake.fake.appserver.AppServerReply;
import dev.rtsfake.fake.net.Fault;
import dev.rtsfake.fake.net.LinkDirection;
import dev.rtsfake.fake.net.LossModel;
import dev.rtsfake.fake.net.Match;
import dev.rtsfake.fake.net.Network;
import dev.rtsfake.fake.net.Rule;
import dev.rtsfake.fake.net.RuleAction;
import dev.rtsfake.fake.serverapi.ServerApi;
import dev.rtsfake.fake.testing.RecordingHandler;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, item 9: the harness refuses loudly what it cannot honour. After {@code close()} network
 * verbs, server push, app-server configuration, {@code invalidateSession} and {@code listen()} throw
 * {@link IllegalStateException}; a nested {@code install()} of the same cloud keeps the outer scope
 * working; an {@link Installation} closed on another thread is refused.
 */
class HarnessRefusalTest {
    private static final String APP = "rtsfake-demo-app-0000001";

    private final FakeRtsCloud cloud = FakeRtsCloud.builder().seed(9).app(APP, "key").build();

    @AfterEach
    void close() {
        cloud.close();
    }

    private static void refusedAsClosed(String what, ThrowingCallable call) {
        assertThatThrownBy(call).as(what).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void afterClose_networkVerbsServerPushAppServerConfigInvalidateAndListen_throwIllegalState() {
        cloud.createRTS(APP, new RecordingHandler()).login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice");
        cloud.runUntilIdle();
        Network net = cloud.network();
        Network.RuleHandle rule = net.addRule(Rule.when(Match.p2p()).then(RuleAction.drop()));
        ServerApi api = cloud.serverApi(APP);
        AppServer server = cloud.appServer(APP);
        cloud.close();
        int traced = cloud.trace().size();

        Map<String, ThrowingCallable> verbs = new java.util.LinkedHashMap<>();
        verbs.put("disconnect", () -> net.disconnect("alice"));
        verbs.put("reconnect", () -> net.reconnect("alice"));
        verbs.put("latency", () -> net.latency("alice", Duration.ofMillis(5)));
        verbs.put("defaultLatency", () -> net.defaultLatency(Duration.ofMillis(5)));
        verbs.put("loss", () -> net.loss("alice", LossModel.independent(0.5)));
        verbs.put("cut", () -> net.cut("alice", LinkDirection.UP));
        verbs.put("heal", () -> net.heal("alice", LinkDirection.UP));
        verbs.put("hold", () -> net.hold("alice", LinkDirection.DOWN));
        verbs.put("release", () -> net.release("alice", LinkDirection.DOWN));
        verbs.put("outage", net::outage);
        verbs.put("restore", net::restore);
        verbs.put("addRule", () -> net.addRule(Rule.when(Match.login()).then(RuleAction.drop())));
        verbs.put("removeRule", rule::remove);
        verbs.put("apply", () -> net.apply(new Fault.Outage()));
        verbs.put("schedule", () -> net.schedule(Duration.ofSeconds(1), new Fault.Outage()));
        verbs.put("scheduleAt", () -> net.scheduleAt(Duration.ofHours(1), new Fault.Outage()));
        verbs.put("during", () -> net.during(Duration.ofSeconds(1), new Fault.Outage()));
        verbs.put("timeline", () -> net.timeline(List.of(Fault.at(Duration.ofSeconds(1), new Fault.Outage()))));
        verbs.put("sendUnicast", () -> api.sendUnicast("server", "alice", "hi"));
        verbs.put("sendBroadcast", () -> api.sendBroadcast("lobby", "server", "hi"));
        verbs.put("sendRoomUnicast", () -> api.sendRoomUnicast("lobby", "server", "alice", "hi"));
        verbs.put("batchSendRoomUnicast", () -> api.batchSendRoomUnicast("lobby", "server", List.of("alice"), "hi"));
        verbs.put("a serverApi made after close", () -> cloud.serverApi(APP).sendUnicast("server", "alice", "hi"));
        verbs.put("listen", api::listen);
        verbs.put("listen on a serverApi made after close", () -> cloud.serverApi(APP).listen());
        verbs.put("onMessage", () -> server.onMessage(r -> AppServerReply.ok()));
        verbs.put("autoAnswer", server::autoAnswer);
        verbs.put("forwardTo", () -> server.forwardTo(URI.create("http://127.0.0.1:9/rts")));
        verbs.put("forwardToAppUrl", server::forwardToAppUrl);
        verbs.put("timeout", () -> server.timeout(Duration.ofSeconds(1)));
        verbs.put("httpTimeout", () -> server.httpTimeout(Duration.ofSeconds(1)));
        verbs.put("httpLatency", () -> server.httpLatency(Duration.ofSeconds(1)));
        verbs.put("failNext", () -> server.failNext(AppServerFailure.UNREACHABLE));
        verbs.put("delayNext", () -> server.delayNext(Duration.ofSeconds(1)));
        verbs.put("invalidateSession", () -> cloud.invalidateSession(APP, "alice"));
        verbs.forEach(HarnessRefusalTest::refusedAsClosed);

        assertThat(cloud.trace().size()).as("nothing refused reached the trace").isEqualTo(traced);
        // Reading what happened still works.
        assertThat(server.requests()).isEmpty();
        assertThat(net.rules()).hasSize(1);
        assertThat(net.heldPackets("alice", LinkDirection.DOWN)).isEmpty();
    }

    @Test
    void nestedInstall_ofTheSameCloud_keepsTheOuterScopeWorking() {
        try (Installation outer = cloud.install()) {
            try (Installation inner = cloud.install()) {
                assertThat(RTS.createRTS(null, APP, new RecordingHandler(), null)).as("inside both").isNotNull();
            }
            assertThat(RTS.createRTS(null, APP, new RecordingHandler(), null)).as("outer, after inner closed")
                    .isNotNull();
        }
        assertThat(RTS.createRTS(null, APP, new RecordingHandler(), null)).as("after both closed").isNull();
        assertThat(cloud.engines()).hasSize(2);
    }

    @Test
    void nestedInstall_closedOutOfOrder_staysInstalledUntilTheLastCloses() {
        Installation outer = cloud.install();
        Installation inner = cloud.install();
        outer.close();
        assertThat(RTS.createRTS(null, APP, new RecordingHandler(), null)).as("inner still open").isNotNull();
        inner.close();
        assertThat(RTS.createRTS(null, APP, new RecordingHandler(), null)).as("both closed").isNull();
        outer.close(); // a second close does nothing
        assertThat(RTS.createRTS(null, APP, new RecordingHandler(), null)).isNull();
    }

    @Test
    void closingAnInstallation_onAnotherThread_isRefused_andTheInstallingThreadStaysBound() throws Exception {
        Installation installation = cloud.install();
        try {
            AtomicReference<Throwable> refused = new AtomicReference<>();
            Thread other = new Thread(() -> {
                try {
                    installation.close();
                } catch (Throwable e) {
                    refused.set(e);
                }
            }, "cleanup-thread");
            other.start();
            other.join(10_000);

            assertThat(refused.get()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("'" + Thread.currentThread().getName() + "'")
                    .hasMessageContaining("'cleanup-thread'");
            assertThat(RTS.createRTS(null, APP, new RecordingHandler(), null)).as("still installed here").isNotNull();
        } finally {
            installation.close();
        }
        assertThat(RTS.createRTS(null, APP, new RecordingHandler(), null)).as("closed on its own thread").isNull();
        assertThatCode(installation::close).doesNotThrowAnyException();
    }
}
