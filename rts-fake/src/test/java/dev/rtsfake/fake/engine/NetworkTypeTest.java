package dev.rtsfake.fake.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.NetworkType;
import dev.rtsfake.fake.FakeRtsCloud;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkTypeTest {
    private static final String APP = "rtsfake-demo-app-0000001";

    @Test
    void changeNetworkType_deliversOnNetworkTypeChanged_whenTheClockIsDriven() {
        FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").build();
        List<Integer> types = new ArrayList<>();
        FakeRTS rts = cloud.createRTS(APP, new IRTSEventHandler() {
            @Override
            public void onNetworkTypeChanged(int type) {
                types.add(type);
            }
        });
        rts.changeNetworkType(NetworkType.NETWORK_TYPE_MOBILE_4G);
        assertThat(types).isEmpty();
        cloud.runUntilIdle();
        assertThat(types).containsExactly(5);
    }

    @Test
    void changeNetworkType_outOfRange_isRejectedWithTheValidRange() {
        FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").build();
        FakeRTS rts = cloud.createRTS(APP, null);
        assertThatThrownBy(() -> rts.changeNetworkType(9)).hasMessageContaining("NETWORK_TYPE_MOBILE_5G (6)");
    }
}
