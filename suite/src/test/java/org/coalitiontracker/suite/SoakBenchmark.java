package org.coalitiontracker.suite;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.coalitiontracker.suite.bench.BenchData;
import org.coalitiontracker.suite.bench.BenchSettings;
import org.coalitiontracker.suite.bench.Call;
import org.coalitiontracker.suite.bench.LoadGenerator;
import org.coalitiontracker.suite.bench.MachineFacts;
import org.coalitiontracker.suite.bench.ProcessStats;
import org.coalitiontracker.suite.bench.ResultsFile;
import org.junit.jupiter.api.Test;

/**
 * The soak of issue 18: every service under GET one and POST at once, at fixed rates (open
 * model), for {@code minutes} one-minute windows, its resident memory read after each. What it
 * answers: whether memory grows without bound under a steady mix of reads and writes (every
 * write also goes through the outbox, Kafka and the other services' read copies), and what a
 * service holds after the first minute of load. Not part of the build: run it with the command
 * in benchmarks/README.md; it writes benchmarks/soak-results.md.
 */
class SoakBenchmark {

    private final BenchSettings settings = BenchSettings.fromSystemProperties(RunningSuite.ROOT);
    private final int minutes = settings.integer("minutes", 10, 2);
    private final Duration window = settings.seconds("window", 60, 5);
    private final int getRate = settings.integer("getRate", 150, 20);
    private final int postRate = settings.integer("postRate", 15, 2);
    private final int eventCount = settings.integer("events", 200, 20);
    private final int commitmentCount = settings.integer("commitments", 1_000, 40);

    private record Minute(int minute, String loadAverage, Map<SuiteService, Long> rss, Map<SuiteService, LoadGenerator.Result> results) {
    }

    @Test
    void memoryUnderASteadyMixOfReadsAndWrites() throws Exception {
        List<String> facts;
        Map<SuiteService, Long> before = new EnumMap<>(SuiteService.class);
        List<Minute> measured = new ArrayList<>();
        try (RunningSuite suite = RunningSuite.start(); LoadGenerator load = new LoadGenerator()) {
            facts = BenchSuite.machineFacts(suite);
            String token = suite.editorToken();
            BenchData data = new BenchData(load, suite.url(SuiteService.COUNTRIES), suite.url(SuiteService.EVENTS),
                    suite.url(SuiteService.COMMITMENTS), token, 16);
            BenchData.ReadSet read = data.readSet("soak-c-", 200, eventCount, commitmentCount);
            List<String> members = read.members();
            List<String> eventIds = read.eventIds();
            List<String> commitmentIds = read.commitmentIds();
            BenchSuite.settle(suite, Duration.ofMinutes(10));
            for (SuiteService service : SuiteService.values()) {
                before.put(service, ProcessStats.rssMiB(suite.service(service).pid()).orElse(-1));
            }

            // Every (getRate / postRate + 1)-th call of a window writes; the others read records loaded above.
            int every = getRate / postRate + 1;
            Map<SuiteService, Call.Source> calls = new EnumMap<>(SuiteService.class);
            ExecutorService loads = Executors.newFixedThreadPool(SuiteService.values().length);
            try {
                for (int minute = 1; minute <= minutes; minute++) {
                    long base = minute * 1_000_000L;
                    calls.put(SuiteService.COUNTRIES, n -> n % every == every - 1
                            ? Call.post("/coalitions", "{\"id\": \"soak-w-%d\", \"name\": \"Soak coalition %d\"}".formatted(base + n, base + n), token)
                            : Call.get("/coalitions/soak-c-" + n % 200));
                    calls.put(SuiteService.EVENTS, n -> n % every == every - 1
                            ? Call.post("/events", BenchData.event((int) (base + n), members), token)
                            : Call.get("/events/" + eventIds.get((int) (n % eventIds.size()))));
                    calls.put(SuiteService.COMMITMENTS, n -> n % every == every - 1
                            ? Call.post("/commitments", BenchData.commitment((int) (base + n), members, eventIds), token)
                            : Call.get("/commitments/" + commitmentIds.get((int) (n % commitmentIds.size()))));
                    String loadAverage = MachineFacts.loadAverage();
                    Map<SuiteService, Future<LoadGenerator.Result>> running = new EnumMap<>(SuiteService.class);
                    for (SuiteService service : SuiteService.values()) {
                        long pid = suite.service(service).pid();
                        running.put(service, loads.submit(() -> load.open(service.module() + " soak", suite.url(service), calls.get(service),
                                getRate + postRate, window, 64, outcome -> { }, List.of(() -> List.of(pid)))));
                    }
                    Map<SuiteService, LoadGenerator.Result> results = new EnumMap<>(SuiteService.class);
                    for (Map.Entry<SuiteService, Future<LoadGenerator.Result>> entry : running.entrySet()) {
                        results.put(entry.getKey(), entry.getValue().get());
                    }
                    Map<SuiteService, Long> rss = new EnumMap<>(SuiteService.class);
                    for (SuiteService service : SuiteService.values()) {
                        rss.put(service, ProcessStats.rssMiB(suite.service(service).pid()).orElse(-1));
                    }
                    measured.add(new Minute(minute, loadAverage, rss, results));
                    System.out.printf("window %d (load %s): %s%n", minute, loadAverage, String.join("; ", results.entrySet().stream()
                            .map(e -> "%s %d MiB, %d ok, %d failed, p99 %s ms".formatted(e.getKey().module(), rss.get(e.getKey()),
                                    e.getValue().ok(), e.getValue().failed(), BenchSuite.fmt(e.getValue().latency().p99())))
                            .toList()));
                }
            } finally {
                loads.shutdownNow();
            }
        }
        write(facts, before, measured);
    }

