package dev.rtsfake.fake.appserver;

import static dev.rtsfake.fake.testing.RtsFixture.APP_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.testing.RtsFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the app-server double keeps of a long run: the latest requests, not all of them. */
class AppServerHistoryTest {
    private final FakeRtsCloud cloud = RtsFixture.plainCloud();
    private final RtsFixture.Client alice = RtsFixture.withServerParams(cloud, "alice");

    @AfterEach
    void close() {
        cloud.close();
    }

    @Test
    void requests_keepTheLast1000_countAll_andTakeSaysHowManyWereLetGoUntaken() {
        int sent = AppServer.KEEP + 5;
        for (int i = 0; i < sent; i++) {
            alice.rts.sendServerMessage("m" + i);
            if (i % 50 == 49) {
                cloud.runUntilIdle();
            }
        }
        cloud.runUntilIdle();
        AppServer server = cloud.appServer(APP_ID);

        assertThat(server.requestCount()).isEqualTo(sent);
        assertThat(server.requests()).hasSize(AppServer.KEEP);
        assertThat(server.requests().get(0).message()).isEqualTo("m5");
        assertThat(server.requests().get(AppServer.KEEP - 1).message()).isEqualTo("m" + (sent - 1));
        assertThat(server.take().message()).isEqualTo("m5");
        for (int i = 1; i < AppServer.KEEP; i++) {
            server.take();
        }
        assertThatThrownBy(server::take).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(sent + " received, all taken or let go untaken: 5 arrived while 1000 were waiting");
    }
}
