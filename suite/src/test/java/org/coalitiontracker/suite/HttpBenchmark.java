package org.coalitiontracker.suite;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.coalitiontracker.suite.bench.BenchData;
import org.coalitiontracker.suite.bench.BenchSettings;
import org.coalitiontracker.suite.bench.Call;
import org.coalitiontracker.suite.bench.LoadGenerator;
import org.coalitiontracker.suite.bench.ProcessStats;
import org.coalitiontracker.suite.bench.ResultsFile;
import org.junit.jupiter.api.Test;

/**
 * Throughput and latency of each service's HTTP API, closed model: 1, 16 and 64 virtual
 * clients, each with its own keep-alive connection, each sending its next request as soon as
 * the previous one was answered. Per service: GET one resource, GET a filtered list page of 50,
 * POST a new resource. Not part of the build: run it with the command in benchmarks/README.md;
 * it prints the figures and writes benchmarks/http-results.md.
 */
class HttpBenchmark {

    private static final int TARGET_CLIENTS = 16;
    private static final double TARGET_GET_PER_SECOND = 5000;
    private static final double TARGET_GET_P99_MS = 10;

    private final BenchSettings settings = BenchSettings.fromSystemProperties(RunningSuite.ROOT);
    private final int[] clientCounts = settings.integers("clients", "1,16,64", "1,4");
    private final Duration warmUp = settings.seconds("warmup", 10, 1);
    private final Duration measure = settings.seconds("duration", 30, 2);
    private final int eventCount = settings.integer("events", 2_000, 60);
    private final int commitmentCount = settings.integer("commitments", 5_000, 100);
    private final int coalitionCount = settings.integer("coalitions", 200, 10);

