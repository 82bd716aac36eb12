package org.coalitiontracker.suite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The whole suite on one machine: a PostgreSQL server with a database per service (embedded,
 * or an external one), a real Kafka broker (Apache Kafka's own, as its own process, or an
 * external one), and the three services as separate processes from their packaged jars,
 * configured only through environment variables, exactly as in production.
 */
public final class Suite implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final SuiteSettings settings;
    private SuiteDatabase database;
    private Optional<KafkaServerProcess> kafka = Optional.empty();
    private String bootstrapServers;
    private final SuiteKeys keys;
    private final Map<SuiteService, ServiceProcess> services = new EnumMap<>(SuiteService.class);
    private final List<ServiceProcess> extraInstances = new ArrayList<>();
    private boolean closed;

    private Suite(SuiteSettings settings) {
        this.settings = settings;
        this.keys = SuiteKeys.in(settings.keyDirectory());
    }

    /**
     * Starts everything and waits until every service is ready. Fails before starting anything
     * when a port it needs is taken; stops what it started when anything else fails.
     */
    public static Suite start(SuiteSettings settings, Consumer<String> progress) throws InterruptedException {
        Suite suite = create(settings);
        suite.startAll(progress);
        return suite;
    }

    /** A suite that has started nothing yet, so that a shutdown hook can hold it before {@link #startAll}. */
    public static Suite create(SuiteSettings settings) {
        return new Suite(settings);
    }

    public void startAll(Consumer<String> progress) throws InterruptedException {
        requireFreePorts(settings);
        try {
            startInfrastructure(progress);
            progress.accept("Starting countries-service, events-service and commitments-service (logs in " + settings.logDirectory() + ")");
            for (SuiteService service : SuiteService.values()) {
                startService(service);
            }
            for (ServiceProcess process : services.values()) {
                process.awaitReady(READY_TIMEOUT);
            }
        } catch (RuntimeException | InterruptedException e) {
            close();
            throw e;
        }
    }

    private static void requireFreePorts(SuiteSettings settings) {
        for (SuiteService service : SuiteService.values()) {
            FreePort.require(settings.port(service), service.module(), service.portVariable());
        }
        if (settings.externalPostgres().isEmpty()) {
            FreePort.require(settings.postgresPort(), "the embedded PostgreSQL", SuiteSettings.POSTGRES_PORT);
        }
        if (settings.externalKafka().isEmpty()) {
            FreePort.require(settings.kafkaPort(), "the Kafka broker", SuiteSettings.KAFKA_PORT);
            FreePort.require(settings.kafkaControllerPort(), "the Kafka controller", SuiteSettings.KAFKA_CONTROLLER_PORT);
            for (SuiteService service : SuiteService.values()) {
                settings.links(service).ifPresent(links -> FreePort.require(links.kafkaListenerPort(),
                        "the Kafka listener of " + service.module() + "'s link", "(a test's own setting)"));
            }
        }
    }

    private void startInfrastructure(Consumer<String> progress) throws InterruptedException {
        requireOpen();
        Path data = settings.dataDirectory();
        if (settings.externalPostgres().isPresent()) {
            SuiteSettings.ExternalPostgres external = settings.externalPostgres().get();
            progress.accept("Using PostgreSQL at " + external.serverUrl());
            setDatabase(SuiteDatabase.external(external.serverUrl(), external.user(), external.password()));
        } else {
            progress.accept("Starting PostgreSQL on port " + settings.postgresPort() + " (data in " + data.resolve("postgres") + ")");
            setDatabase(SuiteDatabase.start(settings.postgresPort(), data.resolve("postgres")));
        }
        requireOpen();
        if (settings.externalKafka().isPresent()) {
            bootstrapServers = settings.externalKafka().get();
            progress.accept("Using Kafka at " + bootstrapServers);
        } else {
            progress.accept("Starting Kafka on 127.0.0.1:" + settings.kafkaPort() + " (data in " + data.resolve("kafka") + ")");
            List<KafkaServerProcess.Listener> linked = new ArrayList<>();
            for (SuiteService service : SuiteService.values()) {
                settings.links(service).ifPresent(links -> linked.add(new KafkaServerProcess.Listener(
                        "LINK_" + service.database().toUpperCase(java.util.Locale.ROOT), links.kafkaListenerPort(), links.kafkaLinkPort())));
            }
            KafkaServerProcess broker = KafkaServerProcess.start(data.resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort(), linked);
            synchronized (this) {
                kafka = Optional.of(broker);
            }
            requireOpen();
            bootstrapServers = broker.bootstrapServers();
        }
    }

    public synchronized void startService(SuiteService service) {
        requireOpen();
        services.put(service, ServiceProcess.start(settings.root(), service, settings.port(service), environment(service, settings.port(service)),
                settings.logDirectory()));
    }

    /** Another instance of {@code service}, against the same database and broker, on its own port; returns once it is ready. */
    public ServiceProcess startAnotherInstance(SuiteService service, int port) throws InterruptedException {
        ServiceProcess another = launchAnotherInstance(service, port);
        another.awaitReady(READY_TIMEOUT);
        return another;
    }

    /**
     * As {@link #startAnotherInstance}, returning as soon as the process is started: for a test
     * that acts while the instance starts (e.g. while its consumer joins the service's group).
     */
    public synchronized ServiceProcess launchAnotherInstance(SuiteService service, int port) {
        requireOpen();
        ServiceProcess another = ServiceProcess.start(settings.root(), service, port, environment(service, port),
                settings.logDirectory().resolve("instance-" + port));
        extraInstances.add(another);
        return another;
    }

    public void restart(SuiteService service) throws InterruptedException {
        startService(service);
        services.get(service).awaitReady(READY_TIMEOUT);
    }

    public ServiceProcess service(SuiteService service) {
        return services.get(service);
    }

    /** Every process the suite started itself (services, broker); the embedded PostgreSQL is a child of this JVM. */
    public List<ServiceProcess> serviceProcesses() {
        List<ServiceProcess> all = new ArrayList<>(services.values());
        all.addAll(extraInstances);
        return all;
    }

    public String url(SuiteService service) {
        return "http://localhost:" + settings.port(service);
    }

    public String jdbcUrl(SuiteService service) {
        return database.jdbcUrl(service);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public SuiteSettings settings() {
        return settings;
    }

    /** Signs tokens the services accept: the suite's own issuer. */
    public SuiteKeys keys() {
        return keys;
    }

    /** Stops the suite's own broker (not an external one), keeping its data. */
    public void stopKafka() throws InterruptedException {
        kafka.orElseThrow(() -> new IllegalStateException("Kafka is external")).stop();
    }

    public void startKafka() throws InterruptedException {
        kafka.orElseThrow(() -> new IllegalStateException("Kafka is external")).start();
    }

    /** Stops the embedded PostgreSQL (the services lose their connections), keeping its data. */
    public void stopDatabase() {
        database.stop();
    }

    /** Starts the embedded PostgreSQL stopped by {@link #stopDatabase()} again, same port, same data. */
    public void startDatabase() {
        database.startAgain();
    }

    private synchronized void setDatabase(SuiteDatabase started) {
        database = started;
    }

    /** A shutdown (Ctrl-C) during start-up stops the start at the next step instead of leaving a process behind. */
    private synchronized void requireOpen() {
        if (closed) {
            throw new IllegalStateException("The suite is stopping");
        }
    }

    private Map<String, String> environment(SuiteService service, int port) {
        Map<String, String> environment = new HashMap<>();
        Optional<SuiteSettings.ServiceLinks> links = settings.links(service);
        String jdbcUrl = links.filter(l -> database.isEmbedded())
                .map(l -> "jdbc:postgresql://127.0.0.1:" + l.postgresLinkPort() + "/" + service.database()).orElse(database.jdbcUrl(service));
        // Each instance names its connections (pg_stat_activity's application_name), so that what
        // one of several instances on a database did can be told apart in the database itself.
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl + "?ApplicationName=" + service.module() + "-" + port);
        environment.put("QUARKUS_DATASOURCE_USERNAME", database.user());
        environment.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", links.filter(l -> kafka.isPresent())
                .map(l -> "127.0.0.1:" + l.kafkaLinkPort()).orElse(bootstrapServers));
        // One machine: a crashed instance's partitions go to the next one after 6 s (the broker's
        // least) instead of Kafka's 45 s; a restarted service is ready that much sooner.
        environment.put("KAFKA_SESSION_TIMEOUT_MS", "6000");
        environment.put("KAFKA_HEARTBEAT_INTERVAL_MS", "1000");
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKey().toUri().toString());
        for (SuiteService owner : SuiteService.values()) {
            environment.put(owner.ownerUrlVariable(), url(owner));
        }
        environment.putAll(settings.serviceEnvironment());
        return environment;
    }

    /** Services first (SIGTERM, so they finish cleanly), then the broker, then the database. */
    @Override
    public synchronized void close() {
        closed = true;
        extraInstances.forEach(ServiceProcess::close);
        services.values().forEach(ServiceProcess::close);
        try {
            kafka.ifPresent(KafkaServerProcess::close);
            kafka = Optional.empty();
        } finally {
            if (database != null) {
                database.close();
                database = null;
            }
        }
    }
}
