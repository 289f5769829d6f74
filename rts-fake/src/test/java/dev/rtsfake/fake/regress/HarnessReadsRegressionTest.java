package dev.rtsfake.fake.regress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.engine.FakeRTSRoom;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/**
 * Review finding: in real-time mode the clock thread writes the engine's and rooms' state under the
 * simulation lock while Awaitility polls the harness getters from its own thread without it. The
 * fields behind those getters must be volatile.
 */
class HarnessReadsRegressionTest {

    @Test
    void harnessStateGetters_readVolatileFields_soPollingThreadsSeeTheClockThreadsWrites() throws Exception {
        for (String name : new String[] {"loginState", "connectionState", "uid", "destroyed"}) {
            assertVolatile(FakeRTS.class.getDeclaredField(name));
        }
        assertVolatile(FakeRTSRoom.class.getDeclaredField("state"));
    }

    private static void assertVolatile(Field field) {
        assertThat(Modifier.isVolatile(field.getModifiers()))
                .as("%s.%s is volatile", field.getDeclaringClass().getSimpleName(), field.getName()).isTrue();
    }
}
