package dev.rtsfake.fake.appserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An app server that misbehaves on purpose, on a raw socket: it reads one request's head and body,
 * then runs a script that writes whatever it likes. It counts the bytes the script wrote and notices
 * when the client closed the connection under it.
 */
final class RawBackend implements AutoCloseable {
    /** What the backend writes after reading the request. */
    interface Script {
        void answer(RawBackend backend, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket listener;
    private final Thread thread;
    private final AtomicLong written = new AtomicLong();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile Socket connection;
    private volatile boolean clientClosed;

    RawBackend(Script script) throws IOException {
        listener = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        thread = new Thread(() -> serve(script), "raw-backend");
        thread.setDaemon(true);
        thread.start();
    }

    /** Where to forward to. */
    URI uri() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/rts");
    }

    /** Writes {@code bytes} and counts them. */
    void write(OutputStream out, byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        written.addAndGet(bytes.length);
    }

    /** Writes ASCII text and counts it. */
    void write(OutputStream out, String text) throws IOException {
        write(out, text.getBytes(StandardCharsets.US_ASCII));
    }

    /** Bytes the script has written so far. */
    long written() {
        return written.get();
    }

    /** Waits until the script ended (it finished, or a write failed because the client closed). */
    boolean awaitEnd(long millis) throws InterruptedException {
        return ended.await(millis, TimeUnit.MILLISECONDS);
    }

    /** Whether a write failed because the client had closed the connection. */
    boolean clientClosed() {
        return clientClosed;
    }

    private void serve(Script script) {
        try (Socket s = listener.accept()) {
            connection = s;
            InputStream in = s.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int c = in.read();
                if (c < 0) {
                    return;
                }
                head.append((char) c);
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(head);
            if (m.find()) {
                in.readNBytes(Integer.parseInt(m.group(1)));
            }
            script.answer(this, s.getOutputStream());
        } catch (IOException e) {
            clientClosed = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ended.countDown();
        }
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        listener.close();
        Socket c = connection;
        if (c != null) {
            c.close();
        }
    }
}
