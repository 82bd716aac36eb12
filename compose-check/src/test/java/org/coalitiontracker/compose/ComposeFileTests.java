package org.coalitiontracker.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.kafka.server.config.AbstractKafkaConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.yaml.snakeyaml.constructor.DuplicateKeyException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * docker-compose.yml checked without a Docker engine: against the Compose Specification's JSON
 * schema (the one Compose itself validates with), and for the shape the project promises — six
 * containers with health checks, services that wait for healthy infrastructure, the official
 * Kafka image in KRaft mode, one PostgreSQL server with one database per service, services
 * built from their Dockerfiles, and a trace viewer they all send their traces to.
 */
class ComposeFileTests {

    static final List<String> SERVICES = Services.NAMES;
    static final List<String> CONTAINERS = List.of("kafka", "postgres", "countries-service", "events-service",
            "commitments-service", "jaeger");

    static ComposeSchema schema;
    static ComposeFile compose;
    static String yaml;

    @BeforeAll
    static void load() throws Exception {
        schema = ComposeSchema.load();
        yaml = Files.readString(Project.root().resolve("docker-compose.yml"));
        compose = ComposeFile.parse(yaml);
    }

    @Test
    void matchesTheComposeSpecificationSchema() {
        assertEquals(List.of(), schema.violations(compose.document()));
    }

    @Test
    void startsWithoutAnyVariableSet() {
        assertEquals(Set.of(), compose.variablesWithoutDefault(),
                "every ${VARIABLE} needs a default, so that `docker compose up` works without a .env file");
    }

