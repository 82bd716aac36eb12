package org.coalitiontracker.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.inject.spi.CDI;

import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.ValidateResult;
import org.junit.jupiter.api.Test;

/**
 * What a service's database made before the kit owned the change-event tables must show once the
 * service has started on it ({@link SchemaUpgradeProfile}): its migrations and the kit's validate,
 * every row of the dump is still there, and its schema is the one a new database gets. A service's
 * test extends this with {@code @QuarkusTest @TestProfile(SchemaUpgradeProfile.class)}.
 */
public abstract class SchemaUpgradeContract {

    private static final String SERVICE_HISTORY = "flyway_schema_history";
    private static final List<String> CHANGE_EVENT_TABLES = List.of("outbox", "read_copy", "tombstone");

    /** The versions of the service's migrations that gave their change-event DDL to the kit. */
    protected abstract Set<String> migrationsGivenToTheKit();

    @Test
    void theServiceStartedOnThePreKitDatabaseAndEveryMigrationValidates() throws SQLException {
        Flyway flyway = serviceFlyway();
        ValidateResult validation = flyway.validateWithResult();
        assertTrue(validation.validationSuccessful, () -> validation.getAllErrorMessages());
        assertEquals(0, flyway.info().pending().length, "no service migration left to apply");
        try (Connection upgraded = upgraded()) {
            assertEquals(List.of("1 | BASELINE | true", "2 | SQL | true", "3 | SQL | true", "4 | SQL | true", "5 | SQL | true",
                    "6 | SQL | true"),
                    query(upgraded, "select version, type, success from change_events_schema_history order by installed_rank"),
                    "the kit's history adopts the tables at its first version, then applies its later ones");
        }
    }

    @Test
    void everyRowOfThePreKitDatabaseIsStillThere() throws SQLException {
        try (Connection original = connect(SchemaUpgradeResource.ORIGINAL_URL); Connection upgraded = upgraded()) {
            Map<String, List<String>> tables = columnsByTable(original);
            for (String table : CHANGE_EVENT_TABLES) {
                assertTrue(rowCount(original, table) > 0, "the dump has rows in " + table);
            }
            // Migrations added since the dump are rows of the service's history that it did not have.
            String dumpedMigrations = "installed_rank <= " + query(original, "select max(installed_rank) from " + SERVICE_HISTORY).get(0);
            for (Map.Entry<String, List<String>> table : tables.entrySet()) {
                // The service's history keeps its rows; only the checksums of the migrations given to the kit change.
                boolean history = table.getKey().equals(SERVICE_HISTORY);
                List<String> columns = history ? table.getValue().stream().filter(column -> !column.equals("checksum")).toList() : table.getValue();
                String rows = history ? dumpedMigrations : "true";
                assertEquals(digest(original, table.getKey(), columns, rows), digest(upgraded, table.getKey(), columns, rows),
                        "the rows of " + table.getKey());
            }
            assertEquals(migrationsGivenToTheKit(), changedChecksums(original, upgraded), "the migrations whose checksums were realigned");
            assertEquals(query(original, "select sequencename, last_value from pg_sequences where schemaname = current_schema()"),
                    query(upgraded, "select sequencename, last_value from pg_sequences where schemaname = current_schema()"),
                    "the sequences go on where they were (the outbox keeps its order)");
        }
    }

    @Test
    void theUpgradedSchemaIsTheSchemaOfANewDatabase() throws SQLException {
        String freshUrl = ConfigProvider.getConfig().getValue(SchemaUpgradeResource.FRESH_URL, String.class);
        Flyway.configure(serviceFlyway().getConfiguration().getClassLoader())
                .configuration(serviceFlyway().getConfiguration())
                .dataSource(freshUrl, SchemaUpgradeResource.USER, SchemaUpgradeResource.USER)
                .load()
                .migrate();
        try (Connection fresh = connect(SchemaUpgradeResource.FRESH_URL); Connection upgraded = upgraded()) {
            // "-": only in the new database, "+": only in the upgraded one.
            assertEquals(List.of(), SchemaCatalog.of(fresh).differences(SchemaCatalog.of(upgraded)));
        }
    }

    private static Flyway serviceFlyway() {
        return CDI.current().select(Flyway.class).get();
    }

    private static Connection upgraded() throws SQLException {
        return DriverManager.getConnection(ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class),
                SchemaUpgradeResource.USER, SchemaUpgradeResource.USER);
    }

    private static Connection connect(String urlProperty) throws SQLException {
        return DriverManager.getConnection(ConfigProvider.getConfig().getValue(urlProperty, String.class),
                SchemaUpgradeResource.USER, SchemaUpgradeResource.USER);
    }

    private static Map<String, List<String>> columnsByTable(Connection connection) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (String row : query(connection, "select table_name, column_name from information_schema.columns "
                + "where table_schema = current_schema() order by table_name, ordinal_position")) {
            String[] parts = row.split(" \\| ");
            columns.computeIfAbsent(parts[0], table -> new ArrayList<>()).add(parts[1]);
        }
        return columns;
    }

    private static long rowCount(Connection connection, String table) throws SQLException {
        return Long.parseLong(query(connection, "select count(*) from " + table).get(0));
    }

    /** The rows that {@code where} selects, over the columns the dump had, as text: equal digests, equal rows. */
    private static String digest(Connection connection, String table, List<String> columns, String where) throws SQLException {
        String selected = columns.stream().map(column -> "\"" + column + "\"").collect(Collectors.joining(", "));
        return query(connection, "select count(*) || ':' || coalesce(md5(string_agg(r::text, '|' order by r::text)), '') from (select "
                + selected + " from \"" + table + "\" where " + where + ") r").get(0);
    }

    private static Set<String> changedChecksums(Connection original, Connection upgraded) throws SQLException {
        String checksums = "select version, checksum from " + SERVICE_HISTORY + " where version is not null";
        Map<String, String> before = byFirstColumn(query(original, checksums));
        Map<String, String> after = byFirstColumn(query(upgraded, checksums));
        return before.keySet().stream().filter(version -> !before.get(version).equals(after.get(version)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, String> byFirstColumn(List<String> rows) {
        Map<String, String> map = new TreeMap<>();
        for (String row : rows) {
            String[] parts = row.split(" \\| ", 2);
            map.put(parts[0], parts[1]);
        }
        return map;
    }

    private static List<String> query(Connection connection, String sql) throws SQLException {
        return SchemaCatalog.rows(connection, sql);
    }
}
