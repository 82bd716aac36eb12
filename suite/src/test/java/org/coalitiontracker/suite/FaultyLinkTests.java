package org.coalitiontracker.suite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fault-injecting link over real sockets, in front of an echo server. */
class FaultyLinkTests {

    private ServerSocket echo;
    private FaultyLink link;

    @BeforeEach
    void start() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        FaultyLink.daemon("echo", () -> {
            while (!echo.isClosed()) {
                try {
                    Socket connection = echo.accept();
                    FaultyLink.daemon("echo", () -> {
                        try (connection; InputStream in = connection.getInputStream(); OutputStream out = connection.getOutputStream()) {
                            in.transferTo(out);
                        } catch (IOException e) {
                            // the client went away
                        }
                    });
                } catch (IOException e) {
                    return;
                }
            }
        });
        link = FaultyLink.open(0, echo.getLocalPort());
    }

    @AfterEach
    void stop() throws IOException {
        link.close();
        echo.close();
    }

    @Test
    void bytesPassAreHeldByABlackHoleWithoutAResetAndFlowAgainOnHeal() throws Exception {
        try (Socket open = connect()) {
            assertArrayEquals(bytes("before"), roundTrip(open, "before"));

            link.blackHole();
            send(open, "during");
            // Nothing comes back and nothing is refused: the read times out, the socket stays open.
            assertThrows(SocketTimeoutException.class, () -> open.getInputStream().read());
            try (Socket opened = connect()) {
                send(opened, "new during");
                assertThrows(SocketTimeoutException.class, () -> opened.getInputStream().read());

                link.pass();
                assertArrayEquals(bytes("during"), read(open, "during".length()));
                assertArrayEquals(bytes("new during"), read(opened, "new during".length()));
                assertArrayEquals(bytes("after"), roundTrip(open, "after"));
            }
        }
    }

    @Test
    void delayedChunksArriveWhole() throws Exception {
        link.delay(Duration.ofMillis(300));
        try (Socket socket = connect()) {
            assertArrayEquals(bytes("slow"), roundTrip(socket, "slow"));
            link.pass();
            assertArrayEquals(bytes("fast"), roundTrip(socket, "fast"));
        }
    }

    @Test
    void chunksSentOneAfterAnotherUnderADelayArriveWholeAndInOrder() throws Exception {
        link.delay(Duration.ofMillis(300));
        try (Socket socket = connect()) {
            StringBuilder sent = new StringBuilder();
            for (int i = 0; i < 50; i++) {
                String piece = "piece " + i + ";";
                send(socket, piece);
                sent.append(piece);
            }
            assertArrayEquals(bytes(sent.toString()), read(socket, sent.length()));
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), link.port()), 2_000);
        socket.setSoTimeout(1_500);
        return socket;
    }

    private static byte[] roundTrip(Socket socket, String text) throws IOException {
        send(socket, text);
        return read(socket, text.length());
    }

    private static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(bytes(text));
        socket.getOutputStream().flush();
    }

    private static byte[] read(Socket socket, int length) throws IOException {
        socket.setSoTimeout(10_000);
        try {
            return socket.getInputStream().readNBytes(length);
        } finally {
            socket.setSoTimeout(1_500);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
