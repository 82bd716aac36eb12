package org.coalitiontracker.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * What a service has written, to show that a refused request wrote nothing: a digest of every
 * table's rows, and the outbox's id sequence, which moves with every change event ever recorded
 * (so a change that would be published moves it even after the relay has sent and purged its
 * row, and no event can have reached a topic without moving it). The read copies (filled by the
 * consumer in the background), the outbox rows (purged by the relay), the change feed's positions
 * and queue (given in the background after a commit, from the versions of {@code record_version},
 * which is kept) and Flyway's history are left out.
 */
public record DatabaseFingerprint(Map<String, String> digests) {

    private static final List<String> LEFT_OUT = List.of("read_copy", "outbox", "change_feed", "change_feed_pending", "flyway_schema_history");

    public static DatabaseFingerprint of(DataSource dataSource) {
        Map<String, String> digests = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet result = statement.executeQuery(
                    "select table_name from information_schema.tables where table_schema = current_schema() "
                            + "and table_type = 'BASE TABLE' order by table_name")) {
                while (result.next()) {
                    if (!LEFT_OUT.contains(result.getString(1))) {
                        tables.add(result.getString(1));
                    }
                }
            }
            for (String table : tables) {
                try (ResultSet result = statement.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from \""
                        + table + "\" t")) {
                    result.next();
                    digests.put(table, result.getString(1));
                }
            }
            try (ResultSet result = statement.executeQuery("select last_value || ':' || is_called from outbox_id_seq")) {
                result.next();
                digests.put("outbox_id_seq", result.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database", e);
        }
        return new DatabaseFingerprint(Map.copyOf(digests));
    }
}
