package dev.rtsfake.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.fake.serverapi.OpenApiHttpServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CloudCloseTest {
    private static final String APP = "rtsfake-demo-app-0000001";

    @Test
    void close_destroysEngines_closesOpenApiServers_andRefusesFurtherUse() throws Exception {
        FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").build();
        FakeRTS alice = cloud.createRTS(APP, new IRTSEventHandler() { });
        OpenApiHttpServer http = cloud.serverApi(APP).listen();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(http.uri().resolve("/?Action=SendUnicast&Version=2020-12-01"))
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isBetween(400, 499);

        cloud.close();

        assertThat(alice.isDestroyed()).isTrue();
        assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOfAny(ConnectException.class, IOException.class);
        assertThatThrownBy(cloud::runUntilIdle).hasMessageContaining("closed");
        assertThatThrownBy(() -> cloud.createRTS(APP, null)).hasMessageContaining("closed");
    }
}
