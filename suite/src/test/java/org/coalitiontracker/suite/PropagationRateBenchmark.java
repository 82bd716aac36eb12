package org.coalitiontracker.suite;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;
import org.coalitiontracker.suite.bench.BenchSettings;
import org.coalitiontracker.suite.bench.Call;
import org.coalitiontracker.suite.bench.Latency;
import org.coalitiontracker.suite.bench.LoadGenerator;
import org.coalitiontracker.suite.bench.ResultsFile;
import org.junit.jupiter.api.Test;

/**
 * Propagation under load: events are written to events-service at a fixed rate (open model) and
 * watched arriving in commitments-service's read copy. Reports, at 50 and 500 writes/s, how long
 * after a write's 2xx the record was visible in the read copy, and finds the highest rate the
 * suite sustains for 60 s with the outbox backlog (and the read copy's) staying bounded.
 * Not part of the build: run it with the command in benchmarks/README.md; it prints the figures
 * and writes benchmarks/propagation-rate-results.md.
 */
class PropagationRateBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final String TOPIC = "coalition-tracker.events";
    private static final double TARGET_P99_MS_AT_50 = 50;
    private static final long HIGHEST_MICROS = Duration.ofMinutes(5).toNanos() / 1000;

    private final BenchSettings settings = BenchSettings.fromSystemProperties(RunningSuite.ROOT);
    private final int[] fixedRates = settings.integers("rates", "50,500", "10,50");
    private final Duration fixedDuration = settings.seconds("duration", 60, 5);
    private final Duration probeDuration = settings.seconds("probe", 20, 3);
    private final Duration sustainDuration = settings.seconds("sustain", 60, 5);
    private final int[] ladder = settings.integers("ladder", "100,150,225,340,500,750,1100,1700,2500,3800", "20,40,80");
    private final long pollMillis = settings.integer("pollMillis", 5, 5);
    private final int connections = settings.integer("connections", 64, 16);

    @Test
    void propagationAtFixedRatesAndHighestSustainedRate() throws Exception {
        List<String> facts;
        List<Run> fixed = new ArrayList<>();
        List<Run> search = new ArrayList<>();
        Run sustained = null;
        try (RunningSuite suite = RunningSuite.start(); LoadGenerator load = new LoadGenerator()) {
            facts = BenchSuite.machineFacts(suite);
            Runner runner = new Runner(suite, load);
            runner.run(20, settings.seconds("warmup", 10, 2)); // warm-up, not reported
            for (int rate : fixedRates) {
                fixed.add(runner.run(rate, fixedDuration));
            }
            // The ladder: short probes up to the first rate that is not sustained, one probe between
            // the last good and the first bad, then the best candidate held for the full duration
            // (stepping down until one holds).
            List<Integer> good = new ArrayList<>();
            Integer bad = null;
            for (int rate : ladder) {
                Run probe = runner.run(rate, probeDuration);
                search.add(probe);
                if (!probe.sustained()) {
                    bad = rate;
                    break;
                }
                good.add(rate);
            }
            if (bad != null && !good.isEmpty()) {
                int between = (int) Math.round(Math.sqrt((double) good.get(good.size() - 1) * bad));
                Run probe = runner.run(between, probeDuration);
                search.add(probe);
                if (probe.sustained()) {
                    good.add(between);
                }
            }
            for (int i = good.size() - 1; i >= 0 && sustained == null; i--) {
                Run hold = runner.run(good.get(i), sustainDuration);
                search.add(hold);
                if (hold.sustained()) {
                    sustained = hold;
                }
            }
        }

        ResultsFile results = new ResultsFile("Propagation under load", settings);
        results.line("A write is `POST /events` at events-service; it is propagated when the event is visible in commitments-service's read "
                + "copy (outbox row in the write's transaction → relay → Kafka → consumer → read-copy upsert committed). Open model: write "
                + "*i* is due at *start + i / rate* whatever became of the others (up to " + connections + " connections in flight), so a "
                + "stall shows in the figures instead of slowing the load.")
                .blank()
                .line("- **propagation**: from the moment the client had the write's 2xx to the first poll that saw the record in the read "
                        + "copy (the benchmark polls commitments-service's database every " + pollMillis + " ms for the keys it waits for, with the "
                        + "time taken just before each poll, so a figure is at most one poll interval late); it can be close to 0 because the "
                        + "relay is woken at the commit, while the 2xx is still on its way")
                .line("- **write**: the write's latency from its intended start (includes any wait for a free connection)")
                .line("- **outbox backlog**: rows in events-service's outbox (sampled every 0.5 s; the relay deletes a row once Kafka "
                        + "acknowledged it); **copy backlog**: writes answered 2xx but not yet visible in the read copy")
                .line("- **sustained** means: ≥ 99.9 % of writes 2xx and answered at the rate asked (≥ 98 %); the outbox backlog at the end ≤ "
                        + "max(100, rate × 1 s) and not growing (least-squares slope over the run < 2 % of the rate, or 5 rows/s at low rates); the same for the copy backlog")
                .blank().lines(facts)
                .line("- Reproduce: `./mvnw -B -pl suite -am package -Dtest=PropagationRateBenchmark -Dsurefire.failIfNoSpecifiedTests=false`")
                .line("- The load generator and the poller run on the same machine and share its cores with the services, PostgreSQL and Kafka "
                        + "(their CPU is shown); nothing is pinned to a core.");
        results.heading("At fixed rates");
        header(results);
        for (Run run : fixed) {
            row(results, run, run.rate == 50 ? "p99 < 50 ms: " + ResultsFile.verdict(run.propagation.p99() < TARGET_P99_MS_AT_50) : "");
        }
        results.heading("Highest rate sustained for " + sustainDuration.toSeconds() + " s");
        results.line(sustained == null ? "**None of the rates tried was sustained** (see the probes below)."
                : "**%,d writes/s** sustained for %d s: propagation p50 %s ms, p99 %s ms; outbox backlog at most %d rows."
                        .formatted(sustained.rate, sustainDuration.toSeconds(), Latency.format(sustained.propagation.p50()),
                                Latency.format(sustained.propagation.p99()), sustained.outboxMax));
        results.blank().line("Probes of " + probeDuration.toSeconds() + " s up a ladder of rates, one between the last sustained and the first "
                + "not sustained, then the best held for " + sustainDuration.toSeconds() + " s (in the order run):").blank();
        header(results);
        for (Run run : search) {
            row(results, run, "");
        }
        results.write(settings.resultsFile("propagation-rate-results.md"));
    }

    private static void header(ResultsFile results) {
        results.table("rate/s", "duration", "writes ok / failed", "answered/s", "write p50 / p99 / p99.9 ms", "propagation p50 / p99 / p99.9 / max ms",
                "not visible after 30 s", "outbox backlog max / end / slope per s", "copy backlog max / end", "CPU events-svc / commitments-svc / PostgreSQL / generator",
                "sustained", "target");
    }

    private static void row(ResultsFile results, Run run, String target) {
        results.row(String.format("%,d", run.rate), run.duration.toSeconds() + " s", run.load.ok() + " / " + run.load.failed(),
                String.format("%,.0f", run.answeredPerSecond), Latency.format(run.load.latency().p50()) + " / " + Latency.format(run.load.latency().p99()) + " / "
                        + Latency.format(run.load.latency().p999()),
                run.propagation.summary(), run.missing, run.outboxMax + " / " + run.outboxEnd + " / " + String.format("%.1f", run.outboxSlope),
                run.copyMax + " / " + run.copyEnd,
                run.load.targetCpuShares().stream().map(BenchSuite::percent).reduce((a, b) -> a + " / " + b).orElse("") + " / "
                        + BenchSuite.percent(run.load.generatorCpuShare()),
                run.sustained() ? "yes" : "**no** (" + run.why + ")", target);
    }

    /** One run at one rate and what was seen. */
    private record Run(int rate, Duration duration, LoadGenerator.Result load, double answeredPerSecond, Latency propagation, long missing,
            long outboxMax, long outboxEnd, double outboxSlope, long copyMax, long copyEnd, String why) {

        boolean sustained() {
            return why.isEmpty();
        }
    }

    private final class Runner {

        private final RunningSuite suite;
        private final LoadGenerator load;
        private final String token;
        private final AtomicLong sequence = new AtomicLong();

        Runner(RunningSuite suite, LoadGenerator load) {
            this.suite = suite;
            this.load = load;
            this.token = suite.editorToken();
        }

        Run run(int rate, Duration duration) throws Exception {
            BenchSuite.settle(suite, Duration.ofMinutes(10));
            long base = sequence.getAndAdd(10_000_000);
            Map<String, Long> pending = new ConcurrentHashMap<>(); // key -> nanoTime of the 2xx
            Histogram propagation = new Histogram(HIGHEST_MICROS, 3);
            AtomicLong lastAnswer = new AtomicLong();
            AtomicBoolean watching = new AtomicBoolean(true);
            List<long[]> samples = new CopyOnWriteArrayList<>(); // {nanoTime, outbox rows, copy backlog}
            Thread poller = new Thread(() -> poll(pending, propagation, watching), "bench-visibility-poller");
            Thread sampler = new Thread(() -> sample(pending, samples, watching), "bench-backlog-sampler");
            poller.start();
            sampler.start();
            long started = System.nanoTime();
            long servicePid = suite.service(SuiteService.EVENTS).pid();
            long consumerPid = suite.service(SuiteService.COMMITMENTS).pid();
            List<Supplier<List<Long>>> targets = List.of(() -> List.of(servicePid), () -> List.of(consumerPid), () -> BenchSuite.postgresPids(suite));
            LoadGenerator.Result result = load.open("POST /events at " + rate + "/s", suite.url(SuiteService.EVENTS), n -> Call.post("/events", """
                    {"title": "Propagation benchmark call %d", "kind": "CALL", "format": "VIRTUAL", "status": "HELD",
                     "startsAt": "2025-09-04T11:00:00+02:00", "timeZone": "Europe/Paris"}""".formatted(base + n), token), rate, duration, connections,
                    outcome -> {
                        if (outcome.ok()) {
                            Matcher id = ID.matcher(outcome.body());
                            if (id.find()) {
                                pending.putIfAbsent(id.group(1), outcome.doneNanos());
                            }
                            lastAnswer.accumulateAndGet(outcome.doneNanos(), Math::max);
                        }
                    }, targets);
            long writesEnded = started + duration.toNanos();
            List<long[]> during = samples.stream().filter(s -> s[0] <= writesEnded).toList();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!pending.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            watching.set(false);
            poller.join();
            sampler.join();
            long missing = pending.size();
            double answeredPerSecond = result.ok() / ((Math.max(lastAnswer.get(), writesEnded) - started) / 1e9);
            long outboxMax = during.stream().mapToLong(s -> s[1]).max().orElse(0);
            long outboxEnd = during.isEmpty() ? 0 : during.get(during.size() - 1)[1];
            double outboxSlope = slope(during, 1);
            long copyMax = during.stream().mapToLong(s -> s[2]).max().orElse(0);
            long copyEnd = during.isEmpty() ? 0 : during.get(during.size() - 1)[2];
            double copySlope = slope(during, 2);

            List<String> why = new ArrayList<>();
            long asked = result.ok() + result.failed();
            if (result.failed() > asked / 1000) {
                why.add(result.failed() + " writes failed: " + result.firstFailure());
            }
            if (answeredPerSecond < 0.98 * rate) {
                why.add(String.format("answered only %.0f/s", answeredPerSecond));
            }
            long bound = Math.max(100, rate);
            if (outboxEnd > bound || outboxSlope > Math.max(0.02 * rate, 5)) {
                why.add("outbox backlog growing");
            }
            if (copyEnd > bound || copySlope > Math.max(0.02 * rate, 5) || missing > 0) {
                why.add("read copy falling behind");
            }
            Run run = new Run(rate, duration, result, answeredPerSecond, Latency.of(propagation), missing, outboxMax, outboxEnd, outboxSlope, copyMax,
                    copyEnd, String.join("; ", why));
            System.out.printf("%d writes/s for %d s: %d ok, %d failed, propagation %s ms, outbox max %d end %d, copy backlog max %d, missing %d%s%n",
                    rate, duration.toSeconds(), result.ok(), result.failed(), run.propagation.summary(), outboxMax, outboxEnd, copyMax, missing,
                    run.sustained() ? "" : " — not sustained: " + run.why);
            return run;
        }

        /** Polls the read copy for the keys still awaited; a key seen is timed at the start of the poll that saw it. */
        private void poll(Map<String, Long> pending, Histogram propagation, AtomicBoolean watching) {
            try (Connection connection = DriverManager.getConnection(suite.jdbcUrl(SuiteService.COMMITMENTS), "postgres", "postgres");
                    PreparedStatement query = connection.prepareStatement("select aggregate_key from read_copy where topic = ? and aggregate_key = any (?)")) {
                query.setString(1, TOPIC);
                while (watching.get()) {
                    long pollStarted = System.nanoTime();
                    if (!pending.isEmpty()) {
                        Array keys = connection.createArrayOf("varchar", pending.keySet().toArray());
                        query.setArray(2, keys);
                        try (ResultSet rows = query.executeQuery()) {
                            while (rows.next()) {
                                Long answered = pending.remove(rows.getString(1));
                                if (answered != null) {
                                    propagation.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, pollStarted - answered) / 1000));
                                }
                            }
                        }
                    }
                    long rest = pollMillis * 1_000_000 - (System.nanoTime() - pollStarted);
                    if (rest > 0) {
                        Thread.sleep(rest / 1_000_000, (int) (rest % 1_000_000));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("The visibility poller failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void sample(Map<String, Long> pending, List<long[]> samples, AtomicBoolean watching) {
            try (Connection connection = DriverManager.getConnection(suite.jdbcUrl(SuiteService.EVENTS), "postgres", "postgres");
                    PreparedStatement count = connection.prepareStatement("select count(*) from outbox")) {
                while (watching.get()) {
                    try (ResultSet rows = count.executeQuery()) {
                        rows.next();
                        samples.add(new long[] { System.nanoTime(), rows.getLong(1), pending.size() });
                    }
                    Thread.sleep(500);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("The backlog sampler failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Least-squares slope of column {@code column} of the samples, per second. */
    private static double slope(List<long[]> samples, int column) {
        if (samples.size() < 3) {
            return 0;
        }
        double n = samples.size();
        double t0 = samples.get(0)[0];
        double sumT = 0;
        double sumY = 0;
        double sumTT = 0;
        double sumTY = 0;
        for (long[] s : samples) {
            double t = (s[0] - t0) / 1e9;
            sumT += t;
            sumY += s[column];
            sumTT += t * t;
            sumTY += t * s[column];
        }
        double denominator = n * sumTT - sumT * sumT;
        return denominator == 0 ? 0 : (n * sumTY - sumT * sumY) / denominator;
    }
}
