package org.coalitiontracker.suite;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.coalitiontracker.suite.bench.BenchData;
import org.coalitiontracker.suite.bench.BenchSettings;
import org.coalitiontracker.suite.bench.Call;
import org.coalitiontracker.suite.bench.LoadGenerator;
import org.coalitiontracker.suite.bench.MachineFacts;
import org.coalitiontracker.suite.bench.ProcessStats;
import org.coalitiontracker.suite.bench.ResultsFile;
import org.coalitiontracker.testing.FreePorts;
import org.junit.jupiter.api.Test;

/**
 * GET one of each service beside the minimal Quarkus app of {@code benchmarks/minimal-app}
 * (quarkus-rest, Jackson, Hibernate ORM with Panache, PostgreSQL, one entity) on the same
 * PostgreSQL server, in interleaved rounds: each round measures every target once, in turn, so
 * that a machine that gets busier or quieter moves all of them alike, and the figures kept are
 * the medians of the rounds. An outside service of the same kind (issue 18: rest-villains) can
 * join the rounds by its URL ({@code -Dbench.villainsUrl=http://127.0.0.1:PORT/api/villains/},
 * ids {@code -Dbench.villainsIdStep=} times 1..{@code -Dbench.villainsIds=}); nothing of it is in this repository. Not part of the
 * build: run it with the command in benchmarks/README.md; it writes
 * benchmarks/get-one-comparison-results.md.
 */
class GetOneComparisonBenchmark {

    private final BenchSettings settings = BenchSettings.fromSystemProperties(RunningSuite.ROOT);
    private final int clients = settings.integer("clients", 16, 4);
    private final int rounds = settings.integer("rounds", 3, 1);
    private final Duration warmUp = settings.seconds("warmup", 10, 1);
    private final Duration measure = settings.seconds("duration", 20, 2);
    private final int eventCount = settings.integer("events", 500, 20);
    private final int commitmentCount = settings.integer("commitments", 1_000, 40);
    private final Optional<String> villainsUrl = Optional.ofNullable(System.getProperty("bench.villainsUrl")).filter(url -> !url.isBlank());
    private final int villainIds = Integer.getInteger("bench.villainsIds", 100);
    /** Its seed numbers the villains 50, 100, ... 5000 (its import.sql): ids are this step times 1..villainsIds. */
    private final int villainIdStep = Integer.getInteger("bench.villainsIdStep", 1);

    private record Target(String name, String request, String baseUrl, Call.Source calls, Supplier<List<Long>> pids) {
    }

    private record Round(int round, String loadAverage, LoadGenerator.Result result) {
    }

    @Test
    void getOneBesideTheMinimalApp() throws Exception {
        MinimalApp.requireBuilt();
        List<String> facts;
        Map<String, List<Round>> measured = new LinkedHashMap<>();
        Map<String, String> requests = new LinkedHashMap<>();
        Map<String, Long> rss = new LinkedHashMap<>();
        try (RunningSuite suite = RunningSuite.start(); LoadGenerator load = new LoadGenerator()) {
            facts = BenchSuite.machineFacts(suite);
            String token = suite.editorToken();
            String countries = suite.url(SuiteService.COUNTRIES);
            String events = suite.url(SuiteService.EVENTS);
            String commitments = suite.url(SuiteService.COMMITMENTS);
            BenchData data = new BenchData(load, countries, events, commitments, token, 16);
            BenchData.ReadSet read = data.readSet("bench-c-", 200, eventCount, commitmentCount);
            List<String> members = read.members();
            List<String> eventIds = read.eventIds();
            List<String> commitmentIds = read.commitmentIds();
            BenchSuite.settle(suite, Duration.ofMinutes(10));

            int minimalPort = FreePorts.pick();
            try (MinimalApp minimal = MinimalApp.start(suite, minimalPort)) {
                List<Target> targets = new ArrayList<>();
                targets.add(new Target("minimal app", "`GET /things/{id}`, 200 things in turn", "http://127.0.0.1:" + minimalPort,
                        n -> Call.get("/things/" + (1 + n % 200)), () -> List.of(minimal.pid())));
                villainsUrl.ifPresent(url -> targets.add(new Target("rest-villains", "`GET /api/villains/{id}`, " + villainIds + " villains in turn",
                        URI.create(url).resolve("/").toString().replaceAll("/$", ""), n -> Call.get(URI.create(url).getPath() + villainIdStep * (1 + n % villainIds)),
                        List::of)));
                targets.add(new Target(SuiteService.COUNTRIES.module(), "`GET /coalitions/{id}`, 200 coalitions in turn", countries,
                        n -> Call.get("/coalitions/bench-c-" + n % 200), () -> List.of(suite.service(SuiteService.COUNTRIES).pid())));
                targets.add(new Target(SuiteService.EVENTS.module(), "`GET /events/{id}`, " + eventCount + " events in turn", events,
                        n -> Call.get("/events/" + eventIds.get((int) (n % eventIds.size()))), () -> List.of(suite.service(SuiteService.EVENTS).pid())));
                targets.add(new Target(SuiteService.COMMITMENTS.module(), "`GET /commitments/{id}`, " + commitmentCount + " commitments in turn", commitments,
                        n -> Call.get("/commitments/" + commitmentIds.get((int) (n % commitmentIds.size()))),
                        () -> List.of(suite.service(SuiteService.COMMITMENTS).pid())));
                long offset = 0;
                for (int round = 1; round <= rounds; round++) {
                    for (Target target : targets) {
                        long base = offset;
                        offset += 10_000_000;
                        String loadAverage = MachineFacts.loadAverage();
                        LoadGenerator.Result result = load.closed(target.name() + " GET one", target.baseUrl(), n -> target.calls().next(base + n),
                                clients, warmUp, measure, List.of(target.pids(), () -> BenchSuite.postgresPids(suite)));
                        measured.computeIfAbsent(target.name(), name -> new ArrayList<>()).add(new Round(round, loadAverage, result));
                        requests.put(target.name(), target.request());
                        System.out.printf("round %d, %s: %.0f/s, %s ms, %d failed (load %s)%n", round, target.name(), result.perSecond(),
                                result.latency().summary(), result.failed(), loadAverage);
                    }
                }
                rss.put("minimal app", ProcessStats.rssMiB(minimal.pid()).orElse(-1));
                for (SuiteService service : SuiteService.values()) {
                    rss.put(service.module(), ProcessStats.rssMiB(suite.service(service).pid()).orElse(-1));
                }
            }
        }
        write(facts, measured, requests, rss);
    }

