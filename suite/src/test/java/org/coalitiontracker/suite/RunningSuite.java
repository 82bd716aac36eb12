package org.coalitiontracker.suite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coalitiontracker.testing.FreePorts;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HeaderConfig;

/**
 * The whole suite for a test: {@link Suite} on free ports, with its data in a fresh directory
 * under {@code suite/target}, so that tests never collide with each other or with a suite a
 * developer runs on the default ports.
 */
final class RunningSuite implements AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();

    private final Suite suite;

    private RunningSuite(Suite suite) {
        this.suite = suite;
    }

    /**
     * Starts a suite and makes every rest-assured request of the test carry an editor token of
     * it, as an application with write access would ({@link #editorToken()} for other clients).
     */
    static RunningSuite start() throws InterruptedException {
        return start(settings(ROOT.resolve("suite/target/suite-" + System.nanoTime())));
    }

    /** As {@link #start()}, with settings of the test's own (e.g. links between the services and the broker or PostgreSQL). */
    static RunningSuite start(SuiteSettings settings) throws InterruptedException {
        RunningSuite running = new RunningSuite(Suite.start(settings, message -> { }));
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("Authorization", "Bearer " + running.editorToken()).build();
        // A test's own Authorization header (an admin's, say) replaces the editor's instead of joining it.
        RestAssured.config = RestAssured.config().headerConfig(HeaderConfig.headerConfig().overwriteHeadersWithName("Authorization"));
        return running;
    }

    String editorToken() {
        return suite.keys().editorToken(Duration.ofHours(2));
    }

    String adminToken() {
        return suite.keys().adminToken(Duration.ofHours(2));
    }

    /** Settings for a suite of its own: every port free, data in {@code dataDirectory}, no demo data. */
    static SuiteSettings settings(Path dataDirectory) {
        Map<SuiteService, Integer> ports = new EnumMap<>(SuiteService.class);
        for (SuiteService service : SuiteService.values()) {
            ports.put(service, FreePorts.pick());
        }
        return new SuiteSettings(ROOT, dataDirectory, ports, Optional.empty(), FreePorts.pick(), Optional.empty(),
                FreePorts.pick(), FreePorts.pick(), false);
    }

    void startService(SuiteService service) {
        suite.startService(service);
    }

    /** Another instance of {@code service}, against the same database and broker, on its own port. */
    ServiceProcess startAnotherInstance(SuiteService service) throws InterruptedException {
        return suite.startAnotherInstance(service, FreePorts.pick());
    }

    /** As {@link #startAnotherInstance}, without waiting until it is ready. */
    ServiceProcess launchAnotherInstance(SuiteService service) {
        return suite.launchAnotherInstance(service, FreePorts.pick());
    }

    void restart(SuiteService service) throws InterruptedException {
        suite.restart(service);
    }

    ServiceProcess service(SuiteService service) {
        return suite.service(service);
    }

    List<ServiceProcess> serviceProcesses() {
        return suite.serviceProcesses();
    }

    String url(SuiteService service) {
        return suite.url(service);
    }

    String jdbcUrl(SuiteService service) {
        return suite.jdbcUrl(service);
    }

    String bootstrapServers() {
        return suite.bootstrapServers();
    }

    void stopKafka() throws InterruptedException {
        suite.stopKafka();
    }

    void startKafka() throws InterruptedException {
        suite.startKafka();
    }

    /** Stops PostgreSQL as an outage would, keeping its data; {@link #startDatabase()} brings it back on the same port. */
    void stopDatabase() {
        suite.stopDatabase();
    }

    void startDatabase() {
        suite.startDatabase();
    }

    /** kill -9 of the service's main instance, as a crash would; {@link #restart} starts it again. */
    void kill(SuiteService service) throws InterruptedException {
        suite.service(service).kill();
    }

    @Override
    public void close() {
        RestAssured.requestSpecification = null;
        RestAssured.config = RestAssured.config().headerConfig(HeaderConfig.headerConfig());
        suite.close();
    }
}
