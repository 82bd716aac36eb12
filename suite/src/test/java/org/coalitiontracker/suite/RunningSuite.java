package org.coalitiontracker.suite;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coalitiontracker.testing.FreePorts;

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

    static RunningSuite start() throws InterruptedException {
        return new RunningSuite(Suite.start(settings(ROOT.resolve("suite/target/suite-" + System.nanoTime())), message -> { }));
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

    @Override
    public void close() {
        suite.close();
    }
}
