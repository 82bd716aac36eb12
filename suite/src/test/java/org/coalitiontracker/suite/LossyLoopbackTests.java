package org.coalitiontracker.suite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Packet loss on the loopback for chosen ports: real drops that TCP repairs, and only for those ports. */
class LossyLoopbackTests {

    @Test
    void theProgramChecksEveryPortOnBothSidesAndDrawsOnce() {
        String program = LossyLoopback.bytecode(0.25, new TreeSet<>(List.of(2001, 2002)));
        // 5 checks of the headers, 2 × (a load + 2 ports), pass, the draw, its test, drop, pass.
        assertTrue(program.startsWith("16,40 0 0 12,21 0 9 2048,48 0 0 23,21 0 7 6,177 0 0 14,"), program);
        assertTrue(program.contains(",72 0 0 14,21 5 0 2001,21 4 0 2002,72 0 0 16,21 2 0 2001,21 1 0 2002,6 0 0 4294967295,"), program);
        assertTrue(program.endsWith(",32 0 0 4294963256,37 0 1 3221225472,6 0 0 2,6 0 0 4294967295"), program);
    }

    @Test
    void segmentsOfTheChosenPortAreDroppedAndRetransmittedWhole() throws Exception {
        try (ServerSocket echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            FaultyLink.daemon("echo", () -> {
                try (Socket connection = echo.accept(); InputStream in = connection.getInputStream(); OutputStream out = connection.getOutputStream()) {
                    connection.setTcpNoDelay(true);
                    in.transferTo(out);
                } catch (IOException e) {
                    // the client went away
                }
            });
            long retransmittedBefore = LossyLoopback.retransmittedSegments();
            try (LossyLoopback loss = LossyLoopback.drop(0.30, Set.of(echo.getLocalPort()));
                    Socket socket = new Socket(InetAddress.getLoopbackAddress(), echo.getLocalPort())) {
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(60_000);
                // One small segment each way per round trip: about 24 of these 80 segments are dropped.
                for (int i = 0; i < 40; i++) {
                    byte[] message = ("message " + i).getBytes();
                    socket.getOutputStream().write(message);
                    assertArrayEquals(message, socket.getInputStream().readNBytes(message.length));
                }
            }
            long retransmitted = LossyLoopback.retransmittedSegments() - retransmittedBefore;
            // At 30 % of 80 segments, fewer than 5 drops has a probability below 10^-5.
            assertTrue(retransmitted >= 5, "TCP retransmitted " + retransmitted + " segments while 30 % were dropped");
        }
    }
}