    @Test
    void throughputAndLatencyPerService() throws Exception {
        List<String> facts;
        List<Row> rows = new ArrayList<>();
        Map<SuiteService, Long> rss = new java.util.EnumMap<>(SuiteService.class);
        long loadMillis;
        try (RunningSuite suite = RunningSuite.start(); LoadGenerator load = new LoadGenerator()) {
            facts = BenchSuite.machineFacts(suite);
            String token = suite.editorToken();
            String countries = suite.url(SuiteService.COUNTRIES);
            String events = suite.url(SuiteService.EVENTS);
            String commitments = suite.url(SuiteService.COMMITMENTS);
            long loadStarted = System.nanoTime();
            BenchData data = new BenchData(load, countries, events, commitments, token, 16);
            BenchData.ReadSet read = data.readSet("bench-c-", coalitionCount, eventCount, commitmentCount);
            List<String> members = read.members();
            List<String> eventIds = read.eventIds();
            List<String> commitmentIds = read.commitmentIds();
            BenchSuite.settle(suite, Duration.ofMinutes(10));
            loadMillis = (System.nanoTime() - loadStarted) / 1_000_000;

            String runId = Long.toString(System.currentTimeMillis(), 36);
            List<Scenario> scenarios = List.of(
                    new Scenario(SuiteService.COUNTRIES, "GET one", "`GET /coalitions/{id}`, " + coalitionCount + " coalitions in turn",
                            n -> Call.get("/coalitions/bench-c-" + n % coalitionCount)),
                    new Scenario(SuiteService.COUNTRIES, "GET list", "`GET /coalitions/{id}/members?status=ACTIVE&size=50&page=0..3` (" + members.size()
                            + " active members)", n -> Call.get("/coalitions/" + BenchData.COALITION + "/members?status=ACTIVE&size=50&page=" + n % 4)),
                    new Scenario(SuiteService.COUNTRIES, "POST", "`POST /coalitions`, a new slug each time",
                            n -> Call.post("/coalitions", "{\"id\": \"load-%s-%d\", \"name\": \"Load %d\"}".formatted(runId, n, n), token)),
                    new Scenario(SuiteService.EVENTS, "GET one", "`GET /events/{id}`, " + eventCount + " events in turn",
                            n -> Call.get("/events/" + eventIds.get((int) (n % eventIds.size())))),
                    new Scenario(SuiteService.EVENTS, "GET list", "`GET /events?coalition=…&kind=…&size=50` (the six kinds in turn, of "
                            + eventCount + " events)", n -> Call.get("/events?coalition=" + BenchData.COALITION + "&kind="
                                    + List.of("LEADERS_SUMMIT", "MINISTERIAL", "MILITARY_PLANNING", "BILATERAL", "CALL", "OTHER").get((int) (n % 6)) + "&size=50")),
                    new Scenario(SuiteService.EVENTS, "POST", "`POST /events`",
                            n -> Call.post("/events", BenchData.event(1_000_000 + (int) n, members), token)),
                    new Scenario(SuiteService.COMMITMENTS, "GET one", "`GET /commitments/{id}`, " + commitmentCount + " commitments in turn",
                            n -> Call.get("/commitments/" + commitmentIds.get((int) (n % commitmentIds.size())))),
                    new Scenario(SuiteService.COMMITMENTS, "GET list", "`GET /commitments?coalition=…&category=…&size=50` (the 11 categories in turn, of "
                            + commitmentCount + " commitments)", n -> Call.get("/commitments?coalition=" + BenchData.COALITION + "&category="
                                    + BenchData.CATEGORIES.get((int) (n % BenchData.CATEGORIES.size())) + "&size=50")),
                    new Scenario(SuiteService.COMMITMENTS, "POST", "`POST /commitments` (membership checked in the read copy)",
                            n -> Call.post("/commitments", BenchData.commitment(1_000_000 + (int) n, members, eventIds), token)));

            long offset = 0;
            for (Scenario scenario : scenarios) {
                for (int clients : clientCounts) {
                    long base = offset;
                    offset += 10_000_000;
                    long servicePid = suite.service(scenario.service).pid();
                    List<Supplier<List<Long>>> targets = List.of(() -> List.of(servicePid), () -> BenchSuite.postgresPids(suite));
                    LoadGenerator.Result result = load.closed(scenario.service.module() + " " + scenario.name, suite.url(scenario.service),
                            n -> scenario.calls.next(base + n), clients, warmUp, measure, targets);
                    rows.add(new Row(scenario, result));
                    System.out.printf("%s %s, %d clients: %.0f/s, %s ms, %d failed%n", scenario.service.module(), scenario.name, clients,
                            result.perSecond(), result.latency().summary(), result.failed());
                    if (scenario.name.equals("POST")) {
                        BenchSuite.settle(suite, Duration.ofMinutes(10));
                    }
                }
            }
            for (SuiteService service : SuiteService.values()) {
                rss.put(service, ProcessStats.rssMiB(suite.service(service).pid()).orElse(-1));
            }
        }

        ResultsFile results = new ResultsFile("HTTP throughput and latency per service", settings);
        results.line("Closed model: N virtual clients, each with its own keep-alive HTTP/1.1 connection, each sending its next request as soon "
                + "as the previous one was answered; latency from sending a request to having read its whole answer. The load generator "
                + "(Vert.x HTTP client on one event-loop thread, HdrHistogram) runs on the same machine and shares its cores with the "
                + "services, PostgreSQL and Kafka: its CPU share is shown beside each figure. Nothing is pinned to a core.")
                .blank().lines(facts)
                .line("- Reproduce: `./mvnw -B -pl suite -am package -Dtest=HttpBenchmark -Dsurefire.failIfNoSpecifiedTests=false`")
                .line("- Parameters: %s clients; %d s warm-up (not recorded), then %d s measured, per row; data loaded through the APIs first "
                        .formatted(java.util.Arrays.toString(clientCounts), warmUp.toSeconds(), measure.toSeconds())
                        + "(a coalition with every country as a member, %d more coalitions, %d events, %d commitments: %.0f s); after each POST row "
                                .formatted(coalitionCount, eventCount, commitmentCount, loadMillis / 1000.0)
                        + "the suite is left to settle (outboxes empty, read copies caught up) before the next")
                .line("- Target: GET one ≥ %,.0f requests/s per service at %d clients with p99 < %.0f ms"
                        .formatted(TARGET_GET_PER_SECOND, TARGET_CLIENTS, TARGET_GET_P99_MS))
                .line("- CPU columns: share of one core used during the measured window (200% = both cores) by the service's process, "
                        + "the PostgreSQL server (postmaster and backends) and the load generator's JVM");
        for (SuiteService service : SuiteService.values()) {
            results.heading(service.module());
            results.table("request", "what", "clients", "requests/s", "p50 ms", "p99 ms", "p99.9 ms", "max ms", "failed",
                    "CPU service / PostgreSQL / generator", "target");
            for (Row row : rows) {
                if (row.scenario.service != service) {
                    continue;
                }
                LoadGenerator.Result r = row.result;
                String target = row.scenario.name.equals("GET one") && r.clientsOrRate() == TARGET_CLIENTS
                        ? "≥ 5,000/s, p99 < 10 ms: " + ResultsFile.verdict(r.perSecond() >= TARGET_GET_PER_SECOND && r.latency().p99() < TARGET_GET_P99_MS)
                        : "";
                results.row(row.scenario.name, row.scenario.description, r.clientsOrRate(), String.format("%,.0f", r.perSecond()),
                        fmt(r.latency().p50()), fmt(r.latency().p99()), fmt(r.latency().p999()), fmt(r.latency().max()),
                        r.failed() == 0 ? "0" : r.failed() + " (" + r.firstFailure() + ")",
                        BenchSuite.percent(r.targetCpuShares().get(0)) + " / " + BenchSuite.percent(r.targetCpuShares().get(1)) + " / "
                                + BenchSuite.percent(r.generatorCpuShare()), target);
            }
        }
        results.heading("Memory after the load");
        results.table("service", "RSS (MiB)");
        rss.forEach((service, mib) -> results.row(service.module(), mib));
        results.write(settings.resultsFile("http-results.md"));
    }

    private static String fmt(double millis) {
        return org.coalitiontracker.suite.bench.Latency.format(millis);
    }

    private record Scenario(SuiteService service, String name, String description, Call.Source calls) {
    }

    private record Row(Scenario scenario, LoadGenerator.Result result) {
    }
}
