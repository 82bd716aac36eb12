package org.coalitiontracker.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;

/** The spans a service under {@link TracingProfile} has finished, as its tracing tests look for them. */
public final class FinishedSpans {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final AttributeKey<String> MESSAGE_KEY = AttributeKey.stringKey("messaging.kafka.message.key");
    private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");

    private FinishedSpans() {
    }

    /**
     * Waits for a finished span of this kind and name, and for a change event's span of this
     * record key ({@code messageKey} null: any). Spans reach the exporter in batches, after they
     * end (a publish's once the broker acknowledged).
     */
    public static SpanData await(InMemorySpanExporter spans, SpanKind kind, String name, String messageKey) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            Optional<SpanData> span = spans.getFinishedSpanItems().stream().filter(s -> s.getKind() == kind && s.getName().equals(name))
                    .filter(s -> messageKey == null || messageKey.equals(s.getAttributes().get(MESSAGE_KEY))).findFirst();
            if (span.isPresent()) {
                return span.get();
            }
            if (System.nanoTime() > deadline) {
                return fail("no " + kind + " span " + name + (messageKey == null ? "" : " of " + messageKey) + " among "
                        + spans.getFinishedSpanItems());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The W3C {@code traceparent} that carries this span's context. */
    public static String traceParent(SpanData span) {
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getSpanContext().getTraceFlags().asHex();
    }

    public static String serviceName(SpanData span) {
        return span.getResource().getAttribute(SERVICE_NAME);
    }

    /** Prints a trace as a viewer would show it: service, kind, name, ids, start offset and duration. */
    public static void print(List<SpanData> trace) {
        long start = trace.stream().mapToLong(SpanData::getStartEpochNanos).min().orElseThrow();
        System.out.println("Trace " + trace.get(0).getTraceId() + ":");
        trace.stream().sorted(Comparator.comparingLong(SpanData::getStartEpochNanos)).forEach(s -> System.out.printf(
                "  %-18s %-9s %-45s span %s parent %s  +%.1f ms, %.1f ms%n", serviceName(s), s.getKind(), s.getName(), s.getSpanId(),
                s.getParentSpanId(), (s.getStartEpochNanos() - start) / 1e6,
                TimeUnit.NANOSECONDS.toMicros(s.getEndEpochNanos() - s.getStartEpochNanos()) / 1e3));
    }
}
