package org.coalitiontracker.suite;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coalitiontracker.suite.bench.BenchData;
import org.coalitiontracker.suite.bench.BenchSettings;
import org.coalitiontracker.suite.bench.Call;
import org.coalitiontracker.suite.bench.CpuQuota;
import org.coalitiontracker.suite.bench.Latency;
import org.coalitiontracker.suite.bench.LoadGenerator;
import org.coalitiontracker.suite.bench.MachineFacts;
import org.coalitiontracker.suite.bench.ProcessStats;
import org.coalitiontracker.suite.bench.ResultsFile;
import org.junit.jupiter.api.Test;

/**
 * Ten times the sustainable load: per service, for POST and for GET one, requests offered at ten
 * times the highest rate benchmarks/http-results.md measured, for 60 s, open model (a fixed send
 * rate over many connections, not waiting for answers). Reports what was offered and answered,
 * the 2xx/503 split, the admitted requests' p99, whether liveness answered during the storm, how
 * long the service took to answer at its normal latency again, its RSS during the storm, and that
 * every write answered 2xx is in the owner's database and on its topic. Not part of the build:
 * run it with the command in benchmarks/README.md; it prints the figures and writes
 * benchmarks/overload-results.md. It never passes or fails on time.
 */
class OverloadBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final BenchSettings settings = BenchSettings.fromSystemProperties(RunningSuite.ROOT);
    private final Duration duration = settings.seconds("duration", 60, 5);
    private final int multiplier = settings.integer("multiplier", 10, 10);
    private final int connections = settings.integer("connections", 512, 64);
    private final Duration timeout = settings.seconds("timeout", 10, 10);
    private final int records = settings.integer("records", 200, 10);
    /**
     * The CPU limit the service under storm runs with, in thousandths of a core (0: none). With it
     * the service's sustainable rate is measured in the run, under the limit, and the storm offers
     * ten times that; without it the storm asks ten times the rates below, which one generator on
     * the service's own 2 cores cannot offer.
     */
    private final int serviceMilliCpus = settings.integer("serviceMilliCpus", 200, 200);
    private final Duration sustainableMeasure = settings.seconds("sustainableSeconds", 10, 2);
    private final Duration warmUp = settings.seconds("warmup", 20, 2);
    /** Without a CPU limit: the highest rate of each row in benchmarks/http-results.md (at 64 clients), requests/s; a smoke run offers a tenth of a small one. */
    private final int countriesGet = settings.integer("countriesGetRate", 9_211, 100);
    private final int countriesPost = settings.integer("countriesPostRate", 1_805, 20);
    private final int eventsGet = settings.integer("eventsGetRate", 7_046, 100);
    private final int eventsPost = settings.integer("eventsPostRate", 938, 20);
    private final int commitmentsGet = settings.integer("commitmentsGetRate", 5_598, 100);
    private final int commitmentsPost = settings.integer("commitmentsPostRate", 584, 20);

    private final HttpClient probeClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void tenTimesTheSustainableRatePerService() throws Exception {
        List<String> facts;
        List<Row> rows = new ArrayList<>();
        List<String> lossChecks = new ArrayList<>();
        try (RunningSuite suite = RunningSuite.start(); LoadGenerator load = new LoadGenerator()) {
            facts = BenchSuite.machineFacts(suite);
            String token = suite.editorToken();
            String countries = suite.url(SuiteService.COUNTRIES);
            BenchData data = new BenchData(load, countries, suite.url(SuiteService.EVENTS), suite.url(SuiteService.COMMITMENTS), token, 16);
            BenchData.ReadSet read = data.readSet("storm-c-", records, records, records);
            List<String> members = read.members();
            List<String> eventIds = read.eventIds();
            List<String> commitmentIds = read.commitmentIds();
            BenchSuite.settle(suite, Duration.ofMinutes(10));

            String runId = Long.toString(System.currentTimeMillis(), 36);
            List<Scenario> scenarios = List.of(
                    new Scenario(SuiteService.COUNTRIES, "GET one", "`GET /coalitions/{id}`", countriesGet, null,
                            n -> Call.get("/coalitions/storm-c-" + n % records)),
                    new Scenario(SuiteService.COUNTRIES, "POST", "`POST /coalitions`, a new slug each time", countriesPost, Convergence.COALITIONS,
                            n -> Call.post("/coalitions", "{\"id\": \"storm-%s-%d\", \"name\": \"Storm %d\"}".formatted(runId, n, n), token)),
                    new Scenario(SuiteService.EVENTS, "GET one", "`GET /events/{id}`", eventsGet, null,
                            n -> Call.get("/events/" + eventIds.get((int) (n % eventIds.size())))),
                    new Scenario(SuiteService.EVENTS, "POST", "`POST /events`", eventsPost, Convergence.EVENTS,
                            n -> Call.post("/events", BenchData.event(2_000_000 + (int) (n % 1_000_000_000), members), token)),
                    new Scenario(SuiteService.COMMITMENTS, "GET one", "`GET /commitments/{id}`", commitmentsGet, null,
                            n -> Call.get("/commitments/" + commitmentIds.get((int) (n % commitmentIds.size())))),
                    new Scenario(SuiteService.COMMITMENTS, "POST", "`POST /commitments` (membership checked in the read copy)", commitmentsPost,
                            Convergence.COMMITMENTS, n -> Call.post("/commitments", BenchData.commitment(2_000_000 + (int) (n % 1_000_000_000), members,
                                    eventIds), token)));

            Convergence convergence = new Convergence(suite);
            Map<String, Map<String, List<Long>>> admittedWrites = new TreeMap<>();
            long sequence = 0;
            for (Scenario scenario : scenarios) {
                long base = sequence;
                sequence += 100_000_000;
                Call.Source calls = n -> scenario.calls.next(base + n);
                rows.add(storm(suite, load, scenario, calls, convergence, admittedWrites));
                BenchSuite.settle(suite, Duration.ofMinutes(10));
            }

            // Nothing admitted is lost: every write answered 2xx, during the storm or the recovery, is
            // in its owner's database and on its topic, and every read copy converges to its source.
            for (Map.Entry<String, Map<String, List<Long>>> topic : admittedWrites.entrySet()) {
                Set<String> missing = new HashSet<>(topic.getValue().keySet());
                missing.removeAll(convergence.source(topic.getKey()).keySet());
                lossChecks.add("- " + topic.getKey() + ": " + topic.getValue().size() + " writes answered 2xx; not in the owner's database: "
                        + (missing.isEmpty() ? "0" : missing.size() + " (e.g. " + missing.iterator().next() + ")"));
            }
            try {
                convergence.awaitPublished(admittedWrites, Convergence.Delivery.AT_LEAST_ONCE, Duration.ofMinutes(5));
                lossChecks.add("- on the topics: every one of them, each version 0 once or more, nothing else for those keys (`Convergence.awaitPublished`, AT_LEAST_ONCE)");
            } catch (AssertionError lost) {
                lossChecks.add("- on the topics: **NOT ALL**: " + lost.getMessage().replace("\n", " "));
            }
            try {
                convergence.awaitCopiesEqualSources(Duration.ofMinutes(5));
                lossChecks.add("- read copies: every read copy of every service equals its source, key by key and version by version");
            } catch (AssertionError differ) {
                lossChecks.add("- read copies: **DIFFER**: " + differ.getMessage().replace("\n", " "));
            }
        }

        ResultsFile results = new ResultsFile("Overload: ten times the sustainable rate", settings);
        String limit = serviceMilliCpus == 0
                ? "at " + multiplier + " × the highest rate [http-results.md](http-results.md) measured (its 64-client rows)"
                : "at " + multiplier + " × the highest sustainable rate measured in the same run under the same CPU limit";
        results.line("Per service, for POST and for GET one, requests offered " + limit + ", for " + duration.toSeconds() + " s, open model: "
                + "request *i* is due at *start + i / rate* over up to " + connections + " keep-alive connections, whatever became of the others. "
                + "The services run with the kit's admission control at its default (`coalition.http.admission.max-in-flight` = 64): over it a "
                + "request is answered 503 with `Retry-After` before a worker thread sees it (README, *Production notes*, *Overload*).")
                .blank();
        if (serviceMilliCpus > 0) {
            results.line("- **CPU limit**: the service under storm is held to " + serviceMilliCpus / 1000.0 + " of a core, as a container's CPU "
                    + "limit holds it: the CFS bandwidth quota of a cgroup of its own (`bench/CpuQuota`, a 10 ms period), from the measurement of "
                    + "its sustainable rate to the end of its recovery; PostgreSQL, Kafka and the generator have the rest of the 2 cores. "
                    + "Without a limit one generator on the same 2 cores cannot offer ten times what the service answers with them "
                    + "(`-Dbench.serviceMilliCpus=0` runs it so, at the rates of http-results.md). The service was warmed up without the limit "
                    + "first (16 clients, " + warmUp.toSeconds() + " s); its JVM sized its pools for 2 cores at start-up.")
                    .line("- **sustainable**: the highest sustainable rate under the limit: 64 clients, closed model (each sends its next "
                            + "request when its last was answered), 2 s of warm-up then " + sustainableMeasure.toSeconds() + " s measured, "
                            + "every request 2xx; **throttled**: periods of 10 ms in which the limit held the service back, during the storm "
                            + "and its recovery");
        }
        results.line("- **asked**: the rate the scenario asks for; **offered**: what the generator offered on schedule, per second of the storm: "
                        + "sent, or **held back**. The generator is one Vert.x event-loop thread in the benchmark's JVM, on the same 2 cores as the "
                        + "service, PostgreSQL and Kafka. A request more than 1 s behind its due time is not sent and not offered (**offered** below "
                        + "**asked** is the generator's limit on this machine); **held back**: due on time while all " + connections + " connections "
                        + "had a request in flight and " + (4 * connections) + " more waited for one, so not sent: the service took no more "
                        + "from its sockets, as a client would find who gives up waiting (offered, not answered)")
                .line("- **answered**: answers per second of the storm (answers of the last requests may arrive just after it); **2xx / 503 / other**: "
                        + "answers by status; **no answer**: a connection error, or no answer within " + timeout.toSeconds() + " s")
                .line("- **admitted p99**: of the 2xx answers, from the request's due time (includes waiting for a free connection in the "
                        + "generator) / from the moment it had its connection and was written (the service's time, and the kernel's and the "
                        + "event loop's before it reads the request)")
                .line("- **liveness**: `GET /q/health/live` every 200 ms during the storm, by a client of its own (5 s timeout): 200s of probes, slowest")
                .line("- **recovery**: from the end of the storm (the last request due) until the first of 20 consecutive single requests "
                        + "(one at a time, as after a storm a client would) answered 2xx within max(2 × the baseline p99, baseline p99 + 5 ms); "
                        + "the baseline p99 is of one client's requests for 5 s just before the storm")
                .line("- **RSS**: the service's resident memory just before the storm → its peak, sampled after each liveness probe; **load**: the 1-minute "
                        + "load average at the storm's start → end")
                .blank().lines(facts)
                .line("- Reproduce: `./mvnw -B -pl suite -am package -Dtest=OverloadBenchmark -Dsurefire.failIfNoSpecifiedTests=false`")
                .line("- Data loaded through the APIs first: a coalition with every country as a member, %d coalitions, %d events, %d commitments"
                        .formatted(records, records, records));
        results.heading("Storms");
        results.table("service", "request", "sustainable /s", "throttled", "asked /s", "offered /s", "held back", "answered /s", "2xx", "503", "other", "no answer",
                "admitted p99 ms (due / written)", "liveness", "baseline p99 ms", "recovery s", "RSS MiB", "load", "CPU service / PostgreSQL / generator");
        for (Row row : rows) {
            LoadGenerator.Storm s = row.storm;
            double seconds = s.duration().toNanos() / 1e9;
            long other = s.count(status -> (status < 200 || status >= 300) && status != 503);
            results.row(row.scenario.service.module(), row.scenario.name + " (" + row.scenario.description + ")",
                    serviceMilliCpus == 0 ? String.format("%,d (http-results.md)", row.sustainable) : String.format("%,d", row.sustainable),
                    serviceMilliCpus == 0 ? "no limit" : String.format("%,d", row.throttledPeriods),
                    String.format("%,d", row.asked), String.format("%,.0f", (s.sent() + s.heldBack()) / seconds), String.format("%,d", s.heldBack()),
                    String.format("%,.0f", s.answered() / seconds),
                    s.count(status -> status >= 200 && status < 300), s.count(status -> status == 503),
                    other == 0 ? "0" : other + " " + s.statuses() + (s.firstFailure() == null ? "" : " (" + s.firstFailure() + ")"),
                    s.failures() == 0 ? "0" : s.failures() + (s.firstFailure() == null ? "" : " (" + s.firstFailure() + ")"),
                    Latency.format(s.admitted().p99()) + " / " + Latency.format(s.admittedFromSent().p99()),
                    row.liveOk + "/" + row.liveProbes + ", slowest " + Latency.format(row.liveSlowestMs) + " ms",
                    Latency.format(row.baselineP99Ms), row.recoverySeconds < 0 ? "not within 60 s" : String.format("%.1f", row.recoverySeconds),
                    row.rssBefore + " → " + row.rssPeak, row.loadStart + " → " + row.loadEnd,
                    BenchSuite.percent(s.targetCpuShares().get(0)) + " / " + BenchSuite.percent(s.targetCpuShares().get(1)) + " / "
                            + BenchSuite.percent(s.generatorCpuShare()));
        }
        results.heading("Nothing admitted is lost");
        results.line("After the storms, with the suite settled (outboxes empty, read copies caught up):").blank().lines(lossChecks);
        results.heading("Writes the database holds beyond the 2xx answers");
        results.table("service", "rows added during storm and recovery", "2xx answers", "difference");
        for (Row row : rows) {
            if (row.scenario.topic != null) {
                results.row(row.scenario.service.module(), row.rowsAdded, row.admittedKeys, row.rowsAdded - row.admittedKeys);
            }
        }
        results.line("").line("A difference above 0 would be a write that committed although its client saw no 2xx (an answer lost or too late); "
                + "a refused request (503 from admission control) never reaches the database.");
        results.write(settings.resultsFile("overload-results.md"));
    }

    private Row storm(RunningSuite suite, LoadGenerator load, Scenario scenario, Call.Source calls, Convergence convergence,
            Map<String, Map<String, List<Long>>> admittedWrites) throws Exception {
        String url = suite.url(scenario.service);
        long pid = suite.service(scenario.service).pid();
        List<Supplier<List<Long>>> targets = List.of(() -> List.of(pid), () -> BenchSuite.postgresPids(suite));
        if (serviceMilliCpus == 0) {
            return storm(suite, load, scenario, calls, convergence, admittedWrites, scenario.sustainable, Optional.empty(), targets);
        }
        // Warmed up with the machine's cores first, as a service in production is before a storm reaches it.
        load.closed(scenario.name + " warm-up", url, n -> calls.next(70_000_000 + n), 16, Duration.ofSeconds(1), warmUp, targets);
        try (CpuQuota quota = CpuQuota.limit(pid, serviceMilliCpus, "coalition-bench-" + scenario.service.module())) {
            // The highest sustainable rate under the limit, measured as benchmarks/http-results.md measures it: 64 clients, closed model.
            LoadGenerator.Result sustainable = load.closed(scenario.name + " sustainable", url, n -> calls.next(80_000_000 + n), 64,
                    Duration.ofSeconds(2), sustainableMeasure, targets);
            if (sustainable.failed() > 0) {
                throw new IllegalStateException(scenario.service.module() + " " + scenario.name + ": " + sustainable.failed()
                        + " requests failed at the sustainable rate, e.g. " + sustainable.firstFailure());
            }
            return storm(suite, load, scenario, calls, convergence, admittedWrites, (int) Math.round(sustainable.perSecond()), Optional.of(quota),
                    targets);
        }
    }

    private Row storm(RunningSuite suite, LoadGenerator load, Scenario scenario, Call.Source calls, Convergence convergence,
            Map<String, Map<String, List<Long>>> admittedWrites, int sustainable, Optional<CpuQuota> quota, List<Supplier<List<Long>>> targets)
            throws Exception {
        String url = suite.url(scenario.service);
        long pid = suite.service(scenario.service).pid();
        int asked = sustainable * multiplier;

        // The normal latency, one request at a time; the baseline's own writes are not counted below.
        LoadGenerator.Result baseline = load.closed(scenario.name + " baseline", url, n -> calls.next(90_000_000 + n), 1,
                Duration.ofSeconds(1), Duration.ofSeconds(5), targets);
        long rowsBefore = scenario.topic == null ? 0 : convergence.source(scenario.topic).size();
        long throttledBefore = quota.map(CpuQuota::throttledPeriods).orElse(0L);

        Set<String> keys = ConcurrentHashMap.newKeySet();
        AtomicBoolean storming = new AtomicBoolean(true);
        AtomicLong liveProbes = new AtomicLong();
        AtomicLong liveOk = new AtomicLong();
        AtomicLong liveSlowestNanos = new AtomicLong();
        AtomicLong rssPeak = new AtomicLong();
        long rssBefore = ProcessStats.rssMiB(pid).orElse(-1);
        Thread liveness = new Thread(() -> {
            HttpRequest probe = HttpRequest.newBuilder(URI.create(url + "/q/health/live")).timeout(Duration.ofSeconds(5)).build();
            while (storming.get()) {
                long started = System.nanoTime();
                liveProbes.incrementAndGet();
                try {
                    if (probeClient.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        liveOk.incrementAndGet();
                    }
                } catch (java.io.IOException e) {
                    // counted as a probe without a 200
                } catch (InterruptedException e) {
                    return;
                }
                liveSlowestNanos.accumulateAndGet(System.nanoTime() - started, Math::max);
                rssPeak.accumulateAndGet(ProcessStats.rssMiB(pid).orElse(-1), Math::max);
                sleep(200);
            }
        }, "liveness-probe");
        liveness.start();
        String loadStart = MachineFacts.loadAverage().split(",")[0];
        LoadGenerator.Storm storm = load.storm(url, calls, asked, duration, connections, timeout, outcome -> {
            if (scenario.topic != null && outcome.ok()) {
                keys.add(id(outcome.body()));
            }
        }, targets);
        storming.set(false);
        liveness.join();
        String loadEnd = MachineFacts.loadAverage().split(",")[0];

        double threshold = Math.max(2 * baseline.latency().p99(), baseline.latency().p99() + 5);
        double recovery = recover(url, calls, threshold, storm.endNanos(), keys, scenario.topic != null);
        if (scenario.topic != null) {
            Map<String, List<Long>> versions = admittedWrites.computeIfAbsent(scenario.topic, t -> new TreeMap<>());
            keys.forEach(key -> versions.put(key, List.of(0L)));
        }
        long throttled = quota.map(CpuQuota::throttledPeriods).orElse(0L) - throttledBefore;
        // The outbox and the copies catch up with the machine's cores: the storm's figures are taken.
        quota.ifPresent(CpuQuota::close);
        BenchSuite.settle(suite, Duration.ofMinutes(10));
        long rowsAdded = scenario.topic == null ? 0 : convergence.source(scenario.topic).size() - rowsBefore;
        System.out.printf("%s %s: sustainable %d/s, asked %d/s, sent %d of %d (behind %d, held back %d), statuses %s, no answer %d, admitted p99 %s ms, liveness %d/%d, recovery %.1f s%n",
                scenario.service.module(), scenario.name, sustainable, asked, storm.sent(), storm.due(), storm.behind(), storm.heldBack(), storm.statuses(), storm.failures(),
                Latency.format(storm.admitted().p99()), liveOk.get(), liveProbes.get(), recovery);
        return new Row(scenario, sustainable, throttled, asked, storm, baseline.latency().p99(), liveProbes.get(), liveOk.get(), liveSlowestNanos.get() / 1e6, recovery,
                rssBefore, rssPeak.get(), loadStart, loadEnd, rowsAdded, keys.size());
    }

    /**
     * Seconds from {@code stormEnd} to the first of 20 consecutive requests, one at a time, each
     * answered 2xx within {@code thresholdMs}; -1 if that did not happen within 60 s.
     */
    private double recover(String url, Call.Source calls, double thresholdMs, long stormEnd, Set<String> keys, boolean write) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long runStart = -1;
        int good = 0;
        for (long n = 95_000_000; System.nanoTime() < deadline; n++) {
            Call call = calls.next(n);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + call.uri())).timeout(timeout)
                    .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(call.body()));
            call.headers().forEach(request::header);
            long started = System.nanoTime();
            int status;
            String body = "";
            try {
                HttpResponse<String> response = probeClient.send(request.build(), HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                body = response.body();
            } catch (java.io.IOException e) {
                status = 0;
            }
            double ms = (System.nanoTime() - started) / 1e6;
            boolean ok = status >= 200 && status < 300;
            if (ok && write) {
                keys.add(id(body));
            }
            if (ok && ms <= thresholdMs) {
                if (good++ == 0) {
                    runStart = started;
                }
                if (good == 20) {
                    return Math.max(0, (runStart - stormEnd) / 1e9);
                }
            } else {
                good = 0;
            }
        }
        return -1;
    }

    private static String id(String body) {
        Matcher matcher = ID.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("No id in a 2xx answer: " + body);
        }
        return matcher.group(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Scenario(SuiteService service, String name, String description, int sustainable, String topic, Call.Source calls) {
    }

    private record Row(Scenario scenario, int sustainable, long throttledPeriods, int asked, LoadGenerator.Storm storm, double baselineP99Ms, long liveProbes, long liveOk,
            double liveSlowestMs, double recoverySeconds, long rssBefore, long rssPeak, String loadStart, String loadEnd, long rowsAdded,
            long admittedKeys) {
    }
}
