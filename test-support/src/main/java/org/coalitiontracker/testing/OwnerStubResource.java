package org.coalitiontracker.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.coalitiontracker.testing.FreePorts;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for the other services where a service asks them directly
 * (when a read copy cannot confirm a reference). A GET answers what a test stored for that path
 * with a PUT (see {@link OwnerStub}), or 404, as the owner answers for a record it does not have.
 * Tests fill it over HTTP rather than through a shared object, because the application and the
 * tests may see this class through different class loaders.
 */
public class OwnerStubResource implements QuarkusTestResourceLifecycleManager {

    public static final String STATUS_HEADER = "X-Stub-Status";

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), FreePorts.pick()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("The owner stub did not start", e);
        }
        server.createContext("/", this::handle);
        server.start();
        String url = "http://localhost:" + server.getAddress().getPort();
        // One stub stands in for every owner, and tests make some of its paths fail on purpose: a
        // breaker that opened on those would refuse the next test's lookups, so it never opens here
        // (HangingOwnerTests in commitments-service shows the breaker, against owners of its own).
        return Map.of("coalition.owners.countries-url", url, "coalition.owners.events-url", url, "coalition.owners.commitments-url", url,
                "coalition.owners.breaker.request-volume", "1000");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if ("PUT".equals(exchange.getRequestMethod())) {
                String status = exchange.getRequestHeaders().getFirst(STATUS_HEADER);
                answers.put(path, new Answer(status == null ? 200 : Integer.parseInt(status),
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            Answer answer = answers.getOrDefault(path, new Answer(404, "{\"status\": 404}"));
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    private record Answer(int status, String body) {
    }
}
