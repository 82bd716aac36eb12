package org.coalitiontracker.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The structure of a database's current schema, read from pg_catalog, one line per object, to
 * compare two databases that should have the same schema: tables, columns (position, type,
 * nullability, default), indexes, constraints, sequences, views and extensions.
 */
public record SchemaCatalog(List<String> tables, List<String> columns, List<String> indexes, List<String> constraints,
        List<String> sequences, List<String> views, List<String> extensions) {

    public static SchemaCatalog of(Connection connection) {
        return new SchemaCatalog(
                lines(connection, "select relname from pg_class where relnamespace = current_schema()::regnamespace and relkind in ('r', 'p')"),
                lines(connection, """
                        select c.relname, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid)
                          from pg_attribute a
                          join pg_class c on c.oid = a.attrelid
                          left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
                         where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
                           and a.attnum > 0 and not a.attisdropped"""),
                lines(connection, "select indexname, indexdef from pg_indexes where schemaname = current_schema()"),
                lines(connection, "select conrelid::regclass::text, conname, pg_get_constraintdef(oid) from pg_constraint "
                        + "where connamespace = current_schema()::regnamespace"),
                lines(connection, "select sequencename, data_type, start_value, increment_by, min_value, max_value, cycle "
                        + "from pg_sequences where schemaname = current_schema()"),
                lines(connection, "select viewname, definition from pg_views where schemaname = current_schema()"),
                lines(connection, "select extname from pg_extension"));
    }

    /** What is in one catalog and not in the other, one line each ("+" only in {@code other}, "-" only here); empty when equal. */
    public List<String> differences(SchemaCatalog other) {
        List<String> differences = new ArrayList<>();
        differences.addAll(missing("-", all(), other.all()));
        differences.addAll(missing("+", other.all(), all()));
        return differences;
    }

    private List<String> all() {
        return List.of(tables, columns, indexes, constraints, sequences, views, extensions).stream()
                .flatMap(List::stream).toList();
    }

    private static List<String> missing(String sign, List<String> from, List<String> in) {
        return from.stream().filter(line -> !in.contains(line)).map(line -> sign + " " + line).toList();
    }

    /** Each row as its columns joined by " | ", sorted, so that creation order does not matter. */
    private static List<String> lines(Connection connection, String query) {
        try {
            List<String> lines = new ArrayList<>(rows(connection, query));
            lines.sort(null);
            return List.copyOf(lines);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the catalog: " + e.getMessage(), e);
        }
    }

    /** Each row of {@code query} as its columns joined by " | ". */
    public static List<String> rows(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            ResultSetMetaData meta = result.getMetaData();
            List<String> rows = new ArrayList<>();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    values.add(String.valueOf(result.getObject(column)));
                }
                rows.add(String.join(" | ", values));
            }
            return rows;
        }
    }
}
