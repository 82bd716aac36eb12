package org.coalitiontracker.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Every environment variable it sets is one the services read": each variable set on a service
 * container must reach a property that the service's code (or the shared kit's) reads, or one of
 * the few standard Quarkus run-time properties. What this proves and what it does not is on
 * {@link ServiceSettings}: a name is read; not that every value is valid.
 */
class ServiceEnvironmentTests {

    static final List<String> SERVICES = Services.NAMES;

    /** The variables DESIGN.md says every service is configured with. */
    static final List<String> DESIGN_VARIABLES = List.of(
            "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
            "KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_HTTP_PORT");

    @ParameterizedTest
    @FieldSource("SERVICES")
    void everyVariableSetOnAServiceIsOneItReads(String service) {
        assertEquals(List.of(), unreadVariables(ComposeFile.project(), service),
                "Variables set on " + service + " in docker-compose.yml that it does not read. It reads:\n"
                        + ServiceSettings.of(service));
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void everyServiceGetsTheDesignVariablesAndWhereTheOtherServicesAnswer(String service) {
        Map<String, String> environment = ComposeFile.project().environment(service);
        for (String variable : DESIGN_VARIABLES) {
            assertTrue(environment.containsKey(variable), service + " does not set " + variable);
        }
        for (String other : SERVICES) {
            if (!other.equals(service)) {
                assertEquals("http://" + other + ":" + Services.PORTS.get(other),
                        environment.get(Services.OWNER_URL_VARIABLES.get(other)),
                        service + ": where " + other + " answers");
            }
        }
    }

    @Test
    void kafkaBootstrapServersIsReadByTheKitsKafkaClients() {
        for (String service : SERVICES) {
            Optional<String> reader = ServiceSettings.of(service).reader("KAFKA_BOOTSTRAP_SERVERS");
            assertTrue(reader.isPresent(), service + " does not read KAFKA_BOOTSTRAP_SERVERS");
            assertTrue(reader.get().startsWith("kafka.bootstrap.servers ") && reader.get().contains("KafkaClients.java"),
                    reader.get());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_MECHANISM", "KAFKA_SASL_JAAS_CONFIG",
            "KAFKA_SSL_TRUSTSTORE_LOCATION", "KAFKA_SSL_KEYSTORE_LOCATION", "KAFKA_SESSION_TIMEOUT_MS" })
    void everyKafkaClientSettingReachesTheKitsKafkaClients(String variable) {
        for (String service : SERVICES) {
            Optional<String> reader = ServiceSettings.of(service).reader(variable);
            assertTrue(reader.isPresent() && reader.get().contains("KafkaClients.java"), service + ": " + variable + " " + reader);
        }
    }

    @Test
    void theKitsConfigMappingsAreWalkedAsSmallRyeConfigMapsThem() {
        Map<String, String> properties = ServiceSettings.of("countries-service").properties();
        // countries-service asks the owners of what it consumes (its contract), never itself.
        for (String property : List.of("coalition.owners.events-url",
                "coalition.owners.commitments-url", "coalition.owners.timeout", "coalition.change-events.enabled",
                "coalition.change-events.relay.poll-interval", "coalition.change-events.consumer.group-id",
                "coalition.change-events.topics.replication-factor")) {
            assertTrue(properties.containsKey(property), property + " not found in\n" + properties.keySet());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "MADE_UP_SETTING",
            "COALITION_OWNERS_COUNTRY_URL", // misspelt: the property is countries-url
            "KAFKA_BOOTSTRAP_SERVER",
            "COALITION_CHANGE_EVENTS_RELAY_INTERVAL",
            "QUARKUS_DATASOURCE_DB_KIND", // fixed at build time
            "QUARKUS_APPLICATION_NAME", // read by the kit, but fixed at build time
            "QUARKUS_DATASOURCE_JDBC_URLS"})
    void aVariableNoServiceReadsIsRejected(String variable) {
        for (String service : SERVICES) {
            assertEquals(Optional.empty(), ServiceSettings.of(service).reader(variable), service + ": " + variable);
        }
    }

    @Test
    void theCheckFailsOnAComposeFileThatSetsAMadeUpVariable() throws Exception {
        String yaml = Files.readString(Project.root().resolve("docker-compose.yml")).replace(
                "      COALITION_OWNERS_EVENTS_URL: http://events-service:8081\n      COALITION_OWNERS_COMMITMENTS_URL",
                "      COALITION_OWNERS_EVENT_URL: http://events-service:8081\n      COALITION_OWNERS_COMMITMENTS_URL");
        ComposeFile broken = ComposeFile.parse(yaml);
        assertEquals(List.of("COALITION_OWNERS_EVENT_URL"), unreadVariables(broken, "countries-service"));
    }

    @Test
    void anEnvironmentWrittenAsAListIsCheckedToo() {
        ComposeFile listForm = ComposeFile.parse("""
                services:
                  events-service:
                    image: example
                    environment:
                      - KAFKA_BOOTSTRAP_SERVERS=kafka:9092
                      - QUARKUS_HTTP_PORT=8081
                      - COALITION_CHANGE_EVENTS_CONSUMER_GROUP_ID=events
                      - NOT_READ_BY_ANYONE=1
                """);
        assertEquals(List.of("NOT_READ_BY_ANYONE"), unreadVariables(listForm, "events-service"));
    }

    static List<String> unreadVariables(ComposeFile compose, String service) {
        ServiceSettings settings = ServiceSettings.of(service);
        List<String> unread = new ArrayList<>();
        for (String variable : compose.environment(service).keySet()) {
            if (settings.reader(variable).isEmpty()) {
                unread.add(variable);
            }
        }
        return unread;
    }
}
