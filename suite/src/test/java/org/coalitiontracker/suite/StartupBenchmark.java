package org.coalitiontracker.suite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coalitiontracker.suite.bench.BenchSettings;
import org.coalitiontracker.suite.bench.ProcessStats;
import org.coalitiontracker.suite.bench.ResultsFile;
import org.coalitiontracker.suite.demo.DemoData;
import org.coalitiontracker.suite.demo.DemoTargets;
import org.coalitiontracker.testing.FreePorts;
import org.junit.jupiter.api.Test;

/**
 * Start-up: each service's time from its process start to {@code /q/health/ready} answering 200
 * (restarted alone, the rest of the suite up, the demo data loaded) and its resident memory;
 * then {@code ./run-suite} itself, from the command to its "ready" line: a first start on a new
 * data folder, a restart on that data, and the command with its build (nothing changed, Maven
 * cache warm). Not part of the build: run it with the command in benchmarks/README.md; it
 * prints the figures and writes benchmarks/startup-results.md.
 */
class StartupBenchmark {

    private static final Pattern QUARKUS_STARTED = Pattern.compile("started in ([0-9.]+)s");
    private static final Pattern LAUNCHER_READY = Pattern.compile("Coalition Tracker is ready \\(([0-9.]+) s\\)");
    private static final String COMMAND = MinimalApp.BUILD_COMMAND
            + " && ./mvnw -B -pl suite -am verify -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=StartupBenchmark";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final BenchSettings settings = BenchSettings.fromSystemProperties(RunningSuite.ROOT);
    private final int serviceRepeats = settings.integer("serviceRepeats", 5, 1);
    private final int suiteRepeats = settings.integer("suiteRepeats", 3, 1);
    private final boolean withBuild = settings.bool("withBuild", true, true);

    private record ServiceStart(double readyMillis, double quarkusMillis, long rssMiB, long peakRssMiB) {
    }

    private record SuiteStart(String kind, double commandToReadyMillis, double launcherMillis, long suiteRssMiB, String processes) {
    }

    @Test
    void startUpTimesAndMemory() throws Exception {
        // ./run-suite starts the packaged launcher, which exists only after the package phase: run under Failsafe.
        assertTrue(Files.exists(RunningSuite.ROOT.resolve("suite/target/suite.jar")),
                "suite/target/suite.jar is missing: run this benchmark with `" + COMMAND + "` (benchmarks/README.md)");
        MinimalApp.requireBuilt();
        List<String> facts;
        Map<SuiteService, List<ServiceStart>> services = new EnumMap<>(SuiteService.class);
        List<ServiceStart> minimal = new ArrayList<>();
        try (RunningSuite suite = RunningSuite.start()) {
            facts = BenchSuite.machineFacts(suite);
            DemoData.load(DemoTargets.of(suite.url(SuiteService.COUNTRIES), suite.url(SuiteService.EVENTS), suite.url(SuiteService.COMMITMENTS))
                    .withBearerToken(suite.editorToken()));
            BenchSuite.settle(suite, Duration.ofMinutes(5));
            // Interleaved: every round starts the minimal app and each service once, so that a machine
            // getting busier or quieter moves them alike.
            for (int i = 0; i < serviceRepeats; i++) {
                minimal.add(startMinimalApp(suite));
                for (SuiteService service : SuiteService.values()) {
                    services.computeIfAbsent(service, s -> new ArrayList<>()).add(restart(suite, service));
                    BenchSuite.settle(suite, Duration.ofMinutes(5));
                }
            }
        }

        List<SuiteStart> suites = new ArrayList<>();
        for (int i = 0; i < suiteRepeats; i++) {
            Path data = RunningSuite.ROOT.resolve("suite/target/bench-startup-" + System.nanoTime());
            Map<String, String> environment = environment(data);
            suites.add(runSuite("first start: new data folder, demo data loaded", environment, true));
            suites.add(runSuite("restart on that data", environment, true));
            if (withBuild && i == 0) {
                // This benchmark's own Maven run has just rebuilt the jars, so ./run-suite builds
                // once; started again at once, it finds nothing changed since that build and skips it.
                suites.add(runSuite("restart with its build (`./mvnw package`, nothing changed, warm Maven cache)", environment, false));
                suites.add(runSuite("restart after that: build checked, nothing changed since it, skipped", environment, false));
            }
        }

        ResultsFile results = new ResultsFile("Start-up", settings);
        results.lines(facts)
                .line("- Reproduce: `" + COMMAND + "`")
                .line("- Each service is a JVM (`java " + String.join(" ", ServiceProcess.jvmOptions(RunningSuite.ROOT.resolve("countries-service/target/quarkus-app")))
                        + " -jar quarkus-run.jar` from its `target/quarkus-app`, as `./run-suite` starts it); ready means `/q/health/ready` "
                        + "answered 200 (database, Kafka, read copies caught up), polled every 10 ms from the process start.");
        results.heading("Each service, restarted alone (" + serviceRepeats + " times each; the others, PostgreSQL and Kafka up; demo data loaded), "
                + "beside the minimal app");
        results.line("In rounds: the minimal app (`benchmarks/minimal-app`, on a new database of its own, with the same JVM options, "
                + "no AppCDS archive) started and stopped, then each service restarted in turn. Targets (issue 18): ready ≤ 2 s, and ≤ 1.1× "
                + "the minimal app; RSS at ready ≤ 200 MiB.").blank();
        results.table("process", "time to ready: median / max (ms)", "vs minimal app (medians)", "Quarkus' own \"started in\": median (ms)",
                "RSS at ready: median (MiB)", "peak RSS (VmHWM): max (MiB)");
        double minimalReady = median(minimal.stream().mapToDouble(ServiceStart::readyMillis).toArray());
        row(results, "minimal app", minimal, minimalReady);
        services.forEach((service, starts) -> row(results, service.module(), starts, minimalReady));
        results.heading("The whole suite: `./run-suite`, from the command to \"Coalition Tracker is ready\"");
        results.line("Embedded PostgreSQL, a Kafka broker process, the three services, and the demo data on a first start. The launcher's own "
                + "figure leaves out the JVM start of the launcher and the build. Memory is the RSS of every process of the suite at ready "
                + "(launcher, broker, services, PostgreSQL server and backends). `SUITE_SKIP_BUILD=true` unless the row says otherwise.").blank();
        results.table("start", "command to ready (s)", "launcher's own figure (s)", "RSS of the whole suite (MiB)", "RSS per process (MiB)");
        for (SuiteStart start : suites) {
            results.row(start.kind, fmt(start.commandToReadyMillis / 1000), fmt(start.launcherMillis / 1000), start.suiteRssMiB, start.processes);
        }
        results.write(settings.resultsFile("startup-results.md"));
    }

