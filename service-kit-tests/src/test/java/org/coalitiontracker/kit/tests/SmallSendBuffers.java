package org.coalitiontracker.kit.tests;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;

/**
 * The test server's sockets get a small send buffer. Linux grows a socket's buffers to megabytes
 * on its own, enough to absorb every change a test writes, so that a client that does not read
 * would never hold up the server's writes and the slow-client cut-off could not be seen within a
 * test. With a fixed small buffer, a few dozen unread changes fill the socket and the next write
 * waits, as it would behind a slow reader on a real network.
 */
@ApplicationScoped
public class SmallSendBuffers implements HttpServerOptionsCustomizer {

    static final int SEND_BUFFER_BYTES = 8 * 1024;

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setSendBufferSize(SEND_BUFFER_BYTES);
    }
}
