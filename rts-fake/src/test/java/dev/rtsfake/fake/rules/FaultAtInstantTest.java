package dev.rtsfake.fake.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.net.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultAtInstantTest {
    private static final String APP = "rtsfake-demo-app-0000001";

    @Test
    void scheduleAt_appliesTheFaultAtThatVirtualInstant() {
        FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").build();
        List<String> states = new ArrayList<>();
        FakeRTS alice = cloud.createRTS(APP, new IRTSEventHandler() {
            @Override
            public void onConnectionStateChanged(int state, int reason) {
                states.add(state + "@" + cloud.elapsed().toMillis());
            }
        });
        alice.login(cloud.tokens().issue(APP, "alice", Duration.ofHours(1)), "alice");
        cloud.runUntilIdle();

        cloud.network().scheduleAt(Duration.ofSeconds(20), new Fault.Disconnect("alice"));
        cloud.advance(Duration.ofSeconds(30));

        // detected one heartbeat timeout (5 s) after the disconnect at 20 s
        assertThat(states).containsExactly("2@0", "3@60", "4@25000");
    }

    @Test
    void scheduleAt_anInstantThatHasPassed_isRejectedWithAdvice() {
        FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").build();
        cloud.createRTS(APP, null);
        cloud.advance(Duration.ofSeconds(10));
        assertThatThrownBy(() -> cloud.network().scheduleAt(Duration.ofSeconds(5), new Fault.Outage()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has passed")
                .hasMessageContaining("schedule(delay, fault)");
    }
}