    private static void row(ResultsFile results, String name, List<ServiceStart> starts, double minimalReady) {
        double ready = median(starts.stream().mapToDouble(ServiceStart::readyMillis).toArray());
        results.row(name, fmt(ready) + " / " + fmt(starts.stream().mapToDouble(ServiceStart::readyMillis).max().orElse(Double.NaN)),
                String.format("%.2f×", ready / minimalReady),
                fmt(median(starts.stream().mapToDouble(ServiceStart::quarkusMillis).toArray())),
                fmt(median(starts.stream().mapToDouble(ServiceStart::rssMiB).toArray())),
                starts.stream().mapToLong(ServiceStart::peakRssMiB).max().orElse(-1));
    }

    /** Starts the minimal app, times it to ready as a service is timed, and stops it. */
    private static ServiceStart startMinimalApp(RunningSuite suite) throws Exception {
        try (MinimalApp app = MinimalApp.start(suite, FreePorts.pick())) {
            long rss = ProcessStats.rssMiB(app.pid()).orElse(-1);
            long peak = ProcessStats.peakRssMiB(app.pid()).orElse(-1);
            double quarkus = Double.NaN;
            for (String line : Files.readAllLines(MinimalApp.LOG, StandardCharsets.UTF_8)) {
                Matcher m = QUARKUS_STARTED.matcher(line);
                if (m.find()) {
                    quarkus = Double.parseDouble(m.group(1)) * 1000;
                }
            }
            double readyMillis = app.readyAfter().toNanos() / 1e6;
            System.out.printf("minimal app ready in %.0f ms (Quarkus: %.0f ms), RSS %d MiB%n", readyMillis, quarkus, rss);
            return new ServiceStart(readyMillis, quarkus, rss, peak);
        }
    }

