package org.coalitiontracker.suite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    /** The broker's start while it runs beside the rest ({@link #launchKafka}), so that a failed start can still stop it. */
    private Optional<FutureTask<KafkaServerProcess>> kafkaStart = Optional.empty();
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
            // The broker starts while PostgreSQL and then the services do: nothing of theirs waits
            // for it. A service reaches Kafka seconds into its own start (its relay and consumer
            // retry until it answers) and says not ready until it has, so ready still means ready.
            launchKafka(progress);
            startDatabase(progress);
            progress.accept("Starting countries-service, events-service and commitments-service (logs in " + settings.logDirectory() + ")");
            for (SuiteService service : SuiteService.values()) {
                startService(service);
            }
            awaitKafka();
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

    private void startDatabase(Consumer<String> progress) {
        requireOpen();
        if (settings.externalPostgres().isPresent()) {
            SuiteSettings.ExternalPostgres external = settings.externalPostgres().get();
            progress.accept("Using PostgreSQL at " + external.serverUrl());
            setDatabase(SuiteDatabase.external(external.serverUrl(), external.user(), external.password()));
        } else {
            Path data = embeddedDatabaseDirectory().orElseThrow();
            progress.accept("Starting PostgreSQL on port " + settings.postgresPort() + " (data in " + data + ")");
            setDatabase(SuiteDatabase.start(settings.postgresPort(), data));
        }
    }

    /** Where the embedded PostgreSQL keeps its data; empty when the suite uses another server. */
    public Optional<Path> embeddedDatabaseDirectory() {
        return settings.externalPostgres().isPresent() ? Optional.empty() : Optional.of(settings.dataDirectory().resolve("postgres"));
    }

    /** Starts the suite's own broker on a thread of its own ({@link #awaitKafka()} waits for it), or names the external one. */
    private void launchKafka(Consumer<String> progress) {
        requireOpen();
        if (settings.externalKafka().isPresent()) {
            bootstrapServers = settings.externalKafka().get();
            progress.accept("Using Kafka at " + bootstrapServers);
            return;
        }
        Path data = settings.dataDirectory().resolve("kafka");
        progress.accept("Starting Kafka on 127.0.0.1:" + settings.kafkaPort() + " (data in " + data + ")");
        List<KafkaServerProcess.Listener> linked = new ArrayList<>();
        for (SuiteService service : SuiteService.values()) {
            settings.links(service).ifPresent(links -> linked.add(new KafkaServerProcess.Listener(
                    "LINK_" + service.database().toUpperCase(java.util.Locale.ROOT), links.kafkaListenerPort(), links.kafkaLinkPort())));
        }
        bootstrapServers = KafkaServerProcess.bootstrapServers(settings.kafkaPort());
        FutureTask<KafkaServerProcess> start = new FutureTask<>(
                () -> KafkaServerProcess.start(data, settings.kafkaPort(), settings.kafkaControllerPort(), linked));
        synchronized (this) {
            kafkaStart = Optional.of(start);
        }
        Thread thread = new Thread(start, "kafka-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until the broker {@link #launchKafka} started accepts connections; its failure is the start's. */
    private void awaitKafka() throws InterruptedException {
        Optional<FutureTask<KafkaServerProcess>> start;
        synchronized (this) {
            start = kafkaStart;
        }
        if (start.isEmpty()) {
            return;
        }
        KafkaServerProcess broker;
        try {
            broker = start.get().get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
        synchronized (this) {
            kafka = Optional.of(broker);
            kafkaStart = Optional.empty();
        }
        requireOpen();
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

    /** A broker still starting when the suite stops (a failed start, Ctrl-C): waited for, then stopped, never left running. */
    private static void stopWhenStarted(FutureTask<KafkaServerProcess> start) {
        try {
            start.get(90, TimeUnit.SECONDS).close();
        } catch (ExecutionException | TimeoutException e) {
            // It failed to start, or is stuck: no broker was handed over to stop.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
        environment.put("KAFKA_BOOTSTRAP_SERVERS", links.filter(l -> settings.externalKafka().isEmpty())
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
            kafkaStart.ifPresent(Suite::stopWhenStarted);
            kafkaStart = Optional.empty();
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
