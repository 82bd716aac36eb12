package org.coalitiontracker.kit.tests;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The test application with the OpenTelemetry SDK on and its spans kept in memory
 * ({@code app.SpanCapture}) instead of sent to a collector: the SDK enabled explicitly (no
 * collector is named, so the kit's switch alone would keep it off) and Quarkus' OTLP exporter
 * left out (there is no collector to send to).
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
