package org.coalitiontracker.suite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.coalitiontracker.testing.FreePorts;
import org.coalitiontracker.testing.KafkaBrokerResource;

/**
 * The whole suite for a test: one embedded PostgreSQL with a database per service, a real
 * in-JVM Kafka broker, and the three services as separate processes from their packaged jars,
 * each configured only through environment variables.
 */
final class RunningSuite implements AutoCloseable {

    private static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();

    private final SuiteDatabase database;
    private final KafkaClusterTestKit kafka;
    private final Map<SuiteService, ServiceProcess> services = new EnumMap<>(SuiteService.class);
    private final Map<SuiteService, Integer> ports = new EnumMap<>(SuiteService.class);

    private RunningSuite(SuiteDatabase database, KafkaClusterTestKit kafka) {
        this.database = database;
        this.kafka = kafka;
        for (SuiteService service : SuiteService.values()) {
            ports.put(service, FreePorts.pick());
        }
    }

    static RunningSuite start() throws InterruptedException {
        RunningSuite suite = new RunningSuite(SuiteDatabase.start(FreePorts.pick(), null), KafkaBrokerResource.startBroker());
        try {
            for (SuiteService service : SuiteService.values()) {
                suite.startService(service);
            }
            for (ServiceProcess process : suite.services.values()) {
                process.awaitReady(Duration.ofSeconds(90));
            }
            return suite;
        } catch (RuntimeException | InterruptedException e) {
            suite.close();
            throw e;
        }
    }

    void startService(SuiteService service) {
        services.put(service, ServiceProcess.start(ROOT, service, ports.get(service), environment(service),
                ROOT.resolve("suite/target/suite-logs")));
    }

    void restart(SuiteService service) throws InterruptedException {
        startService(service);
        services.get(service).awaitReady(Duration.ofSeconds(90));
    }

    ServiceProcess service(SuiteService service) {
        return services.get(service);
    }

    String url(SuiteService service) {
        return "http://localhost:" + ports.get(service);
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    private Map<String, String> environment(SuiteService service) {
        Map<String, String> environment = new HashMap<>();
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(service));
        environment.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        environment.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        for (SuiteService owner : SuiteService.values()) {
            environment.put(owner.ownerUrlVariable(), url(owner));
        }
        return environment;
    }

    @Override
    public void close() {
        services.values().forEach(ServiceProcess::close);
        try {
            kafka.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            database.close();
        }
    }
}
