package dev.rtsfake.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rts-sim serve against a real backend over HTTP: the scripted client's message to the app's
 * server is POSTed to the backend, which answers and pushes back through the OpenAPI the command
 * serves on loopback; the verdicts check what the client saw. Real time is not deterministic, so
 * the steps leave a wide margin (1.3 s of virtual time between the server parameters and the send).
 */
class ServeCommandTest {
    @TempDir
    Path dir;
    private HttpServer backend;
    private final CopyOnWriteArrayList<String> received = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (backend != null) {
            backend.stop(0);
        }
    }

    /** A backend in the test: answers "ack" and pushes to alice through the address in {@code urlFile}. */
    private URI startBackend(Path urlFile) throws IOException {
        backend = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        backend.createContext("/rts", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(body);
            try {
                URI openApi = URI.create(Files.readString(urlFile).strip() + "?Action=SendUnicast&Version=2020-12-01");
                String push = "{\"AppId\":\"rtsfake-scenario-app-001\",\"From\":\"backend\",\"To\":\"alice\","
                        + "\"Binary\":false,\"Message\":\"pushed by the backend\"}";
                http.send(HttpRequest.newBuilder(openApi).timeout(Duration.ofSeconds(2))
                        .POST(HttpRequest.BodyPublishers.ofString(push)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] ack = "ack".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, ack.length);
            exchange.getResponseBody().write(ack);
            exchange.close();
        });
        backend.start();
        return URI.create("http://127.0.0.1:" + backend.getAddress().getPort() + "/rts");
    }

    @Test
    void serve_forwardsTheClientsMessagesToTheBackend_whosePushesReachTheClient() throws IOException {
        // Real time at speed 2: the steps leave the login a second of wall time before setServerParams
        // (a call before the login completes is refused), and the real backend 4 s to answer and push,
        // so a loaded machine does not fail the run.
        Path urlFile = dir.resolve("openapi-url.txt");
        URI backendUri = startBackend(urlFile);
        Path scenario = dir.resolve("backend.yaml");
        Files.writeString(scenario, """
                name: Alice's request reaches the real backend, which answers and pushes her a message
                users: [alice]
                steps:
                  - at: 2s
                    serverParams: {user: alice, signature: sig, url: "https://app.example/rts"}
                  - at: 4s
                    sendServer: {from: alice, text: "{\\"request_id\\":\\"r1\\"}"}
                    label: request
                expect:
                  - sendResult: {send: request, code: 0}
                  - observed: {user: alice, name: onServerMessageSendResult, args: {error: 0, message: ack}}
                  - received: {user: alice, from: backend, text: pushed by the backend}
                end: 12s
                """);

        Cli c = Cli.run("serve", scenario.toString(), "--app-server", backendUri.toString(), "--url-file",
                urlFile.toString(), "--speed", "2", "--no-trace-files", "--quiet");

        assertThat(c.exit()).as(c.out() + c.err()).isEqualTo(RtsSim.OK);
        assertThat(c.outLines()).containsExactly(scenario + ": PASSED: 3 expectations held (seed 1)");
        assertThat(received).singleElement().asString().contains("\\\"request_id\\\":\\\"r1\\\"");
        assertThat(Files.readString(urlFile)).matches("http://127\\.0\\.0\\.1:\\d+/\n");
        assertThat(c.err()).contains("OpenAPI (server push) listening on http://127.0.0.1:",
                "messages to the app's server go to " + backendUri);
    }

    @Test
    void serve_refusesABadUrlOrSpeed() {
        assertThat(Cli.run("serve", "lift-outage-8s", "--app-server", "localhost:8080").errLines().get(0))
                .isEqualTo("rts-sim serve: --app-server takes an http(s) URL such as http://127.0.0.1:8080/rts, not"
                        + " 'localhost:8080'");
        assertThat(Cli.run("serve", "lift-outage-8s", "--speed", "0").errLines().get(0))
                .isEqualTo("rts-sim serve: --speed is a number more than 0 and at most 1000, not '0'");
    }
}