    /** The schema check can fail: each broken variant of the real file is rejected, naming the fault. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a misspelt service key             | '    healthcheck:\\n      test: ["CMD", "curl"'   | '    helthcheck:\\n      test: ["CMD", "curl"' | property 'helthcheck' is not defined
            a misspelt depends_on condition    | 'condition: service_healthy'                    | 'condition: service_healty'                   | depends_on/postgres/condition
            a misspelt top-level key           | '\\nvolumes:\\n  kafka-data:'                     | '\\nvolume:\\n  kafka-data:'                    | property 'volume' is not defined
            a duration that is not a string    | 'start_period: 60s'                             | 'start_period: 60'                            | start_period
            a dependency with no condition     | '      kafka:\\n        condition: service_healthy\\n' | '      kafka:\\n        restart: true\\n' | condition
            a build section that is a list     | '    build:\\n      context: ./events-service\\n      dockerfile: src/main/docker/Dockerfile.jvm\\n' | '    build:\\n      - ./events-service\\n' | build
            """)
    void aBrokenComposeFileFailsTheSchemaCheck(String fault, String original, String broken, String named) {
        String brokenYaml = replaceOnce(yaml, unescape(original), unescape(broken));
        List<String> violations = schema.violations(ComposeFile.parse(brokenYaml).document());
        assertFalse(violations.isEmpty(), fault + " was not detected");
        System.out.println(fault + ": " + violations);
        assertTrue(violations.stream().anyMatch(v -> v.contains(named)), fault + ": " + violations);
    }

    @Test
    void aDuplicatedKeyIsRejected() {
        String broken = replaceOnce(yaml, "    image: postgres:17\n", "    image: postgres:17\n    image: postgres:16\n");
        assertThrows(DuplicateKeyException.class, () -> ComposeFile.parse(broken));
    }

    @Test
    void runsKafkaPostgresTheThreeServicesAndTheTraceViewer() {
        assertEquals(new TreeSet<>(CONTAINERS), new TreeSet<>(compose.serviceNames()));
    }

    @ParameterizedTest
    @FieldSource("CONTAINERS")
    void everyContainerHasAHealthCheck(String container) {
        JsonNode healthcheck = compose.service(container).path("healthcheck");
        assertTrue(healthcheck.isObject(), container + " has no healthcheck");
        assertFalse(healthcheck.path("disable").asBoolean(false), container + ": healthcheck disabled");
        JsonNode test = healthcheck.path("test");
        assertTrue(test.isArray() && test.size() > 1, container + ": healthcheck.test " + test);
        assertTrue(Set.of("CMD", "CMD-SHELL").contains(test.get(0).asText()), container + ": healthcheck.test " + test);
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void servicesStartOnlyOnceKafkaAndPostgresAreHealthy(String service) {
        JsonNode dependsOn = compose.service(service).path("depends_on");
        assertTrue(dependsOn.isObject(), service + ": depends_on must be the long form, with conditions");
        assertTrue(dependsOn.has("kafka") && dependsOn.has("postgres"), service + " depends on " + dependsOn);
        dependsOn.fields().forEachRemaining(dependency -> {
            assertEquals("service_healthy", dependency.getValue().path("condition").asText(),
                    service + " -> " + dependency.getKey());
            assertTrue(compose.service(dependency.getKey()).has("healthcheck"), dependency.getKey());
        });
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void aServiceIsHealthyWhenItIsReadyOnItsOwnPort(String service) {
        int port = Services.PORTS.get(service);
        JsonNode definition = compose.service(service);
        assertEquals(String.valueOf(port), compose.environment(service).get("QUARKUS_HTTP_PORT"), service);
        String check = definition.path("healthcheck").path("test").toString();
        assertTrue(check.contains("\"curl\"") && check.contains("\"--fail\""), service + ": " + check);
        assertTrue(check.contains("\"http://localhost:" + port + "/q/health/ready\""), service + ": " + check);
        assertEquals(port + ":" + port, definition.path("ports").path(0).asText(), service + ": published port");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void servicesAreBuiltFromTheirDockerfilesOutOfTheQuarkusAppFolder(String service) throws Exception {
        JsonNode build = compose.service(service).path("build");
        Path context = Project.root().resolve(build.path("context").asText()).normalize();
        assertEquals(Project.root().resolve(service), context, service + ": build context");
        Path dockerfile = context.resolve(build.path("dockerfile").asText());
        assertTrue(Files.isRegularFile(dockerfile), service + ": no " + dockerfile);
        String text = Files.readString(dockerfile);
        assertTrue(Pattern.compile("^FROM eclipse-temurin:\\d+-jre", Pattern.MULTILINE).matcher(text).find(),
                "a JRE base image that ships curl for the health check");
        for (String part : List.of("lib/", "*.jar", "app/", "quarkus/")) {
            assertTrue(text.contains("COPY target/quarkus-app/" + part), service + ": copies target/quarkus-app/" + part);
        }
        assertTrue(text.contains("\nEXPOSE " + Services.PORTS.get(service) + "\n"), service + ": EXPOSE");
        assertTrue(text.contains("/deployments/quarkus-run.jar"), service + ": runs quarkus-run.jar");
        assertTrue(Pattern.compile("^USER (?!root)", Pattern.MULTILINE).matcher(text).find(), service + ": runs as a non-root user");
        List<String> ignore = Files.readAllLines(context.resolve(".dockerignore"));
        assertTrue(ignore.contains("*") && ignore.contains("!target/quarkus-app/*"),
                service + ": the build context sends only target/quarkus-app");
    }

    @Test
    void kafkaIsTheOfficialApacheImageAsOneKraftNode() {
        JsonNode kafka = compose.service("kafka");
        assertTrue(kafka.path("image").asText().startsWith("apache/kafka:4.2."), kafka.path("image").asText());
        Map<String, String> environment = compose.environment("kafka");
        assertEquals("broker,controller", environment.get("KAFKA_PROCESS_ROLES"));
        assertEquals("PLAINTEXT://kafka:9092", environment.get("KAFKA_ADVERTISED_LISTENERS"));
        assertEquals("1@kafka:9093", environment.get("KAFKA_CONTROLLER_QUORUM_VOTERS"));
        assertFalse(compose.serviceNames().stream().anyMatch(name -> name.contains("zookeeper")));
        for (String service : SERVICES) {
            assertEquals("kafka:9092", compose.environment(service).get("KAFKA_BOOTSTRAP_SERVERS"), service);
        }
    }

    /**
     * The apache/kafka image turns KAFKA_X_Y into the broker property x.y ('__' for '_', '___' for
     * '-'); each must be a property the broker defines, so a misspelt one fails here rather than
     * being silently ignored.
     */
    @Test
    void everyKafkaVariableIsABrokerProperty() {
        List<String> unknown = new ArrayList<>();
        for (String variable : compose.environment("kafka").keySet()) {
            if (!variable.equals("CLUSTER_ID") && !AbstractKafkaConfig.CONFIG_DEF.names().contains(kafkaProperty(variable))) {
                unknown.add(variable + " -> " + kafkaProperty(variable));
            }
        }
        assertEquals(List.of(), unknown);
        assertFalse(AbstractKafkaConfig.CONFIG_DEF.names().contains(kafkaProperty("KAFKA_CONTROLER_QUORUM_VOTERS")),
                "the check itself rejects a misspelt broker property");
    }

