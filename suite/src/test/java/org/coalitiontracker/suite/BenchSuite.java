package org.coalitiontracker.suite;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.coalitiontracker.suite.bench.BenchData;
import org.coalitiontracker.suite.bench.MachineFacts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the benchmarks need of a {@link RunningSuite} besides its addresses: quiet moments, backlogs, processes. */
final class BenchSuite {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchSuite() {
    }

    /** Rows waiting in {@code service}'s outbox (the relay deletes each row once Kafka acknowledged it). */
    static long outboxBacklog(RunningSuite suite, SuiteService service) throws SQLException {
        try (Connection connection = DriverManager.getConnection(suite.jdbcUrl(service), "postgres", "postgres");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from outbox")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Waits until the suite is quiet: every outbox empty and every read copy of every service
     * caught up (lag 0), so that one measurement does not pay for the previous one's writes.
     */
    static void settle(RunningSuite suite, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String state = "";
        while (System.nanoTime() < deadline) {
            boolean quiet = true;
            StringBuilder now = new StringBuilder();
            for (SuiteService service : SuiteService.values()) {
                long backlog = outboxBacklog(suite, service);
                long lag = 0;
                for (JsonNode copy : JSON.readTree(BenchData.send("GET", suite.url(service) + "/admin/read-copies", null, s -> s == 200))) {
                    lag += copy.get("lag").asLong();
                }
                quiet &= backlog == 0 && lag == 0;
                now.append(service.module()).append(": outbox ").append(backlog).append(", read-copy lag ").append(lag).append("; ");
            }
            if (quiet) {
                Thread.sleep(1000);
                return;
            }
            state = now.toString();
            Thread.sleep(500);
        }
        throw new IllegalStateException("The suite did not settle within " + timeout + ": " + state);
    }

    /** The PostgreSQL server's processes (postmaster and its backends), found from a backend of ours. */
    static List<Long> postgresPids(RunningSuite suite) {
        try (Connection connection = DriverManager.getConnection(suite.jdbcUrl(SuiteService.COUNTRIES), "postgres", "postgres");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select pg_backend_pid()")) {
            rows.next();
            Optional<ProcessHandle> postmaster = ProcessHandle.of(rows.getLong(1)).flatMap(ProcessHandle::parent);
            List<Long> pids = new ArrayList<>();
            postmaster.ifPresent(p -> {
                pids.add(p.pid());
                p.children().forEach(child -> pids.add(child.pid()));
            });
            return pids;
        } catch (SQLException e) {
            return List.of();
        }
    }

    static List<String> machineFacts(RunningSuite suite) {
        return MachineFacts.describe(RunningSuite.ROOT, Optional.of(suite.jdbcUrl(SuiteService.COUNTRIES)));
    }

    static String fmt(double value) {
        return value >= 100 ? String.format("%,.0f", value) : String.format("%.1f", value);
    }

    static String percent(double share) {
        return String.format("%.0f%%", share * 100);
    }
}