    private void write(List<String> facts, Map<String, List<Round>> measured, Map<String, String> requests, Map<String, Long> rss) throws IOException {
        ResultsFile results = new ResultsFile("GET one beside the minimal app", settings);
        results.line(("Closed model, %d clients (each its own keep-alive connection, the next request as soon as the previous one was answered), "
                + "%d s of warm-up then %d s measured, per target and round; %d interleaved rounds (every target once per round, in turn), medians "
                + "of the rounds kept. The load generator (Vert.x HTTP client, one event-loop thread, HdrHistogram) shares the machine's cores "
                + "with the targets and PostgreSQL. Every target reads the same PostgreSQL server.").formatted(clients, warmUp.toSeconds(),
                        measure.toSeconds(), rounds))
                .blank().lines(facts)
                .line("- Reproduce: `./mvnw -f benchmarks/minimal-app package && ./mvnw -B -pl suite -am package -Dtest=GetOneComparisonBenchmark"
                        + " -Dsurefire.failIfNoSpecifiedTests=false` (add `-Dbench.villainsUrl=http://127.0.0.1:PORT/api/villains/` for a"
                        + " rest-villains built and started outside this repository)")
                .line("- Minimal app: `benchmarks/minimal-app` (Quarkus %s, quarkus-rest + Jackson + Hibernate ORM with Panache + PostgreSQL, one entity,"
                        .formatted(MachineFacts.quarkusVersion(RunningSuite.ROOT)) + " `GET /things/{id}`), started with the services' JVM options (`" + String.join(" ", MinimalApp.jvmOptions()) + "`)")
                .line("- Target (issue 18): GET one ≥ 1.2× rest-villains in every service, about 1.3× the minimal app, p99 no worse");
        results.heading("Medians of the rounds");
        results.table("target", "request", "requests/s", "p50 ms", "p99 ms", "vs minimal app", "p99 vs minimal app", "failed", "RSS after (MiB)");
        Map<String, Double> perSecond = new LinkedHashMap<>();
        Map<String, Double> p99 = new LinkedHashMap<>();
        measured.forEach((name, list) -> {
            perSecond.put(name, median(list.stream().map(r -> r.result().perSecond()).toList()));
            p99.put(name, median(list.stream().map(r -> r.result().latency().p99()).toList()));
        });
        double minimalRate = perSecond.get("minimal app");
        double minimalP99 = p99.get("minimal app");
        measured.forEach((name, list) -> results.row(name, requests.get(name), String.format("%,.0f", perSecond.get(name)),
                fmt(median(list.stream().map(r -> r.result().latency().p50()).toList())), fmt(p99.get(name)),
                String.format("%.2f×", perSecond.get(name) / minimalRate), String.format("%.2f×", p99.get(name) / minimalP99),
                list.stream().mapToLong(r -> r.result().failed()).sum(), rss.getOrDefault(name, -1L) < 0 ? "" : rss.get(name)));
        results.heading("Every round");
        results.table("round", "target", "requests/s", "p50 ms", "p99 ms", "max ms", "CPU target / PostgreSQL / generator", "load average before");
        measured.values().stream().flatMap(List::stream).sorted(Comparator.comparingInt(Round::round))
                .forEach(r -> results.row(r.round(), r.result().name(), String.format("%,.0f", r.result().perSecond()), fmt(r.result().latency().p50()),
                        fmt(r.result().latency().p99()), fmt(r.result().latency().max()),
                        BenchSuite.percent(r.result().targetCpuShares().get(0)) + " / " + BenchSuite.percent(r.result().targetCpuShares().get(1))
                                + " / " + BenchSuite.percent(r.result().generatorCpuShare()), r.loadAverage()));
        results.write(settings.resultsFile("get-one-comparison-results.md"));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String fmt(double millis) {
        return org.coalitiontracker.suite.bench.Latency.format(millis);
    }
}
