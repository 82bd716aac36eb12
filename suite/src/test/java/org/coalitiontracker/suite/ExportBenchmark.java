package org.coalitiontracker.suite;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.coalitiontracker.suite.bench.BenchData;
import org.coalitiontracker.suite.bench.BenchSettings;
import org.coalitiontracker.suite.bench.LoadGenerator;
import org.junit.jupiter.api.Test;

/**
 * Exports (issue 15) of commitments loaded for the purpose: see {@link ExportMeasurement}. Not
 * part of the build: run it with the command in benchmarks/README.md; it prints the figures and
 * writes benchmarks/export-results.md. ScaleBenchmark measures the same at its largest size.
 */
class ExportBenchmark {

    private final BenchSettings settings = BenchSettings.fromSystemProperties(RunningSuite.ROOT);
    private final int commitments = settings.integer("commitments", 100_000, 300);
    private final int rounds = settings.integer("rounds", 3, 1);
    private final int loadConcurrency = settings.integer("loadConcurrency", 16, 8);

    @Test
    void ndjsonAndCsvExportsOfEveryCommitment() throws Exception {
        List<String> facts;
        ExportMeasurement.Measured measured;
        double loadSeconds;
        try (RunningSuite suite = RunningSuite.start(); LoadGenerator load = new LoadGenerator()) {
            facts = BenchSuite.machineFacts(suite);
            String commitmentsUrl = suite.url(SuiteService.COMMITMENTS);
            BenchData data = new BenchData(load, suite.url(SuiteService.COUNTRIES), suite.url(SuiteService.EVENTS), commitmentsUrl,
                    suite.editorToken(), loadConcurrency);
            long started = System.nanoTime();
            List<String> members = data.coalitionWithAllCountries();
            BenchData.awaitReadCopies(commitmentsUrl, Map.of("memberships", members.size()), Duration.ofMinutes(5));
            List<String> events = data.events(0, Math.max(1, commitments / 100), members);
            BenchData.awaitReadCopies(commitmentsUrl, Map.of("events", events.size()), Duration.ofMinutes(10));
            data.commitments(0, commitments, members, events, true);
            BenchSuite.settle(suite, Duration.ofMinutes(30));
            loadSeconds = (System.nanoTime() - started) / 1e9;
            measured = ExportMeasurement.measure(suite, commitments, rounds);
        }
        ExportMeasurement.write(settings, facts, measured, rounds,
                "Data loaded through the public APIs in " + String.format("%.0f", loadSeconds) + " s: a coalition with every country, "
                        + Math.max(1, commitments / 100) + " events, the commitments with status timelines.",
                "./mvnw -B -pl suite -am package -Dtest=ExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false");
    }
}
