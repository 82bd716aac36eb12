package org.coalitiontracker.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SuiteSettingsTests {

    private static final Path ROOT = Path.of("/work/project");

    @Test
    void theDefaultsAreTheDocumentedPortsAnEmbeddedServerAndBrokerAndTheDemoData() {
        SuiteSettings settings = SuiteSettings.from(ROOT, Map.of(), List.of());
        assertEquals(8082, settings.port(SuiteService.COUNTRIES));
        assertEquals(8081, settings.port(SuiteService.EVENTS));
        assertEquals(8083, settings.port(SuiteService.COMMITMENTS));
        assertEquals(15432, settings.postgresPort());
        assertEquals(9092, settings.kafkaPort());
        assertEquals(ROOT.resolve("suite-data"), settings.dataDirectory());
        assertEquals(Optional.empty(), settings.externalPostgres());
        assertEquals(Optional.empty(), settings.externalKafka());
        assertTrue(settings.loadDemoData());
        assertEquals(Map.of(), settings.serviceEnvironment());
    }

    @Test
    void aTestsOwnEnvironmentForTheServicesChangesNothingElse() {
        SuiteSettings plain = SuiteSettings.from(ROOT, Map.of("SUITE_EVENTS_PORT", "18081"), List.of("--no-demo-data"));
        SuiteSettings traced = plain.withServiceEnvironment(Map.of("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:24318"));
        assertEquals(Map.of("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:24318"), traced.serviceEnvironment());
        assertEquals(plain, traced.withServiceEnvironment(Map.of()));
    }

    @Test
    void environmentVariablesMovePortsAndDataAndPointAtExternalServers() {
        SuiteSettings settings = SuiteSettings.from(ROOT, Map.of(
                "SUITE_EVENTS_PORT", "18081",
                "SUITE_DATA_DIR", "/var/tmp/suite",
                "SUITE_POSTGRES_URL", "jdbc:postgresql://db.example:5432/",
                "SUITE_POSTGRES_USER", "tracker",
                "KAFKA_BOOTSTRAP_SERVERS", "kafka.example:9092"), List.of());
        assertEquals(18081, settings.port(SuiteService.EVENTS));
        assertEquals(Path.of("/var/tmp/suite"), settings.dataDirectory());
        assertEquals(Optional.of(new SuiteSettings.ExternalPostgres("jdbc:postgresql://db.example:5432", "tracker", "coalition")),
                settings.externalPostgres());
        assertEquals(Optional.of("kafka.example:9092"), settings.externalKafka());
    }

    @Test
    void theDemoDataCanBeSkippedByFlagOrVariable() {
        assertFalse(SuiteSettings.from(ROOT, Map.of(), List.of("--no-demo-data")).loadDemoData());
        assertFalse(SuiteSettings.from(ROOT, Map.of("SUITE_DEMO_DATA", "off"), List.of()).loadDemoData());
        assertTrue(SuiteSettings.from(ROOT, Map.of("SUITE_DEMO_DATA", "true"), List.of()).loadDemoData());
    }

    @Test
    void aBadValueIsNamedNotIgnored() {
        assertEquals("SUITE_KAFKA_PORT=ninety is not a port number (1-65535)", assertThrows(SuiteSettings.InvalidSettingException.class,
                () -> SuiteSettings.from(ROOT, Map.of("SUITE_KAFKA_PORT", "ninety"), List.of())).getMessage());
        assertThrows(SuiteSettings.InvalidSettingException.class, () -> SuiteSettings.from(ROOT, Map.of("SUITE_COUNTRIES_PORT", "70000"), List.of()));
        assertThrows(SuiteSettings.InvalidSettingException.class, () -> SuiteSettings.from(ROOT, Map.of("SUITE_DEMO_DATA", "maybe"), List.of()));
        assertTrue(assertThrows(SuiteSettings.InvalidSettingException.class, () -> SuiteSettings.from(ROOT, Map.of(), List.of("--demo")))
                .getMessage().contains("Usage: ./run-suite"));
    }

    @Test
    void theTokenCommandTakesOnlyTheAdminFlag() {
        SuiteSettings.from(ROOT, Map.of(), List.of("token", "--admin"));
        assertThrows(SuiteSettings.InvalidSettingException.class, () -> SuiteSettings.from(ROOT, Map.of(), List.of("token", "--no-demo-data")));
    }
}
