package org.coalitiontracker.suite;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A TCP link between a client and an upstream {@code 127.0.0.1:port}, through real sockets, that
 * a test can switch at run time: {@link Mode#PASS} forwards every byte, {@link Mode#BLACK_HOLE}
 * keeps every connection open but forwards nothing in either direction and accepts new
 * connections without connecting them upstream (a partition: nothing is refused or reset, the
 * client's reads simply time out), {@link Mode#DELAY} holds each chunk for a while before
 * forwarding it (latency, not a narrower pipe: chunks behind it are not held up longer). Bytes held during a black hole are not thrown away: they wait in the socket
 * buffers, as TCP's retransmissions would keep them, and flow on once the link is back to
 * {@link Mode#PASS}; a connection the client gave up on meanwhile delivers what it sent, then
 * its close. A proxy of our own because the known ones (toxiproxy) need a server binary that is
 * not available here, and network namespaces would need the services started inside them.
 */
final class FaultyLink implements AutoCloseable {

    enum Mode {
        PASS, BLACK_HOLE, DELAY
    }

    private static final int CHUNK = 16 * 1024;

    private final ServerSocket listener;
    private final int upstreamPort;
    private final List<Socket> sockets = new ArrayList<>();
    private Mode mode = Mode.PASS;
    private Duration delay = Duration.ZERO;
    private boolean closed;

    private FaultyLink(ServerSocket listener, int upstreamPort) {
        this.listener = listener;
        this.upstreamPort = upstreamPort;
    }

    /** Listens on {@code 127.0.0.1:port} (0: any free port) and forwards to {@code 127.0.0.1:upstreamPort}. */
    static FaultyLink open(int port, int upstreamPort) {
        try {
            ServerSocket listener = new ServerSocket();
            listener.setReuseAddress(true);
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            FaultyLink link = new FaultyLink(listener, upstreamPort);
            daemon("faulty-link-" + link.port(), link::accept);
            return link;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + port, e);
        }
    }

    int port() {
        return listener.getLocalPort();
    }

    synchronized void pass() {
        set(Mode.PASS, Duration.ZERO);
    }

    synchronized void blackHole() {
        set(Mode.BLACK_HOLE, Duration.ZERO);
    }

    /** Each chunk in either direction leaves {@code delay} after it arrived. */
    synchronized void delay(Duration delay) {
        set(Mode.DELAY, delay);
    }

    synchronized Mode mode() {
        return mode;
    }

    private void set(Mode mode, Duration delay) {
        this.mode = mode;
        this.delay = delay;
        notifyAll();
    }

    /** Waits while the link is a black hole; returns how long to hold the next chunk. */
    private synchronized Duration gate() throws InterruptedException {
        while (mode == Mode.BLACK_HOLE && !closed) {
            wait();
        }
        return delay;
    }

    private void accept() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return;
            }
            if (!keep(client)) {
                return;
            }
            daemon("faulty-link-" + port() + "-connect", () -> connect(client));
        }
    }

    /** Connects an accepted client upstream once the link lets it through, then forwards both ways. */
    private void connect(Socket client) {
        try {
            gate();
            Socket upstream = new Socket();
            if (!keep(upstream)) {
                return;
            }
            upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), upstreamPort), 10_000);
            daemon("faulty-link-" + port() + "-up", () -> pump(client, upstream));
            pump(upstream, client);
        } catch (IOException e) {
            closeQuietly(client);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Forwards {@code from} to {@code to}: a reader takes each chunk as it comes and stamps it with
     * when it may leave, a writer sends it then, so a delay adds latency without limiting how
     * much is on its way (as on a long link), and order is kept.
     */
    private void pump(Socket from, Socket to) {
        BlockingQueue<Chunk> inFlight = new LinkedBlockingQueue<>();
        daemon("faulty-link-" + port() + "-send", () -> send(inFlight, from, to));
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = from.getInputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                // A chunk read during a black hole waits here, and nothing more is read, so the
                // sender's buffers fill as they would behind a dead route.
                Duration hold = gate();
                inFlight.add(new Chunk(System.nanoTime() + hold.toNanos(), Arrays.copyOf(buffer, read)));
            }
            inFlight.add(Chunk.END);
        } catch (IOException e) {
            inFlight.add(Chunk.BROKEN);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void send(BlockingQueue<Chunk> inFlight, Socket from, Socket to) {
        try {
            OutputStream out = to.getOutputStream();
            while (true) {
                Chunk chunk = inFlight.take();
                if (chunk == Chunk.END) {
                    to.shutdownOutput();
                    return;
                }
                if (chunk == Chunk.BROKEN) {
                    throw new IOException("the sending side broke");
                }
                long wait = chunk.dueNanos() - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                gate();
                out.write(chunk.bytes());
                out.flush();
            }
        } catch (IOException e) {
            closeQuietly(to);
            closeQuietly(from);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Bytes on their way, and when they may leave. */
    private record Chunk(long dueNanos, byte[] bytes) {
        static final Chunk END = new Chunk(0, new byte[0]);
        static final Chunk BROKEN = new Chunk(0, new byte[0]);
    }

    private synchronized boolean keep(Socket socket) {
        if (closed) {
            closeQuietly(socket);
            return false;
        }
        sockets.removeIf(Socket::isClosed);
        sockets.add(socket);
        return true;
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        sockets.forEach(FaultyLink::closeQuietly);
        sockets.clear();
    }

    static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }
}