    @Test
    void everyServiceSendsItsTracesToJaegerOverOtlp() {
        JsonNode jaeger = compose.service("jaeger");
        assertTrue(jaeger.path("image").asText().startsWith("jaegertracing/all-in-one:"), jaeger.path("image").asText());
        assertEquals("true", compose.environment("jaeger").get("COLLECTOR_OTLP_ENABLED"));
        assertTrue(texts(jaeger.path("ports")).contains("16686:16686"), "the UI is published: " + jaeger.path("ports"));
        for (String service : SERVICES) {
            assertEquals("http://jaeger:4317", compose.environment(service).get("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT"), service);
            assertFalse(compose.service(service).path("depends_on").has("jaeger"), service + " must start without the trace viewer");
        }
    }

    @Test
    void postgresIsOneServerWhoseDataIsInANamedVolume() {
        JsonNode postgres = compose.service("postgres");
        assertTrue(postgres.path("image").asText().matches("postgres:1[67](\\..*)?"), postgres.path("image").asText());
        List<String> volumes = texts(postgres.path("volumes"));
        assertTrue(volumes.contains("postgres-data:/var/lib/postgresql/data"), volumes.toString());
        assertTrue(volumes.contains("./docker/postgres/init:/docker-entrypoint-initdb.d:ro"), volumes.toString());
        assertTrue(texts(compose.service("kafka").path("volumes")).contains("kafka-data:/var/lib/kafka/data"));
        assertEquals("/var/lib/kafka/data", compose.environment("kafka").get("KAFKA_LOG_DIRS"));
        JsonNode declared = compose.document().path("volumes");
        assertTrue(declared.has("postgres-data") && declared.has("kafka-data"), "named volumes " + declared);
    }

    @ParameterizedTest
    @CsvSource({"countries-service, countries", "events-service, events", "commitments-service, commitments"})
    void eachServiceUsesItsOwnDatabaseAsItsOwner(String service, String database) {
        Map<String, String> environment = compose.environment(service);
        assertEquals("jdbc:postgresql://postgres:5432/" + database, environment.get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals(database, environment.get("QUARKUS_DATASOURCE_USERNAME"));
        String raw = compose.raw().path("services").path(service).path("environment").path("QUARKUS_DATASOURCE_PASSWORD").asText();
        String variable = database.toUpperCase() + "_DB_PASSWORD";
        assertEquals("${" + variable + ":-" + database + "}", raw, "the password the init script gave the role");
        assertEquals(raw, compose.raw().path("services").path("postgres").path("environment").path(variable).asText());
        assertTrue(PostgresInitScriptTests.databasesCreated().contains(database));
        assertNotEquals("postgres", environment.get("QUARKUS_DATASOURCE_USERNAME"), "not the superuser");
    }

    static String kafkaProperty(String variable) {
        return variable.substring("KAFKA_".length()).toLowerCase()
                .replace("___", "\u0001").replace("__", "\u0002").replace('_', '.')
                .replace('\u0001', '-').replace('\u0002', '_');
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n");
    }

    private static String replaceOnce(String text, String original, String replacement) {
        int at = text.indexOf(original);
        assertTrue(at >= 0, "docker-compose.yml no longer contains: " + original);
        return text.substring(0, at) + replacement + text.substring(at + original.length());
    }
}
