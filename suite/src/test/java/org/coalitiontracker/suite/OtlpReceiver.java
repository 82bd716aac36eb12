package org.coalitiontracker.suite;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.coalitiontracker.testing.FreePorts;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

/**
 * A stand-in OpenTelemetry collector in the test's JVM: it takes what the suite's services export
 * over OTLP/HTTP in protobuf ({@code POST /v1/traces}) and keeps every span, with the
 * {@code service.name} of the resource it came with, for a test to look for.
 */
final class OtlpReceiver implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String PROTOBUF = "application/x-protobuf";

    /** A span as the collector received it; ids in hex, as a trace viewer shows them (the parent "" for a root). */
    record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, Span.SpanKind kind, String name,
            long startEpochNanos, long endEpochNanos, Map<String, String> attributes) {
    }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new ArrayList<>();

    private OtlpReceiver(HttpServer server) {
        this.server = server;
    }

    static OtlpReceiver start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), FreePorts.pick()), 0);
        OtlpReceiver receiver = new OtlpReceiver(server);
        server.createContext("/v1/traces", receiver::receive);
        server.start();
        return receiver;
    }

    /** What a service needs to export its spans here: the endpoint, OTLP over HTTP, and batches sent soon after a span ends. */
    Map<String, String> exporterEnvironment() {
        return Map.of(
                "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + server.getAddress().getPort(),
                "QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
                // The batch span processor's default 5 s delay would be most of the test's wait.
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "100ms");
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (!exchange.getRequestMethod().equals("POST") || contentType == null || !contentType.startsWith(PROTOBUF)) {
                // An exporter misconfigured to JSON or gRPC is told so instead of being read wrong.
                exchange.sendResponseHeaders(415, -1);
                return;
            }
            ExportTraceServiceRequest request;
            try (InputStream body = exchange.getRequestBody()) {
                request = ExportTraceServiceRequest.parseFrom(body);
            }
            List<ReceivedSpan> received = new ArrayList<>();
            for (ResourceSpans resource : request.getResourceSpansList()) {
                String service = attributes(resource.getResource().getAttributesList()).get("service.name");
                for (ScopeSpans scope : resource.getScopeSpansList()) {
                    for (Span span : scope.getSpansList()) {
                        received.add(new ReceivedSpan(service, hex(span.getTraceId().toByteArray()), hex(span.getSpanId().toByteArray()),
                                hex(span.getParentSpanId().toByteArray()), span.getKind(), span.getName(), span.getStartTimeUnixNano(),
                                span.getEndTimeUnixNano(), attributes(span.getAttributesList())));
                    }
                }
            }
            synchronized (spans) {
                spans.addAll(received);
            }
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", PROTOBUF);
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    /** Waits until a received span matches; spans arrive in batches after they end (a publish's once the broker acknowledged). */
    ReceivedSpan await(String description, Predicate<ReceivedSpan> matches) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            synchronized (spans) {
                for (ReceivedSpan span : spans) {
                    if (matches.test(span)) {
                        return span;
                    }
                }
            }
            if (System.nanoTime() > deadline) {
                return fail("no " + description + " among the received spans:\n" + describe(received()));
            }
            Thread.sleep(50);
        }
    }

    List<ReceivedSpan> received() {
        synchronized (spans) {
            return List.copyOf(spans);
        }
    }

    List<ReceivedSpan> trace(String traceId) {
        return received().stream().filter(s -> s.traceId().equals(traceId)).toList();
    }

    /** Prints a trace as a viewer would show it: service, kind, name, ids, start offset and duration. */
    static void print(List<ReceivedSpan> trace) {
        System.out.println("Trace " + trace.get(0).traceId() + ":");
        System.out.print(describe(trace));
    }

    private static String describe(List<ReceivedSpan> spans) {
        long start = spans.stream().mapToLong(ReceivedSpan::startEpochNanos).min().orElse(0);
        return spans.stream().sorted(Comparator.comparingLong(ReceivedSpan::startEpochNanos)).map(s -> String.format(
                "  %-19s %-18s %-45s span %s parent %-16s  +%.1f ms, %.1f ms%n", s.service(), s.kind(), s.name(), s.spanId(),
                s.parentSpanId(), (s.startEpochNanos() - start) / 1e6, (s.endEpochNanos() - s.startEpochNanos()) / 1e6))
                .collect(Collectors.joining());
    }

    private static Map<String, String> attributes(List<KeyValue> attributes) {
        // Values as text whatever their type (partition and offset are integers): enough to compare and print.
        return attributes.stream().collect(Collectors.toMap(KeyValue::getKey, kv -> anyValueText(kv), (a, b) -> b));
    }

    private static String anyValueText(KeyValue keyValue) {
        var value = keyValue.getValue();
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case INT_VALUE -> Long.toString(value.getIntValue());
            case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
            case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
            default -> value.toString().strip();
        };
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
