package dev.rtsfake.fake.serverapi;

import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.testing.RtsFixture;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Run in its own JVM by {@link OpenApiHttpHardeningTest}: uses {@code listen()} like a test that
 * forgets {@code close()} (one request answered, one connection left idle, one left half-sent) and
 * returns from main. The JVM must then exit by itself.
 */
public final class ForgottenCloseMain {
    private ForgottenCloseMain() {
    }

    public static void main(String[] args) throws Exception {
        FakeRtsCloud cloud = RtsFixture.plainCloud();
        RtsFixture.withServerParams(cloud, "alice");
        OpenApiHttpServer http = cloud.serverApi(RtsFixture.APP_ID).listen();
        URI endpoint = http.uri().resolve("/?Action=SendUnicast&Version=2020-12-01");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString("{\"AppId\":\"" + RtsFixture.APP_ID
                        + "\",\"From\":\"server\",\"To\":\"alice\",\"Binary\":false,\"Message\":\"hi\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Socket idle = new Socket(endpoint.getHost(), endpoint.getPort());
        Socket halfSent = new Socket(endpoint.getHost(), endpoint.getPort());
        OutputStream out = halfSent.getOutputStream();
        out.write(("POST /?Action=SendUnicast&Version=2020-12-01 HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        cloud.runUntilIdle();
        System.out.println("served " + r.statusCode() + ", open sockets " + idle.isConnected() + " "
                + halfSent.isConnected());
    }
}