    private void write(List<String> facts, Map<SuiteService, Long> before, List<Minute> measured) throws Exception {
        ResultsFile results = new ResultsFile("Soak: GET one and POST together, memory minute by minute", settings);
        results.line(("Every service at once, open model: %d GET one/s and %d POST/s each (one call in %d a POST), %d windows of %d s, no "
                + "pause between them; the resident memory (VmRSS) of each service read after each window. The records read are loaded first "
                + "through the API (200 coalitions, %d events, %d commitments); each POST adds one. The load generator shares the machine's "
                + "cores with the services, PostgreSQL and Kafka.").formatted(getRate, postRate, getRate / postRate + 1, minutes, window.toSeconds(),
                        eventCount, commitmentCount)).blank();
        results.lines(facts)
                .line("- Reproduce: `./mvnw -B -pl suite -am package -Dtest=SoakBenchmark -Dsurefire.failIfNoSpecifiedTests=false`")
                .line("- Services started with `" + String.join(" ", ServiceProcess.jvmOptions(RunningSuite.ROOT.resolve("countries-service/target/quarkus-app"))) + "`")
                .line("- Targets (issue 18): RSS ≤ 300 MiB after 60 s of load, and no unbounded growth over a 10-minute GET+POST soak");
        results.heading("Resident memory (MiB)");
        List<String> header = new ArrayList<>(List.of("service", "before the load"));
        measured.forEach(minute -> header.add("after " + BenchSuite.fmt(minute.minute() * window.toSeconds() / 60.0) + " min"));
        header.add("growth, last half (MiB/min)");
        results.table(header.toArray(String[]::new));
        for (SuiteService service : SuiteService.values()) {
            List<Object> row = new ArrayList<>(List.of(service.module(), before.get(service)));
            measured.forEach(minute -> row.add(minute.rss().get(service)));
            row.add(String.format("%+.1f", growthOfLastHalf(measured, service)));
            results.row(row.toArray());
        }
        results.heading("Every window");
        results.table("window", "service", "answered 2xx", "failed", "p50 ms (from due)", "p99 ms (from due)", "max ms", "CPU of the service",
                "load average before");
        for (Minute minute : measured) {
            minute.results().forEach((service, result) -> results.row(minute.minute(), service.module(), result.ok(), result.failed(),
                    BenchSuite.fmt(result.latency().p50()), BenchSuite.fmt(result.latency().p99()), BenchSuite.fmt(result.latency().max()),
                    BenchSuite.percent(result.targetCpuShares().get(0)), minute.loadAverage()));
        }
        results.write(settings.resultsFile("soak-results.md"));
    }

    /** The least-squares slope of the RSS over the second half of the windows: what a leak would keep adding once the caches are warm. */
    private double growthOfLastHalf(List<Minute> measured, SuiteService service) {
        List<Minute> half = measured.subList(measured.size() / 2, measured.size());
        if (half.size() < 2) {
            return Double.NaN;
        }
        double meanX = half.stream().mapToInt(Minute::minute).average().orElseThrow();
        double meanY = half.stream().mapToLong(m -> m.rss().get(service)).average().orElseThrow();
        double covariance = 0;
        double variance = 0;
        for (Minute minute : half) {
            covariance += (minute.minute() - meanX) * (minute.rss().get(service) - meanY);
            variance += (minute.minute() - meanX) * (minute.minute() - meanX);
        }
        return covariance / variance * 60.0 / window.toSeconds();
    }
}
