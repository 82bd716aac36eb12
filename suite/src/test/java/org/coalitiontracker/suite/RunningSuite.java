package org.coalitiontracker.suite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.coalitiontracker.testing.FreePorts;

/**
 * The whole suite for a test: one embedded PostgreSQL with a database per service, a real
 * Kafka broker (its own process, from Apache Kafka's jars, so a test can stop and restart it),
 * and the three services as separate processes from their packaged jars, each configured only
 * through environment variables.
 */
final class RunningSuite implements AutoCloseable {

    private static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();

    private final SuiteDatabase database;
    private final KafkaServerProcess kafka;
    private final Map<SuiteService, ServiceProcess> services = new EnumMap<>(SuiteService.class);
    private final Map<SuiteService, Integer> ports = new EnumMap<>(SuiteService.class);
    private final java.util.List<ServiceProcess> extraInstances = new java.util.ArrayList<>();

    private RunningSuite(SuiteDatabase database, KafkaServerProcess kafka) {
        this.database = database;
        this.kafka = kafka;
        for (SuiteService service : SuiteService.values()) {
            ports.put(service, FreePorts.pick());
        }
    }

    static RunningSuite start() throws InterruptedException {
        Path kafkaDirectory = ROOT.resolve("suite/target/kafka-" + System.nanoTime());
        RunningSuite suite = new RunningSuite(SuiteDatabase.start(FreePorts.pick(), null),
                KafkaServerProcess.start(kafkaDirectory, FreePorts.pick(), FreePorts.pick()));
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

    /** Another instance of {@code service}, against the same database and broker, on its own port. */
    ServiceProcess startAnotherInstance(SuiteService service) throws InterruptedException {
        ServiceProcess another = ServiceProcess.start(ROOT, service, FreePorts.pick(), environment(service),
                ROOT.resolve("suite/target/suite-logs/second-instance"));
        extraInstances.add(another);
        another.awaitReady(Duration.ofSeconds(90));
        return another;
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

    String jdbcUrl(SuiteService service) {
        return database.jdbcUrl(service);
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    void stopKafka() throws InterruptedException {
        kafka.stop();
    }

    void startKafka() throws InterruptedException {
        kafka.start();
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
        extraInstances.forEach(ServiceProcess::close);
        services.values().forEach(ServiceProcess::close);
        try {
            kafka.close();
        } finally {
            database.close();
        }
    }
}