    /** Stops {@code service} (SIGTERM), starts it again and times it to ready. */
    private static ServiceStart restart(RunningSuite suite, SuiteService service) throws Exception {
        suite.service(service).close();
        long started = System.nanoTime();
        suite.startService(service);
        ServiceProcess process = suite.service(service);
        URI ready = URI.create(suite.url(service) + "/q/health/ready");
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.module() + " died; see " + process.log());
            }
            if (isReady(ready)) {
                break;
            }
            if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(3)) {
                throw new IllegalStateException(service.module() + " not ready within 3 minutes; see " + process.log());
            }
            Thread.sleep(10);
        }
        double readyMillis = (System.nanoTime() - started) / 1e6;
        long rss = ProcessStats.rssMiB(process.pid()).orElse(-1);
        long peak = ProcessStats.peakRssMiB(process.pid()).orElse(-1);
        double quarkus = Double.NaN;
        for (String line : Files.readAllLines(process.log(), StandardCharsets.UTF_8)) {
            Matcher m = QUARKUS_STARTED.matcher(line);
            if (m.find()) {
                quarkus = Double.parseDouble(m.group(1)) * 1000;
            }
        }
        System.out.printf("%s ready in %.0f ms (Quarkus: %.0f ms), RSS %d MiB%n", service.module(), readyMillis, quarkus, rss);
        return new ServiceStart(readyMillis, quarkus, rss, peak);
    }

    private static boolean isReady(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Map<String, String> environment(Path data) {
        Map<String, String> environment = new HashMap<>();
        environment.put(SuiteSettings.DATA_DIRECTORY, data.toString());
        for (SuiteService service : SuiteService.values()) {
            environment.put(service.portVariable(), Integer.toString(FreePorts.pick()));
        }
        environment.put(SuiteSettings.POSTGRES_PORT, Integer.toString(FreePorts.pick()));
        environment.put(SuiteSettings.KAFKA_PORT, Integer.toString(FreePorts.pick()));
        environment.put(SuiteSettings.KAFKA_CONTROLLER_PORT, Integer.toString(FreePorts.pick()));
        return environment;
    }

    /** Runs {@code ./run-suite} until its "ready" line, measures, and stops it with SIGTERM. */
    private static SuiteStart runSuite(String kind, Map<String, String> environment, boolean skipBuild) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(RunningSuite.ROOT.resolve("run-suite").toString()).directory(RunningSuite.ROOT.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("SUITE_SKIP_BUILD", Boolean.toString(skipBuild));
        List<String> lines = new CopyOnWriteArrayList<>();
        long started = System.nanoTime();
        Process launcher = builder.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader output = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
                output.lines().forEach(lines::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                // the pipe closes when the launcher exits
            }
        });
        reader.setDaemon(true);
        reader.start();
        Optional<String> readyLine = Optional.empty();
        long deadline = started + TimeUnit.MINUTES.toNanos(10);
        while (readyLine.isEmpty()) {
            readyLine = lines.stream().filter(line -> line.startsWith("Coalition Tracker is ready")).findFirst();
            if (readyLine.isPresent()) {
                break;
            }
            if (!launcher.isAlive() || System.nanoTime() > deadline) {
                launcher.destroyForcibly();
                throw new IllegalStateException("./run-suite did not become ready:\n" + String.join("\n", lines));
            }
            Thread.sleep(10);
        }
        double commandToReady = (System.nanoTime() - started) / 1e6;
        Matcher launcherFigure = LAUNCHER_READY.matcher(readyLine.get());
        double launcherMillis = launcherFigure.find() ? Double.parseDouble(launcherFigure.group(1)) * 1000 : Double.NaN;

        Map<String, Long> rss = new java.util.LinkedHashMap<>();
        rss.put("launcher", ProcessStats.rssMiB(launcher.pid()).orElse(0));
        for (ProcessHandle child : launcher.descendants().toList()) {
            String command = child.info().commandLine().orElse("");
            // A service runs from its own folder with a relative jar, so its command does not name it: its working directory does.
            String directory = workingDirectory(child.pid());
            String name = Arrays.stream(SuiteService.values()).map(SuiteService::module)
                    .filter(module -> directory.contains("/" + module + "/")).findFirst()
                    .orElse(command.contains("kafka") ? "Kafka" : "other");
            rss.merge(name, ProcessStats.rssMiB(child.pid()).orElse(0), Long::sum);
        }
        Path data = Path.of(environment.get(SuiteSettings.DATA_DIRECTORY));
        rss.put("PostgreSQL", ProcessStats.postgresPids(data).stream().mapToLong(pid -> ProcessStats.rssMiB(pid).orElse(0)).sum());
        long total = rss.values().stream().mapToLong(Long::longValue).sum();

        launcher.destroy();
        if (!launcher.waitFor(90, TimeUnit.SECONDS)) {
            launcher.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new IllegalStateException("./run-suite did not stop within 90 s of SIGTERM");
        }
        String perProcess = rss.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("");
        System.out.printf("./run-suite (%s): ready after %.1f s, RSS %d MiB (%s)%n", kind, commandToReady / 1000, total, perProcess);
        return new SuiteStart(kind, commandToReady, launcherMillis, total, perProcess);
    }

    private static String workingDirectory(long pid) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "cwd")).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? Double.NaN : sorted[(sorted.length - 1) / 2];
    }

    private static String fmt(double value) {
        return Double.isNaN(value) ? "–" : value >= 100 ? String.format("%,.0f", value) : String.format("%.1f", value);
    }
}
