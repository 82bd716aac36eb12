package org.coalitiontracker.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Owners that hang: a socket that accepts every connection and never reads or answers, as an
 * owner behind a black-holed route or stuck in a pause does (not a refused port, which fails at
 * once). Counts the connections it accepted, given to a test's {@link IntSupplier} field (a JDK
 * type, so that the test sees it whatever class loader loaded this class).
 */
public class HangingOwnerResource implements QuarkusTestResourceLifecycleManager {

    private final AtomicInteger accepted = new AtomicInteger();
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private ServerSocket server;

    @Override
    public Map<String, String> start() {
        try {
            server = new ServerSocket(FreePorts.pick(), 200, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("The hanging owner did not start", e);
        }
        Thread acceptor = new Thread(this::accept, "hanging-owner");
        acceptor.setDaemon(true);
        acceptor.start();
        String url = "http://localhost:" + server.getLocalPort();
        return Map.of("coalition.owners.countries-url", url, "coalition.owners.events-url", url);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                held.add(server.accept());
                accepted.incrementAndGet();
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields((IntSupplier) accepted::get, new TestInjector.MatchesType(IntSupplier.class));
    }

    @Override
    public void stop() {
        try {
            server.close();
            for (Socket socket : held) {
                socket.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
