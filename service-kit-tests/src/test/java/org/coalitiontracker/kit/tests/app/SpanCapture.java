package org.coalitiontracker.kit.tests.app;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;

/**
 * The spans the test application finishes, kept in memory: Quarkus' OpenTelemetry SDK exports to
 * every {@code SpanExporter} bean. It sees spans only where the SDK is enabled (test-support's {@code TracingProfile});
 * elsewhere it stays empty, which {@code TracingOffTests} relies on. (test-support, which holds the
 * profile, is no bean archive: the bean is the test module's own.)
 */
public class SpanCapture {

    @Produces
    @Singleton
    InMemorySpanExporter spans() {
        return InMemorySpanExporter.create();
    }
}
