package org.coalitiontracker.suite;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.coalitiontracker.suite.demo.DemoData;
import org.coalitiontracker.suite.demo.DemoLoadException;
import org.coalitiontracker.suite.demo.DemoReport;
import org.coalitiontracker.suite.demo.DemoTargets;

/**
 * {@code ./run-suite}: starts the whole suite on this machine, loads the demo data on first
 * start, prints where everything answers, and runs until Ctrl-C or SIGTERM, which stop every
 * process it started.
 */
public final class SuiteLauncher {

    private static final Duration TOKEN_VALIDITY = Duration.ofHours(12);
    private static final String DEMO_DATA_RECORD = "demo-data-loaded.txt";

    private static volatile boolean stopping;

    private SuiteLauncher() {
    }

    public static void main(String[] arguments) throws InterruptedException {
        long started = System.nanoTime();
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        SuiteSettings settings;
        try {
            settings = SuiteSettings.from(Path.of(System.getProperty("suite.root", ".")).toAbsolutePath().normalize(),
                    System.getenv(), List.of(arguments));
        } catch (SuiteSettings.InvalidSettingException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (List.of(arguments).contains(SuiteSettings.TOKEN_COMMAND)) {
            printToken(settings, List.of(arguments).contains(SuiteSettings.ADMIN_FLAG));
            return;
        }
        Suite suite = Suite.create(settings);
        Thread stopper = new Thread(() -> {
            stopping = true;
            say("Stopping the suite...");
            suite.close();
            say("Stopped.");
        }, "suite-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            suite.startAll(SuiteLauncher::say);
        } catch (FreePort.PortInUseException e) {
            System.err.println(e.getMessage());
            exit(2);
        } catch (RuntimeException e) {
            System.err.println("The suite did not start: " + e.getMessage());
            exit(1);
        }
        // Demo data is loaded through the public APIs, as any client would.
        if (settings.loadDemoData()) {
            loadDemoData(suite);
        }
        printAddresses(suite, Duration.ofNanos(System.nanoTime() - started));
        watch(suite);
    }

    /** {@code ./run-suite token [--admin]}: a fresh token from the suite's own key, nothing started. */
    private static void printToken(SuiteSettings settings, boolean admin) {
        SuiteKeys keys = SuiteKeys.in(settings.keyDirectory());
        System.out.println(admin ? keys.adminToken(TOKEN_VALIDITY) : keys.editorToken(TOKEN_VALIDITY));
    }

    private static void loadDemoData(Suite suite) {
        // Kept in the embedded database's own folder (PostgreSQL leaves files it does not know
        // alone), so that it goes with the data it speaks for: a new database has no record. Of
        // another server's data the suite's folders know nothing, so none is kept there.
        Optional<Path> record = suite.embeddedDatabaseDirectory().map(directory -> directory.resolve(DEMO_DATA_RECORD));
        if (record.filter(DemoData::recorded).isPresent()) {
            say("Demo data: loaded completely on an earlier start, not looked up again");
            return;
        }
        say("Loading the demo data (the 2025 Coalition of the Willing) through the APIs...");
        try {
            DemoReport report = DemoData.load(DemoTargets.of(suite.url(SuiteService.COUNTRIES), suite.url(SuiteService.EVENTS),
                    suite.url(SuiteService.COMMITMENTS)).withBearerToken(suite.keys().editorToken(Duration.ofMinutes(10))));
            say(report.totalCreated() == 0 ? "Demo data: already there, nothing added" : "Demo data: " + report);
            record.ifPresent(SuiteLauncher::recordDemoData);
        } catch (DemoLoadException e) {
            // The suite itself is fine; say what failed and keep it running for the user to look.
            System.err.println("[suite] The demo data could not be loaded completely: " + e.getMessage());
        }
    }

    // Only saves the next start its look-ups: a record that cannot be written is no reason to stop.
    private static void recordDemoData(Path record) {
        try {
            DemoData.record(record);
        } catch (UncheckedIOException e) {
            System.err.println("[suite] Could not write " + record + " (" + e.getCause() + "); the next start looks the demo data up again");
        }
    }

    private static void printAddresses(Suite suite, Duration startup) {
        SuiteSettings settings = suite.settings();
        StringBuilder text = new StringBuilder()
                .append("\nCoalition Tracker is ready (").append(startup.toMillis() / 100 / 10.0).append(" s).\n\n")
                .append("  Swagger UI, all three APIs:  ").append(suite.url(SuiteService.COUNTRIES)).append("/q/swagger-ui\n\n");
        for (SuiteService service : SuiteService.values()) {
            text.append(String.format("  %-20s %s   (OpenAPI /q/openapi, AsyncAPI /asyncapi.yaml)%n", service.module(), suite.url(service)));
        }
        text.append(String.format("  %-20s %s%n", "Kafka", suite.bootstrapServers()))
                .append(String.format("  %-20s %s%n", "PostgreSQL", suite.jdbcUrl(SuiteService.COUNTRIES).replaceAll("/[a-z]+$", "/{countries,events,commitments}")))
                .append(String.format("  %-20s %s%n", "data", settings.dataDirectory()))
                .append(String.format("  %-20s %s%n", "logs", settings.logDirectory()))
                .append("\n  An editor token for writes (12 h; `./run-suite token` makes another, `--admin` one for admin operations):\n\n")
                .append("  export TOKEN=").append(suite.keys().editorToken(TOKEN_VALIDITY)).append("\n")
                .append("\nCtrl-C stops everything.\n");
        System.out.println(text);
    }

    /** Runs until stopped; a service that dies takes the suite down with a pointer to its log rather than leaving it half up. */
    private static void watch(Suite suite) throws InterruptedException {
        while (true) {
            Thread.sleep(1000);
            Optional<ServiceProcess> dead = suite.serviceProcesses().stream().filter(process -> !process.isAlive()).findFirst();
            if (dead.isPresent() && !stopping) {
                System.err.println(dead.get().service().module() + " stopped unexpectedly; see " + dead.get().log());
                exit(1);
            }
        }
    }

    private static void exit(int status) {
        // System.exit runs the shutdown hook, which stops whatever had started.
        System.exit(status);
    }

    private static void say(String message) {
        System.out.println("[suite] " + message);
    }
}
