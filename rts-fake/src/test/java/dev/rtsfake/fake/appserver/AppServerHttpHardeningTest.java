package dev.rtsfake.fake.appserver;

import static dev.rtsfake.fake.testing.RtsFixture.APP_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.testing.RtsFixture;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Forwarding to an app server that misbehaves (issue 9, items 1 and 2): one deadline covers the whole
 * exchange, body included, and an answer is never read past the 64 KiB limit.
 */
class AppServerHttpHardeningTest {
    private static final Duration HTTP_TIMEOUT = Duration.ofMillis(500);
    /** The wall-clock bound on a forwarded call that should end at the HTTP timeout (with slack for a busy machine). */
    private static final Duration BOUND = Duration.ofMillis(2_500);
    private final FakeRtsCloud cloud = RtsFixture.plainCloud();
    private final RtsFixture.Client alice = RtsFixture.withServerParams(cloud, "alice");
    private RawBackend backend;

    @AfterEach
    void close() throws Exception {
        if (backend != null) {
            backend.close();
        }
        cloud.close();
    }

    /** Sends one server message, drives the clock until idle; returns the wall-clock time that took. */
    private Duration sendAndRun() {
        long start = System.nanoTime();
        alice.rts.sendServerMessage("m1");
        cloud.runUntilIdle();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Test
    void forwardTo_headersThenAStalledBody_reports17WithinTheHttpTimeout() throws Exception {
        backend = new RawBackend((b, out) -> {
            b.write(out, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nab");
            Thread.sleep(6_000);
        });
        cloud.appServer(APP_ID).forwardTo(backend.uri()).httpTimeout(HTTP_TIMEOUT);

        Duration took = sendAndRun();

        assertThat(alice.piped("onServerMessageSendResult")).containsExactly("onServerMessageSendResult|1|17|");
        assertThat(took).isLessThan(BOUND);
    }

    @Test
    void forwardTo_aBodyTrickledAByteAtATime_reports17WithinTheHttpTimeout() throws Exception {
        backend = new RawBackend((b, out) -> {
            b.write(out, "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n");
            for (int i = 0; i < 30; i++) {
                b.write(out, "x");
                Thread.sleep(200);
            }
        });
        cloud.appServer(APP_ID).forwardTo(backend.uri()).httpTimeout(HTTP_TIMEOUT);

        Duration took = sendAndRun();

        assertThat(alice.piped("onServerMessageSendResult")).containsExactly("onServerMessageSendResult|1|17|");
        assertThat(took).isLessThan(BOUND);
        assertThat(backend.awaitEnd(3_000)).as("the abandoned connection is closed").isTrue();
        assertThat(backend.clientClosed()).isTrue();
    }

    @Test
    void forwardTo_a100MiBAnswer_reports18AtOnce_andReadsNoMoreThanTheLimit() throws Exception {
        long size = 100L * 1024 * 1024;
        backend = new RawBackend((b, out) -> {
            b.write(out, "HTTP/1.1 200 OK\r\nContent-Length: " + size + "\r\n\r\n");
            byte[] block = new byte[64 * 1024];
            for (long sent = 0; sent < size; sent += block.length) {
                b.write(out, block);
            }
        });
        cloud.appServer(APP_ID).forwardTo(backend.uri()).httpTimeout(Duration.ofSeconds(5));

        Duration took = sendAndRun();

        assertThat(alice.piped("onServerMessageSendResult")).containsExactly("onServerMessageSendResult|1|18|");
        assertThat(took).isLessThan(BOUND);
        assertThat(backend.awaitEnd(3_000)).as("the connection is closed, not left to fill").isTrue();
        assertThat(backend.clientClosed()).isTrue();
        assertThat(backend.written()).as("bytes the backend could write (into socket buffers) before the cloud hung up")
                .isLessThan(32L * 1024 * 1024);
        assertThat(cloud.trace().lines()).anyMatch(l -> l.contains("app-server-answer-too-long"));
    }

    @Test
    void forwardTo_aChunkedAnswerWithoutLength_over64KiB_reports18_andReadsNoMoreThanTheLimit() throws Exception {
        backend = new RawBackend((b, out) -> {
            b.write(out, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
            byte[] block = new byte[32 * 1024];
            for (int i = 0; i < 3_200; i++) {
                b.write(out, Integer.toHexString(block.length) + "\r\n");
                b.write(out, block);
                b.write(out, "\r\n");
            }
            b.write(out, "0\r\n\r\n");
        });
        cloud.appServer(APP_ID).forwardTo(backend.uri()).httpTimeout(Duration.ofSeconds(5));

        Duration took = sendAndRun();

        assertThat(alice.piped("onServerMessageSendResult")).containsExactly("onServerMessageSendResult|1|18|");
        assertThat(took).isLessThan(BOUND);
        assertThat(backend.awaitEnd(3_000)).isTrue();
        assertThat(backend.written()).isLessThan(32L * 1024 * 1024);
    }

    @Test
    void forwardTo_anAnswerOfExactly64KiB_reachesTheSender() throws Exception {
        String body = "y".repeat(AppServer.MAX_ANSWER_BYTES);
        backend = new RawBackend((b, out) -> b.write(out, "HTTP/1.1 200 OK\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body));
        cloud.appServer(APP_ID).forwardTo(backend.uri());

        sendAndRun();

        assertThat(alice.piped("onServerMessageSendResult")).containsExactly("onServerMessageSendResult|1|0|" + body);
    }
}
