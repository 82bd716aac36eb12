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
import java.util.List;

/**
 * A TCP link between a client and an upstream {@code 127.0.0.1:port}, through real sockets, that
 * a test can switch at run time: {@link Mode#PASS} forwards every byte, {@link Mode#BLACK_HOLE}
 * keeps every connection open but forwards nothing in either direction and accepts new
 * connections without connecting them upstream (a partition: nothing is refused or reset, the
 * client's reads simply time out), {@link Mode#DELAY} holds each chunk for a while before
 * forwarding it. Bytes held during a black hole are not thrown away: they wait in the socket
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

    /** Each chunk in either direction is held {@code delay} before it is forwarded. */
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

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                // A chunk read during a black hole waits here, and nothing more is read, so the
                // sender's buffers fill as they would behind a dead route.
                Duration hold = gate();
                if (!hold.isZero()) {
                    Thread.sleep(hold.toMillis());
                    gate();
                }
                out.write(buffer, 0, read);
                out.flush();
            }
            to.shutdownOutput();
        } catch (IOException e) {
            closeQuietly(to);
            closeQuietly(from);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
