package org.coalitiontracker.suite;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks that a port the suite wants is free, and says what to do when it is not. */
final class FreePort {

    private FreePort() {
    }

    /** Thrown when a port is taken; the message names the port, who wanted it and the setting that moves it. */
    static final class PortInUseException extends RuntimeException {
        PortInUseException(String message) {
            super(message);
        }
    }

    static void require(int port, String user, String variable) {
        // Services listen on all interfaces, the broker and PostgreSQL on loopback: both must be free.
        for (InetAddress address : new InetAddress[] { InetAddress.getLoopbackAddress(), null }) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(address == null ? new InetSocketAddress(port) : new InetSocketAddress(address, port));
            } catch (IOException e) {
                throw new PortInUseException("Port " + port + ", wanted by " + user + ", is already in use. Stop what uses it"
                        + " (e.g. an earlier run of the suite: `ss -ltnp 'sport = :" + port + "'` shows it),"
                        + " or choose another port: " + variable + "=<port> ./run-suite");
            }
        }
    }
}
