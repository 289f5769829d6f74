package dev.rtsfake.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.serverapi.OpenApiHttpServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Nothing of the machine or the run enters the trace (issue 9, item 4): not the port listen() bound,
 * not the generated class name of a mock handler. Both differ from JVM to JVM.
 */
class MachineFreeTraceTest {
    private static final String APP = "rtsfake-demo-app-0000001";

    @Test
    void trace_namesMockHandlers_byTheMockedType_notByTheirGeneratedClass() {
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").build()) {
            IRTSEventHandler handler = mock(IRTSEventHandler.class);
            FakeRTS alice = cloud.createRTS(APP, handler);
            alice.setRtsEventHandler(handler);
            alice.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice");
            cloud.runUntilIdle();
            alice.createRoom("lobby").setRTSRoomEventHandler(mock(IRTSRoomEventHandler.class));

            List<String> lines = cloud.trace().lines();

            assertThat(handler.getClass().getName()).contains("$MockitoMock$");
            assertThat(lines.stream().filter(l -> l.contains("createRTS") || l.contains("EventHandler(")))
                    .hasSize(3)
                    .allMatch(l -> l.contains("$MockitoMock") && !l.contains("$MockitoMock$"));
            assertThat(lines).anyMatch(l -> l.contains("createRTS") && l.contains("IRTSEventHandler$MockitoMock"));
            assertThat(lines).anyMatch(l -> l.contains("setRTSRoomEventHandler") && l.contains("IRTSRoomEventHandler$MockitoMock"));
        }
    }

    @Test
    void trace_ofListen_holdsNoPortAndNoAddress() {
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").build()) {
            OpenApiHttpServer http = cloud.serverApi(APP).listen();
            String port = String.valueOf(http.port());

            List<String> lines = cloud.trace().lines();

            assertThat(lines).anyMatch(l -> l.contains("listen"));
            assertThat(lines).noneMatch(l -> l.contains(port) || l.contains("127.0.0.1") || l.contains("http://"));
        }
    }
}
