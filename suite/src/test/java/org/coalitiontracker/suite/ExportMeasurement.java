package org.coalitiontracker.suite;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.coalitiontracker.suite.bench.BenchSettings;
import org.coalitiontracker.suite.bench.MachineFacts;
import org.coalitiontracker.suite.bench.ProcessStats;
import org.coalitiontracker.suite.bench.ResultsFile;

/**
 * Exports measured on a loaded suite: rows per second and the commitments-service's resident
 * memory while it streams an NDJSON and a CSV export of every commitment, read to the end by one
 * client on the same machine. The client keeps the bytes, as {@code curl -o} would, and counts
 * the rows once the last byte is in (the CSV parsed with Commons CSV, the NDJSON split into
 * lines): parsing while receiving would take one of the machine's two cores from the service and
 * measure the parser. The parse time is reported beside each figure. The service's RSS is
 * sampled every 20 ms during each export; its growth is the peak over the RSS just before.
 * {@link ExportBenchmark} loads its own data; {@link ScaleBenchmark} measures the exports of what
 * it loaded, at its largest size.
 */
final class ExportMeasurement {

    private static final double TARGET_ROWS_PER_SECOND = 50_000;
    private static final long TARGET_RSS_GROWTH_MIB = 64;
    private static final Duration SAMPLE_EVERY = Duration.ofMillis(20);
    /** The 1-minute load average on 2 cores below which the machine counts as quiet. */
    private static final double QUIET_BELOW = 1.0;

    record Export(String format, int round, long rows, long bytes, double seconds, double parseSeconds, double serviceCpuSeconds,
            long rssBeforeMiB, long rssPeakMiB) {
    }

    /** The exports measured, with the load average just before the measured rounds. */
    record Measured(List<Export> exports, String loadAverage, long rows) {
    }

    private ExportMeasurement() {
    }

    /** One unmeasured export of each format, then {@code rounds} measured ones; each must hold {@code rows} rows. */
    static Measured measure(RunningSuite suite, long rows, int rounds) throws Exception {
        String url = suite.url(SuiteService.COMMITMENTS);
        long pid = suite.service(SuiteService.COMMITMENTS).pid();
        HttpClient client = HttpClient.newHttpClient();
        // The figures are of a warm service.
        export(client, url, "application/x-ndjson", pid, 0, rows);
        export(client, url, "text/csv", pid, 0, rows);
        // Up to five minutes for the loading's load average to decay.
        MachineFacts.awaitQuiet(QUIET_BELOW, Duration.ofMinutes(5));
        String loadAverage = MachineFacts.loadAverage();
        List<Export> exports = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            exports.add(export(client, url, "application/x-ndjson", pid, round, rows));
            exports.add(export(client, url, "text/csv", pid, round, rows));
        }
        return new Measured(exports, loadAverage, rows);
    }

    private static Export export(HttpClient client, String url, String type, long pid, int round, long expected) throws Exception {
        AtomicLong peak = new AtomicLong(ProcessStats.rssMiB(pid).orElse(-1));
        long before = peak.get();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                ProcessStats.rssMiB(pid).ifPresent(now -> peak.accumulateAndGet(now, Math::max));
                try {
                    Thread.sleep(SAMPLE_EVERY.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        double cpuBefore = ProcessStats.cpuSeconds(pid);
        long started = System.nanoTime();
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(url + "/commitments")).header("Accept", type).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(type + " export answered " + response.statusCode());
        }
        byte[] body;
        try (InputStream in = response.body()) {
            body = in.readAllBytes();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpu = ProcessStats.cpuSeconds(pid) - cpuBefore;
        sampler.interrupt();
        sampler.join();
        long parseStarted = System.nanoTime();
        long rows;
        try (Reader text = new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            rows = type.equals("text/csv") ? csvRows(text) : ndjsonRows(text);
        }
        double parseSeconds = (System.nanoTime() - parseStarted) / 1e9;
        if (rows != expected) {
            throw new IllegalStateException(type + " export had " + rows + " rows, not " + expected);
        }
        Export export = new Export(type, round, rows, body.length, seconds, parseSeconds, cpu, before, peak.get());
        System.out.printf("export %s round %d: %,d rows, %,d bytes in %.2f s = %,.0f rows/s (parsed after, in %.2f s); service CPU %.1f s; "
                + "RSS %d -> peak %d MiB%n", type, round, rows, body.length, seconds, rows / seconds, parseSeconds, cpu, before, peak.get());
        return export;
    }

    private static long csvRows(Reader text) throws Exception {
        long rows = 0;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(text)) {
            for (var ignored : parser) {
                rows++;
            }
        }
        return rows;
    }

    private static long ndjsonRows(Reader text) throws Exception {
        long rows = 0;
        char[] buffer = new char[64 * 1024];
        for (int read = text.read(buffer); read >= 0; read = text.read(buffer)) {
            for (int i = 0; i < read; i++) {
                if (buffer[i] == '\n') {
                    rows++;
                }
            }
        }
        return rows;
    }

    /**
     * Writes benchmarks/export-results.md ({@code data} says how the commitments were loaded,
     * {@code reproduce} the command that measures them).
     */
    static void write(BenchSettings settings, List<String> facts, Measured measured, int rounds, String data, String reproduce) throws Exception {
        ResultsFile results = new ResultsFile("Exports: NDJSON and CSV of " + String.format("%,d", measured.rows()) + " commitments", settings);
        results.line("`GET /commitments` with `Accept: application/x-ndjson` and `Accept: text/csv`, no filter: every commitment, streamed "
                        + "by commitments-service (`" + String.join(" ", ServiceProcess.jvmOptions(RunningSuite.ROOT.resolve("commitments-service/target/quarkus-app")))
                        + "`) from one REPEATABLE READ snapshot, read to the end by one client in the benchmark's "
                        + "JVM on the same machine, which keeps the bytes and counts the rows after the last one is in (the CSV parsed with "
                        + "Commons CSV, the NDJSON split into lines; the parse time is a column of its own): the seconds are from the request "
                        + "to the last byte. " + rounds + " measured rounds "
                        + "of each after one unmeasured export of each. The service's RSS is sampled every " + SAMPLE_EVERY.toMillis()
                        + " ms during each export. " + data)
                .blank().lines(facts)
                .line("- Load average just before the measured exports: " + measured.loadAverage())
                .line("- Reproduce: `" + reproduce + "`")
                .line("- Target: ≥ %,.0f rows/s and RSS growth < %d MiB during the export".formatted(TARGET_ROWS_PER_SECOND, TARGET_RSS_GROWTH_MIB));
        results.heading("Figures");
        results.table("format", "round", "rows", "MiB sent", "seconds", "rows/s", "client parse s", "service CPU s", "RSS before MiB",
                "RSS peak MiB", "growth MiB", "target met");
        for (Export e : measured.exports()) {
            double rate = e.rows / e.seconds;
            long growth = e.rssPeakMiB - e.rssBeforeMiB;
            results.row(e.format, e.round, String.format("%,d", e.rows), String.format("%.1f", e.bytes / 1048576.0), String.format("%.2f", e.seconds),
                    String.format("%,.0f", rate), String.format("%.2f", e.parseSeconds), String.format("%.1f", e.serviceCpuSeconds), e.rssBeforeMiB, e.rssPeakMiB, growth,
                    ResultsFile.verdict(rate >= TARGET_ROWS_PER_SECOND && growth < TARGET_RSS_GROWTH_MIB));
        }
        System.out.println(results.text());
        results.write(settings.resultsFile("export-results.md"));
    }
}
