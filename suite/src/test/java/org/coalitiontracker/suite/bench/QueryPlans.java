package org.coalitiontracker.suite.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plans PostgreSQL chooses for the statements a service really sends. The statements are
 * taken from {@code pg_stat_activity} while the service answers the HTTP request in a loop (each
 * backend's current or last statement, for those started after the loop began), so they are
 * Hibernate's own SQL, not a rewrite of it. Each is then run under {@code EXPLAIN (ANALYZE,
 * BUFFERS)} with its parameters bound through JDBC with the same Java types the service binds
 * (a string for a code or a status, a date, a timestamp, a UUID), the values found from the
 * column each parameter is compared with.
 */
public final class QueryPlans {

    /** The suite's PostgreSQL keeps the first 8 KiB of a statement in pg_stat_activity (SuiteDatabase); longer ones cannot be explained from there. */
    private static final int TRUNCATED_AT = 8191;
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+)");
    private static final Pattern COLUMN_BEFORE = Pattern.compile("(?:\\w+\\.)?(\\w+)\\s*(=|<>|!=|<=|>=|<|>)\\s*(?:cast\\(\\s*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARRAY_BEFORE = Pattern.compile("(?:\\w+\\.)?(\\w+)\\s*@>\\s*(?:array\\s*\\[|cast\\(\\s*array\\s*\\[)?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FUNCTION_BEFORE = Pattern.compile("\\w+\\(\\s*(?:\\w+\\.)?(\\w+)\\s*,\\s*$", Pattern.CASE_INSENSITIVE);
    /** A list ({@code status in ($2)}): bound to the column's value. */
    private static final Pattern IN_BEFORE = Pattern.compile("(?:\\w+\\.)?(\\w+)\\s+in\\s*\\(\\s*$", Pattern.CASE_INSENSITIVE);
    /** A function's result compared ({@code cast(f(x.col, date '…') as varchar)<>$2}): bound to the value given for {@code f<>}. */
    private static final Pattern FUNCTION_RESULT_BEFORE = Pattern.compile("(\\w+)\\([^()]*\\)\\s+as\\s+\\w+(?:\\(\\d+\\))?\\)\\s*(<>|!=|=|in\\s*\\()\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COLUMN_AFTER = Pattern.compile("^\\s*(?:::\\w+\\s*)?(=|<>|<=|>=|<|>)\\s*(?:any\\s*\\(\\s*)?(?:\\w+\\.)?(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern OFFSET_BEFORE = Pattern.compile("offset\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIMIT_BEFORE = Pattern.compile("(?:fetch\\s+first|limit)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern INDEX_USED = Pattern.compile("(?:Index Scan(?: Backward)? using|Index Only Scan(?: Backward)? using|Bitmap Index Scan on) (\\w+)");
    private static final Pattern SEQ_SCAN = Pattern.compile("Seq Scan on (\\w+)");

    private QueryPlans() {
    }

    /** A statement the service sent, and its plan (or why there is none). */
    public record Plan(String sql, List<Object> parameters, String plan, String problem) {

        public Set<String> indexes() {
            return matches(INDEX_USED);
        }

        public Set<String> seqScans() {
            return matches(SEQ_SCAN);
        }

        private Set<String> matches(Pattern pattern) {
            Set<String> found = new TreeSet<>();
            if (plan != null) {
                Matcher m = pattern.matcher(plan);
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
            return found;
        }

        public String executionMillis() {
            if (plan == null) {
                return "–";
            }
            Matcher m = Pattern.compile("Execution Time: ([0-9.]+) ms").matcher(plan);
            return m.find() ? m.group(1) : "–";
        }
    }

    /**
     * Runs {@code load} (which should send the request under study over and over) while watching
     * the database's backends, and returns the distinct statements they ran that {@code keep}
     * accepts (e.g. those on the table the request reads).
     */
    public static Set<String> capture(String jdbcUrl, java.util.function.Predicate<String> keep, ThrowingRunnable load) throws Exception {
        Set<String> statements = new LinkedHashSet<>();
        AtomicBoolean watching = new AtomicBoolean(true);
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            Timestamp since;
            try (PreparedStatement now = connection.prepareStatement("select clock_timestamp()"); ResultSet rows = now.executeQuery()) {
                rows.next();
                since = rows.getTimestamp(1);
            }
            Thread watcher = new Thread(() -> {
                try (PreparedStatement activity = connection.prepareStatement("select query from pg_stat_activity where datname = current_database() "
                        + "and pid <> pg_backend_pid() and backend_type = 'client backend' and query_start >= ?")) {
                    activity.setTimestamp(1, since);
                    while (watching.get()) {
                        try (ResultSet rows = activity.executeQuery()) {
                            while (rows.next()) {
                                String sql = rows.getString(1);
                                if (sql != null && keep.test(sql.toLowerCase())) {
                                    synchronized (statements) {
                                        statements.add(sql.strip());
                                    }
                                }
                            }
                        }
                        Thread.sleep(1);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "bench-statement-watcher");
            watcher.start();
            try {
                load.run();
            } finally {
                watching.set(false);
                watcher.join();
            }
        }
        synchronized (statements) {
            return new LinkedHashSet<>(statements);
        }
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    /**
     * EXPLAIN (ANALYZE, BUFFERS) of {@code sql} ({@code $n} parameters), each parameter bound to the
     * value {@code byColumn} gives for the column it is compared with ({@code "status<>"} for an
     * inequality, else the column name), {@code offset}/{@code size} for paging.
     */
    public static Plan explain(String jdbcUrl, String sql, Map<String, Object> byColumn, int offset, int size) {
        if (sql.length() >= TRUNCATED_AT) {
            return new Plan(sql, List.of(), null, "the statement is longer than pg_stat_activity keeps (track_activity_query_size)");
        }
        List<Object> values = new ArrayList<>();
        Matcher parameter = PARAMETER.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        int expected = 1;
        while (parameter.find()) {
            if (Integer.parseInt(parameter.group(1)) != expected++) {
                return new Plan(sql, values, null, "parameters are not numbered in order of appearance");
            }
            String before = sql.substring(Math.max(0, parameter.start() - 120), parameter.start());
            String after = sql.substring(parameter.end(), Math.min(sql.length(), parameter.end() + 120));
            Object value = valueFor(before, after, byColumn, offset, size);
            if (value == null) {
                return new Plan(sql, values, null, "no value known for $" + parameter.group(1) + " in \"…" + before.substring(Math.max(0, before.length() - 40))
                        + "$" + parameter.group(1) + after.substring(0, Math.min(20, after.length())) + "…\"");
            }
            values.add(value);
            parameter.appendReplacement(jdbc, "?");
        }
        parameter.appendTail(jdbc);
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                PreparedStatement explain = connection.prepareStatement("explain (analyze, buffers) " + jdbc)) {
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value instanceof String text) {
                    explain.setString(i + 1, text);
                } else {
                    explain.setObject(i + 1, value);
                }
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return new Plan(sql, values, plan.toString(), null);
        } catch (SQLException e) {
            return new Plan(sql, values, null, "EXPLAIN failed: " + e.getMessage());
        }
    }

    private static Object valueFor(String before, String after, Map<String, Object> byColumn, int offset, int size) {
        if (OFFSET_BEFORE.matcher(before).find()) {
            return offset;
        }
        if (LIMIT_BEFORE.matcher(before).find()) {
            return size;
        }
        Matcher result = FUNCTION_RESULT_BEFORE.matcher(before);
        if (result.find()) {
            String operator = result.group(2).startsWith("in") || result.group(2).startsWith("IN") ? "" : normalise(result.group(2));
            return byColumn.get(result.group(1).toLowerCase() + operator);
        }
        Matcher list = IN_BEFORE.matcher(before);
        if (list.find()) {
            return byColumn.get(list.group(1).toLowerCase());
        }
        Matcher column = COLUMN_BEFORE.matcher(before);
        if (column.find()) {
            Object value = byColumn.get(column.group(1).toLowerCase() + normalise(column.group(2)));
            return value != null ? value : byColumn.get(column.group(1).toLowerCase());
        }
        for (Pattern pattern : List.of(ARRAY_BEFORE, FUNCTION_BEFORE)) {
            Matcher m = pattern.matcher(before);
            if (m.find()) {
                return byColumn.get(m.group(1).toLowerCase());
            }
        }
        Matcher following = COLUMN_AFTER.matcher(after);
        if (following.find()) {
            return byColumn.get(following.group(2).toLowerCase());
        }
        return null;
    }

    private static String normalise(String operator) {
        return switch (operator) {
            case "=" -> "";
            case "!=" -> "<>";
            default -> operator;
        };
    }
}
