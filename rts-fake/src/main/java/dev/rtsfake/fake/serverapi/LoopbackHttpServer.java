package dev.rtsfake.fake.serverapi;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 server on 127.0.0.1 and an ephemeral port, one daemon thread per connection up
 * to {@link HttpLimits#maxConnections()}, with the deadlines and caps of {@link HttpLimits}: a slow
 * or silent client holds one thread for at most the request deadline, never the whole server. All
 * its threads are daemon threads, so a JVM whose test forgot to close it still exits. It reads
 * requests with {@link HttpRequestReader} and hands each to a {@link Service}.
 */
final class LoopbackHttpServer implements AutoCloseable {
    private static final AtomicInteger SERVERS = new AtomicInteger();

    /** What the server serves. Both methods must not throw. */
    interface Service {
        /** The answer to a request that was read whole. */
        WireResponse serve(WireRequest request);

        /** The answer to a request refused on the wire ({@code code} from {@link ServerApiErrors}). */
        WireResponse refuse(String code, String message);
    }

    private final HttpLimits limits;
    private final Service service;
    private final ServerSocket listener;
    private final ThreadPoolExecutor workers;
    private final Thread acceptor;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    LoopbackHttpServer(HttpLimits limits, Service service) {
        this.limits = limits;
        this.service = service;
        try {
            listener = new ServerSocket();
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("could not bind an HTTP endpoint on 127.0.0.1", e);
        }
        int n = SERVERS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        workers = new ThreadPoolExecutor(0, limits.maxConnections(), 10, TimeUnit.SECONDS, new SynchronousQueue<>(),
                r -> daemon(r, "rts-fake-openapi-" + n + "-" + threads.incrementAndGet()));
        acceptor = daemon(this::acceptLoop, "rts-fake-openapi-" + n + "-accept");
        acceptor.start();
    }

    /** The port bound. */
    int port() {
        return listener.getLocalPort();
    }

    /** Stops accepting, cuts every open connection and waits briefly for the threads. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeQuietly(listener);
        open.forEach(LoopbackHttpServer::closeQuietly);
        workers.shutdownNow();
        try {
            acceptor.join(2_000);
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                pause();
                continue;
            }
            open.add(socket);
            if (closed) {
                closeQuietly(socket);
                return;
            }
            try {
                workers.execute(() -> connection(socket));
            } catch (RejectedExecutionException e) {
                busy(socket);
            }
        }
    }

    /** Serves one connection: requests one after another until it closes, fails or times out. */
    private void connection(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            DeadlineInput in = new DeadlineInput(socket);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            Runnable sendContinue = () -> {
                try {
                    out.write(WireResponse.CONTINUE);
                    out.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            in.deadlineIn(limits.requestDeadline().toNanos());
            while (!closed) {
                WireRequest request;
                try {
                    request = HttpRequestReader.read(in, limits, sendContinue);
                } catch (HttpRefusal refusal) {
                    service.refuse(refusal.code(), refusal.getMessage()).writeTo(out, true, false);
                    drainAndClose(socket);
                    return;
                }
                if (request == null) {
                    return;
                }
                boolean close = request.closesConnection();
                service.serve(request).writeTo(out, close, "HEAD".equals(request.method()));
                if (close) {
                    return;
                }
                in.deadlineIn(limits.idleTimeout().toNanos());
            }
        } catch (IOException | UncheckedIOException e) {
            // the client went away or the server is closing: nothing more to say on this connection
        } finally {
            open.remove(socket);
        }
    }

    /**
     * After a refusal: stops sending, then reads and drops what the client is still sending for a
     * bounded time, so that it sees the answer rather than a reset.
     */
    private void drainAndClose(Socket socket) {
        try {
            socket.shutdownOutput();
            long end = System.nanoTime() + limits.drainTime().toNanos();
            InputStream in = socket.getInputStream();
            byte[] sink = new byte[16_384];
            for (long left = end - System.nanoTime(); left > 0 && !closed; left = end - System.nanoTime()) {
                socket.setSoTimeout((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                if (in.read(sink) < 0) {
                    return;
                }
            }
        } catch (IOException e) {
            // timed out or reset: close now
        }
    }

    /** Too many connections: a 503 and close, written on the accepting thread (a few hundred bytes). */
    private void busy(Socket socket) {
        try (socket) {
            socket.setSoTimeout(100);
            service.refuse(ServerApiErrors.SERVICE_BUSY, "more than " + limits.maxConnections()
                    + " connections are open; retry when one closes")
                    .writeTo(new BufferedOutputStream(socket.getOutputStream()), true, false);
            socket.shutdownOutput();
        } catch (IOException e) {
            // the client went away
        } finally {
            open.remove(socket);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
