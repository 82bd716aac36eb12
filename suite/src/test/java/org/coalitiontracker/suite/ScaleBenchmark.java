package org.coalitiontracker.suite;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.coalitiontracker.suite.bench.BenchData;
import org.coalitiontracker.suite.bench.BenchSettings;
import org.coalitiontracker.suite.bench.Call;
import org.coalitiontracker.suite.bench.LoadGenerator;
import org.coalitiontracker.suite.bench.QueryPlans;
import org.coalitiontracker.suite.bench.ResultsFile;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scale: the suite loaded through its APIs to 10,000 and then 100,000 commitments (with a tenth
 * as many events, one participant each, and every country a member of the coalition), and at
 * each size the latency of the list with filters, the summary and the asOf queries, the plans
 * PostgreSQL uses for them (EXPLAIN ANALYZE of the statements the services really send), and
 * the time to rebuild a read copy of all the commitments from its topic. Comparing the two
 * sizes shows whether a query grows with the row count more than a logarithm would.
 * Not part of the build: run it with the command in benchmarks/README.md; it prints the figures
 * and writes benchmarks/scale-results.md.
 */
class ScaleBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double TARGET_REBUILD_SECONDS = 30;
    /** A day in the middle of the commitments' timelines (announced over 2024–2026). */
    private static final Pattern KNOWN_AT = Pattern.compile("knownAt=[^&]+");
    private static final Pattern HISTORY_OF = Pattern.compile("/commitments/[0-9a-f-]+/history");
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    private final BenchSettings settings = BenchSettings.fromSystemProperties(RunningSuite.ROOT);
    private final int[] sizes = settings.integers("sizes", "10000,100000", "300,1500");
    private final int participantsPerEvent = settings.integer("participants", 1, 1);
    private final int loadConcurrency = settings.integer("loadConcurrency", 16, 8);
    private final int queryClients = settings.integer("queryClients", 1, 1);
    private final Duration warmUp = settings.seconds("warmup", 3, 1);
    private final Duration measure = settings.seconds("duration", 15, 2);
    /** Measured rounds of the exports at the largest size (0: none), so that their figures need no load of their own. */
    private final int exportRounds = settings.integer("exportRounds", 3, 1);

    private record Query(SuiteService service, String kind, String path, String table, Map<String, Object> binds, int offset) {
    }

    private record Measured(int size, Query query, LoadGenerator.Result result, List<QueryPlans.Plan> plans) {
    }

    private record Loaded(int size, String what, int count, double seconds) {
    }

    private record Rebuild(int size, SuiteService service, String copy, long records, long eventsApplied, double wallSeconds, double reportedSeconds) {
    }

    @Test
    void queriesAndRebuildAtTwoSizes() throws Exception {
        List<String> facts;
        List<Measured> measured = new ArrayList<>();
        List<Loaded> loaded = new ArrayList<>();
        List<Rebuild> rebuilds = new ArrayList<>();
        Map<Integer, Map<String, Long>> rowCounts = new LinkedHashMap<>();
        ExportMeasurement.Measured exports = null;
        try (RunningSuite suite = RunningSuite.start(); LoadGenerator load = new LoadGenerator()) {
            facts = BenchSuite.machineFacts(suite);
            String countries = suite.url(SuiteService.COUNTRIES);
            String events = suite.url(SuiteService.EVENTS);
            String commitments = suite.url(SuiteService.COMMITMENTS);
            BenchData data = new BenchData(load, countries, events, commitments, suite.editorToken(), loadConcurrency);
            long started = System.nanoTime();
            List<String> members = data.coalitionWithAllCountries();
            loaded.add(new Loaded(0, "memberships: every country, a tenth WITHDRAWN (count: the ACTIVE ones)", members.size(), seconds(started)));
            BenchData.awaitReadCopies(commitments, Map.of("memberships", members.size()), Duration.ofMinutes(5));
            BenchData.awaitReadCopies(events, Map.of("memberships", members.size()), Duration.ofMinutes(5));

            List<String> eventIds = new ArrayList<>();
            List<String> commitmentIds = new ArrayList<>();
            String country = members.get(members.size() / 2);
            for (int size : sizes) {
                int eventTarget = size / 10;
                started = System.nanoTime();
                List<String> newEvents = data.events(eventIds.size(), eventTarget, members);
                loaded.add(new Loaded(size, "events", newEvents.size(), seconds(started)));
                started = System.nanoTime();
                data.participants(newEvents, participantsPerEvent, members);
                loaded.add(new Loaded(size, "participants", newEvents.size() * participantsPerEvent, seconds(started)));
                eventIds.addAll(newEvents);
                BenchData.awaitReadCopies(commitments, Map.of("events", eventIds.size()), Duration.ofMinutes(10));
                started = System.nanoTime();
                List<String> newCommitments = data.commitments(commitmentIds.size(), size, members, eventIds, true);
                loaded.add(new Loaded(size, "commitments, each with its status timeline but the last two steps (version 0)",
                        newCommitments.size(), seconds(started)));
                started = System.nanoTime();
                data.extendTimelines(newCommitments, commitmentIds.size(), 1);
                loaded.add(new Loaded(size, "a step added to every timeline (PATCH, version 1)", newCommitments.size(), seconds(started)));
                // The record between the two rounds: every commitment known, the newest in its version 1.
                Instant between = Instant.now();
                started = System.nanoTime();
                data.extendTimelines(newCommitments, commitmentIds.size(), 0);
                loaded.add(new Loaded(size, "the last step added to every timeline (PATCH, version 2)", newCommitments.size(), seconds(started)));
                commitmentIds.addAll(newCommitments);
                started = System.nanoTime();
                BenchSuite.settle(suite, Duration.ofMinutes(30));
                loaded.add(new Loaded(size, "wait until every read copy caught up", 0, seconds(started)));
                analyze(suite);
                rowCounts.put(size, rowCounts(suite));

                for (Query query : queries(country, between, commitmentIds.get(commitmentIds.size() / 2))) {
                    measured.add(measure(suite, load, size, query));
                }
                if (size == sizes[sizes.length - 1] && exportRounds > 0) {
                    exports = ExportMeasurement.measure(suite, commitmentIds.size(), exportRounds);
                }
                for (SuiteService service : List.of(SuiteService.COUNTRIES, SuiteService.EVENTS)) {
                    rebuilds.add(rebuild(suite, size, service, "commitments"));
                    BenchSuite.settle(suite, Duration.ofMinutes(10));
                }
            }
        }
        write(facts, measured, loaded, rebuilds, rowCounts);
        if (exports != null) {
            ExportMeasurement.write(settings, facts, exports, exportRounds,
                    "The commitments are ScaleBenchmark's at its largest size (loaded through the public APIs, each in three versions, "
                            + "with the events and memberships described in scale-results.md), exported after its queries were measured.",
                    "./mvnw -B -pl suite -am package -Dtest=ScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false");
        }
    }

    private List<Query> queries(String country, Instant knownAt, String commitmentId) {
        OffsetDateTime known = knownAt.atOffset(ZoneOffset.UTC);
        Map<String, Object> commitment = new HashMap<>(Map.of("country_code", country, "coalition_id", BenchData.COALITION, "category", "AIR",
                "status", "PLEDGED", "status<>", "WITHDRAWN", "conditions", "US_BACKSTOP", "stationed_in", "PL", "changed_at<=", known,
                "superseded_at>", known, "superseded_at", known));
        // The span of each timeline in force on the asOf day (commitment_status_period, migration V9).
        commitment.put("from_day<=", AS_OF);
        commitment.put("until_day>", AS_OF);
        Map<String, Object> history = Map.of("topic", "coalition-tracker.commitments", "aggregate_key", commitmentId);
        Map<String, Object> event = Map.of("coalition_id", BenchData.COALITION, "kind", "CALL", "location_country_code", country, "country_code", country,
                "starts_by>=", LocalDate.of(2025, 3, 1), "starts_by<=", LocalDate.of(2025, 3, 31));
        Map<String, Object> member = Map.of("coalition_id", BenchData.COALITION, "role", "MEMBER", "status", "ACTIVE",
                "joined_by<=", LocalDate.of(2024, 6, 1), "left_by>", LocalDate.of(2024, 6, 1));
        return List.of(
                new Query(SuiteService.COMMITMENTS, "list", "/commitments?country=" + country + "&size=50", "commitment", commitment, 0),
                new Query(SuiteService.COMMITMENTS, "list", "/commitments?category=AIR&status=PLEDGED&size=50", "commitment", commitment, 0),
                new Query(SuiteService.COMMITMENTS, "list", "/commitments?condition=US_BACKSTOP&stationedIn=PL&size=50", "commitment", commitment, 0),
                new Query(SuiteService.COMMITMENTS, "list", "/commitments?coalition=" + BenchData.COALITION + "&size=50&page=20", "commitment", commitment, 1000),
                new Query(SuiteService.COMMITMENTS, "summary", "/commitments/summary?groupBy=category", "commitment", commitment, 0),
                new Query(SuiteService.COMMITMENTS, "summary", "/commitments/summary?groupBy=country&category=AIR", "commitment", commitment, 0),
                new Query(SuiteService.COMMITMENTS, "plain list", "/commitments?size=50", "commitment", commitment, 0),
                new Query(SuiteService.COMMITMENTS, "asOf", "/commitments?asOf=" + AS_OF + "&size=50", "commitment", commitment, 0),
                new Query(SuiteService.COMMITMENTS, "asOf", "/commitments?asOf=" + AS_OF + "&country=" + country + "&size=50", "commitment", commitment, 0),
                new Query(SuiteService.COMMITMENTS, "asOf", "/commitments/summary?groupBy=status&asOf=" + AS_OF, "commitment", commitment, 0),
                new Query(SuiteService.COMMITMENTS, "knownAt", "/commitments?knownAt=" + knownAt + "&size=50", "commitment", commitment, 0),
                new Query(SuiteService.COMMITMENTS, "knownAt", "/commitments?knownAt=" + knownAt + "&country=" + country + "&size=50", "commitment",
                        commitment, 0),
                new Query(SuiteService.COMMITMENTS, "asOf+knownAt", "/commitments?asOf=" + AS_OF + "&knownAt=" + knownAt + "&size=50", "commitment",
                        commitment, 0),
                new Query(SuiteService.COMMITMENTS, "history", "/commitments/" + commitmentId + "/history", "record_version", history, 0),
                new Query(SuiteService.EVENTS, "list", "/events?coalition=" + BenchData.COALITION + "&kind=CALL&size=50", "event", event, 0),
                new Query(SuiteService.EVENTS, "list", "/events?country=" + country + "&size=50", "event", event, 0),
                new Query(SuiteService.EVENTS, "list", "/events?from=2025-03-01&to=2025-03-31&size=50", "event", event, 0),
                new Query(SuiteService.COUNTRIES, "asOf", "/coalitions/" + BenchData.COALITION + "/members?asOf=2024-06-01&size=50", "membership", member, 0),
                new Query(SuiteService.COUNTRIES, "list", "/coalitions/" + BenchData.COALITION + "/members?role=MEMBER&status=ACTIVE&size=50", "membership", member, 0));
    }

    private Measured measure(RunningSuite suite, LoadGenerator load, int size, Query query) throws Exception {
        long servicePid = suite.service(query.service).pid();
        List<Supplier<List<Long>>> targets = List.of(() -> List.of(servicePid), () -> BenchSuite.postgresPids(suite));
        LoadGenerator.Result result = load.closed(query.path, suite.url(query.service), n -> Call.get(query.path), queryClients, warmUp, measure, targets);
        System.out.printf("%,d commitments: %s: %.0f/s, %s ms%n", size, query.path, result.perSecond(), result.latency().summary());
        if (result.failed() > 0) {
            throw new IllegalStateException(query.path + " failed: " + result.firstFailure());
        }
        // The statements it sends, taken from pg_stat_activity while it is asked again for a moment, then explained.
        Set<String> statements = QueryPlans.capture(suite.jdbcUrl(query.service),
                sql -> (sql.contains("from " + query.table + " ") || sql.contains("from " + query.table + "_version "))
                        && !sql.contains("read_copy") && !sql.contains("outbox") && !sql.contains("pg_stat_activity"),
                () -> load.closed("capture", suite.url(query.service), n -> Call.get(query.path), 2, Duration.ZERO, Duration.ofSeconds(2), List.of()));
        List<QueryPlans.Plan> plans = new ArrayList<>();
        for (String sql : statements) {
            plans.add(QueryPlans.explain(suite.jdbcUrl(query.service), sql, query.binds, query.offset, 50));
        }
        return new Measured(size, query, result, plans);
    }

    private static Rebuild rebuild(RunningSuite suite, int size, SuiteService service, String copy) throws Exception {
        long started = System.nanoTime();
        JsonNode result = JSON.readTree(BenchData.send("POST", suite.url(service) + "/admin/read-copies/" + copy + "/rebuild", null, suite.adminToken(),
                status -> status == 200));
        double wall = seconds(started);
        System.out.printf("%,d commitments: rebuilt %s's %s copy (%d records) in %.1f s%n", size, service.module(), copy, result.get("records").asLong(), wall);
        return new Rebuild(size, service, copy, result.get("records").asLong(), result.path("eventsApplied").asLong(), wall,
                result.path("tookMillis").asLong() / 1000.0);
    }

    /** Fresh planner statistics, as autovacuum would have them on a database that had time to settle. */
    private static void analyze(RunningSuite suite) throws Exception {
        for (SuiteService service : SuiteService.values()) {
            try (Connection connection = DriverManager.getConnection(suite.jdbcUrl(service), "postgres", "postgres");
                    Statement statement = connection.createStatement()) {
                statement.execute("analyze");
            }
        }
    }

    private static Map<String, Long> rowCounts(RunningSuite suite) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<SuiteService, List<String>> tables = Map.of(SuiteService.COMMITMENTS, List.of("commitment", "commitment_version", "read_copy"),
                SuiteService.EVENTS, List.of("event", "participant", "read_copy"), SuiteService.COUNTRIES, List.of("membership", "read_copy"));
        for (SuiteService service : List.of(SuiteService.COMMITMENTS, SuiteService.EVENTS, SuiteService.COUNTRIES)) {
            try (Connection connection = DriverManager.getConnection(suite.jdbcUrl(service), "postgres", "postgres");
                    Statement statement = connection.createStatement()) {
                for (String table : tables.get(service)) {
                    try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                        rows.next();
                        counts.put(service.database() + "." + table, rows.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    private void write(List<String> facts, List<Measured> measured, List<Loaded> loaded, List<Rebuild> rebuilds,
            Map<Integer, Map<String, Long>> rowCounts) throws Exception {
        int small = sizes[0];
        int large = sizes[sizes.length - 1];
        double logRatio = Math.log(large) / Math.log(small);
        ResultsFile results = new ResultsFile("Scale: queries and read-copy rebuild at " + String.format("%,d", small) + " and "
                + String.format("%,d", large) + " commitments", settings);
        results.line("All data is loaded through the public APIs (concurrent POSTs, PUTs and PATCHes with an editor token, " + loadConcurrency
                + " in flight): a coalition with every ISO 3166-1 country as a member (a tenth of them WITHDRAWN), events (a tenth of the "
                + "commitments, " + participantsPerEvent + " participant each), commitments by the active members spread evenly over countries, "
                + "categories, conditions, host countries and three years of `announcedOn`, each with a status timeline of 3 to 7 steps "
                + "(5 on average, 35 days apart, one in five dated to the month at first) written in three versions: created with all but "
                + "its last two steps, then a PATCH adding a step, twice. `knownAt` queries ask about the record between the two PATCH "
                + "rounds of the size measured; `asOf` queries about " + AS_OF + ". Then PostgreSQL's statistics are refreshed "
                + "(`ANALYZE`, as autovacuum would) and each query is asked by " + queryClients + " client in a loop (closed model) for "
                + measure.toSeconds() + " s after " + warmUp.toSeconds() + " s of warm-up.")
                .blank().lines(facts)
                .line("- Reproduce: `./mvnw -B -pl suite -am package -Dtest=ScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false`")
                .line("- The load generator shares the machine's cores with the services, PostgreSQL and Kafka; nothing is pinned to a core.")
                .line("- Target: rebuild of a read copy of 100,000 records < %.0f s".formatted(TARGET_REBUILD_SECONDS));

        results.heading("Loading through the APIs");
        results.table("size (commitments)", "what", "count", "seconds", "per second");
        for (Loaded l : loaded) {
            results.row(String.format("%,d", l.size), l.what, l.count == 0 ? "" : String.format("%,d", l.count), String.format("%.1f", l.seconds),
                    l.count == 0 ? "" : String.format("%,.0f", l.count / l.seconds));
        }
        results.blank().line("Rows in the databases at each size:").blank();
        List<String> countHeader = new ArrayList<>(List.of("table"));
        rowCounts.keySet().forEach(size -> countHeader.add(String.format("%,d commitments", size)));
        results.table(countHeader.toArray(String[]::new));
        List<String> tableNames = rowCounts.values().iterator().next().keySet().stream().toList();
        for (String table : tableNames) {
            List<Object> cells = new ArrayList<>(List.of((Object) table));
            rowCounts.values().forEach(counts -> cells.add(String.format("%,d", counts.get(table))));
            results.row(cells.toArray());
        }

        results.heading("Query latency at each size");
        results.line("Latency in ms (p50 / p99 / p99.9 / max), one client. *Growth* is p50 at %,d over p50 at %,d; a query whose cost grows with "
                .formatted(large, small) + "the logarithm of the row count would grow by about %.2f×; the verdict allows for noise up to 1.5×."
                        .formatted(logRatio)).blank();
        List<String> header = new ArrayList<>(List.of("kind", "request"));
        for (int size : sizes) {
            header.add(String.format("%,d: p50 / p99 / p99.9 / max", size));
        }
        header.addAll(List.of("growth of p50 (p99)", "within a logarithm?", "indexes used (largest size)", "sequential scans (largest size)"));
        results.table(header.toArray(String[]::new));
        Map<String, List<Measured>> byPath = new LinkedHashMap<>();
        // Each size asks about its own instant between the PATCH rounds and its own commitment's history.
        measured.forEach(m -> byPath.computeIfAbsent(KNOWN_AT.matcher(HISTORY_OF.matcher(m.query.path).replaceAll("/commitments/{id}/history"))
                .replaceAll("knownAt={between}"), p -> new ArrayList<>()).add(m));
        for (Map.Entry<String, List<Measured>> entry : byPath.entrySet()) {
            List<Measured> runs = entry.getValue();
            Measured first = runs.get(0);
            Measured last = runs.get(runs.size() - 1);
            List<Object> cells = new ArrayList<>(List.of(first.query.kind, "`" + first.query.service.module().replace("-service", "") + " " + entry.getKey() + "`"));
            runs.forEach(m -> cells.add(m.result.latency().summary()));
            double growth = last.result.latency().p50() / first.result.latency().p50();
            double growth99 = last.result.latency().p99() / first.result.latency().p99();
            cells.add(String.format("%.2f× (%.2f×)", growth, growth99));
            cells.add(growth <= Math.max(1.5, logRatio * 1.2) ? "yes" : "**no**");
            cells.add(String.join(", ", last.plans.stream().flatMap(p -> p.indexes().stream()).distinct().toList()));
            cells.add(String.join(", ", last.plans.stream().flatMap(p -> p.seqScans().stream()).distinct().toList()));
            results.row(cells.toArray());
        }

        results.heading("Where the time goes: each statement at each size");
        results.line("A response is a page of rows and, for a list, the count of every matching row (`total`); a summary is "
                + "counts and sums over every matching row. Each statement the service sent for the request, as `EXPLAIN ANALYZE` "
                + "timed it once right after the request's measurement (ms of execution inside PostgreSQL). A *page* statement "
                + "fetches the rows shown and is an index walk where the plan says so; a *count* or *aggregate* reads every "
                + "matching row, and no PostgreSQL index makes that sublinear.").blank();
        List<String> statementHeader = new ArrayList<>(List.of("request", "statement"));
        for (int size : sizes) {
            statementHeader.add(String.format("%,d (ms)", size));
        }
        statementHeader.addAll(List.of("growth", "within a logarithm?"));
        results.table(statementHeader.toArray(String[]::new));
        for (Map.Entry<String, List<Measured>> entry : byPath.entrySet()) {
            List<Measured> runs = entry.getValue();
            Map<String, List<String>> byStatement = new TreeMap<>();
            for (int i = 0; i < runs.size(); i++) {
                Map<String, Integer> seen = new HashMap<>();
                // Numbered in the order of their text, which is the same at every size.
                for (QueryPlans.Plan plan : runs.get(i).plans.stream().sorted(Comparator.comparing(QueryPlans.Plan::sql)).toList()) {
                    String kind = statementKind(plan.sql());
                    int n = seen.merge(kind, 1, Integer::sum);
                    String name = n == 1 ? kind : kind + " " + n;
                    List<String> cells = byStatement.computeIfAbsent(name, k -> new ArrayList<>());
                    while (cells.size() < i) {
                        cells.add("–");
                    }
                    cells.add(plan.executionMillis());
                }
            }
            for (Map.Entry<String, List<String>> statement : byStatement.entrySet()) {
                List<String> times = new ArrayList<>(statement.getValue());
                while (times.size() < runs.size()) {
                    times.add("–");
                }
                List<Object> cells = new ArrayList<>(List.of("`" + entry.getKey() + "`", statement.getKey()));
                cells.addAll(times);
                String first = times.get(0);
                String last = times.get(times.size() - 1);
                if (first.equals("–") || last.equals("–")) {
                    cells.addAll(List.of("", ""));
                } else {
                    double growth = Double.parseDouble(last) / Math.max(0.001, Double.parseDouble(first));
                    cells.add(String.format("%.2f×", growth));
                    // Sub-millisecond statements are dominated by fixed costs; their growth says nothing.
                    boolean within = growth <= Math.max(1.5, logRatio * 1.2) || Double.parseDouble(last) < 1.0;
                    cells.add(within ? "yes" : statement.getKey().startsWith("page") ? "**no**" : "no (reads every match)");
                }
                results.row(cells.toArray());
            }
        }

        results.heading("Rebuilding a read copy of the commitments from its topic");
        results.line("`POST /admin/read-copies/commitments/rebuild` (admin token): drops the copy and replays the compacted topic from the start "
                + "in one transaction; the request answers when done. *Wall* is the request's time at the client, *reported* the service's own "
                + "`tookMillis`.").blank();
        results.table("size", "service", "records", "events applied", "wall (s)", "reported (s)", "target");
        for (Rebuild r : rebuilds) {
            results.row(String.format("%,d", r.size), r.service.module(), String.format("%,d", r.records), String.format("%,d", r.eventsApplied),
                    String.format("%.1f", r.wallSeconds), String.format("%.1f", r.reportedSeconds),
                    r.records >= 100_000 ? "< 30 s: " + ResultsFile.verdict(r.wallSeconds < TARGET_REBUILD_SECONDS) : "");
        }

        results.heading("Query plans at " + String.format("%,d", large) + " commitments");
        results.line("Each statement as the service sent it (from `pg_stat_activity`), with the values bound, and PostgreSQL's "
                + "`EXPLAIN (ANALYZE, BUFFERS)` of it.");
        for (Measured m : measured) {
            if (m.size != large) {
                continue;
            }
            results.blank().line("### `" + m.query.service.module() + " GET " + m.query.path + "`").blank();
            if (m.plans.isEmpty()) {
                results.line("No statement on `" + m.query.table + "` was seen while the request ran.");
            }
            for (QueryPlans.Plan plan : m.plans) {
                results.code("sql", plan.sql());
                results.line("Parameters: " + plan.parameters()).blank();
                if (plan.plan() != null) {
                    results.code("text", plan.plan());
                } else {
                    results.line("Not explained: " + plan.problem()).blank();
                }
            }
        }
        results.write(settings.resultsFile("scale-results.md"));
    }

    /** What a statement does for the response: fetch the page shown, count the matches, or aggregate them. */
    private static String statementKind(String sql) {
        String lower = sql.toLowerCase(Locale.ROOT);
        if (lower.contains("fetch first") || lower.matches("(?s).*\\blimit\\b.*")) {
            return "page";
        }
        if (lower.startsWith("select count(")) {
            return "count";
        }
        if (lower.contains("group by") || lower.contains("sum(") || lower.contains("count(")) {
            return "aggregate";
        }
        return "other";
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
