package org.coalitiontracker.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A service with the OpenTelemetry SDK on and its spans kept in memory instead of sent to a
 * collector (docs/change-events.md, "Traces"): the SDK enabled explicitly (no collector is named,
 * so the kit's switch alone keeps it off) and Quarkus' OTLP exporter left out. The test module
 * produces the {@code InMemorySpanExporter} bean the SDK exports to (this library is no bean
 * archive); {@link FinishedSpans} reads it.
 */
public class TracingProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.exporter.otlp.enabled", "false",
                // Spans reach the exporter in batches; a short delay keeps the waits short.
                "quarkus.otel.bsp.schedule.delay", "50ms");
    }
}
